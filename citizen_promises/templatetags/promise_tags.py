"""Template tags through which other pages show citizen promises (start page)."""

from django import template

register = template.Library()


@register.inclusion_tag("citizen_promises/_current_promises.html")
def current_promises():
    """The published promises whose period covers today, for the start page."""
    return {"promises": []}
