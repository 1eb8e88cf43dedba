"""Template tags through which other pages show EST meeting content (staff start page)."""

from django import template

register = template.Library()


@register.inclusion_tag("est_incidents/_est_actions_due.html", takes_context=True)
def est_actions_due(context):
    """Open EST actions of the user's organisations (staff page)."""
    return {"actions": []}
