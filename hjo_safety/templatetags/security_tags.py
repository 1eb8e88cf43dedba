"""Template filters for the security pages."""

from datetime import timedelta

from django import template

register = template.Library()


@register.filter
def whole_minutes(value) -> int:
    """A timedelta as whole minutes, rounded up (15 for a 15-minute cool-off)."""
    if not isinstance(value, timedelta):
        return 0
    return -(-int(value.total_seconds()) // 60)
