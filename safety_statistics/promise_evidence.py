"""Evidence beside a promise: incidents at the activities' places, per quarter.

Citizens see how many insecurity-creating incidents were reported at a place in each quarter of
the promise's period and of the year before, so they can see whether things moved. The figures
are the released ones (``est_incidents.publication``): whole quarters whose months are all
released, under the very rule of the area table on ``/trygghet-i-siffror/``
(``public_figures.area_quarter_cells``: under 5 is "färre än 5", a quarter with exactly one
hidden month is "visas inte"), so a place's quarter reads the same on both pages and nothing
changes between two release days. One GROUP BY query for the whole page (and one for when the
mapping began), never incident details.

The mapping (the incident registry) began on a given day: quarters before the quarter of the
first published incident have no figures at all, and say so ("ej kartlagt") instead of "färre
än 5", so that an empty early year does not read as a rise.

citizen_promises does not import this app (they are siblings): the page takes the tables from
the ``promise_detail`` extension (``est_incidents.extensions``), registered in
``SafetyStatisticsConfig.ready``, which sets ``activity.evidence``.

Incidents are read without ``visible_to(user)`` on purpose: aggregates per place and period are
public by design (DESIGN.md, "Aggregates ... are shared"); the details stay scoped.
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext

from est_incidents.publication import Release, current_release
from safety_statistics.public_figures import (
    area_quarter_cells,
    mapping_began,
    next_quarter,
    quarter_start,
)


@dataclass(frozen=True)
class Quarter:
    start: date
    before_promise: bool
    before_mapping: bool = False

    @property
    def number(self) -> int:
        return (self.start.month - 1) // 3 + 1

    @property
    def label(self) -> str:
        return gettext("%(year)s kv. %(quarter)s") % {
            "year": self.start.year,
            "quarter": self.number,
        }


def quarters_for(promise, release: Release) -> list[Quarter]:
    """The quarters from a year before the promise's start to its end, as far as they are
    released."""
    first = quarter_start(promise.period_start.replace(year=promise.period_start.year - 1, day=1))
    quarters = []
    current = first
    while current <= promise.period_end and next_quarter(current) <= release.period_end:
        quarters.append(Quarter(start=current, before_promise=current < promise.period_start))
        current = next_quarter(current)
    return quarters


@dataclass
class EvidenceTable:
    """One activity's table: a column per place, a row per quarter; each cell a ``Disclosed``
    count (suppressed as on the figures page) or "ej kartlagt"."""

    places: list
    mapping_began: date | None = None
    rows: list[tuple[Quarter, list]] = field(default_factory=list)


def evidence_for(promise, activities, release: Release) -> dict[int, EvidenceTable]:
    """``{activity.pk: EvidenceTable}`` for the activities that name places (prefetched)."""
    named = [(activity, list(activity.places.all())) for activity in activities]
    named = [(activity, places) for activity, places in named if places]
    if not named:
        return {}
    quarters = quarters_for(promise, release)
    if not quarters:
        return {}
    began = mapping_began(release)
    first_mapped = quarter_start(began) if began else None
    quarters = [
        Quarter(q.start, q.before_promise, before_mapping=not began or q.start < first_mapped)
        for q in quarters
    ]
    place_ids = sorted({place.pk for _activity, places in named for place in places})
    mapped = [q.start for q in quarters if not q.before_mapping]
    cells = area_quarter_cells(release, place_ids, mapped, began)
    not_mapped = gettext("ej kartlagt")
    tables = {}
    for activity, places in named:
        table = EvidenceTable(places=places, mapping_began=began)
        for quarter in quarters:
            table.rows.append(
                (
                    quarter,
                    [
                        not_mapped if quarter.before_mapping else cells[(place.pk, quarter.start)]
                        for place in places
                    ],
                )
            )
        tables[activity.pk] = table
    return tables


def promise_evidence(request, *, promise, activities):
    """The ``promise_detail`` extension: sets ``activity.evidence`` (or None) on each activity
    from the current release; adds no section of its own."""
    tables = evidence_for(promise, activities, current_release())
    for activity in activities:
        activity.evidence = tables.get(activity.pk)
    return None
