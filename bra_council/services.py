"""Writes of bra_council that span several models or must leave an audit record.

Every function takes keyword-only arguments including ``acting_user`` and runs in a transaction.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bra_council.models import (
    FOLLOW_UP_TITLE,
    Action,
    AgendaItem,
    AgendaKind,
    AttendanceStatus,
    CouncilMeeting,
    CouncilMember,
    MeetingStatus,
    MinutesApproval,
    MinutesCorrection,
    SignatureRole,
)
from hjo_safety.permissions import is_coordinator
from hjo_safety.public_cache import invalidate_public_pages

DEFAULT_MEETING_INTERVAL = datetime.timedelta(weeks=10)

COPIED_FIELDS = [
    "title",
    "is_closing",
    "description",
    "kind",
    "is_public",
    "is_standing",
    "presenter_member_id",
    "presenter_organisation_id",
    "planned_minutes",
]


def _follow_up_description(actions) -> str:
    lines = [
        f"– {action.what} ({action.responsible_organisation.display_name}, "
        f"{_('klart senast')} {action.due_date:%Y-%m-%d})"
        for action in actions
    ]
    return "\n".join(lines)


@transaction.atomic
def create_next_meeting(
    *,
    source: CouncilMeeting,
    acting_user,
    starts_at: datetime.datetime | None = None,
) -> CouncilMeeting:
    """A planned meeting after ``source``: its standing items, and every open action carried
    forward as one item "Uppföljning av åtgärder" (placed after the opening standing items)."""
    if not is_coordinator(acting_user):
        raise PermissionDenied
    starts_at = starts_at or source.starts_at + DEFAULT_MEETING_INTERVAL
    meeting = CouncilMeeting.objects.create(
        starts_at=starts_at,
        ends_at=starts_at + (source.ends_at - source.starts_at),
        place=source.place,
        status=MeetingStatus.PLANNED,
    )
    source_items = list(source.items.order_by("position"))
    standing = [item for item in source_items if item.is_standing]
    # The opening block: standing items before the first item that is not standing.
    opening = 0
    for item in source_items:
        if not item.is_standing:
            break
        opening += 1

    open_actions = list(
        Action.objects.open().select_related("responsible_organisation").order_by("due_date", "pk")
    )
    new_items = [
        AgendaItem(meeting=meeting, **{field: getattr(item, field) for field in COPIED_FIELDS})
        for item in standing
    ]
    follow_up = None
    if open_actions:
        follow_up = AgendaItem(
            meeting=meeting,
            title=FOLLOW_UP_TITLE,
            description=_follow_up_description(open_actions),
            kind=AgendaKind.DISCUSSION,
            is_public=False,
            planned_minutes=max(10, 3 * len(open_actions)),
        )
        new_items.insert(min(opening, len(new_items)), follow_up)
    for position, item in enumerate(new_items, start=1):
        item.position = position
    AgendaItem.objects.bulk_create(new_items)
    if follow_up is not None:
        follow_up.follow_up_actions.set(open_actions)
    return meeting


def _chair_on(date) -> CouncilMember | None:
    return CouncilMember.objects.current(on=date).filter(is_chair=True).first()


def allowed_signatures(meeting: CouncilMeeting, user) -> list[str]:
    """The signature roles ``user`` may give now: as the linked chair or adjuster, or any
    missing one as a coordinator recording a signature given on paper."""
    if meeting.status != MeetingStatus.HELD or user is None or not user.is_authenticated:
        return []
    signed = set(meeting.approvals.values_list("role", flat=True))
    roles = []
    chair = _chair_on(timezone.localtime(meeting.starts_at).date())
    coordinator = is_coordinator(user)
    if SignatureRole.CHAIR not in signed and chair is not None:
        if coordinator or chair.user_id == user.pk:
            roles.append(SignatureRole.CHAIR)
    if SignatureRole.ADJUSTER not in signed and meeting.adjuster_id is not None:
        if coordinator or meeting.adjuster.user_id == user.pk:
            roles.append(SignatureRole.ADJUSTER)
    return roles


@transaction.atomic
def sign_minutes(*, meeting: CouncilMeeting, role: str, acting_user) -> MinutesApproval:
    """Record the chair's or the adjuster's approval; with both, the minutes are approved."""
    meeting = CouncilMeeting.objects.select_for_update().get(pk=meeting.pk)
    role = SignatureRole(role)
    if meeting.status != MeetingStatus.HELD:
        raise ValidationError(_("Bara protokollet från ett genomfört möte kan justeras."))
    if role not in allowed_signatures(meeting, acting_user):
        raise PermissionDenied
    if role == SignatureRole.CHAIR:
        member = _chair_on(timezone.localtime(meeting.starts_at).date())
    else:
        member = meeting.adjuster
        if member.is_chair:
            raise ValidationError(_("Justeraren ska vara en annan ledamot än ordföranden."))
        present = meeting.attendance.filter(member=member, status=AttendanceStatus.PRESENT)
        if not present.exists():
            raise ValidationError(_("Justeraren måste ha varit närvarande vid mötet."))
    approval = MinutesApproval.objects.create(
        meeting=meeting, role=role, member=member, recorded_by=acting_user
    )
    if meeting.approvals.count() == len(SignatureRole.values):
        meeting.transition_to(MeetingStatus.MINUTES_APPROVED, acting_user=acting_user)
        invalidate_public_pages()  # the public meeting page now shows the minutes
    return approval


@transaction.atomic
def correct_minutes(
    *, item: AgendaItem, minutes: str, decision: str, reason: str, acting_user
) -> MinutesCorrection:
    """Correct approved minutes of one item as a new, recorded revision (coordinators only)."""
    if not is_coordinator(acting_user):
        raise PermissionDenied
    item = AgendaItem.objects.select_for_update().select_related("meeting").get(pk=item.pk)
    if not item.meeting.minutes_locked:
        raise ValidationError(_("Protokollet är inte justerat: ändra punkten direkt i stället."))
    if not reason.strip():
        raise ValidationError(_("Skriv varför protokollet rättas."))
    last = item.meeting.corrections.order_by("-revision").values_list("revision", flat=True)
    correction = MinutesCorrection.objects.create(
        meeting=item.meeting,
        item=item,
        revision=(last.first() or 0) + 1,
        old_minutes=item.minutes,
        new_minutes=minutes,
        old_decision=item.decision,
        new_decision=decision,
        reason=reason,
        made_by=acting_user,
    )
    item.minutes = minutes
    item.decision = decision
    item._change_reason = _("Rättelse %(revision)s: %(reason)s") % {
        "revision": correction.revision,
        "reason": reason,
    }
    item.save(update_fields=["minutes", "decision"])
    invalidate_public_pages()  # the public minutes changed
    return correction
