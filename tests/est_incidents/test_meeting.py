"""EST meetings: periods, the freeze, reports per organisation, actions, print, the list."""

from datetime import date, datetime, time, timedelta

import pytest
from django.utils import timezone

from est_incidents.models import EstAction, EstMeeting, EstMeetingReport
from est_incidents.services import mark_meeting_held
from tests.est_incidents.disclosed import plain
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import (
    EstActionFactory,
    EstMeetingFactory,
    EstMeetingReportFactory,
)

pytestmark = pytest.mark.django_db


def local(day, hour=9):
    return timezone.make_aware(datetime.combine(day, time(hour)))


@pytest.fixture
def meeting(org_a, org_b):
    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(hours=1))
    meeting.organisations_present.set([org_a, org_b])
    return meeting


def test_default_period_follows_the_previous_meeting():
    EstMeetingFactory(
        starts_at=local(date(2026, 3, 3)),
        period_start=date(2026, 2, 17),
        period_end=date(2026, 3, 2),
    )
    assert EstMeeting.default_period(local(date(2026, 3, 17))) == (
        date(2026, 3, 3),
        date(2026, 3, 16),
    )
    # no earlier meeting: the 14 days before
    assert EstMeeting.default_period(local(date(2026, 1, 20))) == (
        date(2026, 1, 6),
        date(2026, 1, 19),
    )


def test_coordinator_creates_a_meeting_with_the_default_period(client_for, coordinator, org_a):
    EstMeetingFactory(
        starts_at=local(date(2026, 3, 3)),
        period_start=date(2026, 2, 17),
        period_end=date(2026, 3, 2),
    )
    response = client_for(coordinator).post(
        "/personal/est-moten/nytt/",
        {
            "starts_at": "2026-03-17T09:00",
            "location": "Stadshuset",
            "organisations_present": [org_a.pk],
        },
    )
    assert response.status_code == 302
    meeting = EstMeeting.objects.get(starts_at=local(date(2026, 3, 17)))
    assert (meeting.period_start, meeting.period_end) == (date(2026, 3, 3), date(2026, 3, 16))
    assert list(meeting.organisations_present.all()) == [org_a]


def test_a_new_meeting_whose_period_overlaps_a_planned_one_is_warned_about(
    client_for, coordinator, org_a
):
    planned = EstMeetingFactory(
        starts_at=local(date(2026, 3, 17)),
        period_start=date(2026, 3, 3),
        period_end=date(2026, 3, 16),
    )
    data = {"starts_at": "2026-03-10T09:00", "location": "Stadshuset", "period_end": "2026-03-09"}
    client = client_for(coordinator)
    page = client.post("/personal/est-moten/nytt/", data, follow=True).content.decode()
    assert "EST-mötet är skapat." in page
    assert "överlappar det planerade mötet 17 mar 2026 (period 3 mar–16 mar 2026)" in page
    assert planned.status == EstMeeting.Status.PLANNED
    # No overlap, no warning.
    data = {
        "starts_at": "2026-04-14T09:00",
        "period_start": "2026-03-31",
        "period_end": "2026-04-13",
    }
    assert (
        "överlappar"
        not in client.post("/personal/est-moten/nytt/", data, follow=True).content.decode()
    )


def test_new_meeting_form_suggests_a_fortnight_after_the_latest(client_for, coordinator):
    EstMeetingFactory(starts_at=local(date(2026, 3, 3)))
    response = client_for(coordinator).get("/personal/est-moten/nytt/")
    assert response.status_code == 200
    assert response.context["form"].initial["starts_at"] == local(date(2026, 3, 17))
    admin = client_for(coordinator).get("/admin/est_incidents/estmeeting/add/")
    assert admin.context["adminform"].form.initial["period_start"] == date(2026, 3, 3)


def test_only_the_coordinator_creates_and_marks_held(client_for, reporter_a, meeting):
    client = client_for(reporter_a)
    assert client.get("/personal/est-moten/nytt/").status_code == 403
    assert client.post(f"/personal/est-moten/{meeting.pk}/genomfort/").status_code == 403
    meeting.refresh_from_db()
    assert meeting.status == EstMeeting.Status.PLANNED


def test_marking_held_freezes_the_picture_and_later_edits_do_not_change_it(
    client_for, coordinator, reporter_b, meeting, org_a
):
    incident = IncidentFactory(
        organisation=org_a, occurred_at=local(meeting.period_end, 20), description="Detalj"
    )
    IncidentFactory(organisation=org_a, occurred_at=local(meeting.period_start, 1))
    response = client_for(coordinator).post(
        f"/personal/est-moten/{meeting.pk}/genomfort/", {"confirm": "ja"}
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == EstMeeting.Status.HELD
    assert meeting.picture_computed_at is not None and meeting.held_by == coordinator
    assert meeting.frozen_picture["total"] == 2
    frozen = meeting.frozen_picture

    # Corrections after the meeting: move one incident out of the period, add another one.
    incident.occurred_at = local(meeting.period_end + timedelta(days=3))
    incident.save()
    IncidentFactory(organisation=org_a, occurred_at=local(meeting.period_start, 12))
    meeting.refresh_from_db()
    assert meeting.frozen_picture == frozen

    page = client_for(reporter_b).get(f"/personal/est-moten/{meeting.pk}/")
    assert plain(page.context["picture"])["total"] is None  # A's 2 incidents: "färre än 5" for B
    assert (
        plain(client_for(coordinator).get(page.request["PATH_INFO"]).context["picture"])["total"]
        == 2
    )
    assert "Detalj" not in page.content.decode()
    assert 'data-chart="frozen-trend"' in page.content.decode()
    # Marking it held again changes nothing
    client_for(coordinator).post(f"/personal/est-moten/{meeting.pk}/genomfort/", {"confirm": "ja"})
    meeting.refresh_from_db()
    assert meeting.frozen_picture == frozen


def test_held_needs_a_picture_in_the_database(meeting):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        EstMeeting.objects.filter(pk=meeting.pk).update(status="held")


def test_each_organisation_writes_only_its_own_report(
    client_for, reporter_a, reporter_b, meeting, org_a, org_b
):
    url_a = f"/personal/est-moten/{meeting.pk}/rapport/{org_a.pk}/"
    client = client_for(reporter_a)
    assert client.get(url_a).status_code == 200
    response = client.post(url_a, {"text": "Lugnt på fritidsgården."})
    assert response.status_code == 302
    report = EstMeetingReport.objects.get(meeting=meeting, organisation=org_a)
    assert report.updated_by == reporter_a
    # B can neither open nor post A's report: 404
    client = client_for(reporter_b)
    assert client.get(url_a).status_code == 404
    assert client.post(url_a, {"text": "Intrång"}).status_code == 404
    report.refresh_from_db()
    assert report.text == "Lugnt på fritidsgården."
    # ... but reads it on the shared meeting page
    assert (
        "Lugnt på fritidsgården."
        in client.get(f"/personal/est-moten/{meeting.pk}/").content.decode()
    )
    # the shortcut goes to the user's own organisation
    response = client.get(f"/personal/est-moten/{meeting.pk}/rapport/")
    assert response.url == f"/personal/est-moten/{meeting.pk}/rapport/{org_b.pk}/"


def test_empty_report_gets_a_swedish_error(client_for, reporter_a, meeting, org_a):
    response = client_for(reporter_a).post(
        f"/personal/est-moten/{meeting.pk}/rapport/{org_a.pk}/", {"text": ""}
    )
    assert response.status_code == 200
    assert "Skriv vad som har hänt" in response.content.decode()


def test_reports_are_locked_once_the_meeting_is_held(client_for, reporter_a, meeting, org_a):
    mark_meeting_held(meeting, acting_user=None)
    response = client_for(reporter_a).post(
        f"/personal/est-moten/{meeting.pk}/rapport/{org_a.pk}/", {"text": "För sent"}
    )
    assert response.status_code == 302
    assert not EstMeetingReport.objects.exists()


def test_anonymous_and_outsider(client_for, outsider, meeting, org_a):
    for url in (
        "/personal/est-moten/",
        f"/personal/est-moten/{meeting.pk}/",
        f"/personal/est-moten/{meeting.pk}/utskrift/",
        f"/personal/est-moten/{meeting.pk}/rapport/{org_a.pk}/",
        "/personal/lagesbild/ar/2026/",
    ):
        response = client_for(None).get(url)
        assert response.status_code == 302 and response.url.startswith("/konto/logga-in/"), url
        assert client_for(outsider).get(url).status_code == 403, url


def test_actions_added_by_the_coordinator_updated_by_the_responsible_organisation(
    client_for, coordinator, reporter_a, reporter_b, meeting, org_a
):
    url = f"/personal/est-moten/{meeting.pk}/atgarder/"
    assert (
        client_for(reporter_a)
        .post(url, {"what": "x", "responsible_organisation": org_a.pk})
        .status_code
        == 403
    )
    response = client_for(coordinator).post(url, {"what": "", "responsible_organisation": ""})
    assert response.status_code == 400
    assert "Skriv vad som ska göras." in response.content.decode()
    client_for(coordinator).post(
        url,
        {
            "what": "Laga belysningen",
            "responsible_organisation": org_a.pk,
            "due_date": "2026-12-01",
        },
    )
    action = EstAction.objects.get()
    assert action.status == EstAction.Status.OPEN
    status_url = f"/personal/est-atgarder/{action.pk}/status/"
    assert (
        client_for(reporter_b).post(status_url, {f"a{action.pk}-status": "done"}).status_code == 404
    )
    response = client_for(reporter_a).post(status_url, {f"a{action.pk}-status": "done"})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == EstAction.Status.DONE and action.status_changed_at is not None


def test_print_view_has_picture_reports_and_actions(client_for, reporter_b, meeting, org_a, org_b):
    # The viewer's own incidents in the period: an empty picture is withheld from a reporter.
    day = timezone.localdate() - timedelta(days=2)
    meeting.period_start, meeting.period_end = day, day
    meeting.save()
    for _ in range(5):
        IncidentFactory(organisation=org_b, occurred_at=local(day) + timedelta(hours=12))
    EstMeetingReportFactory(meeting=meeting, organisation=org_a, text="Klotter vid skolan.")
    EstActionFactory(meeting=meeting, what="Sanera klottret", responsible_organisation=org_a)
    mark_meeting_held(meeting, acting_user=None)
    html = (
        client_for(reporter_b).get(f"/personal/est-moten/{meeting.pk}/utskrift/").content.decode()
    )
    assert "Klotter vid skolan." in html and "Sanera klottret" in html
    assert 'data-chart="print-categories"' in html
    assert "style=" not in html


def test_meeting_list_query_count(
    client_for, reporter_a, org_a, assert_constant_queries, django_assert_max_num_queries
):
    client = client_for(reporter_a)

    def grow(n):
        def make():
            for _ in range(n):
                m = EstMeetingFactory()
                EstMeetingReportFactory(meeting=m, organisation=org_a)
                EstActionFactory(meeting=m)

        return make

    grow(2)()

    def fetch():
        assert client.get("/personal/est-moten/").status_code == 200

    count = assert_constant_queries(fetch, grow(25))
    with django_assert_max_num_queries(count):
        fetch()


def test_meeting_detail_query_count(
    client_for, coordinator, meeting, org_a, assert_constant_queries
):
    # A planned meeting: reports cannot be added once it is held (the database refuses).
    client = client_for(coordinator)

    def grow():
        for _ in range(15):
            EstActionFactory(meeting=meeting, responsible_organisation=org_a)
            EstMeetingReportFactory(meeting=meeting)

    assert_constant_queries(lambda: client.get(f"/personal/est-moten/{meeting.pk}/"), grow)


def test_est_actions_due_on_the_staff_page(client_for, reporter_a, reporter_b, org_a, org_b):
    today = timezone.localdate()
    EstActionFactory(
        what="Snart A", responsible_organisation=org_a, due_date=today + timedelta(days=3)
    )
    EstActionFactory(
        what="Sent A", responsible_organisation=org_a, due_date=today - timedelta(days=3)
    )
    EstActionFactory(
        what="Långt bort A", responsible_organisation=org_a, due_date=today + timedelta(days=60)
    )
    EstActionFactory(what="Klar A", responsible_organisation=org_a, due_date=today, status="done")
    EstActionFactory(what="Snart B", responsible_organisation=org_b, due_date=today)
    html = client_for(reporter_a).get("/personal/").content.decode()
    assert "Snart A" in html and "Sent A" in html and "försenad" in html
    assert "Långt bort A" not in html and "Klar A" not in html and "Snart B" not in html
