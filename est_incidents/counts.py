"""Pre-aggregated incident counts: what the situation picture reads instead of the incidents.

``IncidentCount`` holds the number of incidents per Stockholm day and hour, category, place,
organisation and ~200 m map cell. A year's picture then sums a few tens of thousands of
summary rows, bounded by the number of days × the combinations that occur, instead of reading
every incident of the year.

**Kept exact by PostgreSQL triggers** (migration ``0009_incident_counts``), not by Python
calls: statement-level ``AFTER INSERT/UPDATE/DELETE/TRUNCATE`` triggers on the incident table
add the new rows' dimensions and subtract the old rows' in the same statement, so the counts
change in the same transaction as the incidents, whatever wrote them — a form, the admin,
``QuerySet.update``/``delete``, ``bulk_create``, the loader's ``INSERT … SELECT``, a purge or a
raw ``UPDATE`` in ``psql``. Explicit calls from the model layer would miss every one of those
that bypasses ``save()``. An update that changes no dimension (a status, a text) nets to zero
and writes nothing; rows whose count falls to zero are deleted.

``incident_counts()`` is the one entry point for readers: on PostgreSQL the summary table; on
another database (the SQLite demo, which has no time zones in SQL and no triggers here) the
same dimensions computed from the incidents, so the same code reads both. ``recount()`` is
that computation on PostgreSQL too: the tests prove ``IncidentCount`` equals it, and
``manage.py rebuild_incident_counts`` rebuilds (or ``--check``s) the table from it.

Privacy rules that depend on the organisation (small counts of other organisations'
incidents) stay expressible: the organisation is a dimension of every row.
"""

from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import connection, models, transaction
from django.db.models import DecimalField, ExpressionWrapper, F, Q, Value
from django.db.models.functions import Coalesce, ExtractHour, Floor, TruncDate

from est_incidents.models import Category, Incident, IncidentCount, Place

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# ~200 m grid cells at Hjo's latitude (58.3° N): 1° latitude ≈ 111.3 km,
# 1° longitude ≈ 111.3 km × cos(58.3°) ≈ 58.5 km. (0, 0) means "no point of its own".
CELL_LAT = Decimal("0.0018")
CELL_LNG = Decimal("0.0034")
NO_PLACE = 0
# As attribute names: IncidentCount's foreign keys and the incident's own fields share them.
DIMENSIONS = (
    "day",
    "hour",
    "category_id",
    "place_key",
    "organisation_id",
    "cell_y",
    "cell_x",
)


def recount():
    """The counts computed from the incidents: a queryset with the fields of ``IncidentCount``
    (``n`` is 1 per incident; sum it)."""
    decimal = DecimalField(max_digits=12, decimal_places=6)
    return Incident.objects.annotate(
        day=TruncDate("occurred_at", tzinfo=STOCKHOLM),
        hour=ExtractHour("occurred_at", tzinfo=STOCKHOLM),
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
    )


def counts_maintained() -> bool:
    """The summary table is kept by triggers on PostgreSQL only."""
    return connection.vendor == "postgresql"


def incident_counts():
    """What the situation picture sums: ``IncidentCount`` rows, or the recount elsewhere."""
    return IncidentCount.objects.all() if counts_maintained() else recount()


def grouped(queryset) -> dict[tuple, int]:
    """``{dimensions: n}`` of a counts queryset (for checks and tests)."""
    rows = queryset.values(*DIMENSIONS).annotate(total=models.Sum("n")).order_by()
    return {
        tuple(int(row[d]) if d.startswith("cell") else row[d] for d in DIMENSIONS): row["total"]
        for row in rows
        if row["total"]
    }


def rebuild() -> int:
    """Replace every summary row with a recount (after a restore, or to repair); returns rows."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {INCIDENT_TABLE} IN SHARE MODE")  # no writes meanwhile
        cursor.execute(f"DELETE FROM {COUNTS_TABLE}")  # nosec B608 — table names and constants from this module, no input
        cursor.execute(BACKFILL_SQL)
        return cursor.rowcount


# --- The SQL of the triggers (migration 0006) and of the backfill -------------------------------

INCIDENT_TABLE = "est_incidents_incident"
COUNTS_TABLE = "est_incidents_incidentcount"
_COLUMNS = "day, hour, category_key, place_key, organisation_key, cell_y, cell_x"


def _dimensions_of(rows: str, sign: str) -> str:
    """The summary's dimensions of each row of ``rows`` (a table or transition table)."""
    return (
        f"\n"  # nosec B608 — table names and constants from this module, no input
        f"        SELECT (r.occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS day,\n"
        f"               extract(hour FROM r.occurred_at AT TIME ZONE 'Europe/Stockholm')::smallint AS hour,\n"
        f"               r.category_id AS category_key,\n"
        f"               coalesce(r.place_id, {NO_PLACE}) AS place_key,\n"
        f"               r.organisation_id AS organisation_key,\n"
        f"               coalesce(floor(r.latitude / {CELL_LAT})::int, 0) AS cell_y,\n"
        f"               coalesce(floor(r.longitude / {CELL_LNG})::int, 0) AS cell_x,\n"
        f"               {sign}1 AS d\n"
        f"        FROM {rows} r"
    )


def _apply(parts: list[str]) -> str:
    return (
        f"\n"  # nosec B608 — table names and constants from this module, no input
        f"    INSERT INTO {COUNTS_TABLE} AS c ({_COLUMNS}, n)\n"
        f"    SELECT {_COLUMNS}, sum(d) FROM ({' UNION ALL '.join(parts)}) AS delta\n"
        f"    GROUP BY {_COLUMNS} HAVING sum(d) <> 0\n"
        f"    ORDER BY {_COLUMNS}\n"
        f"    ON CONFLICT ({_COLUMNS}) DO UPDATE SET n = c.n + EXCLUDED.n;\n"
        f"    DELETE FROM {COUNTS_TABLE} WHERE n = 0;"
    )


BACKFILL_SQL = (
    f"\n"  # nosec B608 — table names and constants from this module, no input
    f"    INSERT INTO {COUNTS_TABLE} ({_COLUMNS}, n)\n"
    f"    SELECT {_COLUMNS}, sum(d) FROM ({_dimensions_of(INCIDENT_TABLE, '+')}) AS counted\n"
    f"    GROUP BY {_COLUMNS}"
)


def _function(name: str, body: str) -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN{body}\n    RETURN NULL;\nEND $$;"
    )


TRIGGERS_SQL = "\n".join(
    [
        _function("est_incident_counts_insert", _apply([_dimensions_of("new_rows", "+")])),
        _function(
            "est_incident_counts_update",
            _apply([_dimensions_of("new_rows", "+"), _dimensions_of("old_rows", "-")]),
        ),
        _function("est_incident_counts_delete", _apply([_dimensions_of("old_rows", "-")])),
        _function("est_incident_counts_truncate", f"\n    DELETE FROM {COUNTS_TABLE};"),  # nosec B608
        f"""
CREATE TRIGGER est_incident_counts_insert AFTER INSERT ON {INCIDENT_TABLE}
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION est_incident_counts_insert();
CREATE TRIGGER est_incident_counts_update AFTER UPDATE ON {INCIDENT_TABLE}
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION est_incident_counts_update();
CREATE TRIGGER est_incident_counts_delete AFTER DELETE ON {INCIDENT_TABLE}
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION est_incident_counts_delete();
CREATE TRIGGER est_incident_counts_truncate AFTER TRUNCATE ON {INCIDENT_TABLE}
    FOR EACH STATEMENT EXECUTE FUNCTION est_incident_counts_truncate();""",
    ]
)

DROP_TRIGGERS_SQL = "\n".join(
    f"DROP TRIGGER IF EXISTS est_incident_counts_{event} ON {INCIDENT_TABLE};"
    f"DROP FUNCTION IF EXISTS est_incident_counts_{event}();"
    for event in ("insert", "update", "delete", "truncate")
)


# --- What the situation picture reads ---------------------------------------------------------


def _days(period) -> Q:
    return Q(day__gte=period.start, day__lte=period.end)


def situation_aggregates(
    *, period, previous, year_ago, trend, place=None, category=None, organisation=None, counts=None
) -> dict:
    """Every count of a situation picture, summed from ``incident_counts()``: 8 queries (one
    more with a category: its subcategories).

    ``period``, ``previous``, ``year_ago`` and the ``trend`` periods have ``start`` and ``end``
    dates (both included, Stockholm days). A ``category`` includes its subcategories.
    """
    from django.db.models import Sum

    counts = incident_counts() if counts is None else counts  # recount(): the SQLite path
    if place is not None:
        counts = counts.filter(place_key=place.pk)
    if category is not None:
        ids = [category.pk, *Category.objects.filter(parent=category).values_list("pk", flat=True)]
        counts = counts.filter(category_id__in=ids)
    if organisation is not None:
        counts = counts.filter(organisation_id=organisation.pk)

    def total(q: Q):
        return Coalesce(Sum("n", filter=q), 0)

    # Totals per day over the whole span, bucketed here: one cheap GROUP BY instead of 13
    # conditional sums (whose ORM compilation alone cost more CPU than the query).
    first = min(trend[0].start, year_ago.start)
    totals = {"year_ago": 0, **{f"t{i}": 0 for i in range(len(trend))}}
    per_day = counts.filter(day__gte=first, day__lte=period.end).values("day").annotate(s=Sum("n"))
    for row in per_day.order_by():
        day = row["day"]
        if year_ago.start <= day <= year_ago.end:
            totals["year_ago"] += row["s"]
        for i, p in enumerate(trend):
            if p.start <= day <= p.end:
                totals[f"t{i}"] += row["s"]
                break
    in_period = counts.filter(_days(period))
    both = counts.filter(day__gte=previous.start, day__lte=period.end)

    sub_rows = sorted(
        in_period.values(
            "category_id", "category__name", "category__parent_id", "category__parent__name"
        )
        .annotate(n=Sum("n"))
        .order_by(),
        key=lambda row: (-row["n"], row["category__name"]),
    )
    top: dict[int, dict] = {}
    for row in sub_rows:
        top_id = row["category__parent_id"] or row["category_id"]
        top_name = row["category__parent__name"] or row["category__name"]
        entry = top.setdefault(top_id, {"top_id": top_id, "top_name": top_name, "n": 0})
        entry["n"] += row["n"]
    top_rows = sorted(top.values(), key=lambda row: (-row["n"], row["top_name"]))

    current_q, previous_q = _days(period), _days(previous)
    place_rows = [
        row
        for row in both.exclude(place_key=NO_PLACE)
        .values("place_key")
        .annotate(current=total(current_q), previous=total(previous_q))
        .order_by()
    ]
    place_rows = [
        {"place_id": row["place_key"], "current": row["current"], "previous": row["previous"]}
        for row in place_rows
    ]

    org_rows = sorted(
        in_period.values("organisation_id", "organisation__name", "organisation__short_name")
        .annotate(n=Sum("n"))
        .order_by(),
        key=lambda row: (-row["n"], row["organisation__name"]),
    )
    places = Place.objects.in_bulk([row["place_id"] for row in place_rows])

    grid = [[0] * 24 for _ in range(7)]
    for row in in_period.values("day", "hour").annotate(n=Sum("n")).order_by():
        grid[row["day"].isoweekday() - 1][row["hour"]] += row["n"]

    cell_rows = [
        {
            "cell_y": row["cell_y"],
            "cell_x": row["cell_x"],
            "current": row["current"],
            "previous": row["previous"],
        }
        for row in both.filter(place_key=NO_PLACE)
        .exclude(cell_y=0, cell_x=0)
        .values("cell_y", "cell_x")
        .annotate(current=total(current_q), previous=total(previous_q))
        .order_by()
        if row["current"] or row["previous"]
    ]

    # The map: each incident at its own ~200 m cell's centre, else at its place's centre.
    located = list(
        in_period.exclude(place_key=NO_PLACE, cell_y=0, cell_x=0)
        .values("place_key", "cell_y", "cell_x")
        .annotate(n=Sum("n"))
        .order_by()
    )
    points: dict[tuple, int] = {}
    for row in located:
        if row["cell_y"] or row["cell_x"]:
            spot = cell_centre(int(row["cell_y"]), int(row["cell_x"]))
        else:
            centre = places[row["place_key"]]  # a place of this period: in place_rows
            spot = (round(float(centre.latitude), 5), round(float(centre.longitude), 5))
        points[spot] = points.get(spot, 0) + row["n"]
    return {
        "totals": totals,
        "sub_rows": sub_rows,
        "top_rows": top_rows,
        "place_rows": place_rows,
        "org_rows": org_rows,
        "places": places,
        "grid": grid,
        "cell_rows": cell_rows,
        "points": sorted(
            ([lat, lng, n] for (lat, lng), n in points.items()),
            key=lambda p: (-p[2], p[0], p[1]),
        ),
    }


def cell_centre(cell_y: int, cell_x: int) -> tuple[float, float]:
    return (
        round((cell_y + 0.5) * float(CELL_LAT), 5),
        round((cell_x + 0.5) * float(CELL_LNG), 5),
    )
