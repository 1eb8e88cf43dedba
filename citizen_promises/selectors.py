"""Queries other pages show citizen promises with (the start page)."""

from django.utils import timezone

from citizen_promises.models import CitizenPromise, Progress

START_PAGE_LIMIT = 3


def current_promises() -> list:
    """The published promises whose period covers today, with their progress (one query)."""
    promises = list(
        CitizenPromise.objects.current(timezone.localdate())
        .with_progress()
        .order_by("period_start", "pk")[:START_PAGE_LIMIT]
    )
    for promise in promises:
        promise.progress = Progress(promise.done_count, promise.activity_count)
    return promises
