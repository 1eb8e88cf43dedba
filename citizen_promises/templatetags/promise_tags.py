"""Template tags through which other pages show citizen promises (start page), and filters."""

from django import template
from django.utils import timezone

from citizen_promises.evidence import display_count
from citizen_promises.models import CitizenPromise, Progress

register = template.Library()

START_PAGE_LIMIT = 3


@register.inclusion_tag("citizen_promises/_current_promises.html")
def current_promises():
    """The published promises whose period covers today, for the start page (one query)."""
    promises = list(
        CitizenPromise.objects.current(timezone.localdate())
        .with_progress()
        .order_by("period_start", "pk")[:START_PAGE_LIMIT]
    )
    for promise in promises:
        promise.progress = Progress(promise.done_count, promise.activity_count)
    return {"promises": promises}


@register.filter
def small_count(count):
    """``{{ n|small_count }}``: a count below 5 becomes "färre än 5"."""
    return display_count(int(count))
