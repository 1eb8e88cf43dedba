"""Filters for showing citizen promises."""

from django import template

from citizen_promises.evidence import display_count

register = template.Library()


@register.filter
def small_count(count):
    """``{{ n|small_count }}``: a count below 5 becomes "färre än 5"."""
    return display_count(int(count))
