"""Template tags through which other pages show EST content (staff start page)."""

from django import template

from est_incidents.models import Incident
from hjo_safety import permissions

register = template.Library()

RECENT_COUNT = 5


@register.inclusion_tag("est_incidents/_recent_incidents.html", takes_context=True)
def recent_incidents(context):
    """The latest incidents of the user's organisations (all for a coordinator)."""
    user = context["request"].user
    return {
        "incidents": list(Incident.objects.visible_to(user).for_list()[:RECENT_COUNT]),
        "show_organisation": permissions.is_coordinator(user)
        or len(permissions.organisation_ids(user)) > 1,
    }
