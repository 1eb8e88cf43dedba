"""Evidence beside a promise: incidents at the activities' places, per quarter.

Citizens see how many insecurity-creating incidents were reported at a place in each quarter of
the promise's period and of the year before, so they can see whether things moved. Only counts
leave the database (one GROUP BY query for the whole page, never incident details), and any
count below ``SMALL_COUNT_LIMIT`` is shown as "färre än 5" to protect the people involved.

The mapping (the incident registry) began on a given day: quarters before the quarter of the first
incident have no figures at all, and say so ("ej kartlagt") instead of "färre än 5", so that an
empty early year does not read as a rise.

Incidents are read without ``visible_to(user)`` on purpose: aggregates per place and period are
public by design (DESIGN.md, "Aggregates ... are shared"); the details stay scoped.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Min
from django.db.models.functions import TruncQuarter
from django.utils import timezone
from django.utils.translation import gettext

from est_incidents.models import Incident
from hjo_safety.dates import STOCKHOLM, local_midnight

SMALL_COUNT_LIMIT = 5


def display_count(count: int) -> str:
    """A count as citizens see it: below 5 it is "färre än 5"."""
    if count < SMALL_COUNT_LIMIT:
        return gettext("färre än %(limit)s") % {"limit": SMALL_COUNT_LIMIT}
    return str(count)


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_quarter(start: date) -> date:
    return date(start.year + 1, 1, 1) if start.month == 10 else date(start.year, start.month + 3, 1)


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


def quarters_for(promise, today: date | None = None) -> list[Quarter]:
    """The quarters from a year before the promise's start to its end, but not past today."""
    today = today or timezone.localdate()
    first = quarter_start(promise.period_start.replace(year=promise.period_start.year - 1, day=1))
    last = quarter_start(min(promise.period_end, today))
    quarters = []
    current = first
    while current <= last:
        quarters.append(Quarter(start=current, before_promise=current < promise.period_start))
        current = next_quarter(current)
    return quarters


def incident_counts(place_ids, start: date, end: date) -> dict[tuple[int, date], int]:
    """``{(place_id, quarter start): count}`` for incidents in [start, end), one GROUP BY query."""
    if not place_ids or end <= start:
        return {}
    rows = (
        Incident.objects.filter(
            place_id__in=place_ids,
            occurred_at__gte=local_midnight(start),
            occurred_at__lt=local_midnight(end),
        )
        .annotate(quarter=TruncQuarter("occurred_at", tzinfo=STOCKHOLM))
        .values("place_id", "quarter")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {
        (row["place_id"], timezone.localtime(row["quarter"], STOCKHOLM).date()): row["count"]
        for row in rows
    }


def mapping_began() -> date | None:
    """The day of the first incident in the mapping (Stockholm time), or None before any."""
    first = Incident.objects.aggregate(first=Min("occurred_at"))["first"]
    return timezone.localtime(first, STOCKHOLM).date() if first else None


@dataclass
class EvidenceTable:
    """One activity's table: a column per place, a row per quarter, counts already suppressed."""

    places: list
    mapping_began: date | None = None
    rows: list[tuple[Quarter, list[str]]] = field(default_factory=list)


def evidence_for(promise, activities, today: date | None = None) -> dict[int, EvidenceTable]:
    """``{activity.pk: EvidenceTable}`` for the activities that name places (prefetched)."""
    named = [(activity, list(activity.places.all())) for activity in activities]
    named = [(activity, places) for activity, places in named if places]
    if not named:
        return {}
    quarters = quarters_for(promise, today)
    if not quarters:
        return {}
    began = mapping_began()
    if began:
        first_mapped = quarter_start(began)
        quarters = [
            Quarter(q.start, q.before_promise, before_mapping=q.start < first_mapped)
            for q in quarters
        ]
    place_ids = {place.pk for _activity, places in named for place in places}
    counts = incident_counts(place_ids, quarters[0].start, next_quarter(quarters[-1].start))
    not_mapped = gettext("ej kartlagt")
    tables = {}
    for activity, places in named:
        table = EvidenceTable(places=places, mapping_began=began)
        for quarter in quarters:
            table.rows.append(
                (
                    quarter,
                    [
                        not_mapped
                        if quarter.before_mapping
                        else display_count(counts.get((place.pk, quarter.start), 0))
                        for place in places
                    ],
                )
            )
        tables[activity.pk] = table
    return tables
