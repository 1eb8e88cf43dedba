"""The counts behind "did it help?": incidents at a measure's places before and after its start.

``measure_effects(places, start)`` reads the registry (a handful of aggregate queries per
window, whatever its size), picks comparison places with ``effect.choose_comparison`` and
judges the counts with ``effect.estimate``. Counts are aggregates over every organisation's
incidents; pages show them with the portal's under-5 rule (``effect.shown_count``) unless the
viewer is a coordinator. Used by the intervention page; the same function serves any measure
with places and a start date (an EST action through its interventions, a safety walk finding).
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from est_incidents.models import Incident, Place
from est_measures import effect

WINDOWS_MONTHS = (3, 6)
DAYS_PER_MONTH = 30.44


@dataclass
class WindowEffect:
    months: int
    before_start: datetime
    start: datetime
    after_end: datetime
    complete: bool
    result: effect.Effect | None = None
    comparison_places: list = field(default_factory=list)


def _top_category():
    return Coalesce("category__parent", "category")


def measure_effects(
    place_ids, start, *, exclude_place_ids=(), now=None, windows=WINDOWS_MONTHS
) -> list[WindowEffect]:
    """Effects in 3- and 6-month windows around ``start`` for incidents at ``place_ids``.

    ``exclude_place_ids`` are left out of the comparison (places with other measures at the
    same time). A window whose "after" part has not ended yet is returned incomplete.
    """
    now = now or timezone.now()
    place_ids = sorted(set(place_ids))
    if not place_ids:
        return []
    results = []
    for months in windows:
        length = timedelta(days=round(months * DAYS_PER_MONTH))
        window = WindowEffect(
            months=months,
            before_start=start - length,
            start=start,
            after_end=start + length,
            complete=start + length <= now,
        )
        if window.complete:
            _judge(window, place_ids, set(exclude_place_ids))
        results.append(window)
    return results


def _judge(window: WindowEffect, place_ids, excluded):
    before = Q(occurred_at__gte=window.before_start, occurred_at__lt=window.start)
    after = Q(occurred_at__gte=window.start, occurred_at__lt=window.after_end)
    treated = Incident.objects.filter(place__in=place_ids).aggregate(
        before=Count("pk", filter=before), after=Count("pk", filter=after)
    )
    # Every other place's category mix before the start: one grouped query.
    mixes: dict[int, dict] = {}
    treated_mix: dict = {}
    rows = (
        Incident.objects.filter(before, place__isnull=False)
        .order_by()
        .values("place", top=_top_category())
        .annotate(n=Count("pk"))
    )
    skip = set(place_ids) | excluded
    for row in rows:
        if row["place"] in place_ids:
            treated_mix[row["top"]] = treated_mix.get(row["top"], 0) + row["n"]
        elif row["place"] not in skip:
            mixes.setdefault(row["place"], {})[row["top"]] = row["n"]
    chosen = effect.choose_comparison(treated_mix, len(place_ids), mixes)
    comparison_before = comparison_after = None
    if chosen:
        counts = Incident.objects.filter(place__in=chosen).aggregate(
            before=Count("pk", filter=before), after=Count("pk", filter=after)
        )
        comparison_before, comparison_after = counts["before"], counts["after"]
        window.comparison_places = list(
            Place.objects.filter(pk__in=chosen).order_by("name").values_list("name", flat=True)
        )
    window.result = effect.estimate(
        treated["before"], treated["after"], comparison_before, comparison_after
    )
