"""Model rules of the council: workflow transitions, read-only approved minutes, ordered unique
agenda positions, constraints on kinds and statuses, current members, actions due."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from bra_council import services
from bra_council.models import (
    Action,
    ActionStatus,
    AgendaItem,
    AttendanceStatus,
    CouncilMeeting,
    CouncilMember,
    InvalidTransition,
    MeetingStatus,
    MinutesCorrection,
    SignatureRole,
)
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.citizen_promises.factories import CitizenPromiseFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = pytest.mark.django_db


# --- Status transitions --------------------------------------------------------------------


def test_meeting_moves_forward_one_step_at_a_time():
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED, past=False)
    meeting.starts_at = timezone.now() - datetime.timedelta(hours=1)
    meeting.ends_at = timezone.now() + datetime.timedelta(hours=1)
    meeting.save()
    AgendaItemFactory(meeting=meeting)

    meeting.transition_to(MeetingStatus.AGENDA_PUBLISHED)
    meeting.transition_to(MeetingStatus.HELD)
    meeting.transition_to(MeetingStatus.MINUTES_APPROVED)

    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.MINUTES_APPROVED
    assert meeting.minutes_approved_at is not None


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (MeetingStatus.PLANNED, MeetingStatus.HELD),
        (MeetingStatus.PLANNED, MeetingStatus.MINUTES_APPROVED),
        (MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.PLANNED),
        (MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.MINUTES_APPROVED),
        (MeetingStatus.HELD, MeetingStatus.AGENDA_PUBLISHED),
        (MeetingStatus.MINUTES_APPROVED, MeetingStatus.HELD),
    ],
)
def test_skipping_or_going_back_is_refused(start, target):
    approved_at = timezone.now() if start == MeetingStatus.MINUTES_APPROVED else None
    meeting = CouncilMeetingFactory(past=True, status=start, minutes_approved_at=approved_at)
    with pytest.raises(InvalidTransition):
        meeting.transition_to(target)
    meeting.refresh_from_db()
    assert meeting.status == start


def test_an_empty_agenda_cannot_be_published():
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    with pytest.raises(InvalidTransition, match="minst en punkt"):
        meeting.transition_to(MeetingStatus.AGENDA_PUBLISHED)


def test_a_future_meeting_cannot_be_marked_held():
    meeting = CouncilMeetingFactory(status=MeetingStatus.AGENDA_PUBLISHED)
    with pytest.raises(InvalidTransition):
        meeting.transition_to(MeetingStatus.HELD)


def test_database_refuses_unknown_status_and_approval_without_time():
    meeting = CouncilMeetingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        CouncilMeeting.objects.filter(pk=meeting.pk).update(status="cancelled")
    with pytest.raises(IntegrityError), transaction.atomic():
        CouncilMeeting.objects.filter(pk=meeting.pk).update(status=MeetingStatus.MINUTES_APPROVED)


def test_database_refuses_unknown_kind_and_action_status():
    item = AgendaItemFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        AgendaItem.objects.filter(pk=item.pk).update(kind="vote")
    action = ActionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Action.objects.filter(pk=action.pk).update(status="later")


# --- Positions ------------------------------------------------------------------------------


def test_positions_are_unique_per_meeting():
    item = AgendaItemFactory(position=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        AgendaItem.objects.create(meeting=item.meeting, position=1, title="Dubblett")
    AgendaItemFactory(position=1)  # another meeting may use the same number


def test_items_come_in_position_order_and_reorder_keeps_them_unique():
    meeting = CouncilMeetingFactory()
    first = AgendaItemFactory(meeting=meeting, title="Första")
    second = AgendaItemFactory(meeting=meeting, title="Andra")
    third = AgendaItemFactory(meeting=meeting, title="Tredje")
    assert [i.title for i in meeting.items.all()] == ["Första", "Andra", "Tredje"]

    meeting.reorder_items([third, first, second])

    assert [(i.position, i.title) for i in meeting.items.all()] == [
        (1, "Tredje"),
        (2, "Första"),
        (3, "Andra"),
    ]


def test_renumber_closes_gaps_after_a_deletion():
    meeting = CouncilMeetingFactory()
    items = [AgendaItemFactory(meeting=meeting) for _ in range(4)]
    items[1].delete()
    meeting.renumber_items()
    assert list(meeting.items.values_list("position", flat=True)) == [1, 2, 3]


def test_time_plan_gives_each_item_its_start_time():
    meeting = CouncilMeetingFactory()
    AgendaItemFactory(meeting=meeting, planned_minutes=5)
    AgendaItemFactory(meeting=meeting, planned_minutes=20)
    AgendaItemFactory(meeting=meeting, planned_minutes=15)
    starts = [start for _item, start, _elapsed in meeting.time_plan()]
    assert [int((s - meeting.starts_at).total_seconds() // 60) for s in starts] == [0, 5, 25]
    assert meeting.planned_minutes_total() == 40


def test_an_item_has_one_presenter_at_most(org_a):
    member = CouncilMemberFactory()
    item = AgendaItemFactory.build(
        meeting=CouncilMeetingFactory(),
        position=1,
        presenter_member=member,
        presenter_organisation=org_a,
    )
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "presenter_organisation" in error.value.message_dict


def test_deleting_the_linked_promise_or_est_meeting_keeps_the_agenda_item():
    item = AgendaItemFactory(promise=CitizenPromiseFactory(), est_meeting=EstMeetingFactory())
    item.promise.delete()
    item.est_meeting.delete()
    item.refresh_from_db()
    assert (item.promise, item.est_meeting) == (None, None)


# --- Approved minutes are read-only ---------------------------------------------------------


def _held_meeting_with_chair_and_adjuster():
    chair = CouncilMemberFactory(is_chair=True, name="Ordföranden")
    adjuster = CouncilMemberFactory(name="Justeraren")
    meeting = CouncilMeetingFactory(past=True, adjuster=adjuster)
    AttendanceFactory(meeting=meeting, member=chair)
    AttendanceFactory(meeting=meeting, member=adjuster)
    item = AgendaItemFactory(meeting=meeting, minutes="Anteckning", decision="Beslut")
    return meeting, chair, adjuster, item


def test_chair_and_adjuster_approve_the_minutes(coordinator, outsider):
    meeting, chair, adjuster, _item = _held_meeting_with_chair_and_adjuster()
    chair.user = outsider
    chair.save()
    assert services.allowed_signatures(meeting, outsider) == [SignatureRole.CHAIR]

    services.sign_minutes(meeting=meeting, role=SignatureRole.CHAIR, acting_user=outsider)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.HELD  # one signature is not enough

    with pytest.raises(PermissionDenied):  # the chair cannot sign for the adjuster
        services.sign_minutes(meeting=meeting, role=SignatureRole.ADJUSTER, acting_user=outsider)

    services.sign_minutes(meeting=meeting, role=SignatureRole.ADJUSTER, acting_user=coordinator)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.MINUTES_APPROVED
    approvals = {a.role: a for a in meeting.approvals.all()}
    assert approvals[SignatureRole.CHAIR].member == chair
    assert approvals[SignatureRole.CHAIR].recorded_by == outsider
    assert approvals[SignatureRole.ADJUSTER].member == adjuster
    assert approvals[SignatureRole.ADJUSTER].approved_at is not None


def test_adjuster_must_have_been_present(coordinator):
    meeting, _chair, adjuster, _item = _held_meeting_with_chair_and_adjuster()
    meeting.attendance.filter(member=adjuster).update(status=AttendanceStatus.APOLOGIES)
    with pytest.raises(ValidationError, match="närvarande"):
        services.sign_minutes(meeting=meeting, role=SignatureRole.ADJUSTER, acting_user=coordinator)


def test_a_reporter_cannot_sign(reporter_a):
    meeting, *_rest = _held_meeting_with_chair_and_adjuster()
    with pytest.raises(PermissionDenied):
        services.sign_minutes(meeting=meeting, role=SignatureRole.CHAIR, acting_user=reporter_a)


def _approve(meeting, coordinator):
    for role in SignatureRole.values:
        services.sign_minutes(meeting=meeting, role=role, acting_user=coordinator)
    meeting.refresh_from_db()


def test_approved_minutes_are_read_only(coordinator):
    meeting, _chair, _adjuster, item = _held_meeting_with_chair_and_adjuster()
    item.minutes = "Ändrat före justering"
    item.full_clean()  # still editable
    item.save()
    _approve(meeting, coordinator)

    item.refresh_from_db()
    item.minutes = "Ändrat efter justering"
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "minutes" in error.value.message_dict


def test_a_correction_is_a_recorded_revision(coordinator, org_admin_a):
    meeting, _chair, _adjuster, item = _held_meeting_with_chair_and_adjuster()
    with pytest.raises(ValidationError):  # not approved yet: edit directly instead
        services.correct_minutes(
            item=item, minutes="x", decision="y", reason="z", acting_user=coordinator
        )
    _approve(meeting, coordinator)

    with pytest.raises(PermissionDenied):
        services.correct_minutes(
            item=item, minutes="x", decision="y", reason="z", acting_user=org_admin_a
        )
    correction = services.correct_minutes(
        item=item,
        minutes="Anteckning (rättad)",
        decision="Beslut",
        reason="Fel datum i anteckningen",
        acting_user=coordinator,
    )
    second = services.correct_minutes(
        item=item, minutes="Tredje", decision="Beslut", reason="Stavfel", acting_user=coordinator
    )

    item.refresh_from_db()
    assert item.minutes == "Tredje"
    assert (correction.revision, second.revision) == (1, 2)
    assert correction.old_minutes == "Anteckning"
    assert correction.new_minutes == "Anteckning (rättad)"
    assert correction.made_by == coordinator
    assert MinutesCorrection.objects.filter(meeting=meeting).count() == 2
    history = list(item.history.order_by("history_date").values_list("minutes", flat=True))
    assert history[-3:] == ["Anteckning", "Anteckning (rättad)", "Tredje"]


# --- Members and actions --------------------------------------------------------------------


def test_current_members_are_those_whose_term_covers_today():
    today = timezone.localdate()
    current = CouncilMemberFactory(term_start=today - datetime.timedelta(days=10))
    CouncilMemberFactory(
        term_start=today - datetime.timedelta(days=400), term_end=today - datetime.timedelta(days=1)
    )
    CouncilMemberFactory(term_start=today + datetime.timedelta(days=1))
    ends_today = CouncilMemberFactory(term_start=today - datetime.timedelta(days=5), term_end=today)
    assert set(CouncilMember.objects.current()) == {current, ends_today}


def test_term_cannot_end_before_it_starts():
    member = CouncilMemberFactory.build(
        organisation=CouncilMemberFactory().organisation,
        term_start=datetime.date(2026, 1, 1),
        term_end=datetime.date(2025, 1, 1),
    )
    with pytest.raises(ValidationError):
        member.full_clean()


def test_actions_due_are_open_and_within_14_days_of_my_organisations(org_a, org_b, reporter_a):
    today = timezone.localdate()
    due = ActionFactory(
        responsible_organisation=org_a, due_date=today + datetime.timedelta(days=14)
    )
    overdue = ActionFactory(
        responsible_organisation=org_a, due_date=today - datetime.timedelta(days=2)
    )
    ActionFactory(responsible_organisation=org_a, due_date=today + datetime.timedelta(days=15))
    ActionFactory(responsible_organisation=org_a, status=ActionStatus.DONE, due_date=today)
    ActionFactory(responsible_organisation=org_b, due_date=today)
    mine = Action.objects.visible_to(reporter_a).open().due_within(14, today)
    assert set(mine) == {due, overdue}
    assert overdue.is_overdue(today)
