"""Pre-aggregated incident counts: what the situation picture reads instead of the incidents.

``IncidentCount`` holds the number of incidents per Stockholm day and hour, category, place,
organisation and ~200 m map cell. A year's picture then sums a few tens of thousands of
summary rows, bounded by the number of days × the combinations that occur, instead of reading
every incident of the year.

**Kept exact by PostgreSQL triggers** (migration ``0006_incident_counts``), not by Python
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

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# ~200 m grid cells at Hjo's latitude (58.3° N): 1° latitude ≈ 111.3 km,
# 1° longitude ≈ 111.3 km × cos(58.3°) ≈ 58.5 km. (0, 0) means "no point of its own".
CELL_LAT = Decimal("0.0018")
CELL_LNG = Decimal("0.0034")
NO_PLACE = 0
DIMENSIONS = (
    "day",
    "hour",
    "category_key",
    "place_key",
    "organisation_key",
    "cell_y",
    "cell_x",
)


class IncidentCount(models.Model):
    """The number of incidents ``n`` of one combination of dimensions (maintained by triggers)."""

    day = models.DateField()  # in Europe/Stockholm
    hour = models.PositiveSmallIntegerField()  # 0–23, Europe/Stockholm
    category_key = models.IntegerField()  # the incident's category id (a subcategory or main)
    place_key = models.IntegerField()  # the place id, NO_PLACE without one
    organisation_key = models.IntegerField()
    cell_y = models.IntegerField()  # floor(latitude / CELL_LAT), 0 without a point
    cell_x = models.IntegerField()  # floor(longitude / CELL_LNG), 0 without a point
    n = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=DIMENSIONS, name="incident_count_dimensions"),
        ]
        indexes = [
            # The trigger deletes the rows that fell to zero: this index holds only those.
            models.Index(fields=["n"], condition=Q(n=0), name="incident_count_zero_idx"),
        ]

    def __str__(self):
        return f"{self.day} {self.hour}: {self.n}"


def recount():
    """The counts computed from the incidents: a queryset with the fields of ``IncidentCount``
    (``n`` is 1 per incident; sum it)."""
    from est_incidents.models import Incident

    decimal = DecimalField(max_digits=12, decimal_places=6)
    return Incident.objects.annotate(
        day=TruncDate("occurred_at", tzinfo=STOCKHOLM),
        hour=ExtractHour("occurred_at", tzinfo=STOCKHOLM),
        category_key=F("category_id"),
        place_key=Coalesce("place_id", Value(NO_PLACE)),
        organisation_key=F("organisation_id"),
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
        cursor.execute(f"DELETE FROM {COUNTS_TABLE}")
        cursor.execute(BACKFILL_SQL)
        return cursor.rowcount


# --- The SQL of the triggers (migration 0006) and of the backfill -------------------------------

INCIDENT_TABLE = "est_incidents_incident"
COUNTS_TABLE = "est_incidents_incidentcount"
_COLUMNS = "day, hour, category_key, place_key, organisation_key, cell_y, cell_x"


def _dimensions_of(rows: str, sign: str) -> str:
    """The summary's dimensions of each row of ``rows`` (a table or transition table)."""
    return f"""
        SELECT (r.occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS day,
               extract(hour FROM r.occurred_at AT TIME ZONE 'Europe/Stockholm')::smallint AS hour,
               r.category_id AS category_key,
               coalesce(r.place_id, {NO_PLACE}) AS place_key,
               r.organisation_id AS organisation_key,
               coalesce(floor(r.latitude / {CELL_LAT})::int, 0) AS cell_y,
               coalesce(floor(r.longitude / {CELL_LNG})::int, 0) AS cell_x,
               {sign}1 AS d
        FROM {rows} r"""


def _apply(parts: list[str]) -> str:
    return f"""
    INSERT INTO {COUNTS_TABLE} AS c ({_COLUMNS}, n)
    SELECT {_COLUMNS}, sum(d) FROM ({" UNION ALL ".join(parts)}) AS delta
    GROUP BY {_COLUMNS} HAVING sum(d) <> 0
    ORDER BY {_COLUMNS}
    ON CONFLICT ({_COLUMNS}) DO UPDATE SET n = c.n + EXCLUDED.n;
    DELETE FROM {COUNTS_TABLE} WHERE n = 0;"""


BACKFILL_SQL = f"""
    INSERT INTO {COUNTS_TABLE} ({_COLUMNS}, n)
    SELECT {_COLUMNS}, sum(d) FROM ({_dimensions_of(INCIDENT_TABLE, "+")}) AS counted
    GROUP BY {_COLUMNS}"""


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
        _function("est_incident_counts_truncate", f"\n    DELETE FROM {COUNTS_TABLE};"),
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
