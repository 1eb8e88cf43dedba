"""The incident export streamed by PostgreSQL's ``COPY … TO STDOUT (FORMAT csv)``.

Formatting the incidents row by row in Python (model instances, ``localtime``, ``csv.writer``)
was too slow for a large export (figures: ``bench/RESULTS.md``). Here PostgreSQL writes the CSV
itself and Python only passes the rows on (``COPY`` sends one row per message; they are gathered
into chunks of ``CHUNK_BYTES``): the same file, in constant memory, and without a server-side
cursor (so it works behind PgBouncer in any pooling mode).

The rows are exactly what the list shows the user: the ``SELECT`` inside the ``COPY`` is the
SQL of the filtered, permission-scoped queryset (``Incident.objects.visible_to(user)`` and the
list's filters), with its parameters bound by psycopg on the client (``COPY`` takes none).

The format is Swedish Excel's, as before: UTF-8 with a byte order mark, ``;`` between fields,
CRLF after each row, every field quoted, local times (Europe/Stockholm) as
``YYYY-MM-DD HH:MM``, decimal commas, Swedish labels of the choices, and free text that starts
like a formula (``= + - @``, tab, carriage return) prefixed with ``'`` so Excel shows it as text.
"""

import csv
import io

from django.conf import settings
from django.db import connection

from est_incidents.models import Incident

CHUNK_BYTES = 64 * 1024
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# The queryset's columns, in order: the inner SELECT's names in the COPY's outer SELECT.
COLUMNS = [
    ("id", "pk"),
    ("occurred_at", "occurred_at"),
    ("ended_at", "ended_at"),
    ("approximate", "time_is_approximate"),
    ("category_name", "category__name"),
    ("parent_name", "category__parent__name"),
    ("category_code", "category__code"),
    ("organisation_name", "organisation__name"),
    ("place_name", "place__name"),
    ("place_description", "place_description"),
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("people_involved", "people_involved"),
    ("police_notified", "police_notified"),
    ("status", "status"),
    ("description", "description"),
    ("handling_note", "handling_note"),
    ("created_at", "created_at"),
]


def header_bytes(header: list[str]) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(header)
    return ("\ufeff" + out.getvalue()).encode()


def _text(column: str) -> str:
    """Free text as Excel shows it, never as a formula."""
    starts = ", ".join(
        "E'" + c.replace("\t", "\\t").replace("\r", "\\r") + "'" for c in FORMULA_START
    )
    return (
        f"CASE WHEN left(coalesce({column}, ''), 1) IN ({starts}) "
        f"THEN '''' || {column} ELSE coalesce({column}, '') END"
    )


def _local(column: str) -> str:
    return f"coalesce(to_char({column} AT TIME ZONE %s, 'YYYY-MM-DD HH24:MI'), '')"


def _decimal(column: str) -> str:
    return f"coalesce(replace({column}::text, '.', ','), '')"


def _label(column: str, choices) -> tuple[str, list]:
    """``get_FOO_display()`` in SQL: the Swedish label of each value ('' for an empty one)."""
    whens, params = [], []
    for value, label in choices:
        whens.append("WHEN %s THEN %s")
        params += [value, str(label)]
    return f"CASE {column} {' '.join(whens)} ELSE coalesce({column}, '') END", params


def copy_sql(incidents) -> tuple[str, list]:
    """The ``COPY`` statement (with its parameters) of an incident queryset's export rows."""
    inner = incidents.order_by("-occurred_at", "-pk").values_list(*(f for _, f in COLUMNS))
    inner_sql, inner_params = inner.query.sql_with_params()
    zone = settings.TIME_ZONE
    params: list = []
    selects = [
        "e.id::text",
        _local("e.occurred_at"),
        _local("e.ended_at"),
        "CASE WHEN e.approximate THEN 'ja' ELSE 'nej' END",
        _text("coalesce(e.parent_name, e.category_name)"),
        _text("CASE WHEN e.parent_name IS NULL THEN '' ELSE e.category_name END"),
        "coalesce(e.category_code, '')",
        _text("e.organisation_name"),
        _text("e.place_name"),
        _text("e.place_description"),
        _decimal("e.latitude"),
        _decimal("e.longitude"),
    ]
    params += [zone, zone]
    for column, choices in (
        ("e.people_involved", Incident.PeopleInvolved.choices),
        ("e.police_notified", Incident.PoliceNotified.choices),
        ("e.status", Incident.Status.choices),
    ):
        sql, label_params = _label(column, choices)
        selects.append(sql)
        params += label_params
    selects += [_text("e.description"), _text("e.handling_note"), _local("e.created_at")]
    params += [zone]
    names = ", ".join(name for name, _ in COLUMNS)
    sql = (
        f"COPY (SELECT {', '.join(selects)} FROM ({inner_sql}) AS e({names}) "  # nosec B608
        "ORDER BY e.occurred_at DESC, e.id DESC) "
        "TO STDOUT WITH (FORMAT csv, DELIMITER ';', FORCE_QUOTE *, ENCODING 'UTF8')"
    )
    # Every outer placeholder (time zones, labels) comes before "FROM (inner)" in the text.
    return sql, [*params, *inner_params]


def stream_rows(incidents, header: list[str]):
    """The CSV file in chunks: the header, then PostgreSQL's rows with CRLF line ends."""
    sql, params = copy_sql(incidents)
    statement = connection.ops.compose_sql(sql, params)
    yield header_bytes(header)
    connection.ensure_connection()
    finished = False
    try:
        with connection.connection.cursor() as cursor, cursor.copy(statement) as copy:
            chunk, size = [], 0
            for row in copy:
                row = bytes(row)
                # PostgreSQL ends a CSV row with LF; Excel's CSV is CRLF (a newline inside a
                # quoted field stays as written).
                chunk.append(row[:-1] + b"\r\n")
                size += len(row) + 1
                if size >= CHUNK_BYTES:
                    yield b"".join(chunk)
                    chunk, size = [], 0
            if chunk:
                yield b"".join(chunk)
        finished = True
    finally:
        if not finished:
            # The client went away mid-file: the COPY is still sending; a fresh connection
            # for the next request is simpler and safer than draining it.
            connection.close()
