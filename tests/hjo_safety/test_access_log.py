"""The access log (issue 21 B8): who read and exported crime-related data, when (GDPR art. 10
and 32). Written by the views, searched by the coordinator and the data protection officer,
kept ``ACCESS_LOG_RETENTION_DAYS`` (``purge_access_log``); nobody else reaches the page."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from est_incidents.services import mark_meeting_held, share_incident
from hjo_safety.models import AccessEvent
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.hjo_safety.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/personal/atkomstlogg/"
Kind = AccessEvent.Kind


@pytest.fixture
def incident(org_a, reporter_a):
    return IncidentFactory(organisation=org_a, reported_by=reporter_a)


@pytest.fixture
def dpo(db):
    """The data protection officer: no membership, only the permission to search the log."""
    user = UserFactory(username="dataskyddsombud")
    user.user_permissions.add(Permission.objects.get(codename="search_access_log"))
    return user


def detail(client, incident, **extra):
    return client.get(reverse("est:incident_detail", args=[incident.pk]), **extra)


def test_a_share_receivers_read_is_logged_and_the_reporting_organisations_is_not(
    client_for, incident, reporter_a, reporter_b, org_b
):
    share_incident(incident=incident, organisation=org_b, note="Kan ni titta?", acting_user=None)
    assert detail(client_for(reporter_a), incident).status_code == 200
    assert not AccessEvent.objects.exists()

    assert detail(client_for(reporter_b), incident, REMOTE_ADDR="198.51.100.7").status_code == 200
    event = AccessEvent.objects.get()
    assert event.kind == Kind.INCIDENT_VIEW
    assert event.user == reporter_b and event.username == reporter_b.username
    assert event.organisation == incident.organisation
    assert (event.object_type, event.object_id) == ("est_incidents.incident", incident.pk)
    assert event.object_label == f"Händelse {incident.pk}"
    assert event.ip_address == "198.51.100.7"
    assert timezone.now() - event.created_at < timedelta(minutes=1)


def test_every_read_is_logged_not_only_the_first(client_for, incident, reporter_b, org_b):
    share_incident(incident=incident, organisation=org_b, note="Kan ni titta?", acting_user=None)
    client = client_for(reporter_b)
    detail(client, incident)
    detail(client, incident)
    assert AccessEvent.objects.filter(kind=Kind.INCIDENT_VIEW).count() == 2


def test_the_coordinators_reads_of_other_organisations_incidents_are_logged(
    client_for, incident, coordinator
):
    assert detail(client_for(coordinator), incident).status_code == 200
    assert AccessEvent.objects.get().user == coordinator


def test_a_refused_read_is_not_an_access(client_for, incident, reporter_b):
    assert detail(client_for(reporter_b), incident).status_code == 404
    assert not AccessEvent.objects.exists()


def test_every_csv_export_is_logged_without_the_search_words(client_for, incident, reporter_a):
    response = client_for(reporter_a).get(
        reverse("est:incident_export"), {"q": "Kalle", "fran": "2026-01-01"}
    )
    b"".join(response.streaming_content)
    event = AccessEvent.objects.get()
    assert event.kind == Kind.CSV_EXPORT and event.user == reporter_a
    assert event.object_type == "est_incidents.incident" and event.object_id is None
    assert "fran=2026-01-01" in event.detail and "q=(sökord" in event.detail
    assert "Kalle" not in event.detail


def test_a_frozen_picture_printout_is_logged(client_for, reporter_a):
    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(days=1))
    client = client_for(reporter_a)
    assert client.get(reverse("est:meeting_print", args=[meeting.pk])).status_code == 200
    assert not AccessEvent.objects.exists()  # planned: no frozen picture yet
    mark_meeting_held(meeting, acting_user=None)
    assert client.get(reverse("est:meeting_print", args=[meeting.pk])).status_code == 200
    event = AccessEvent.objects.get()
    assert event.kind == Kind.FROZEN_PICTURE
    assert (event.object_type, event.object_id) == ("est_incidents.estmeeting", meeting.pk)


def test_yearly_document_page_and_pdf_are_logged(client_for, reporter_a):
    year = timezone.localdate().year
    client = client_for(reporter_a)
    assert client.get(reverse("est:statutory_document", args=[year])).status_code == 200
    assert client.get(reverse("est:statutory_pdf", args=[year])).status_code == 200
    events = list(AccessEvent.objects.order_by("pk"))
    assert [e.kind for e in events] == [Kind.YEARLY_DOCUMENT] * 2
    assert [e.object_id for e in events] == [year, year]
    assert [e.detail for e in events] == ["webbsida (utskriftsbar)", "PDF"]
    assert client.get(reverse("est:statutory_pdf", args=[1066])).status_code == 404
    assert AccessEvent.objects.count() == 2


def _event(user, kind=Kind.INCIDENT_VIEW, organisation=None, object_id=1, days_ago=0):
    return AccessEvent.objects.create(
        kind=kind,
        user=user,
        username=user.username,
        organisation=organisation,
        object_type="est_incidents.incident",
        object_id=object_id,
        object_label=f"Händelse {object_id}",
        created_at=timezone.now() - timedelta(days=days_ago),
    )


def test_the_coordinator_and_the_dpo_search_by_user_organisation_kind_object_and_dates(
    client_for, coordinator, dpo, reporter_a, reporter_b, org_a, org_b
):
    _event(reporter_b, organisation=org_a, object_id=11, days_ago=3)
    _event(reporter_a, kind=Kind.CSV_EXPORT, object_id=None)
    _event(coordinator, organisation=org_b, object_id=22, days_ago=40)
    for user in (coordinator, dpo):
        client = client_for(user)

        def found(client=client, **params):
            response = client.get(URL, params)
            assert response.status_code == 200
            return sorted(e.object_label for e in response.context["page"].object_list)

        assert found() == ["Händelse 11", "Händelse 22", "Händelse None"]
        assert found(user="REPORTER_B") == ["Händelse 11"]
        # An organisation: its data read by others, and what its own users read.
        assert found(organisation=org_a.pk) == ["Händelse 11", "Händelse None"]
        assert found(organisation=org_b.pk) == ["Händelse 11", "Händelse 22"]
        assert found(kind=Kind.CSV_EXPORT) == ["Händelse None"]
        assert found(object_id=22) == ["Händelse 22"]
        today = timezone.localdate()
        assert found(date_from=today - timedelta(days=10)) == ["Händelse 11", "Händelse None"]
        assert found(date_to=today - timedelta(days=10)) == ["Händelse 22"]


def test_bad_filters_get_a_swedish_error(client_for, coordinator):
    response = client_for(coordinator).get(
        URL, {"date_from": "igår", "object_id": "abc", "kind": "hack"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Skriv datumet som ÅÅÅÅ-MM-DD" in html
    assert "Skriv objektets nummer med siffror" in html
    assert "Välj en av händelserna i listan" in html


def test_the_page_is_paginated(client_for, coordinator, reporter_b, django_assert_max_num_queries):
    AccessEvent.objects.bulk_create(
        AccessEvent(
            kind=Kind.INCIDENT_VIEW,
            user=reporter_b,
            username=reporter_b.username,
            object_type="est_incidents.incident",
            object_id=number,
            object_label=f"Händelse {number}",
        )
        for number in range(1, 121)
    )
    client = client_for(coordinator)
    client.get(URL)  # warm the session and content types
    with django_assert_max_num_queries(12):
        response = client.get(URL, {"page": 3})
    page = response.context["page"]
    assert page.paginator.count == 120 and len(page.object_list) == 20
    assert "sida 3 av 3" in response.content.decode()


@pytest.mark.parametrize("who", ["reporter_a", "org_admin_a", "outsider"])
def test_nobody_else_reaches_the_page(client_for, request, who):
    assert client_for(request.getfixturevalue(who)).get(URL).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client_for):
    response = client_for(None).get(URL)
    assert response.status_code == 302 and "/konto/logga-in/" in response.url


def test_the_dpo_needs_the_second_factor_when_coordinators_do(client_for, dpo, settings):
    settings.OTP_REQUIRED_FOR_ADMINS = True
    response = client_for(dpo).get(URL)
    assert response.status_code == 302 and "/konto/tvastegsverifiering/" in response.url


def test_purge_removes_events_past_the_retention(reporter_a, settings):
    settings.ACCESS_LOG_RETENTION_DAYS = 30
    kept = _event(reporter_a, days_ago=29)
    _event(reporter_a, days_ago=31)
    call_command("purge_access_log", "--dry-run", verbosity=0)
    assert AccessEvent.objects.count() == 2
    call_command("purge_access_log", verbosity=0)
    assert list(AccessEvent.objects.all()) == [kept]
    call_command("purge_access_log", "--older-than-days", "1", verbosity=0)
    assert not AccessEvent.objects.exists()


def test_the_data_protection_officer_has_a_menu_link_to_the_access_log(
    client_for, dpo, reporter_a, coordinator
):
    """Issue 21 (round 3 gap): the officer, who is no member, had no link to the log."""
    link = f'href="{reverse("access_log")}"'
    assert client_for(dpo).get("/").content.decode().count(link) == 1
    assert client_for(reporter_a).get("/personal/").content.decode().count(link) == 0
    # A member's staff menu is drawn twice (the laptop's bar and the phone's disclosure)
    assert client_for(coordinator).get("/personal/").content.decode().count(link) == 2
