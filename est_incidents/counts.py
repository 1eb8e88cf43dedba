"""Pre-aggregated incident counts: what the situation picture (and the staff map's counts per
place) read instead of the incidents.

``IncidentRollup`` holds coarse summaries of the incidents, each a **grouping** (a bit mask of
the dimensions it keeps) over a Stockholm **day** or calendar **month** (``GROUPINGS``): per day
alone and per day and category, place or organisation — under every combination of the
picture's filters (place, category, organisation) — and per day and weekday-hour, and per day,
place and ~200 m map cell, under at most one filter. Each part of the picture sums only the
rows it needs. The one-dimension groupings (none, category, place, organisation, weekday-hour,
place and cell) also have a row per month, and a long period reads its full months from those:
a year's unfiltered picture sums a few thousand rows (12 months × the categories, places,
organisations, 168 weekday-hours and cells, plus the days at the ends) however many incidents
it holds. A picture filtered on two or more dimensions reads its weekday-hour grid and its cells
from the incidents that match all its filters (``recount()``, few by construction): keeping
those groupings would add about one row per incident and cost every write. Per day, place and
organisation the picture reads the day rows per category, place and organisation (about as many)
and sums the categories (``SERVED_BY``).

The staff map (``/personal/karta/``) counts per place the incidents a user may see, filtered on a
place, an organisation and a **status**: it reads the one grouping that keeps the status, per
place and organisation over **all time** (``TOTAL`` rows, ``MAP_GROUPING``) — a few hundred rows
per organisation, however many incidents (``map_place_counts``). An incident insert writes as
many summary rows as before that grouping existed (it took the place of the day rows per place
and organisation); a status change (new → reviewed → handled) moves one count of it.

**Kept exact by PostgreSQL triggers** (migrations ``0014_incident_rollups`` and
``0017_incident_rollup_status_and_totals``; ``0019`` counts one event once), not by Python
calls: statement-level ``AFTER INSERT/UPDATE/DELETE/TRUNCATE`` triggers on the incident table
add the new rows' dimensions and subtract the old rows' for every grouping in one
``INSERT … ON CONFLICT`` of the same statement, so the summaries change in the same transaction
as the incidents, whatever wrote them — a form, the admin, ``QuerySet.update``/``delete``,
``bulk_create``, the loader's ``INSERT … SELECT``, a purge or a raw ``UPDATE`` in ``psql``.
Explicit calls from the model layer would miss every one of those that bypasses ``save()``. An
update that changes no dimension (a text; a status changes only the map's grouping) nets to zero
and writes nothing; rows whose count falls to zero are deleted. (Sharing an incident changes no
count: the summary counts each incident under its own organisation; the map counts the few
incidents shared with a user's organisations from the incidents themselves.)

Readers go through ``Source``: on PostgreSQL the summary rows of a grouping, on another
database (the SQLite demo, which has no triggers here) ``recount()``, the incidents with the
same dimensions computed by Django. The situation picture reads PostgreSQL's rows in plain
parameterised SQL (``_SqlSums``): one statement per breakdown sums the whole picture and the
organisations' own parts (``situation_aggregates(parts=…)``) from the same query, a branch each,
with the periods as conditional sums; the ORM's recount stays the reference it is tested against. ``expected_rollups()`` is
the summary computed in Python from a recount: the tests prove the table equals it, and
``manage.py rebuild_incident_counts`` rebuilds (or ``--check``s) the table.

Privacy rules that depend on the organisation (small counts of other organisations'
incidents) stay expressible: the organisation is a dimension wherever a breakdown needs it.
"""

import functools
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.exceptions import EmptyResultSet
from django.db import connection, models, transaction
from django.db.models import DecimalField, ExpressionWrapper, F, Q, Sum, Value
from django.db.models.functions import (
    Coalesce,
    ExtractHour,
    ExtractIsoWeekDay,
    Floor,
    TruncDate,
)

from est_incidents.models import Category, Incident, IncidentRollup, Place
from hjo_safety.dates import local_midnight
from hjo_safety.models import Organisation
from hjo_safety.permissions import access

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# ~200 m grid cells at Hjo's latitude (58.3° N): 1° latitude ≈ 111.3 km,
# 1° longitude ≈ 111.3 km × cos(58.3°) ≈ 58.5 km. (0, 0) means "no point of its own".
# The rollup's storage grid (hotspots, exact points); a map grouped for a viewer uses
# ``disclosure.MAP_CELL_*``. Changing this grid means rebuilding ``IncidentRollup``.
CELL_LAT = Decimal("0.0018")
CELL_LNG = Decimal("0.0034")
NO_PLACE = 0

# The dimensions a grouping may keep (bits of ``IncidentRollup.grouping``).
CATEGORY, PLACE, ORGANISATION, WEEKHOUR, CELL, STATUS = 1, 2, 4, 8, 16, 32
FILTERS = (CATEGORY, PLACE, ORGANISATION)
DAY, MONTH, TOTAL = IncidentRollup.Span.DAY, IncidentRollup.Span.MONTH, IncidentRollup.Span.TOTAL
TOTAL_DAY = date(2000, 1, 1)  # the ``day`` of every TOTAL row (all time)


def _filter_bits(grouping: int) -> int:
    return bin(grouping & (CATEGORY | PLACE | ORGANISATION)).count("1")


# Every grouping kept, with whether it also has month rows: the totals and the breakdowns by
# category, place and organisation under any combination of the filters; the weekday-hour grid
# and the place-and-cell grouping (hotspot cells, map points) under at most one filter. A picture
# filtered on two or more dimensions reads its grid and cells from the (few) incidents matching
# them instead: those groupings would hold about one row per incident and cost every write.
# Month rows only where they are coarse (one dimension): with more, a month holds nearly as many
# combinations as incidents.
GROUPINGS: dict[int, bool] = {}
for _filters in range(8):
    GROUPINGS[_filters] = _filter_bits(_filters) == 0 or _filters in FILTERS
for _filters in (0, CATEGORY, PLACE, ORGANISATION):
    GROUPINGS[_filters | WEEKHOUR] = _filters == 0
for _filters in (0, CATEGORY, ORGANISATION):
    GROUPINGS[_filters | CELL] = _filters == 0
GROUPINGS[PLACE | CELL] = False
# Per day, place and organisation the rows are about as many as per day, category, place and
# organisation (one per incident or so): the picture reads that grouping instead and sums the
# categories, and the row an incident kept there goes to the map's grouping below.
del GROUPINGS[PLACE | ORGANISATION]
SERVED_BY = {PLACE | ORGANISATION: CATEGORY | PLACE | ORGANISATION}
# Groupings kept over all time only (one TOTAL row per combination): the staff map's counts per
# place (``map_counts``) under the organisations a user may see and the status filter — a few
# hundred rows per organisation whatever the number of incidents. (Status is kept here only:
# elsewhere it would split every row in three for readers that do not ask for it.)
TOTAL_GROUPINGS = (PLACE | ORGANISATION | STATUS,)
MAP_GROUPING = PLACE | ORGANISATION | STATUS
# In a CELL grouping without PLACE, ``place_key`` says only what the map and the hotspot cells
# need: the place of an incident without a point of its own (drawn at the place's centre),
# NO_PLACE for one without a place (a hotspot cell), and SOME_PLACE for one with both (drawn at
# its cell, not a hotspot cell) — so the rows follow the cells and places that occur, not the
# combinations of places and cells.
SOME_PLACE = -1


def recount():
    """The counts computed from the incidents: a queryset with the dimensions of
    ``IncidentRollup`` (``n`` is 1 per incident; sum it)."""
    decimal = DecimalField(max_digits=12, decimal_places=6)
    return Incident.objects.counted().annotate(
        day=TruncDate("occurred_at", tzinfo=STOCKHOLM),
        weekhour=(ExtractIsoWeekDay("occurred_at", tzinfo=STOCKHOLM) - 1) * 24
        + ExtractHour("occurred_at", tzinfo=STOCKHOLM),
        place_key=Coalesce("place_id", Value(NO_PLACE)),
        cell_y=Coalesce(
            Floor(ExpressionWrapper(F("latitude") / Value(CELL_LAT), output_field=decimal)),
            Value(Decimal(0)),
            output_field=decimal,
        ),
        cell_x=Coalesce(
            Floor(ExpressionWrapper(F("longitude") / Value(CELL_LNG), output_field=decimal)),
            Value(Decimal(0)),
            output_field=decimal,
        ),
        n=Value(1, output_field=models.IntegerField()),
        k=F("record_key"),
    )


def counts_maintained() -> bool:
    """The summary table is kept by triggers on PostgreSQL only."""
    return connection.vendor == "postgresql"


ROLLUP_KEY = (
    "grouping",
    "span",
    "day",
    "category_id",
    "place_key",
    "organisation_id",
    "weekhour",
    "cell_y",
    "cell_x",
    "status",
)


def stored_rollups() -> dict[tuple, tuple[int, int]]:
    """``{key: (n, k)}`` of the summary table (for checks and tests)."""
    return {
        tuple(row[:-2]): (row[-2], row[-1])
        for row in IncidentRollup.objects.values_list(*ROLLUP_KEY, "n", "k").order_by()
        if row[-2]
    }


def expected_rollups() -> dict[tuple, tuple[int, int]]:
    """``{key: (n, k)}`` the summary table should hold: every grouping of a recount, in
    Python (``k``: the sum of the incidents' record keys)."""
    fields = (
        "day",
        "category_id",
        "place_key",
        "organisation_id",
        "weekhour",
        "cell_y",
        "cell_x",
        "status",
        "k",
    )
    expected: dict[tuple, tuple[int, int]] = {}
    spans = {g: ((DAY, MONTH) if monthly else (DAY,)) for g, monthly in GROUPINGS.items()}
    spans.update({g: (TOTAL,) for g in TOTAL_GROUPINGS})
    for (
        day,
        category,
        place,
        organisation,
        weekhour,
        cell_y,
        cell_x,
        status,
        key,
    ) in recount().values_list(*fields):
        starts = {DAY: day, MONTH: day.replace(day=1), TOTAL: TOTAL_DAY}
        spot = place if place == NO_PLACE or (cell_y, cell_x) == (0, 0) else SOME_PLACE
        for grouping, kept_spans in spans.items():
            dims = (
                category if grouping & CATEGORY else 0,
                place if grouping & PLACE else spot if grouping & CELL else 0,
                organisation if grouping & ORGANISATION else 0,
                weekhour if grouping & WEEKHOUR else 0,
                int(cell_y) if grouping & CELL else 0,
                int(cell_x) if grouping & CELL else 0,
                status if grouping & STATUS else "",
            )
            for span in kept_spans:
                row = (grouping, int(span), starts[span], *dims)
                n, k = expected.get(row, (0, 0))
                expected[row] = (n + 1, k + key)
    return expected


def rebuild() -> int:
    """Replace every summary row with a recount (after a restore, or to repair); returns rows."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {INCIDENT_TABLE} IN SHARE MODE")  # no writes meanwhile
        cursor.execute(f"DELETE FROM {COUNTS_TABLE}")  # nosec B608 — table names and constants from this module, no input
        cursor.execute(BACKFILL_SQL)
        return cursor.rowcount


# --- The SQL of the backfill (the triggers' SQL is in migrations 0014, 0017 and 0019) ------------

INCIDENT_TABLE = "est_incidents_incident"
# One event counted once (``Incident.objects.counted``): a report linked as the same event as
# another is left out of every grouping; linking or unlinking one moves its count like any other
# change of a dimension (migration ``0019``).
COUNTED = "r.duplicate_of_id IS NULL"
COUNTS_TABLE = "est_incidents_incidentrollup"
_COLUMNS = (
    "grouping, span, day, category_key, place_key, organisation_key, weekhour, cell_y, cell_x,"
    " status"
)
# The cell-key method's sums (migration 0019): each summary row also sums its incidents' keys.


def _dimensions_of(rows: str, sign: str) -> str:
    """The dimensions of each row of ``rows`` (a table or transition table)."""
    local = "(r.occurred_at AT TIME ZONE 'Europe/Stockholm')"
    return (
        f"\n"  # nosec B608 — table names and constants from this module, no input
        f"        SELECT {local}::date AS day,\n"
        f"               ((extract(isodow FROM {local}) - 1) * 24\n"
        f"                + extract(hour FROM {local}))::smallint AS weekhour,\n"
        f"               r.category_id AS category_key,\n"
        f"               coalesce(r.place_id, {NO_PLACE}) AS place_key,\n"
        f"               r.organisation_id AS organisation_key,\n"
        f"               coalesce(floor(r.latitude / {CELL_LAT})::int, 0) AS cell_y,\n"
        f"               coalesce(floor(r.longitude / {CELL_LNG})::int, 0) AS cell_x,\n"
        f"               r.status AS status,\n"
        f"               {sign}1 AS d, r.record_key::bigint AS record_key\n"
        f"        FROM {rows} r WHERE {COUNTED}"
    )


# (grouping, its day rows, its month rows, its TOTAL row)
_GROUPINGS_SQL = ", ".join(
    [
        *(
            f"({grouping}, true, {'true' if monthly else 'false'}, false)"
            for grouping, monthly in GROUPINGS.items()
        ),
        *(f"({grouping}, false, false, true)" for grouping in TOTAL_GROUPINGS),
    ]
)


def _rollup_of(parts: list[str]) -> str:
    """Every grouping and span of the rows of ``parts``, summed (a SELECT of the columns, n)."""

    def kept(bit: int, column: str) -> str:
        return f"CASE WHEN g.grouping & {bit} <> 0 THEN r.{column} ELSE 0 END"

    place = (
        f"CASE WHEN g.grouping & {PLACE} <> 0 THEN r.place_key\n"
        f"                WHEN g.grouping & {CELL} = 0 OR r.place_key = {NO_PLACE} THEN 0\n"
        f"                WHEN r.cell_y = 0 AND r.cell_x = 0 THEN r.place_key\n"
        f"                ELSE {SOME_PLACE} END"
    )

    return (
        f"\n"  # nosec B608 — table names and constants from this module, no input
        f"    SELECT g.grouping, s.span,\n"
        f"           CASE WHEN s.span = {int(DAY)} THEN r.day\n"
        f"                WHEN s.span = {int(MONTH)} THEN date_trunc('month', r.day)::date\n"
        f"                ELSE DATE '{TOTAL_DAY.isoformat()}' END,\n"
        f"           {kept(CATEGORY, 'category_key')}, {place},\n"
        f"           {kept(ORGANISATION, 'organisation_key')}, {kept(WEEKHOUR, 'weekhour')},\n"
        f"           {kept(CELL, 'cell_y')}, {kept(CELL, 'cell_x')},\n"
        f"           CASE WHEN g.grouping & {STATUS} <> 0 THEN r.status ELSE '' END, sum(r.d),\n"
        f"           sum(r.d * r.record_key)\n"
        f"    FROM ({' UNION ALL '.join(parts)}) AS r\n"
        f"    CROSS JOIN (VALUES {_GROUPINGS_SQL}) AS g (grouping, daily, monthly, total)\n"
        f"    JOIN (VALUES ({int(DAY)}), ({int(MONTH)}), ({int(TOTAL)})) AS s (span)\n"
        f"      ON (s.span = {int(DAY)} AND g.daily) OR (s.span = {int(MONTH)} AND g.monthly)\n"
        f"         OR (s.span = {int(TOTAL)} AND g.total)\n"
        f"    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"
    )


BACKFILL_SQL = (
    f"\n"  # nosec B608 — table names and constants from this module, no input
    f"    INSERT INTO {COUNTS_TABLE} ({_COLUMNS}, n, k)"
    f"{_rollup_of([_dimensions_of(INCIDENT_TABLE, '+')])}"
)


# --- What the staff map reads ------------------------------------------------------------------

# The filters of the map (``IncidentFilter``) that the TOTAL rows keep: place, organisation and
# status. Any other filter in use (a period, a category, free text, "mina", "delade") needs the
# incidents themselves.
MAP_ROLLUP_FILTERS = frozenset({"plats", "organisation", "status"})


def map_counts_from_rollups(filterset) -> bool:
    """Can the map's counts per place for ``filterset`` come from the summary table?"""
    if not counts_maintained():
        return False
    if not filterset.is_bound:
        return True
    if not filterset.is_valid():
        return False
    return not any(
        value not in (None, "", False) and not (isinstance(value, str) and not value.strip())
        for name, value in filterset.form.cleaned_data.items()
        if name not in MAP_ROLLUP_FILTERS
    )


def map_place_counts(*, user, incidents, place=None, organisation=None, status=None) -> list:
    """``IncidentQuerySet.counts_by_place()`` of ``incidents`` (the map's filtered incidents),
    when its filters are at most a ``place``, an ``organisation`` and a ``status``: rows of
    ``place__name`` and ``count``, the most frequent place first, in one query.

    The incidents of the user's own organisations (every organisation's for a coordinator) are
    summed from the TOTAL rows of ``MAP_GROUPING`` — a few hundred rows per organisation,
    however many incidents; the incidents other organisations have shared with the user's
    (``visible_to``: read-only, and few) are counted from ``incidents`` itself, in the same
    query. Another organisation's rows are never read: the rows are limited to the user's
    organisations before anything is summed.
    """
    info = access(user)
    rows = IncidentRollup.objects.filter(
        grouping=MAP_GROUPING, span=TOTAL, day=TOTAL_DAY, category_id=0
    ).order_by()
    shared = None
    if not info.coordinator:
        if not info.organisation_ids:
            return []
        rows = rows.filter(organisation_id__in=sorted(info.organisation_ids))
        # ``shared_with`` as a condition of its own (not only inside ``visible_to``'s OR): the
        # database starts from the few active shares instead of every incident.
        shared = incidents.shared_with(user).exclude(organisation__in=sorted(info.organisation_ids))
    if organisation is not None:
        rows = rows.filter(organisation_id=organisation.pk)
    if status:
        rows = rows.filter(status=status)
    if place is not None:
        rows = rows.filter(place_key=place.pk)
    parts = [rows.values("place_key").annotate(n=Sum("n")).values_list("place_key", "n")]
    if shared is not None:
        parts.append(
            shared.order_by().values_list(
                Coalesce("place_id", Value(NO_PLACE)), Value(1, output_field=models.IntegerField())
            )
        )
    sqls, params = [], []
    for part in parts:
        try:
            sql, part_params = part.query.sql_with_params()
        except EmptyResultSet:
            continue
        sqls.append(f"({sql})")
        params.extend(part_params)
    if not sqls:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT p.name, sum(c.n) FROM ({' UNION ALL '.join(sqls)}) AS c (place_key, n) "  # nosec B608 — compiled querysets and their parameters
            f"LEFT JOIN {Place._meta.db_table} p ON p.id = c.place_key "
            "GROUP BY p.name HAVING sum(c.n) > 0 ORDER BY 2 DESC, 1",
            params,
        )
        return [{"place__name": name, "count": int(n)} for name, n in cursor.fetchall()]


# --- What the situation picture reads ---------------------------------------------------------


def _month_after(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def split_period(start: date, end: date) -> tuple[list[date], list[tuple[date, date]]]:
    """The full calendar months within ``start``–``end`` (their first days) and the day ranges
    left over at the ends (both ends included)."""
    first = start if start.day == 1 else _month_after(start)
    months = []
    month = first
    while _month_after(month) - timedelta(days=1) <= end:
        months.append(month)
        month = _month_after(month)
    if not months:
        return [], [(start, end)]
    ranges = []
    if start < months[0]:
        ranges.append((start, months[0] - timedelta(days=1)))
    after = _month_after(months[-1])
    if after <= end:
        ranges.append((after, end))
    return months, ranges


class Source:
    """Where a picture's sums come from: the summary rows of one grouping (PostgreSQL), or the
    recount of the incidents (``recount=True``: the SQLite demo, and the tests' reference)."""

    def __init__(self, *, recount: bool = False, place=None, categories=None, organisation=None):
        self.recount = recount or not counts_maintained()
        self.place, self.categories, self.organisation = place, categories, organisation
        self.filters = (
            (CATEGORY if categories is not None else 0)
            | (PLACE if place is not None else 0)
            | (ORGANISATION if organisation is not None else 0)
        )

    def rows(self, breakdown: int = 0):
        """The rows to sum for ``breakdown`` (bits) under the source's filters, and their
        grouping (``None``: a recount of the incidents, where no grouping is kept)."""
        grouping = self.filters | breakdown
        grouping = SERVED_BY.get(grouping, grouping)
        if self.recount or grouping not in GROUPINGS:
            grouping, rows = None, recount()
        else:
            rows = IncidentRollup.objects.filter(grouping=grouping)
        if self.place is not None:
            rows = rows.filter(place_key=self.place.pk)
        if self.categories is not None:
            rows = rows.filter(category_id__in=self.categories)
        if self.organisation is not None:
            rows = rows.filter(organisation_id=self.organisation.pk)
        return rows, grouping

    @staticmethod
    def monthly(grouping: int | None) -> bool:
        return grouping is not None and GROUPINGS[grouping]

    def days(self, grouping: int | None, *periods) -> Q:
        """The rows of ``periods`` (each with ``start`` and ``end``, included): their full months
        from month rows where the grouping has them, the rest from day rows."""
        if grouping is None:
            # A recount: the incidents of those days, as instants (an index on the time of the
            # incident serves it; a condition on its day is computed for every incident — in
            # Python, on SQLite).
            q = Q()
            for p in periods:
                q |= Q(
                    occurred_at__gte=local_midnight(p.start),
                    occurred_at__lt=local_midnight(p.end + timedelta(days=1)),
                )
            return q
        if not self.monthly(grouping):
            q = Q()
            for p in periods:
                q |= Q(day__gte=p.start, day__lte=p.end)
            return q & Q(span=DAY)
        months: set[date] = set()
        q = Q()
        for p in periods:
            full, ranges = split_period(p.start, p.end)
            months.update(full)
            for first, last in ranges:
                q |= Q(span=DAY, day__gte=first, day__lte=last)
        if months:
            q |= Q(span=MONTH, day__in=sorted(months))
        return q if q else Q(pk__in=[])

    def coverage(self, grouping: int | None, period):
        """``covers(grouping, period, …)`` as a function of (``span``, ``day``) alone, with the
        period's full months worked out once (a year's trend asks it for every row)."""
        start, end = period.start, period.end
        if not self.monthly(grouping):
            return lambda span, day: start <= day <= end
        months, ranges = split_period(start, end)
        months = frozenset(months)

        def covers(span, day):
            if span == MONTH:
                return day in months
            return any(first <= day <= last for first, last in ranges)

        return covers

    def covers(self, grouping: int | None, period, span, day: date) -> bool:
        """Does the row (``span``, ``day``) belong to ``period`` as ``days()`` reads it?"""
        if not self.monthly(grouping):
            return period.start <= day <= period.end
        full = _month_after(day) - timedelta(days=1) <= period.end and period.start <= day.replace(
            day=1
        )
        if span == MONTH:
            return day.day == 1 and full and period.start <= day
        return period.start <= day <= period.end and not full


def situation_aggregates(
    *,
    period,
    previous,
    year_ago,
    trend,
    place=None,
    category=None,
    organisation=None,
    recount=False,
    parts=(),
    every_part=False,
) -> dict:
    """Every count of a situation picture, summed from the coarse summaries: 6 queries (one more
    with a category: its subcategories).

    ``period``, ``previous``, ``year_ago`` and the ``trend`` periods have ``start`` and ``end``
    dates (both included, Stockholm days). A ``category`` includes its subcategories.
    ``recount``: sum a recount of the incidents instead (what the SQLite demo does anyway).

    ``parts``: organisations (ids) whose own part is summed too, in the same queries:
    ``result["parts"][pk]`` holds what ``situation_aggregates(…, organisation=pk)`` gives.
    ``every_part``: every organisation with incidents in the rows read. With an ``organisation``
    filter the only part there is is that organisation's (the whole).
    """

    categories = None
    if category is not None:
        categories = [
            category.pk,
            *Category.objects.filter(parent=category).values_list("pk", flat=True),
        ]
    source = Source(recount=recount, place=place, categories=categories, organisation=organisation)
    wanted = sorted(set(parts))
    if organisation is not None:
        if any(pk != organisation.pk for pk in wanted):
            raise ValueError("A picture of one organisation has no other organisation's part")
        if every_part:
            wanted = [organisation.pk]
    if source.recount:
        sums = _recounted_aggregates(source, period, previous, year_ago, trend)
        if organisation is not None:
            sums["parts"] = {pk: sums for pk in wanted}
            return sums
        if every_part:
            wanted = [row["organisation_id"] for row in sums["org_rows"]]
        sums["parts"] = {
            pk: _recounted_aggregates(
                Source(recount=True, place=place, categories=categories, organisation=_Pk(pk)),
                period,
                previous,
                year_ago,
                trend,
            )
            for pk in wanted
        }
        return sums
    if organisation is not None:
        sums = _SqlSums(source, ()).aggregates(period, previous, year_ago, trend)[0]
        sums["parts"] = {pk: sums for pk in wanted}
        return sums
    by_tag = _SqlSums(source, True if every_part else wanted).aggregates(
        period, previous, year_ago, trend
    )
    sums = by_tag.pop(0)
    sums["parts"] = by_tag if every_part else {pk: by_tag[pk] for pk in wanted}
    return sums


def organisation_counts(periods, *, recount: bool = False) -> dict[int, dict[int, int]]:
    """Each organisation's number of incidents in each of ``periods`` (``start``, ``end``
    dates, both included): ``{organisation id: {period index: n}}``, a period without any left
    out. One statement over the organisation grouping's summary rows (as a picture's totals
    are read); a recount of the incidents where the summaries are not kept (or ``recount``)."""
    source = Source(recount=recount)
    if not source.recount:
        counts: dict[int, dict[int, int]] = {}
        for pk, index, n, _k in _SqlSums(source, True)._totals(periods, whole=False):
            counts.setdefault(pk, {})[index] = n
        return counts
    summary, grouping = source.rows(ORGANISATION)
    sums = {
        f"p{index}": Sum("n", filter=source.days(grouping, shown))
        for index, shown in enumerate(periods)
    }
    return {
        row["organisation_id"]: {
            index: row[f"p{index}"] for index in range(len(periods)) if row[f"p{index}"]
        }
        for row in summary.filter(source.days(grouping, *periods))
        .order_by()
        .values("organisation_id")
        .annotate(**sums)
    }


class _Pk:
    """An organisation known by its id alone (``Source``'s filter reads ``pk``)."""

    def __init__(self, pk: int):
        self.pk = pk


def _recounted_aggregates(source: "Source", period, previous, year_ago, trend) -> dict:
    """``situation_aggregates`` through the ORM: the recount of the incidents (the SQLite demo,
    and the tests' reference for the summary table's SQL in ``_SqlSums``)."""

    def total(q: Q, field: str = "n"):
        return Coalesce(Sum(field, filter=q), 0)

    # Totals over the trend and the year-earlier period: the day and month rows of every
    # period in one query, assigned to the periods here.
    totals = {"year_ago": 0, **{f"t{i}": 0 for i in range(len(trend))}}
    # Every count comes with the sum of its incidents' record keys (``k``, the cell-key method
    # of ``est_incidents.disclosure``), summed the same way.
    keys = dict.fromkeys(totals, 0)
    rows, grouping = source.rows()
    span_field = Value(DAY) if grouping is None else F("span")
    per_row = (
        rows.filter(source.days(grouping, year_ago, *trend))
        .annotate(s_span=span_field)
        .values("s_span", "day")
        .annotate(s=Sum("n"), sk=Sum("k"))
        .order_by()
    )
    year_ago_covers = source.coverage(grouping, year_ago)
    trend_covers = [source.coverage(grouping, p) for p in trend]
    for row in per_row:
        span, day = row["s_span"], row["day"]
        if year_ago_covers(span, day):
            totals["year_ago"] += row["s"]
            keys["year_ago"] += row["sk"]
        for i, covers in enumerate(trend_covers):
            if covers(span, day):
                totals[f"t{i}"] += row["s"]
                keys[f"t{i}"] += row["sk"]
                break

    rows, grouping = source.rows(CATEGORY)
    sub_rows = sorted(
        rows.filter(source.days(grouping, period))
        .values("category_id", "category__name", "category__parent_id", "category__parent__name")
        .annotate(n=Sum("n"), k=Sum("k"))
        .order_by(),
        key=lambda row: (-row["n"], row["category__name"]),
    )
    top: dict[int, dict] = {}
    for row in sub_rows:
        top_id = row["category__parent_id"] or row["category_id"]
        top_name = row["category__parent__name"] or row["category__name"]
        entry = top.setdefault(top_id, {"top_id": top_id, "top_name": top_name, "n": 0, "k": 0})
        entry["n"] += row["n"]
        entry["k"] += row["k"]
    top_rows = sorted(top.values(), key=lambda row: (-row["n"], row["top_name"]))

    rows, grouping = source.rows(PLACE)
    current_q, previous_q = source.days(grouping, period), source.days(grouping, previous)
    place_rows = [
        {
            "place_id": row["place_key"],
            "current": row["current"],
            "previous": row["previous"],
            "current_k": row["current_k"],
            "previous_k": row["previous_k"],
        }
        for row in rows.filter(current_q | previous_q)
        .exclude(place_key=NO_PLACE)
        .values("place_key")
        .annotate(
            current=total(current_q),
            previous=total(previous_q),
            current_k=total(current_q, "k"),
            previous_k=total(previous_q, "k"),
        )
        .order_by()
    ]

    rows, grouping = source.rows(ORGANISATION)
    org_rows = sorted(
        rows.filter(source.days(grouping, period))
        .values("organisation_id", "organisation__name", "organisation__short_name")
        .annotate(n=Sum("n"), k=Sum("k"))
        .order_by(),
        key=lambda row: (-row["n"], row["organisation__name"]),
    )
    places = Place.objects.in_bulk([row["place_id"] for row in place_rows])

    rows, grouping = source.rows(WEEKHOUR)
    grid = [[0] * 24 for _ in range(7)]
    grid_keys = [[0] * 24 for _ in range(7)]
    for row in (
        rows.filter(source.days(grouping, period))
        .values("weekhour")
        .annotate(n=Sum("n"), k=Sum("k"))
        .order_by()
    ):
        grid[row["weekhour"] // 24][row["weekhour"] % 24] += row["n"]
        grid_keys[row["weekhour"] // 24][row["weekhour"] % 24] += row["k"]

    # Cells (incidents with a point and no place) and the map's points, from one grouping by
    # cell (and the place of incidents without a point) over the period and the previous one.
    rows, grouping = source.rows(CELL)
    current_q, previous_q = source.days(grouping, period), source.days(grouping, previous)
    located = list(
        rows.filter(current_q | previous_q)
        .exclude(place_key=NO_PLACE, cell_y=0, cell_x=0)
        .values("place_key", "cell_y", "cell_x")
        .annotate(
            current=total(current_q),
            previous=total(previous_q),
            current_k=total(current_q, "k"),
            previous_k=total(previous_q, "k"),
        )
        .order_by()
    )
    cell_rows = [
        {
            "cell_y": int(row["cell_y"]),
            "cell_x": int(row["cell_x"]),
            "current": row["current"],
            "previous": row["previous"],
            "current_k": row["current_k"],
            "previous_k": row["previous_k"],
        }
        for row in located
        if row["place_key"] == NO_PLACE and (row["current"] or row["previous"])
    ]
    # The map: each incident at its own ~200 m cell's centre, else at its place's centre.
    points: dict[tuple, int] = {}
    point_keys: dict[tuple, int] = {}
    for row in located:
        if not row["current"]:
            continue
        if row["cell_y"] or row["cell_x"]:
            spot = cell_centre(int(row["cell_y"]), int(row["cell_x"]))
        else:
            centre = places[row["place_key"]]  # a place of this period: in place_rows
            spot = (round(float(centre.latitude), 5), round(float(centre.longitude), 5))
        points[spot] = points.get(spot, 0) + row["current"]
        point_keys[spot] = point_keys.get(spot, 0) + row["current_k"]
    return {
        "totals": totals,
        "keys": keys,
        "sub_rows": sub_rows,
        "top_rows": top_rows,
        "place_rows": place_rows,
        "org_rows": org_rows,
        "places": places,
        "grid": grid,
        "grid_keys": grid_keys,
        "cell_rows": cell_rows,
        "points": sorted(
            ([lat, lng, n, point_keys[lat, lng]] for (lat, lng), n in points.items()),
            key=lambda p: (-p[2], p[0], p[1]),
        ),
    }


# --- The same sums in plain SQL, the whole and the organisations' parts in one pass -------------

# The incidents with the summary table's columns, for a breakdown no grouping keeps under the
# filters (a picture filtered on two or more dimensions: its grid and cells).
_LOCAL = "(r.occurred_at AT TIME ZONE 'Europe/Stockholm')"
_INCIDENT_ROWS = (
    f"(SELECT r.occurred_at, {int(DAY)} AS span, {_LOCAL}::date AS day,"  # nosec B608 — constants
    f" ((extract(isodow FROM {_LOCAL}) - 1) * 24 + extract(hour FROM {_LOCAL}))::int AS weekhour,"
    " r.category_id AS category_key,"
    f" coalesce(r.place_id, {NO_PLACE}) AS place_key,"
    " r.organisation_id AS organisation_key,"
    f" coalesce(floor(r.latitude / {CELL_LAT})::int, 0) AS cell_y,"
    f" coalesce(floor(r.longitude / {CELL_LNG})::int, 0) AS cell_x,"
    " 1 AS n, r.record_key::bigint AS k"
    f" FROM {INCIDENT_TABLE} r WHERE {COUNTED})"
)
_WHOLE = 0  # the tag of the whole picture's rows (organisation ids are positive)


class _PlaceRow:
    """What the picture reads of a place: its name and centre."""

    __slots__ = ("name", "latitude", "longitude")

    def __init__(self, name, latitude, longitude):
        self.name, self.latitude, self.longitude = name, latitude, longitude


def _empty_sums(trend_length: int) -> dict:
    totals = {"year_ago": 0, **{f"t{i}": 0 for i in range(trend_length)}}
    return {
        "totals": totals,
        "keys": dict(totals),
        "sub_rows": [],
        "top_rows": [],
        "place_rows": [],
        "org_rows": [],
        "places": {},
        "grid": [[0] * 24 for _ in range(7)],
        "grid_keys": [[0] * 24 for _ in range(7)],
        "cell_rows": [],
        "points": [],
    }


class _SqlSums:
    """``situation_aggregates`` on PostgreSQL: each breakdown in one parameterised statement
    read with a plain cursor, whose rows are tagged ``_WHOLE`` (the picture, from the grouping
    the filters need) or with an organisation's id (its part, from the same grouping with the
    organisation kept, limited to ``parts``; ``True``: every organisation). The period
    conditions are conditional sums, so a row per breakdown value (and organisation) comes
    back, not a row per day or month."""

    def __init__(self, source: Source, parts):
        self.source, self.parts = source, parts

    def _relation(self, breakdown: int, *, part: bool):
        """(grouping or None, FROM text, WHERE texts, their params) of one branch."""
        source = self.source
        grouping = source.filters | breakdown | (ORGANISATION if part else 0)
        grouping = SERVED_BY.get(grouping, grouping)
        where, params = [], []
        if grouping in GROUPINGS:
            relation = f"{COUNTS_TABLE} x"
            where.append("x.grouping = %s")
            params.append(grouping)
        else:
            grouping, relation = None, f"{_INCIDENT_ROWS} x"
        if source.place is not None:
            where.append("x.place_key = %s")
            params.append(source.place.pk)
        if source.categories is not None:
            where.append("x.category_key = ANY(%s)")
            params.append(list(source.categories))
        if source.organisation is not None:
            where.append("x.organisation_key = %s")
            params.append(source.organisation.pk)
        if part and self.parts is not True:
            where.append("x.organisation_key = ANY(%s)")
            params.append(list(self.parts))
        return grouping, relation, where, params

    @staticmethod
    def _days(grouping: int | None, period) -> tuple[str, list]:
        """The rows of ``period`` as ``Source.days`` reads them, as SQL and its params."""
        if grouping is None:
            return "(x.occurred_at >= %s AND x.occurred_at < %s)", [
                local_midnight(period.start),
                local_midnight(period.end + timedelta(days=1)),
            ]
        if not GROUPINGS[grouping]:
            return f"(x.span = {int(DAY)} AND x.day BETWEEN %s AND %s)", [period.start, period.end]
        months, ranges = split_period(period.start, period.end)
        terms, params = [], []
        for first, last in ranges:
            terms.append(f"(x.span = {int(DAY)} AND x.day BETWEEN %s AND %s)")
            params.extend((first, last))
        if months:
            terms.append(f"(x.span = {int(MONTH)} AND x.day = ANY(%s))")
            params.append(months)
        return ("(" + " OR ".join(terms) + ")", params) if terms else ("FALSE", [])

    def _branch(self, breakdown, dims, periods, *, part: bool, where=""):
        """One branch's SELECT: the tag, ``dims``, then n and k for each of ``periods``."""
        grouping, relation, conditions, params = self._relation(breakdown, part=part)
        days = [self._days(grouping, p) for p in periods]
        columns, column_params = ["x.organisation_key" if part else str(_WHOLE)], []
        columns += [f"x.{dim}" for dim in dims]
        for sql, day_params in days:
            if len(days) == 1:
                columns += ["coalesce(sum(x.n), 0)", "coalesce(sum(x.k), 0)::bigint"]
                continue
            columns += [
                f"coalesce(sum(x.n) FILTER (WHERE {sql}), 0)",
                f"coalesce(sum(x.k) FILTER (WHERE {sql}), 0)::bigint",
            ]
            column_params += day_params * 2
        conditions.append("(" + " OR ".join(sql for sql, _ in days) + ")")
        for _, day_params in days:
            params.extend(day_params)
        if where:
            conditions.append(where)
        group = (["x.organisation_key"] if part else []) + [f"x.{dim}" for dim in dims]
        sql = (
            f"SELECT {', '.join(columns)} FROM {relation} "  # nosec B608 — built from constants
            f"WHERE {' AND '.join(conditions)}" + (f" GROUP BY {', '.join(group)}" if group else "")
        )
        return sql, column_params + params

    @staticmethod
    def _period_table(grouping: int | None, periods) -> tuple[str, str, list]:
        """``periods`` as a table of spans of rows (``Source.days``), each with its period's
        index ``i``, in a few array parameters however many periods: (the table, the condition
        on a row ``x`` of one span ``p``, the parameters). A period's full months are one span
        of month rows, the days at its ends one span of day rows each."""
        if grouping is None:
            starts = [local_midnight(p.start) for p in periods]
            ends = [local_midnight(p.end + timedelta(days=1)) for p in periods]
            return (
                "unnest(%s::int[], %s::timestamptz[], %s::timestamptz[]) AS p (i, first, last)",
                "x.occurred_at >= p.first AND x.occurred_at < p.last",
                [list(range(len(periods))), starts, ends],
            )
        index, spans, firsts, lasts = [], [], [], []
        for i, period in enumerate(periods):
            if GROUPINGS[grouping]:
                months, ranges = split_period(period.start, period.end)
            else:
                months, ranges = [], [(period.start, period.end)]
            for span, first, last in [
                *([(MONTH, months[0], months[-1])] if months else []),
                *((DAY, first, last) for first, last in ranges),
            ]:
                index.append(i)
                spans.append(int(span))
                firsts.append(first)
                lasts.append(last)
        return (
            "unnest(%s::int[], %s::int[], %s::date[], %s::date[]) AS p (i, span, first, last)",
            "x.span = p.span AND x.day BETWEEN p.first AND p.last",
            [index, spans, firsts, lasts],
        )

    def _totals(self, periods, *, whole: bool = True):
        """``(tag, period index, n, k)`` of the whole and the parts (``whole=False``: the parts
        only): each span of each period read as its own short range of the index (``LATERAL``),
        however many periods."""
        sqls, params = [], []
        for part in ((False,) if whole else ()) + ((True,) if self.parts else ()):
            grouping, relation, conditions, where_params = self._relation(0, part=part)
            table, condition, table_params = self._period_table(grouping, periods)
            tag = "x.organisation_key" if part else str(_WHOLE)
            sqls.append(
                f"SELECT s.tag, p.i, sum(s.n)::bigint, sum(s.k)::bigint FROM {table} "  # nosec B608 — built from constants
                f"CROSS JOIN LATERAL (SELECT {tag} AS tag, sum(x.n) AS n, sum(x.k) AS k "
                f"FROM {relation} WHERE {' AND '.join([condition, *conditions])}"
                + (" GROUP BY x.organisation_key" if part else "")
                + ") s WHERE s.n IS NOT NULL GROUP BY 1, 2"
            )
            params += table_params + where_params
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(f"({sql})" for sql in sqls), params)
            return cursor.fetchall()

    def _rows(self, breakdown, dims, periods, *, where="", outer="SELECT * FROM ({}) u"):
        """The rows of the whole and of the parts: ``(tag, *dims, n, k, …)``."""
        branches = [self._branch(breakdown, dims, periods, part=False, where=where)]
        if self.parts:
            branches.append(self._branch(breakdown, dims, periods, part=True, where=where))
        sql = outer.format(" UNION ALL ".join(f"({b})" for b, _ in branches))
        with connection.cursor() as cursor:
            cursor.execute(sql, [p for _, params in branches for p in params])
            return cursor.fetchall()

    def aggregates(self, period, previous, year_ago, trend) -> dict[int, dict]:
        """``{tag: sums}``: the whole (``_WHOLE``) and each part with rows; a part asked for by
        id has its sums even without rows (zeros)."""
        sums: dict[int, dict] = {_WHOLE: _empty_sums(len(trend))}
        if self.parts is not True:
            for pk in self.parts:
                sums[pk] = _empty_sums(len(trend))

        def of(tag):
            if tag not in sums:
                sums[tag] = _empty_sums(len(trend))
            return sums[tag]

        # Totals over the trend and the year-earlier period: a row per period and tag.
        names = ["year_ago", *(f"t{i}" for i in range(len(trend)))]
        for tag, i, n, k in self._totals([year_ago, *trend]):
            entry = of(tag)
            entry["totals"][names[i]] = n
            entry["keys"][names[i]] = k

        category_table = Category._meta.db_table
        for tag, category_id, name, parent_id, parent_name, n, k in self._rows(
            CATEGORY,
            ("category_key",),
            [period],
            outer=(
                "SELECT u.tag, u.category_key, c.name, c.parent_id, p.name, u.n, u.k"  # nosec B608 — constants
                " FROM ({}) u (tag, category_key, n, k)"
                f" JOIN {category_table} c ON c.id = u.category_key"
                f" LEFT JOIN {category_table} p ON p.id = c.parent_id ORDER BY u.category_key"
            ),
        ):
            of(tag)["sub_rows"].append(
                {
                    "category_id": category_id,
                    "category__name": name,
                    "category__parent_id": parent_id,
                    "category__parent__name": parent_name,
                    "n": n,
                    "k": k,
                }
            )

        place_table = Place._meta.db_table
        places: dict[int, _PlaceRow] = {}
        for tag, place_id, current, before, current_k, before_k, name, lat, lng in self._rows(
            PLACE,
            ("place_key",),
            [period, previous],
            where=f"x.place_key <> {NO_PLACE}",
            outer=(
                "SELECT u.tag, u.place_key, u.n0, u.n1, u.k0, u.k1, p.name, p.latitude,"  # nosec B608 — constants
                " p.longitude FROM ({}) u (tag, place_key, n0, k0, n1, k1)"
                f" JOIN {place_table} p ON p.id = u.place_key"
            ),
        ):
            if place_id not in places:
                places[place_id] = _PlaceRow(name, lat, lng)
            of(tag)["place_rows"].append(
                {
                    "place_id": place_id,
                    "current": current,
                    "previous": before,
                    "current_k": current_k,
                    "previous_k": before_k,
                }
            )

        organisation_table = Organisation._meta.db_table
        for tag, organisation_id, name, short_name, n, k in self._rows(
            ORGANISATION,
            ("organisation_key",),
            [period],
            outer=(
                "SELECT u.tag, u.organisation_key, o.name, o.short_name, u.n, u.k"  # nosec B608 — constants
                " FROM ({}) u (tag, organisation_key, n, k)"
                f" JOIN {organisation_table} o ON o.id = u.organisation_key"
            ),
        ):
            of(tag)["org_rows"].append(
                {
                    "organisation_id": organisation_id,
                    "organisation__name": name,
                    "organisation__short_name": short_name,
                    "n": n,
                    "k": k,
                }
            )

        for tag, weekhour, n, k in self._rows(WEEKHOUR, ("weekhour",), [period]):
            entry = of(tag)
            entry["grid"][weekhour // 24][weekhour % 24] += n
            entry["grid_keys"][weekhour // 24][weekhour % 24] += k

        located: dict[int, list] = {}
        for tag, *row in self._rows(
            CELL,
            ("place_key", "cell_y", "cell_x"),
            [period, previous],
            where=f"NOT (x.place_key = {NO_PLACE} AND x.cell_y = 0 AND x.cell_x = 0)",
        ):
            of(tag)
            located.setdefault(tag, []).append(row)

        for tag, entry in sums.items():
            entry["sub_rows"].sort(key=lambda row: (-row["n"], row["category__name"]))
            top: dict[int, dict] = {}
            for row in entry["sub_rows"]:
                top_id = row["category__parent_id"] or row["category_id"]
                top_name = row["category__parent__name"] or row["category__name"]
                kept = top.setdefault(
                    top_id, {"top_id": top_id, "top_name": top_name, "n": 0, "k": 0}
                )
                kept["n"] += row["n"]
                kept["k"] += row["k"]
            entry["top_rows"] = sorted(top.values(), key=lambda row: (-row["n"], row["top_name"]))
            entry["org_rows"].sort(key=lambda row: (-row["n"], row["organisation__name"]))
            entry["places"] = {
                row["place_id"]: places[row["place_id"]] for row in entry["place_rows"]
            }
            points: dict[tuple, int] = {}
            point_keys: dict[tuple, int] = {}
            for place_key, cell_y, cell_x, current, current_k, before, before_k in located.get(
                tag, ()
            ):
                if place_key == NO_PLACE and (current or before):
                    entry["cell_rows"].append(
                        {
                            "cell_y": cell_y,
                            "cell_x": cell_x,
                            "current": current,
                            "previous": before,
                            "current_k": current_k,
                            "previous_k": before_k,
                        }
                    )
                if not current:
                    continue
                if cell_y or cell_x:
                    spot = cell_centre(cell_y, cell_x)
                else:
                    centre = places[place_key]  # a place of this period: in place_rows
                    spot = (round(float(centre.latitude), 5), round(float(centre.longitude), 5))
                points[spot] = points.get(spot, 0) + current
                point_keys[spot] = point_keys.get(spot, 0) + current_k
            entry["points"] = sorted(
                ([lat, lng, n, point_keys[lat, lng]] for (lat, lng), n in points.items()),
                key=lambda p: (-p[2], p[0], p[1]),
            )
        return sums


@functools.lru_cache(maxsize=16384)  # a year's picture looks up each of its cells 2–4 times
def cell_centre(cell_y: int, cell_x: int) -> tuple[float, float]:
    return (
        round((cell_y + 0.5) * float(CELL_LAT), 5),
        round((cell_x + 0.5) * float(CELL_LNG), 5),
    )
