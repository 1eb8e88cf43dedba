"""Early warning (issue 25, point 3): a place × main category that rises above its own usual
level — "Ovanligt många: Hamnen, skadegörelse (9 mot normalt 3)".

**The method.** For a period (since the last EST meeting, or the next meeting's period), each
named place × main category's count ``c`` is compared with its *own* usual level ``λ``: the mean
of its counts in the ``HISTORY_PERIODS`` periods of the same length just before (the same
baseline as the coverage monitor). Incident counts of one place and category are rare, independent
events, so a Poisson distribution describes how much they vary by chance. A combination is
flagged when ``c ≥ MIN_COUNT`` and the chance of seeing ``c`` or more under Poisson(λ) is below
``P_LIMIT`` (1 %); λ is at least ``FLOOR`` so that a place that is usually empty is not flagged
for two incidents. Why not "twice the usual": at small counts (1 → 2) that fires on chance
alone, and at large counts (40 → 60) it misses a real rise; the Poisson tail takes the size of
the numbers into account. Why not EWMA: with fortnightly periods and a dozen incidents a place,
its smoothing needs more history than most places have. With some 50 place × category
combinations, 1 % gives about one chance alarm every other meeting.

**Small counts.** A viewer who is not a coordinator and is not a member of every organisation
whose incidents the combination holds (now or in the baseline) reads it under the small-count
rules (``est_incidents.disclosure``): a warning whose count is under 5 is left out (as hotspots
are), and the usual level is "visas inte" when the baseline holds fewer than 5 incidents. A
bulletin goes to several organisations at once, so it carries the outsiders' version
(``warnings_for_outsiders``: the same rule as for a viewer in none of the organisations).

The counts come from the situation picture's per-day place × category × organisation summary
(``counts.Source``) in one query over the seven periods (the place names joined in); the pages keep what they render per data
version.
"""

import math
from dataclasses import dataclass

from django.db import connections, router
from django.db.models import OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from est_incidents.counts import CATEGORY, NO_PLACE, ORGANISATION, PLACE, Source
from est_incidents.disclosure import THRESHOLD, Disclosed
from est_incidents.disclosure import count as disclosed_count
from est_incidents.models import Place
from hjo_safety import permissions
from hjo_safety.dates import Period

HISTORY_PERIODS = 6
MIN_COUNT = 3
FLOOR = 0.5
P_LIMIT = 0.01


def poisson_tail(count: int, mean: float) -> float:
    """P(X ≥ count) for X ~ Poisson(mean)."""
    term = math.exp(-mean)
    below = 0.0
    for k in range(count):
        below += term
        term *= mean / (k + 1)
    return max(0.0, 1.0 - below)


@dataclass(frozen=True)
class Rise:
    place_id: int
    place: str
    category_id: int
    category: str
    count: int
    usual: float
    history_total: int
    p: float
    organisation_ids: frozenset


@dataclass(frozen=True)
class Warning:
    """A rise as one viewer may read it: counts are ``Disclosed``."""

    place: str
    category: str
    count: Disclosed
    usual: Disclosed


def _rises(period: Period) -> list[Rise]:
    """One query. Not kept here: both pages that show it keep their rendered part per data
    version already (the start page's and the meeting's fragments)."""
    periods = [period.shifted(index) for index in range(HISTORY_PERIODS + 1)]
    source = Source()
    summary, grouping = source.rows(CATEGORY | PLACE | ORGANISATION)

    def counted(*shown):
        return Coalesce(Sum("n", filter=source.days(grouping, *shown)), 0)

    # Summed in the database per place, main category and organisation: the period's count and
    # its baseline (the sum of the earlier periods' counts), not one sum per period and row.
    # The periods follow one another without overlapping, so the baseline is one sum over the
    # rows of all six (half the expressions to build and compile of six sums added up).
    before = counted(*periods[1:])
    rows = (
        summary.filter(source.days(grouping, *periods))
        .exclude(place_key=NO_PLACE)
        .order_by()
        .values("place_key", "organisation_id")
        .annotate(
            main=Coalesce("category__parent_id", "category_id"),
            main_name=Coalesce("category__parent__name", "category__name"),
        )
        .values("place_key", "organisation_id", "main", "main_name")
        .annotate(
            place_name=Subquery(Place.objects.filter(pk=OuterRef("place_key")).values("name")),
            now=counted(periods[0]),
            before=before,
        )
        .values_list(
            "place_key", "organisation_id", "main", "main_name", "place_name", "now", "before"
        )
    )
    # Read with a plain cursor: the values are ints and names already, and Django's converters
    # (two per row of some 2,000: place × category × organisation) were a fifth of the
    # coordinator's start page's early warning (bench/RESULTS.md, session 8).
    sql, params = rows.query.sql_with_params()
    with connections[router.db_for_read(Place)].cursor() as cursor:
        cursor.execute(sql, params)
        fetched = cursor.fetchall()
    cells: dict[tuple, dict] = {}
    category_names, place_names = {}, {}
    for place_key, organisation_id, main, main_name, place_name, now, before in fetched:
        category_names[main] = main_name
        place_names[place_key] = place_name
        cell = cells.setdefault((place_key, main), {"now": 0, "before": 0, "orgs": set()})
        cell["now"] += now
        cell["before"] += before
        if now or before:
            cell["orgs"].add(organisation_id)
    flagged = []
    for (place_id, category_id), cell in cells.items():
        usual = cell["before"] / HISTORY_PERIODS
        if cell["now"] < MIN_COUNT:
            continue
        p = poisson_tail(cell["now"], max(usual, FLOOR))
        if p < P_LIMIT:
            flagged.append((place_id, category_id, cell, usual, p))
    names, categories = place_names, category_names
    rises = [
        Rise(
            place_id=place_id,
            place=names.get(place_id, "?"),
            category_id=category_id,
            category=categories.get(category_id, "?"),
            count=cell["now"],
            usual=round(usual, 1),
            history_total=cell["before"],
            p=p,
            organisation_ids=frozenset(cell["orgs"]),
        )
        for place_id, category_id, cell, usual, p in flagged
    ]
    rises.sort(key=lambda r: (r.p, -r.count, r.place, r.category))
    return rises


def start_page_period(today=None) -> Period:
    """The coordinator's start page watches the last 14 days."""
    return Period.default(today)


def meeting_period(meeting, today) -> Period:
    """A coming meeting's period, up to today."""
    return Period(meeting.period_start, max(meeting.period_start, min(meeting.period_end, today)))


def warnings_for_viewer(period: Period, user) -> list[Warning]:
    """The rises of ``period`` as ``user`` may read them (see the module docstring)."""
    coordinator = permissions.is_coordinator(user)
    own = set(permissions.organisation_ids(user))
    return _warnings(period, lambda rise: coordinator or rise.organisation_ids <= own)


def warnings_for_outsiders(period: Period) -> list[Warning]:
    """The rises of ``period`` as someone outside every reporting organisation reads them: the
    same rule with no exact view, for what goes to several organisations at once (a bulletin's
    mail and page), so that no recipient sees a count 1–4 of incidents it did not report."""
    return _warnings(period, lambda rise: False)


def _warnings(period: Period, is_exact) -> list[Warning]:
    result = []
    for rise in _rises(period):
        exact = is_exact(rise)
        if not exact and rise.count < THRESHOLD:
            continue
        usual_masked = not exact and rise.history_total < THRESHOLD
        usual = int(rise.usual) if rise.usual == int(rise.usual) else rise.usual
        result.append(
            Warning(
                place=rise.place,
                category=rise.category,
                count=disclosed_count(rise.count, exact=exact),
                usual=Disclosed(usual, masked=usual_masked, secondary=True),
            )
        )
    return result
