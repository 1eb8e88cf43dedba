"""The per-object rules of incidents, shares and EST actions (``est_incidents/policy.py``), for
the organisation pair: A's reporter and admin, B's users and the coordinator."""

import pytest
from django.utils import timezone

from est_incidents import policy
from est_incidents.models import EstAction, Incident, IncidentShare

pytestmark = pytest.mark.django_db


@pytest.fixture
def incident(org_a):
    return Incident(organisation=org_a)  # the rules read only the organisation


@pytest.fixture
def share(incident, org_b):
    return IncidentShare(incident=incident, organisation=org_b, show_reporter=False)


def test_the_reporting_organisation_corrects_and_shares_its_incident(
    incident, reporter_a, reporter_b, coordinator
):
    for rule in (policy.may_correct_incident, policy.may_share_incident):
        assert rule(reporter_a, incident)
        assert rule(coordinator, incident)
        assert not rule(reporter_b, incident)


def test_only_the_organisations_admins_handle_and_redact(
    incident, reporter_a, org_admin_a, org_admin_b, coordinator
):
    for rule in (policy.may_handle_incident, policy.may_redact_incident_history):
        assert rule(org_admin_a, incident)
        assert rule(coordinator, incident)
        assert not rule(reporter_a, incident)
        assert not rule(org_admin_b, incident)


def test_a_receiver_sees_the_reporter_only_when_the_share_allows_it(
    incident, share, reporter_a, reporter_b
):
    assert policy.may_see_reporter(reporter_a, incident)
    assert not policy.may_see_reporter(reporter_b, incident, share)
    share.show_reporter = True
    assert policy.may_see_reporter(reporter_b, incident, share)


def test_the_sharer_withdraws_and_the_receiver_handles_an_active_share(
    share, reporter_a, reporter_b, coordinator
):
    assert policy.may_withdraw_share(reporter_a, share)
    assert not policy.may_withdraw_share(reporter_b, share)
    assert policy.may_handle_share(reporter_b, share)
    assert policy.may_handle_share(coordinator, share)
    assert not policy.may_handle_share(reporter_a, share)
    share.withdrawn_at = timezone.now()
    assert not policy.may_handle_share(reporter_b, share)
    assert not policy.may_handle_share(coordinator, share)


def test_the_responsible_organisation_updates_an_action(org_a, reporter_a, reporter_b, coordinator):
    action = EstAction(responsible_organisation=org_a)
    assert policy.may_update_action(reporter_a, action)
    assert policy.may_update_action(coordinator, action)
    assert not policy.may_update_action(reporter_b, action)
