"""Did it help? The effect beside each promise activity that names places.

An activity's start is its promise's start (``period_start``, Stockholm midnight): incidents at
the activity's places in equal windows before and after it, against comparable places, computed
by ``est_measures.effect_data.measure_effects_many`` (one batch for every activity of the
promise, so the page's query count does not grow with the number of activities).

Two audiences, two sets of rules:

Every number passes the one disclosure rule (``est_incidents.disclosure.effect_for_viewer``):
exact for the coordinator on staff pages; other staff see their own organisations' part of each
count exactly and the rest perturbed (the cell-key method), the change, its interval and the
verdict judged from the shown counts; citizens see counts under 5 as "färre än 5", and the
change, its interval and the verdict masked whenever any count they come from is (a percentage
of a small count would give the count away).

- **Staff** (members of a participating organisation) see the full table: counts, the
  comparison places, the change with its interval and the verdict, and the planned events of
  each window at the activity's places ("Under perioden: Valborg 30 april (efter)").
- **Citizens** see what the open statistics show (``/trygghet-i-siffror/``): only windows that
  ended before the publication cut-off (today − ``PUBLIC_STATISTICS_DELAY_DAYS``), counted from
  the released incidents only (``Incident.objects.published(release)``), never exact
  counts, the verdict in words and the change. No comparison places, no finer periods, no
  planned events (the calendar is the participants').
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from est_incidents.disclosure import effect_for_viewer
from est_incidents.publication import current_release
from est_measures.effect_context import events_text, notes_for, planned_events_around
from est_measures.effect_data import measure_effects_many
from hjo_safety.dates import local_midnight


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
    # The planned events of the window at the activity's places (staff only):
    # "Under perioden: Valborg 30 april (efter)" (``est_measures.effect_context``).
    events: str = ""


def public_cutoff(today=None):
    """The first moment not yet published (the open statistics' delay)."""
    today = today or timezone.localdate()
    return local_midnight(today - timedelta(days=settings.PUBLIC_STATISTICS_DELAY_DAYS))


def activity_effects(
    promise, activities, *, public: bool, exact: bool, own_ids=None, today=None, user=None
) -> dict:
    """``{activity.pk: [EffectRow, …]}`` for the activities with places (prefetched).
    ``own_ids``: the staff viewer's organisations (their part of each count is shown exactly,
    the rest perturbed). ``user``: the staff viewer, whose planned events are listed beside
    each window (never on the public page: the events are the participants')."""
    groups = {a.pk: [p.pk for p in a.places.all()] for a in activities}
    groups = {key: ids for key, ids in groups.items() if ids}
    if not groups:
        return {}
    start = local_midnight(promise.period_start)
    now = public_cutoff(today) if public else timezone.now()
    # Citizens: only the current release's incidents (``Incident.objects.published``), so an
    # incident registered after its month's release day never moves the public effect.
    release = current_release(today) if public else None
    windows = measure_effects_many(groups, start, now=now, release=release)
    rows = {
        key: [_row(window, public=public, exact=exact, own_ids=own_ids) for window in found]
        for key, found in windows.items()
    }
    if not public and user is not None:
        every = [window for found in windows.values() for window in found]
        places = {place for ids in groups.values() for place in ids}
        events = planned_events_around(user, places, every)
        for key, found in windows.items():
            for row, window in zip(rows[key], found, strict=True):
                row.events = events_text(notes_for(events, groups[key], window))
    return rows


def _row(window, *, public: bool, exact: bool, own_ids) -> EffectRow:
    row = EffectRow(months=window.months, complete=window.complete, after_end=window.after_end)
    result = window.result
    if not window.complete or result is None:
        return row
    # Public: counted from the release's copies, which carry no keys (``window.parts`` empty):
    # masked under 5. Staff: their own part exactly, the rest perturbed.
    shown = effect_for_viewer(
        result, exact=exact and not public, parts=window.parts, own_ids=own_ids
    )
    row.before, row.after = str(shown.before), str(shown.after)
    row.verdict, row.verdict_text = shown.verdict, shown.verdict_text
    if shown.masked:
        row.change = str(shown.change)
    elif shown.has_change:
        row.change = f"{shown.change} ({shown.low} – {shown.high})"
    if not public:
        if shown.uses_comparison:
            row.comparison = f"{shown.comparison_before} / {shown.comparison_after}: " + ", ".join(
                window.comparison_places
            )
        else:
            row.comparison = "–"
    return row
