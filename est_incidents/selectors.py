"""Queries other pages show EST content with (the staff start page)."""

from datetime import timedelta

from django.utils import timezone

from est_incidents import early_warning
from est_incidents.coverage import compute_coverage, reminder_window
from est_incidents.models import EstAction, Incident, IncidentShare
from est_incidents.models.sharing import HandlingStatus
from est_incidents.situation import default_period
from hjo_safety import permissions
from hjo_safety.cache import viewer_version
from hjo_safety.statements import Statement

RECENT_COUNT = 5
DUE_WITHIN_DAYS = 14


def recent_incidents(user) -> dict:
    """The latest incidents of the user's organisations (all for a coordinator)."""
    # Only the columns _recent_incidents.html shows (the category's name is its parent's and
    # its own): a fifth of for_list()'s, and no reporter.
    incidents = (
        Incident.objects.visible_to(user)
        .select_related("category__parent", "place", "organisation")
        .only(
            "occurred_at",
            "category__name",
            "category__parent__name",
            "place__name",
            "organisation__name",
            "organisation__short_name",
        )
    )
    return {
        "incidents": list(incidents[:RECENT_COUNT]),
        "show_organisation": permissions.is_coordinator(user)
        or len(permissions.organisation_ids(user)) > 1,
    }


_SHARES_WAITING = Statement(
    lambda organisations: (
        IncidentShare.objects.active()
        .filter(
            organisation__in=organisations,
            handling_status__in=[HandlingStatus.RECEIVED, HandlingStatus.IN_PROGRESS],
        )
        .values("pk")
    )
)


def shares_waiting(user) -> int:
    """Incidents other organisations have shared with the user's organisations that wait for
    their handling (received or in progress). Every counted incident is one the user may see,
    so the count is shown as it is. The staff menu shows it on every page: the statement is
    compiled once per process (``hjo_safety.statements``)."""
    organisations = sorted(permissions.organisation_ids(user))
    if not organisations:
        return 0
    return _SHARES_WAITING.count(organisations=organisations)


def est_actions_due(user, limit=5) -> dict:
    """Open EST actions of the user's organisations, overdue or due within 14 days."""
    today = timezone.localdate()
    actions = (
        EstAction.objects.editable_by(user)
        .open()
        .filter(due_date__lte=today + timedelta(days=DUE_WITHIN_DAYS))
        # Only what _est_actions_due.html shows (the meeting by its id).
        .select_related("responsible_organisation")
        .only(
            "meeting_id",
            "what",
            "due_date",
            "responsible_organisation__name",
            "responsible_organisation__short_name",
        )
        .order_by("due_date", "pk")[:limit]
    )
    return {"actions": list(actions), "today": today}


def reporting_coverage(user) -> dict | None:
    """The coordinator's view of who has reported since the last EST meeting (else None)."""
    if not permissions.is_coordinator(user):
        return None
    period = default_period()
    return {"period": period, "rows": compute_coverage(period)}


def early_warnings(user) -> dict | None:
    """The coordinator's "Ovanligt många" of the last 14 days (else None): issue 25, point 3."""
    if not permissions.is_coordinator(user):
        return None
    period = early_warning.start_page_period()
    return {"period": period, "warnings": early_warning.warnings_for_viewer(period, user)}


def start_page_version(user) -> str | None:
    """What ``user``'s staff start page's kept lists depend on (``hjo_safety.cache``): the
    viewer's data version, and the ten-minute window of the coverage table's "reminded" marks;
    None where nothing is kept."""
    version = viewer_version(user)
    return None if version is None else f"{version}@{reminder_window()}"
