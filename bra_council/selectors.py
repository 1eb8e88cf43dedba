"""Queries other pages show council content with (start page, staff start page)."""

from django.utils import timezone

from bra_council.models import Action, CouncilMeeting

ACTIONS_DUE_DAYS = 14


def next_public_meeting():
    """The next published council meeting, for the start page."""
    return CouncilMeeting.objects.public().upcoming().first()


def council_actions_due(user) -> dict:
    """Open council actions of the user's organisations due within 14 days, overdue ones
    included. A coordinator sees every organisation's."""
    today = timezone.localdate()
    actions = (
        Action.objects.of_my_organisations(user)
        .open()
        .due_within(ACTIONS_DUE_DAYS, today)
        .select_related("responsible_organisation", "origin__meeting")
        .order_by("due_date", "pk")
    )
    return {"actions": list(actions), "today": today}
