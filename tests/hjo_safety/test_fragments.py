"""Staff pages' fragments kept per viewer and data version (``hjo_safety/cache.py``): a page
served from them shows every write at once, and never another viewer's data."""

import json
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from citizen_tips.models import CitizenTip
from est_incidents.models import EstMeetingReport
from est_incidents.services import share_incident, withdraw_share
from hjo_safety import cache
from hjo_safety.models import Membership, Role
from hjo_safety.redaction import redact_version
from tests.bra_council.factories import ActionFactory
from tests.citizen_tips.factories import CitizenTipFactory
from tests.conftest import count_queries
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.est_measures.factories import InterventionFactory
from tests.hjo_safety.factories import member
from tests.sso.provider import LOGIN_METHODS

pytestmark = pytest.mark.django_db

START = reverse("staff_home")
LIST = reverse("est:incident_list")


@pytest.fixture(autouse=True)
def empty_fragments():
    cache.clear()


def _link(incident):
    """The incident's link in a list: unique to it (its category is also in the filter form)."""
    return 'href="' + reverse("est:incident_detail", args=[incident.pk]) + '"'


def _text(client, url):
    page = client.get(url)
    assert page.status_code == 200
    return page.content.decode()


@pytest.fixture
def category(db):
    return CategoryFactory(name="Klotter på fasad")


def test_a_second_view_is_served_from_the_fragments_with_fewer_queries(
    client_for, reporter_a, org_a, category
):
    incident = IncidentFactory(organisation=org_a, category=category)
    client = client_for(reporter_a)
    for url in (START, LIST):
        first = count_queries(lambda url=url: client.get(url))
        second = count_queries(lambda url=url: client.get(url))
        assert second < first, url
        assert _link(incident) in _text(client, url)


@pytest.mark.parametrize("url", [START, LIST])
def test_a_new_incident_shows_at_once(client_for, reporter_a, org_a, category, url):
    client = client_for(reporter_a)
    first = IncidentFactory(organisation=org_a, category=category)
    assert _link(first) in _text(client, url)
    second = IncidentFactory(organisation=org_a, category=category)
    assert _link(second) in _text(client, url)


@pytest.mark.parametrize("url", [START, LIST])
def test_another_organisations_viewer_never_gets_a_kept_fragment(
    client_for, reporter_a, reporter_b, org_a, category, url
):
    incident = IncidentFactory(organisation=org_a, category=category)
    assert _link(incident) in _text(client_for(reporter_a), url)  # kept for A's reporter
    assert _link(incident) not in _text(client_for(reporter_b), url)


def test_a_share_and_its_withdrawal_show_at_once(
    client_for, reporter_a, reporter_b, org_a, org_b, category
):
    incident = IncidentFactory(organisation=org_a, category=category)
    client = client_for(reporter_b)
    assert _link(incident) not in _text(client, LIST)
    share = share_incident(incident=incident, organisation=org_b, note="", acting_user=reporter_a)
    assert _link(incident) in _text(client, LIST)
    withdraw_share(share=share, acting_user=reporter_a)
    assert _link(incident) not in _text(client, LIST)


def test_a_removed_membership_takes_effect_on_the_next_request(client_for, org_a, category):
    user = member(org_a, Role.REPORTER, username="flyttar")
    incident = IncidentFactory(organisation=org_a, category=category)
    client = client_for(user)
    assert _link(incident) in _text(client, LIST)
    Membership.objects.filter(user=user, organisation=org_a).delete()
    assert client.get(LIST).status_code in (302, 403, 404)


def test_a_council_action_due_shows_at_once(client_for, reporter_a, org_a):
    client = client_for(reporter_a)
    assert "Byt belysning i parken" not in _text(client, START)
    ActionFactory(what="Byt belysning i parken", responsible_organisation=org_a)
    assert "Byt belysning i parken" in _text(client, START)


def test_a_forwarded_tip_shows_at_once(client_for, reporter_a, org_a):
    client = client_for(reporter_a)
    assert "Tips som skickats till er" not in _text(client, START)
    CitizenTipFactory(
        state=CitizenTip.State.FORWARDED, forwarded_to=org_a, moderated_at=timezone.now()
    )
    assert "Tips som skickats till er" in _text(client, START)


# --- An incident's history ----------------------------------------------------------------


def _detail(incident):
    return reverse("est:incident_detail", args=[incident.pk])


def test_a_correction_and_a_redaction_show_in_the_kept_history_at_once(
    client_for, org_admin_a, org_a, category
):
    """A redaction changes only history rows: the page must never show the removed text again."""
    incident = IncidentFactory(
        organisation=org_a, category=category, description="Ett fönster krossades."
    )
    client = client_for(org_admin_a)
    assert "Ett fönster krossades." in _text(client, _detail(incident))
    incident.description = "Ett fönster var sönder."
    incident.save()
    page = _text(client, _detail(incident))
    assert "<del>Ett fönster krossades.</del>" in page  # the correction is in the history
    record = incident.history.order_by("history_id").first()
    redact_version(record, incident, acting_user=org_admin_a)
    assert "Ett fönster krossades." not in _text(client, _detail(incident))


def test_a_renamed_user_shows_in_the_kept_history_at_once(
    client_for, org_admin_a, reporter_a, org_a, category
):
    reporter_a.first_name, reporter_a.last_name = "Anna", "Andersson"
    reporter_a.save()
    incident = IncidentFactory(organisation=org_a, category=category)
    incident._history_user = reporter_a
    incident.save()
    client = client_for(org_admin_a)
    assert "Anna Andersson" in _text(client, _detail(incident))
    reporter_a.last_name = "Berg"
    reporter_a.save()
    page = _text(client, _detail(incident))
    assert "Anna Berg" in page and "Anna Andersson" not in page


# --- An EST meeting -----------------------------------------------------------------------


def test_a_meeting_shows_a_new_report_and_intervention_at_once(client_for, reporter_a, org_a):
    meeting = EstMeetingFactory(
        period_start=timezone.localdate() - timedelta(days=13),
        period_end=timezone.localdate(),
    )
    url = reverse("est:meeting_detail", args=[meeting.pk])
    client = client_for(reporter_a)
    page = _text(client, url)
    assert "Vi såg mer klotter vid skolan." not in page
    EstMeetingReport.objects.create(
        meeting=meeting, organisation=org_a, text="Vi såg mer klotter vid skolan."
    )
    assert "Vi såg mer klotter vid skolan." in _text(client, url)
    InterventionFactory(organisation=org_a, kind__name="Extra nattvandring")
    assert "Extra nattvandring" in _text(client, url)


def test_a_reporters_meeting_page_is_kept_through_other_organisations_incidents(
    client_for, reporter_a, org_a, org_b, category
):
    """Keyed by the viewer's version: another organisation's incident does not renew it (the
    coverage it shows counts only the viewer's own organisations); their own incident does."""
    place = PlaceFactory()  # the choices first: a new one bumps every viewer's version
    meeting = EstMeetingFactory(
        period_start=timezone.localdate() - timedelta(days=13),
        period_end=timezone.localdate(),
    )
    url = reverse("est:meeting_detail", args=[meeting.pk])
    client = client_for(reporter_a)
    _text(client, url)
    computed = []

    def record(sender, kind, **_kwargs):
        computed.append(kind)

    cache.computed.connect(record)
    try:
        IncidentFactory(organisation=org_b, category=category, place=place)
        _text(client, url)
        assert "fragment" not in computed
        IncidentFactory(organisation=org_a, category=category, place=place)
        _text(client, url)
        assert "fragment" in computed
    finally:
        cache.computed.disconnect(record)


def _map_point_ids(client):
    page = client.get(reverse("est:incident_map"))
    assert page.status_code == 200
    data = re.search(
        r'<script id="incident-points" type="application/json">(.*?)</script>',
        page.content.decode(),
    ).group(1)
    return {point[0] for point in json.loads(data)}


def test_the_kept_map_shows_a_new_incident_at_once_and_only_to_its_viewers(
    client_for, reporter_a, reporter_b, org_a, category
):
    first = IncidentFactory(organisation=org_a, category=category, latitude=58.3, longitude=14.28)
    client = client_for(reporter_a)
    assert first.pk in _map_point_ids(client)
    second = IncidentFactory(organisation=org_a, category=category, latitude=58.3, longitude=14.29)
    assert {first.pk, second.pk} <= _map_point_ids(client)
    assert not {first.pk, second.pk} & _map_point_ids(client_for(reporter_b))


# --- The CSRF placeholder never meets user text (issue 21, point 12) -------------------------------

OLD_PLACEHOLDER = "hjo-fragment-csrf-placeholder-5d1e0b"  # the fixed placeholder of round 2


@pytest.mark.parametrize("login_method", LOGIN_METHODS, indirect=True)  # also for SSO users
@pytest.mark.parametrize("url_of", [_detail, lambda incident: LIST + "?q=placeholder"])
def test_user_text_that_looks_like_a_placeholder_is_shown_verbatim(
    client_for, org_admin_a, org_a, category, url_of
):
    """A description holding the old fixed placeholder was shown with the viewer's CSRF token in
    its place. The placeholder is now drawn at random for each kept entry, after the text."""
    text = f"Skylten säger {OLD_PLACEHOLDER} och {cache.CSRF_PLACEHOLDER_PREFIX}0123abcd."
    incident = IncidentFactory(organisation=org_a, category=category, description=text)
    client = client_for(org_admin_a)
    for _ in range(2):  # rendered, then from the kept part
        page = _text(client, url_of(incident))
        if url_of is _detail:
            assert text in page
        assert OLD_PLACEHOLDER in page


@pytest.mark.parametrize("login_method", LOGIN_METHODS, indirect=True)  # also for SSO users
def test_each_kept_entry_has_its_own_placeholder_and_each_view_its_own_token(
    client_for, org_admin_a, org_a, category
):
    incident = IncidentFactory(organisation=org_a, category=category)
    tokens = set()
    for _ in range(2):
        client = Client()
        client.force_login(org_admin_a)
        page = _text(client, _detail(incident))
        assert cache.CSRF_PLACEHOLDER_PREFIX not in page
        tokens.update(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page))
    assert len(tokens) >= 2  # each session's own token, put into the same kept entry
