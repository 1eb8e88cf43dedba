"""Template tags through which other pages show council content (start page, staff page)."""

from django import template
from django.utils import timezone

from bra_council.models import Action, CouncilMeeting

register = template.Library()

ACTIONS_DUE_DAYS = 14


@register.inclusion_tag("bra_council/_next_meeting.html")
def next_council_meeting():
    """The next published council meeting, for the start page."""
    return {"meeting": CouncilMeeting.objects.public().upcoming().first()}


@register.inclusion_tag("bra_council/_actions_due.html", takes_context=True)
def council_actions_due(context):
    """Open council actions of the user's organisations due within 14 days (staff page);
    overdue ones included. A coordinator sees every organisation's."""
    request = context.get("request")
    user = getattr(request, "user", None)
    today = timezone.localdate()
    actions = (
        Action.objects.visible_to(user)
        .open()
        .due_within(ACTIONS_DUE_DAYS, today)
        .select_related("responsible_organisation", "origin__meeting")
        .order_by("due_date", "pk")
    )
    return {"actions": list(actions), "today": today}
