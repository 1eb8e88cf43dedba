"""The send_notifications command: digests for organisation admins, action reminders; council mail."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from bra_council.models import MeetingStatus
from notifications.models import NotificationSettings
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstActionFactory
from tests.hjo_safety.factories import UserFactory

pytestmark = pytest.mark.django_db


def run(now=None):
    call_command("send_notifications", verbosity=0)


def mails_to(user):
    return [m for m in mail.outbox if m.to == [user.email]]


def test_digest_lists_own_organisations_new_incidents_once(org_admin_a, org_a, org_b):
    IncidentFactory(organisation=org_a, description="Krossad ruta")
    IncidentFactory(organisation=org_b)
    run()
    run()
    digests = mails_to(org_admin_a)
    assert len(digests) == 1
    message = digests[0]
    assert message.subject == "Sammanfattning: 1 ny händelse"
    assert "1 ny händelse har registrerats för din organisation" in message.body
    assert org_b.name not in message.body
    assert "https://trygghet.example.se/personal/handelser/" in message.body
    assert message.alternatives[0][1] == "text/html"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_no_digest_without_news_or_when_switched_off(org_admin_a, org_admin_b, org_a, org_b):
    NotificationSettings.objects.create(user=org_admin_a, digest="none")
    IncidentFactory(organisation=org_a)
    run()
    assert mails_to(org_admin_a) == []
    assert mails_to(org_admin_b) == []  # nothing new in B


def test_weekly_digest_waits_a_week(org_admin_a, org_a):
    from notifications.models import DigestRun

    NotificationSettings.objects.create(user=org_admin_a, digest="weekly")
    DigestRun.objects.create(
        user=org_admin_a, covered_until=timezone.now() - datetime.timedelta(days=2)
    )
    IncidentFactory(organisation=org_a)
    run()
    assert mails_to(org_admin_a) == []
    DigestRun.objects.filter(user=org_admin_a).update(
        covered_until=timezone.now() - datetime.timedelta(days=7)
    )
    run()
    assert len(mails_to(org_admin_a)) == 1


def test_reporters_get_no_digest(reporter_a, org_a):
    IncidentFactory(organisation=org_a)
    run()
    assert mails_to(reporter_a) == []


def test_action_reminders_a_week_before_and_when_overdue(org_admin_a, org_admin_b, org_a):
    today = timezone.localdate()
    EstActionFactory(
        responsible_organisation=org_a,
        what="Laga belysningen",
        due_date=today + datetime.timedelta(days=6),
    )
    ActionFactory(
        responsible_organisation=org_a,
        what="Trygghetsvandring",
        due_date=today - datetime.timedelta(days=1),
    )
    EstActionFactory(
        responsible_organisation=org_a,
        what="Långt fram",
        due_date=today + datetime.timedelta(days=30),
    )
    NotificationSettings.objects.create(user=org_admin_a, digest="none")
    run()
    run()
    subjects = sorted(m.subject for m in mails_to(org_admin_a))
    assert subjects == [
        "Försenad åtgärd: Trygghetsvandring",
        f"Påminnelse: Laga belysningen ska vara klar {today + datetime.timedelta(days=6):%Y-%m-%d}",
    ]
    assert mails_to(org_admin_b) == []


def test_reminders_can_be_switched_off(org_admin_a, org_a):
    NotificationSettings.objects.create(user=org_admin_a, digest="none", action_reminder=False)
    EstActionFactory(responsible_organisation=org_a, due_date=timezone.localdate())
    run()
    assert mails_to(org_admin_a) == []


def test_council_members_get_the_agenda_and_the_minutes(org_a, on_commit):
    member_user = UserFactory(username="ledamot")
    former = UserFactory(username="fd.ledamot")
    CouncilMemberFactory(organisation=org_a, user=member_user)
    CouncilMemberFactory(
        organisation=org_a,
        user=former,
        term_end=timezone.localdate() - datetime.timedelta(days=30),
    )
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    AgendaItemFactory(meeting=meeting, title="Lägesbild från polisen")
    with on_commit():
        meeting.transition_to(MeetingStatus.AGENDA_PUBLISHED)
    received = mails_to(member_user)
    assert len(received) == 1 and received[0].subject == f"Dagordning: {meeting}"
    assert "Lägesbild från polisen" in received[0].body
    assert f"https://trygghet.example.se/bra/moten/{meeting.pk}/dagordning/" in received[0].body
    assert mails_to(former) == []
    meeting.starts_at = timezone.now() - datetime.timedelta(hours=3)
    meeting.save()
    with on_commit():
        meeting.transition_to(MeetingStatus.HELD)
        meeting.transition_to(MeetingStatus.MINUTES_APPROVED)
    subjects = [m.subject for m in mails_to(member_user)]
    assert subjects[1:] == [f"Justerat protokoll: {meeting}"]


def test_the_member_who_publishes_the_agenda_is_not_mailed_it(org_a, on_commit):
    """Issue 24, point 9: nobody is mailed about their own change (the strategist who
    published the agenda got it by mail)."""
    strategist, other = UserFactory(username="strateg.ledamot"), UserFactory(username="ledamot2")
    CouncilMemberFactory(organisation=org_a, user=strategist)
    CouncilMemberFactory(organisation=org_a, user=other)
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    AgendaItemFactory(meeting=meeting, title="Lägesbild")
    with on_commit():
        meeting.transition_to(MeetingStatus.AGENDA_PUBLISHED, acting_user=strategist)
    assert mails_to(strategist) == [] and len(mails_to(other)) == 1


def test_dry_run_queues_and_sends_nothing(org_admin_a, org_a):
    IncidentFactory(organisation=org_a)
    call_command("send_notifications", "--dry-run", verbosity=0)
    assert mail.outbox == []
