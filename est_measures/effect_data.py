"""The counts behind "did it help?": incidents at a measure's places before and after its start.

``measure_effects(places, start)`` reads the registry (one grouped query per window and one for
the comparison places' names, whatever its size), picks comparison places with ``effect.choose_comparison`` and
judges the counts with ``effect.estimate``. Counts are aggregates over every organisation's
incidents; pages show them only through ``est_incidents.disclosure.effects_for_viewer``: exact
for a coordinator; for other staff their own organisations' part exactly plus the rest
perturbed by the cell-key method (each window count carries its incidents' record-key sums,
``WindowEffect.parts``), the change, interval and verdict computed from the shown counts; on
the public pages (counted from a release's copies, no keys) counts under 5 masked. Used by the intervention page; the same function serves any measure
with places and a start date (an EST action through its interventions, a safety walk finding).
``measure_effects_many`` does the same for several measures with one start in the same queries
(the activities of one citizen promise).
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from est_incidents.models import Incident, Place, ReleasedIncident
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
    # Each count of ``result`` by the organisation that logged its incidents, with the sum of
    # their record keys: ``{"before"|"after"|"comparison_before"|"comparison_after":
    # {organisation id: (n, key sum)}}`` (the comparison ones only when comparison places were
    # chosen). ``est_incidents.disclosure.effect_for_viewer`` shows a viewer who is not exact
    # their own organisations' part exactly and the rest perturbed (the cell-key method).
    # Empty when counted from a release's copies (the public pages), which carry no keys.
    parts: dict = field(default_factory=dict)


def _top_category():
    return Coalesce("category__parent", "category")


def measure_effects(
    place_ids, start, *, exclude_place_ids=(), now=None, windows=WINDOWS_MONTHS
) -> list[WindowEffect]:
    """Effects in 3- and 6-month windows around ``start`` for incidents at ``place_ids``.

    ``exclude_place_ids`` are left out of the comparison (places with other measures at the
    same time). A window whose "after" part has not ended yet is returned incomplete.
    """
    return measure_effects_many(
        {None: place_ids}, start, exclude_place_ids=exclude_place_ids, now=now, windows=windows
    ).get(None, [])


def measure_effects_many(
    groups, start, *, exclude_place_ids=(), now=None, windows=WINDOWS_MONTHS, release=None
) -> dict:
    """``{key: [WindowEffect, …]}`` for several measures that share a start (the activities of
    one promise), each ``groups[key]`` an iterable of place ids. One query per window and one
    for the comparison places' names, whatever the number of measures; a measure without
    places is left out.

    ``now`` is the end of what may be counted: a window whose "after" part ends later is
    incomplete (the public pages pass the publication cut-off here). ``release`` (an
    ``est_incidents.publication.Release``): count only ``Incident.objects.published(release)``,
    so that an incident registered after its month's release day never moves a public figure.
    """
    now = now or timezone.now()
    groups = {key: sorted(set(ids)) for key, ids in groups.items()}
    groups = {key: ids for key, ids in groups.items() if ids}
    results = {key: [] for key in groups}
    if not groups:
        return results
    chosen_ids = set()
    for months in windows:
        length = timedelta(days=round(months * DAYS_PER_MONTH))
        complete = start + length <= now
        judged = {}
        if complete:
            judged = _judge_many(
                start - length, start, start + length, groups, set(exclude_place_ids), release
            )
        for key in groups:
            window = WindowEffect(
                months=months,
                before_start=start - length,
                start=start,
                after_end=start + length,
                complete=complete,
            )
            if complete:
                window.result, window.comparison_places, window.parts = judged[key]
                chosen_ids.update(window.comparison_places)
            results[key].append(window)
    if chosen_ids:
        names = dict(Place.objects.filter(pk__in=chosen_ids).values_list("pk", "name"))
        for found in results.values():
            for window in found:
                window.comparison_places = sorted(
                    names.get(p, "") for p in window.comparison_places
                )
    return results


def _judge_many(before_start, start, after_end, groups, excluded, release=None):
    """(Effect, comparison place ids, parts) per group, from one grouped query: every place's
    incidents per top category (and, from the registry, per organisation with their key
    sums), before and after."""
    before = Q(occurred_at__gte=before_start, occurred_at__lt=start)
    after = Q(occurred_at__gte=start, occurred_at__lt=after_end)
    mixes: dict[int, dict] = {}
    counts: dict[int, list] = {}
    # {place: {organisation: [before n, before k, after n, after k]}} (registry only)
    by_organisation: dict[int, dict] = {}
    if release:
        rows = (
            ReleasedIncident.objects.of_release(release)
            .filter(place__isnull=False, occurred_at__gte=before_start, occurred_at__lt=after_end)
            .order_by()
            .values("place", top=_top_category())
            .annotate(before=Count("pk", filter=before), after=Count("pk", filter=after))
        )
    else:
        rows = (
            Incident.objects.counted()
            .filter(place__isnull=False, occurred_at__gte=before_start, occurred_at__lt=after_end)
            .order_by()
            .values("place", "organisation", top=_top_category())
            .annotate(
                before=Count("pk", filter=before),
                after=Count("pk", filter=after),
                before_k=Sum("record_key", filter=before, default=0),
                after_k=Sum("record_key", filter=after, default=0),
            )
        )
    for row in rows:
        if row["before"]:
            mix = mixes.setdefault(row["place"], {})
            mix[row["top"]] = mix.get(row["top"], 0) + row["before"]
        pair = counts.setdefault(row["place"], [0, 0])
        pair[0] += row["before"]
        pair[1] += row["after"]
        if not release:
            part = by_organisation.setdefault(row["place"], {}).setdefault(
                row["organisation"], [0, 0, 0, 0]
            )
            part[0] += row["before"]
            part[1] += int(row["before_k"])
            part[2] += row["after"]
            part[3] += int(row["after_k"])

    def total(place_ids):
        pairs = [counts.get(p, (0, 0)) for p in place_ids]
        return sum(b for b, _a in pairs), sum(a for _b, a in pairs)

    def parts_of(place_ids):
        """({organisation: (n, k)} before, the same after) over ``place_ids``."""
        before_parts: dict = {}
        after_parts: dict = {}
        for place in place_ids:
            for organisation, (bn, bk, an, ak) in by_organisation.get(place, {}).items():
                n, k = before_parts.get(organisation, (0, 0))
                before_parts[organisation] = (n + bn, k + bk)
                n, k = after_parts.get(organisation, (0, 0))
                after_parts[organisation] = (n + an, k + ak)
        return before_parts, after_parts

    judged = {}
    for key, place_ids in groups.items():
        treated_mix: dict = {}
        for place in place_ids:
            for top, n in mixes.get(place, {}).items():
                treated_mix[top] = treated_mix.get(top, 0) + n
        skip = set(place_ids) | excluded
        candidates = {place: mix for place, mix in mixes.items() if place not in skip}
        chosen = effect.choose_comparison(treated_mix, len(place_ids), candidates)
        treated_before, treated_after = total(place_ids)
        comparison_before = comparison_after = None
        parts = {}
        if not release:
            parts["before"], parts["after"] = parts_of(place_ids)
        if chosen:
            comparison_before, comparison_after = total(chosen)
            if not release:
                parts["comparison_before"], parts["comparison_after"] = parts_of(chosen)
        judged[key] = (
            effect.estimate(treated_before, treated_after, comparison_before, comparison_after),
            list(chosen),
            parts,
        )
    return judged
