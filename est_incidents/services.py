"""Writes of est_incidents that reach beyond one model."""

from django.core.exceptions import ValidationError
from django.utils import timezone

from est_incidents.models import EstMeeting
from est_incidents.models.meetings import NOT_STARTED_MESSAGE
from est_incidents.situation import compute_situation


def mark_meeting_held(meeting: EstMeeting, *, acting_user, now=None) -> None:
    """Freeze the situation picture of the meeting's period into it and mark it held.

    The picture is stored as structured data with its time of computation, so later
    corrections of incidents never change what the meeting saw. A meeting that has not started
    cannot be held (``ValidationError``): the picture would miss the days up to the meeting.
    """
    if meeting.is_held:
        return
    now = now or timezone.now()
    if meeting.starts_at > now:
        raise ValidationError(NOT_STARTED_MESSAGE, code="not_started")
    meeting.frozen_picture = compute_situation(
        meeting.period,
        include_points=False,
        actions_before=meeting.starts_at,
        now=now,
    )
    meeting.picture_computed_at = now
    meeting.status = EstMeeting.Status.HELD
    meeting.held_by = acting_user
    meeting.save(update_fields=["frozen_picture", "picture_computed_at", "status", "held_by"])
