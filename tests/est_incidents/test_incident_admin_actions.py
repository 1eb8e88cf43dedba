"""Bulk status actions in the incident admin: "Markera som granskad" / "Markera som hanterad".

Each incident goes through the same status service as a single change (history version with
the acting user, admin log entry, the reporter's mail), scoped by the same policy.
"""

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.urls import reverse

from est_incidents.models import Incident
from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:est_incidents_incident_changelist")


def run_action(client, action, incidents):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [i.pk for i in incidents], "index": 0},
        follow=True,
    )


def statuses(*incidents):
    return [Incident.objects.get(pk=i.pk).status for i in incidents]


def test_actions_are_offered_in_swedish(client_for, org_admin_a, org_a):
    IncidentFactory(organisation=org_a)
    page = client_for(org_admin_a).get(CHANGELIST).content.decode()
    assert "Markera som granskad" in page
    assert "Markera som hanterad" in page


def test_org_admin_marks_several_reviewed_with_history_log_and_mail(
    client_for, org_admin_a, reporter_a, org_a, django_capture_on_commit_callbacks
):
    incidents = IncidentFactory.create_batch(3, organisation=org_a, reported_by=reporter_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = run_action(client_for(org_admin_a), "mark_reviewed", incidents)
    assert "3 händelser markerades som granskade." in response.content.decode()
    assert statuses(*incidents) == ["reviewed"] * 3
    for incident in incidents:
        latest = incident.history.order_by("-history_date").first()
        assert latest.history_user == org_admin_a
        assert latest.status == "reviewed"
        assert LogEntry.objects.filter(
            object_id=str(incident.pk), user=org_admin_a, action_flag=2
        ).exists()
    # The reporter hears about each, like after a single change.
    subjects = [m.subject for m in mail.outbox]
    assert subjects == ["Din händelse har fått status ”Granskad”"] * 3
    assert all(m.to == [reporter_a.email] for m in mail.outbox)


def test_history_shows_the_swedish_status_change(client_for, org_admin_a, org_a):
    incident = IncidentFactory(organisation=org_a)
    client = client_for(org_admin_a)
    run_action(client, "mark_handled", [incident])
    page = client.get(reverse("est:incident_detail", args=[incident.pk])).content.decode()
    assert "Hanterad" in page


def test_single_incident_message_is_singular(client_for, org_admin_a, org_a):
    incident = IncidentFactory(organisation=org_a)
    response = run_action(client_for(org_admin_a), "mark_handled", [incident])
    assert "1 händelse markerades som hanterad." in response.content.decode()
    assert statuses(incident) == ["handled"]


def test_already_marked_incidents_are_left_alone_and_counted(client_for, org_admin_a, org_a):
    done = IncidentFactory(organisation=org_a, status="reviewed")
    new = IncidentFactory(organisation=org_a)
    versions = done.history.count()
    response = run_action(client_for(org_admin_a), "mark_reviewed", [done, new])
    page = response.content.decode()
    assert "1 händelse markerades som granskad." in page
    assert "1 händelse hade redan den statusen." in page
    assert done.history.count() == versions


def test_org_a_cannot_mark_org_b_incidents(client_for, org_admin_a, org_a, org_b, reporter_b):
    own = IncidentFactory(organisation=org_a)
    theirs = IncidentFactory(organisation=org_b, reported_by=reporter_b)
    versions = theirs.history.count()
    response = run_action(client_for(org_admin_a), "mark_handled", [own, theirs])
    assert "1 händelse markerades som hanterad." in response.content.decode()
    assert statuses(own, theirs) == ["handled", "new"]
    assert theirs.history.count() == versions
    assert not mail.outbox


def test_only_org_b_incident_selected_by_org_a_changes_nothing(
    client_for, org_admin_a, org_a, org_b
):
    theirs = IncidentFactory(organisation=org_b)
    run_action(client_for(org_admin_a), "mark_reviewed", [theirs])
    assert statuses(theirs) == ["new"]


def test_coordinator_marks_incidents_of_every_organisation(client_for, coordinator, org_a, org_b):
    incidents = [IncidentFactory(organisation=org_a), IncidentFactory(organisation=org_b)]
    response = run_action(client_for(coordinator), "mark_handled", incidents)
    assert "2 händelser markerades som hanterade." in response.content.decode()
    assert statuses(*incidents) == ["handled", "handled"]


def test_reporter_cannot_use_the_admin_action(client_for, reporter_a, org_a):
    incident = IncidentFactory(organisation=org_a)
    client_for(reporter_a).post(
        CHANGELIST, {"action": "mark_handled", "_selected_action": [incident.pk]}
    )
    assert statuses(incident) == ["new"]
