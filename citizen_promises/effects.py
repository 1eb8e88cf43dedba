"""Did it help? The effect beside each promise activity that names places.

An activity's start is its promise's start (``period_start``, Stockholm midnight): incidents at
the activity's places in equal windows before and after it, against comparable places, computed
by ``est_measures.effect_data.measure_effects_many`` (one batch for every activity of the
promise, so the page's query count does not grow with the number of activities).

Two audiences, two sets of rules:

- **Staff** (members of a participating organisation) see the full table: counts (under 5 as
  "färre än 5" except to the coordinator, as in the shared situation picture), the comparison
  places, the change with its interval and the verdict.
- **Citizens** see what the open statistics show (``/trygghet-i-siffror/``): only windows that
  ended before the publication cut-off (today − ``PUBLIC_STATISTICS_DELAY_DAYS``), counts under
  5 as "färre än 5", the verdict in words, and the change in per cent only when neither count
  is under 5 (a percentage of a small count would give the count away). No comparison places,
  no finer periods.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from est_measures import effect
from est_measures.effect_data import measure_effects_many
from hjo_safety.dates import local_midnight


def _signed(value) -> str:
    return "–" if value is None else f"{value:+d} %".replace("-", "−")


@dataclass
class EffectRow:
    """One window as a page shows it: every number already a display string."""

    months: int
    complete: bool
    after_end: object
    before: str = ""
    after: str = ""
    comparison: str = ""
    change: str = ""
    verdict: str = ""
    verdict_text: str = ""


def public_cutoff(today=None):
    """The first moment not yet published (the open statistics' delay)."""
    today = today or timezone.localdate()
    return local_midnight(today - timedelta(days=settings.PUBLIC_STATISTICS_DELAY_DAYS))


def activity_effects(promise, activities, *, public: bool, exact: bool, today=None) -> dict:
    """``{activity.pk: [EffectRow, …]}`` for the activities with places (prefetched)."""
    groups = {a.pk: [p.pk for p in a.places.all()] for a in activities}
    groups = {key: ids for key, ids in groups.items() if ids}
    if not groups:
        return {}
    start = local_midnight(promise.period_start)
    now = public_cutoff(today) if public else timezone.now()
    windows = measure_effects_many(groups, start, now=now)
    return {
        key: [_row(window, public=public, exact=exact) for window in found]
        for key, found in windows.items()
    }


def _row(window, *, public: bool, exact: bool) -> EffectRow:
    row = EffectRow(months=window.months, complete=window.complete, after_end=window.after_end)
    result = window.result
    if not window.complete or result is None:
        return row
    exact = exact and not public
    row.before = effect.shown_count(result.before, exact)
    row.after = effect.shown_count(result.after, exact)
    row.verdict, row.verdict_text = result.verdict, result.verdict_text
    small = min(result.before, result.after) < effect.SMALL_COUNT_LIMIT
    if result.ratio is not None and not (public and small):
        low, high = result.interval_percent
        row.change = f"{_signed(result.percent_change)} ({_signed(low)} – {_signed(high)})"
    if not public:
        if result.uses_comparison:
            row.comparison = (
                f"{effect.shown_count(result.comparison_before, exact)} / "
                f"{effect.shown_count(result.comparison_after, exact)}: "
                + ", ".join(window.comparison_places)
            )
        else:
            row.comparison = "–"
    return row
