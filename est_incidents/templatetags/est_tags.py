"""Template tags through which other pages show EST content (staff start page)."""

from django import template

register = template.Library()


@register.inclusion_tag("est_incidents/_recent_incidents.html", takes_context=True)
def recent_incidents(context):
    """The latest incidents of the user's organisations (staff page)."""
    return {"incidents": []}
