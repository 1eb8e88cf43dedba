"""Queries other pages show EST content with (the staff start page)."""

from datetime import timedelta

from django.utils import timezone

from est_incidents.models import EstAction, Incident
from hjo_safety import permissions

RECENT_COUNT = 5
DUE_WITHIN_DAYS = 14


def recent_incidents(user) -> dict:
    """The latest incidents of the user's organisations (all for a coordinator)."""
    return {
        "incidents": list(Incident.objects.visible_to(user).for_list()[:RECENT_COUNT]),
        "show_organisation": permissions.is_coordinator(user)
        or len(permissions.organisation_ids(user)) > 1,
    }


def est_actions_due(user, limit=5) -> dict:
    """Open EST actions of the user's organisations, overdue or due within 14 days."""
    today = timezone.localdate()
    actions = (
        EstAction.objects.editable_by(user)
        .open()
        .filter(due_date__lte=today + timedelta(days=DUE_WITHIN_DAYS))
        .for_list()
        .order_by("due_date", "pk")[:limit]
    )
    return {"actions": list(actions), "today": today}
