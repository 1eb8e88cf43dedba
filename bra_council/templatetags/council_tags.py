"""Template tags through which other pages show council content (start page, staff page)."""

from django import template

register = template.Library()


@register.inclusion_tag("bra_council/_next_meeting.html")
def next_council_meeting():
    """The next published council meeting, for the start page."""
    return {"meeting": None}


@register.inclusion_tag("bra_council/_actions_due.html", takes_context=True)
def council_actions_due(context):
    """Open council actions of the user's organisations due within 14 days (staff page)."""
    return {"actions": []}
