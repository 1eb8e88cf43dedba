"""Reporting coverage: counts against each organisation's usual level, quiet marking, the
coordinator's reminder (permissions, one mail per day, audited) and constant query counts."""

import re
from datetime import date, datetime, time, timedelta

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from est_incidents.coverage import compute_coverage, is_quiet
from est_incidents.models import CoverageReminder, Incident
from est_incidents.services import link_same_event
from hjo_safety import cache
from hjo_safety.dates import Period
from hjo_safety.models import Role
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.hjo_safety.factories import OrganisationFactory, member

pytestmark = pytest.mark.django_db

PERIOD = Period(date(2026, 3, 16), date(2026, 3, 29))  # 14 days


def _report(organisation, counts):
    """``counts[0]`` incidents in PERIOD, ``counts[i]`` in the i-th period before it."""
    for index, count in enumerate(counts):
        day = PERIOD.shifted(index).start + timedelta(days=3)
        moment = timezone.make_aware(datetime.combine(day, time(12, 0)))
        for _ in range(count):
            IncidentFactory(organisation=organisation, occurred_at=moment)


@pytest.fixture
def organisations(db):
    steady = OrganisationFactory(name="Stadig")
    dropped = OrganisationFactory(name="Tystnat")
    silent = OrganisationFactory(name="Aldrig rapporterat")
    sparse = OrganisationFactory(name="Gles")
    _report(steady, [2, 3, 3, 3, 3, 3, 3])  # 2 ≥ half of 3: as usual
    _report(dropped, [1, 4, 4, 5, 3, 4, 6])  # 1 < half of 4: quiet
    _report(sparse, [0, 1, 0, 1, 0, 0, 1])  # nothing although it usually reports: quiet
    # An incident before the seven periods counts nowhere.
    IncidentFactory(
        organisation=silent,
        occurred_at=timezone.make_aware(datetime.combine(PERIOD.shifted(7).start, time(12))),
    )
    return {"steady": steady, "dropped": dropped, "silent": silent, "sparse": sparse}


def test_counts_and_usual_levels_on_constructed_data(organisations):
    rows = {row.organisation.name: row for row in compute_coverage(PERIOD)}
    assert (rows["Stadig"].count, rows["Stadig"].usual, rows["Stadig"].quiet) == (2, 3, False)
    assert (rows["Tystnat"].count, rows["Tystnat"].usual, rows["Tystnat"].quiet) == (1, 4, True)
    assert rows["Tystnat"].history == (4, 4, 5, 3, 4, 6)
    assert (rows["Gles"].count, rows["Gles"].usual, rows["Gles"].quiet) == (0, 0.5, True)
    silent = rows["Aldrig rapporterat"]
    assert (silent.count, silent.usual, silent.quiet) == (0, 0, False)


def test_quiet_organisations_come_first(organisations):
    names = [row.organisation.name for row in compute_coverage(PERIOD)]
    assert names[:2] == ["Gles", "Tystnat"]


@pytest.mark.parametrize(
    ("count", "usual", "quiet"),
    [
        (0, 0, False),
        (0, 0.5, True),
        (0, 1, True),
        (1, 1, False),
        (1, 2, False),
        (0, 2, True),
        (1, 2.5, True),
        (2, 4, False),
        (1, 4, True),
        (9, 4, False),
    ],
)
def test_the_quiet_rule(count, usual, quiet):
    assert is_quiet(count, usual) is quiet


def test_coverage_takes_five_queries_whatever_the_data(organisations, django_assert_num_queries):
    # The data version, the counts, the reports linked as the same event, the organisations and
    # the reminders; three once the counts of this data version are kept.
    cache.clear()
    with django_assert_num_queries(5):
        compute_coverage(PERIOD)
    with django_assert_num_queries(3):
        compute_coverage(PERIOD)
    for index in range(5):
        _report(OrganisationFactory(name=f"Ny organisation {index}"), [3, 2, 5, 1, 0, 4, 2])
    with django_assert_num_queries(5):
        rows = compute_coverage(PERIOD)
    assert len(rows) >= 9


def test_a_report_linked_as_the_same_event_still_counts_for_its_organisation(
    organisations, coordinator
):
    """Linked to another organisation's report, it is counted once in the picture, but its own
    organisation did report: its coverage is not "Tyst" for it (issue 25, points 1 and 4)."""
    steady, dropped = organisations["steady"], organisations["dropped"]
    moment = timezone.make_aware(datetime.combine(PERIOD.start + timedelta(days=5), time(21)))
    primary = IncidentFactory(organisation=steady, occurred_at=moment)
    for _ in range(2):
        report = IncidentFactory(organisation=dropped, occurred_at=moment + timedelta(hours=1))
        link_same_event(incident=report, other=primary, acting_user=coordinator)
    assert Incident.objects.filter(duplicate_of=primary).count() == 2
    rows = {row.organisation.name: row for row in compute_coverage(PERIOD)}
    assert (rows["Tystnat"].count, rows["Tystnat"].quiet) == (3, False)
    assert rows["Stadig"].count == 3
    assert rows["Tystnat"].history == (4, 4, 5, 3, 4, 6)


def test_kept_counts_follow_every_new_incident(organisations):
    """The counts kept per data version are never served after an incident is added."""

    def count_of(organisation):
        rows = compute_coverage(PERIOD)
        return next(row.count for row in rows if row.organisation == organisation)

    steady = organisations["steady"]
    before = count_of(steady)
    assert count_of(steady) == before  # kept
    IncidentFactory(
        organisation=steady,
        occurred_at=timezone.make_aware(datetime.combine(PERIOD.start, time(12))),
    )
    assert count_of(steady) == before + 1


def test_the_meeting_page_shows_coverage_and_the_rule(client_for, coordinator, organisations):
    meeting = EstMeetingFactory(period_start=PERIOD.start, period_end=PERIOD.end)
    page = client_for(coordinator).get(reverse("est:meeting_detail", args=[meeting.pk]))
    text = page.content.decode()
    assert "Vilka har rapporterat?" in text
    assert "färre än hälften av medianen" in text
    assert "Tystnat" in text and "Påminn" in text


def test_members_see_only_their_own_organisations_row(client_for, organisations):
    reporter = member(organisations["dropped"], Role.REPORTER, username="tyst_rapportor")
    meeting = EstMeetingFactory(period_start=PERIOD.start, period_end=PERIOD.end)
    text = client_for(reporter).get(reverse("est:meeting_detail", args=[meeting.pk])).content
    text = text.decode()
    assert "Tystnat" in text
    assert "Stadig" not in text
    assert reverse("est:coverage_reminder", args=[organisations["dropped"].pk]) not in text


def test_the_coordinators_start_page_shows_coverage(client_for, coordinator, reporter_a):
    assert "Vilka har rapporterat?" in client_for(coordinator).get("/personal/").content.decode()
    assert "Vilka har rapporterat?" not in client_for(reporter_a).get("/personal/").content.decode()


# --- Reminders ----------------------------------------------------------------------------


@pytest.fixture
def quiet_org(organisations):
    admin = member(organisations["dropped"], Role.ORG_ADMIN, username="tyst_admin")
    admin.email = "admin@tystnat.example.se"
    admin.save()
    return organisations["dropped"]


def reminder_url(organisation):
    return reverse("est:coverage_reminder", args=[organisation.pk])


def test_the_coordinator_sends_one_reminder_a_day(
    client_for, coordinator, quiet_org, django_capture_on_commit_callbacks
):
    meeting = EstMeetingFactory(period_start=PERIOD.start, period_end=PERIOD.end)
    client = client_for(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(reminder_url(quiet_org), {"meeting": meeting.pk})
        second = client.post(reminder_url(quiet_org), {"meeting": meeting.pk})  # a double click
    assert first.status_code == second.status_code == 302
    assert first["Location"].startswith(reverse("est:meeting_detail", args=[meeting.pk]))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["admin@tystnat.example.se"]
    assert message.subject == "Påminnelse: rapportera händelser till EST"
    assert "16 mars 2026–29 mars 2026" in message.body
    # Like every mail's links, on the portal's public address (composed when sent).
    assert f"{django_settings.PUBLIC_BASE_URL}/personal/handelser/ny/" in message.body
    reminder = CoverageReminder.objects.get()
    assert reminder.history.get().history_user == coordinator  # in the audit log
    page = client.get(reverse("est:meeting_detail", args=[meeting.pk])).content.decode()
    assert "Påmind" in page


def test_a_reminder_can_be_sent_again_the_next_day(
    coordinator, quiet_org, client_for, django_capture_on_commit_callbacks
):
    CoverageReminder.objects.create(
        organisation=quiet_org,
        period_start=PERIOD.start,
        period_end=PERIOD.end,
        recipients="admin@tystnat.example.se",
        sent_at=timezone.now() - timedelta(days=1, minutes=1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        client_for(coordinator).post(reminder_url(quiet_org))
    assert len(mail.outbox) == 1
    assert CoverageReminder.objects.count() == 2


def test_an_organisation_without_admin_e_mail_is_not_reminded(
    client_for, coordinator, organisations, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator).post(reminder_url(organisations["sparse"]), follow=True)
    assert "ingen administratör med e-postadress" in response.content.decode()
    assert not mail.outbox
    assert not CoverageReminder.objects.exists()


@pytest.mark.parametrize(
    ("who", "status"), [("reporter_a", 403), ("org_admin_a", 403), (None, 302)]
)
def test_only_the_coordinator_may_send_reminders(
    request, client_for, quiet_org, who, status, django_capture_on_commit_callbacks
):
    user = request.getfixturevalue(who) if who else None
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(user).post(reminder_url(quiet_org))
    assert response.status_code == status
    assert not mail.outbox
    assert not CoverageReminder.objects.exists()


def test_a_reminder_by_get_is_refused(client_for, coordinator, quiet_org):
    assert client_for(coordinator).get(reminder_url(quiet_org)).status_code == 405
    assert not CoverageReminder.objects.exists()


def test_a_mail_server_that_is_down_loses_no_reminder(
    client_for, coordinator, quiet_org, settings, django_capture_on_commit_callbacks
):
    """The reminder goes through the notifications outbox: queued with the reminder, kept while
    the server is down, sent by the next run of send_notifications, and only once."""
    from django.core.management import call_command

    from notifications.models import OutboxMessage

    settings.EMAIL_BACKEND = "tests.notifications.backends.DownServerBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator).post(reminder_url(quiet_org), follow=True)
    assert "Påminnelsen är skickad" in response.content.decode()
    reminder = CoverageReminder.objects.get()
    queued = OutboxMessage.objects.get()
    assert queued.kind == "coverage_reminder"
    assert queued.sent_at is None and queued.attempts == 1 and "refused" in queued.last_error
    assert queued.to_address == "admin@tystnat.example.se"
    # A second press the same day is still refused: the reminder is recorded, not lost.
    with django_capture_on_commit_callbacks(execute=True):
        client_for(coordinator).post(reminder_url(quiet_org))
    assert CoverageReminder.objects.get() == reminder
    assert OutboxMessage.objects.count() == 1

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_notifications", verbosity=0)
    call_command("send_notifications", verbosity=0)
    reminders = [m for m in mail.outbox if m.subject.startswith("Påminnelse")]
    assert len(reminders) == 1  # (the admin's first daily digest goes out in the same run)
    assert reminders[0].to == ["admin@tystnat.example.se"]
    assert "rapporterat färre händelser till EST än vanligt" in reminders[0].body
    queued.refresh_from_db()
    assert queued.sent_at is not None


def test_an_admin_can_turn_reminders_off_in_one_click(
    client_for, coordinator, quiet_org, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(coordinator).post(reminder_url(quiet_org))
    message = mail.outbox[0]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Påminnelser om att rapportera händelser" in message.body
    path = "/" + message.extra_headers["List-Unsubscribe"].strip("<>").split("/", 3)[3]
    assert client_for(None).post(path).status_code == 200
    admin = quiet_org.memberships.get().user
    from notifications.models import NotificationSettings

    assert NotificationSettings.for_user(admin).wants("coverage_reminder") is False


def test_a_kept_meeting_page_carries_each_requests_own_csrf_token(coordinator, organisations):
    """The meeting page is kept per viewer and data version with its reminder forms: each view
    must carry a token of its own session that the CSRF check accepts."""
    from django.test import Client

    cache.clear()
    meeting = EstMeetingFactory(period_start=PERIOD.start, period_end=PERIOD.end)
    url = reverse("est:meeting_detail", args=[meeting.pk])
    dropped = organisations["dropped"]
    member(dropped, Role.ORG_ADMIN, username="tyst_admin", email="admin@tystnat.example")
    for _ in range(2):  # the second session is served the kept page
        client = Client(enforce_csrf_checks=True)
        client.force_login(coordinator)
        page = client.get(url).content.decode()
        assert cache.CSRF_PLACEHOLDER_PREFIX not in page
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        response = client.post(
            reverse("est:coverage_reminder", args=[dropped.pk]),
            {"csrfmiddlewaretoken": token, "meeting": meeting.pk},
        )
        assert response.status_code == 302  # a stale token would be 403
        assert "Påmind" in client.get(url).content.decode()  # the new reminder shows at once
        CoverageReminder.objects.all().delete()


def test_organisation_counts_from_the_summary_equal_a_recount():
    """``counts.organisation_counts`` (one statement over the summary rows, as coverage reads
    them) gives each organisation's count in each period as a recount of the incidents does:
    periods of days, across a month's end, with whole months, and a year."""
    from est_incidents.counts import organisation_counts

    first, second = OrganisationFactory(), OrganisationFactory()
    for day, organisation, n in [
        (date(2026, 1, 31), first, 2),
        (date(2026, 2, 1), first, 1),
        (date(2026, 2, 14), second, 3),
        (date(2026, 3, 1), second, 1),
        (date(2026, 3, 31), first, 4),
        (date(2025, 12, 31), second, 2),
    ]:
        moment = timezone.make_aware(datetime.combine(day, time(23, 30)))
        IncidentFactory.create_batch(n, organisation=organisation, occurred_at=moment)
    for period in (
        PERIOD,
        Period(date(2026, 1, 25), date(2026, 2, 7)),
        Period(date(2026, 2, 1), date(2026, 3, 31)),
        Period(date(2026, 1, 1), date(2026, 12, 31)),
    ):
        periods = [period.shifted(index) for index in range(7)]
        summed = organisation_counts(periods)
        assert summed == organisation_counts(periods, recount=True)
    assert summed[first.pk] == {0: 7} and summed[second.pk] == {0: 4, 1: 2}
