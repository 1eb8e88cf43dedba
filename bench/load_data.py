"""Load the benchmark data set into a fresh PostgreSQL database with set-based SQL.

    .venv/bin/python -m bench.load_data --scale 0.01 [--database-url URL] [--keep-database]

``--scale 1`` is the national-scale set the issue asks for: 1,000,000 incidents over five years.
Only the incidents (and their audit history) grow with the scale; the reference set is always the
full one (50 organisations, 2,000 users with memberships of every role, 300 places, the
categories seeded by migration, 130 EST meetings, 40 council meetings, 20 promises), so cost
growth between scales measures the incident volume and nothing else.

Every table is filled by one ``INSERT … SELECT … FROM generate_series(…)`` statement: no ORM
save per row (tests/bench counts the statements). The column list comes from the model's
fields, so a field added later is filled by a generic rule (``auto_expression``) or fails with a
message naming it; the explicit expressions below say what realistic data looks like.

Skew, so that plans and caches meet what a real municipality produces:
- time: five years of full weeks ending last Monday; Friday–Sunday and evenings (18–23) weigh
  more; recent incidents are mostly new, old ones mostly handled;
- organisations: a power law (a few organisations report most incidents);
- places: a steeper power law (the seeded places — torget, hamnen, busstationen — are hot);
- about 8 % are point-only incidents (no named place, a point within Hjo's bounds);
- categories: weighted towards klotter, nedskräpning and samling.

Models that other branches add (EST meetings, council meetings, promises) are looked up with
``apps.get_model``; a missing model is skipped with a printed note (see ``OPTIONAL_SETS``).
"""

import argparse
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from urllib.parse import urlsplit, urlunsplit

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/hjo_bench"
BENCH_PASSWORD = "hjo-bench-password-2026"  # noqa: S105 - a benchmark fixture, never production

# The full (scale 1) set. Only INCIDENTS scales.
INCIDENTS = 1_000_000
ORGANISATIONS = 50
USERS = 2_000
COORDINATORS = 3
PLACES = 300
YEARS = 5
WEEKS = YEARS * 52
EST_MEETINGS = 130
COUNCIL_MEETINGS = 40
PROMISES = 20

# Weighted pools: each value repeated by its weight, then indexed with one random() per row.
DAY_WEIGHTS = {0: 10, 1: 10, 2: 11, 3: 12, 4: 17, 5: 21, 6: 19}  # Monday = 0
HOUR_WEIGHTS = {h: 1 for h in range(0, 6)} | {h: 2 for h in range(6, 15)}
HOUR_WEIGHTS |= {15: 4, 16: 5, 17: 6, 18: 8, 19: 9, 20: 10, 21: 10, 22: 8, 23: 5}
CATEGORY_WEIGHTS = {
    "klotter": 9,
    "nedskrapning": 7,
    "samling": 6,
    "glaskross": 4,
    "buskorning": 4,
    "berusning": 3,
    "brak": 3,
    "hog-musik": 2,
    "belysning": 2,
    "narkotikahandel": 2,
}
PEOPLE_INVOLVED = ["", "", "1", "1", "2-5", "2-5", "2-5", "6-10", "10+"]
POLICE_NOTIFIED = ["no", "no", "no", "unknown", "unknown", "yes"]
DESCRIPTIONS = [
    "Klotter på väggen vid cykelstället.",
    "Grupp ungdomar samlades sent och spelade hög musik.",
    "Krossad ruta i väntkuren, glas på marken.",
    "Mopeder körde fram och tillbaka på gångvägen.",
    "Mycket skräp och tomburkar efter helgen.",
    "Trasig belysning gör gångtunneln mörk.",
    "Berusad person störde förbipasserande.",
    "Personal kände sig hotad vid stängning.",
]
POINT_ONLY_SHARE = 0.08


class MissingFieldSpec(Exception):
    """A required column the loader does not know how to fill."""


@dataclass
class Timer:
    """Prints one line per step with its duration."""

    out: object = sys.stdout
    timings: dict[str, float] = field(default_factory=dict)

    def step(self, label):
        timer = self

        class _Step:
            def __enter__(self):
                self.start = time.perf_counter()

            def __exit__(self, *exc):
                elapsed = time.perf_counter() - self.start
                timer.timings[label] = elapsed
                if exc[0] is None:
                    print(f"  {label:<40} {elapsed:8.2f} s", file=timer.out, flush=True)

        return _Step()


# --- The generic INSERT … SELECT builder ----------------------------------------------------


def _get_model(label):
    from django.apps import apps

    try:
        return apps.get_model(label)
    except LookupError:
        return None


def auto_expression(model, fld, params, related_ids):
    """SQL for a column the caller gave no expression for, over a series variable ``g``.

    Nullable → NULL; auto_now(_add) → now(); a default → that value; choices → cycle through
    them; dates → spread over the period; text → ``bench-<model>-<g>``; a foreign key → cycle
    through the related table's ids. Anything else raises MissingFieldSpec.
    """
    from django.db import models

    name = f"auto_{model._meta.model_name}_{fld.column}"
    if getattr(fld, "auto_now", False) or getattr(fld, "auto_now_add", False):
        return "now()"
    if fld.null:
        return "NULL"
    if isinstance(fld, models.UUIDField):
        return "gen_random_uuid()"
    if fld.has_default():
        params[name] = fld.get_default()
        if isinstance(params[name], Decimal | int | float | bool | str):
            return f"%({name})s"
        del params[name]
    if fld.choices:
        params[name] = [value for value, _label in fld.flatchoices]
        return f"(%({name})s::text[])[1 + mod(g, {len(params[name])})]"
    if isinstance(fld, models.ForeignKey):
        ids = related_ids(fld.related_model)
        if not ids:
            raise MissingFieldSpec(f"{model.__name__}.{fld.name}: no {fld.related_model} rows")
        params[name] = ids
        return f"(%({name})s::bigint[])[1 + mod(g, {len(ids)})]"
    if isinstance(fld, models.DateTimeField):
        return "%(period_start)s::timestamptz + (g - 1) * %(period_step)s::interval"
    if isinstance(fld, models.DateField):
        return "(%(period_start)s::timestamptz + (g - 1) * %(period_step)s::interval)::date"
    if isinstance(fld, models.TimeField):
        return "'18:00'::time"
    if isinstance(fld, models.BooleanField):
        return "false"
    if isinstance(fld, models.DecimalField | models.FloatField):
        return "0"
    if isinstance(fld, models.IntegerField):
        return "g"
    if isinstance(fld, models.CharField | models.TextField):
        if fld.blank and not fld.unique:
            return "''"
        text = f"'bench-{model._meta.model_name}-' || g"
        limit = getattr(fld, "max_length", None)
        return f"left({text}, {limit})" if limit else text
    raise MissingFieldSpec(f"{model.__name__}.{fld.name} ({type(fld).__name__})")


def insert_select(cursor, model, *, source, exprs, params, related_ids=None, out=None):
    """``INSERT INTO <model's table> (<every concrete column>) SELECT … FROM <source>``.

    ``exprs`` maps field names (or attnames) to SQL over the columns of ``source``, which must
    provide ``g`` (a row number) for the generic rules. Returns the number of rows inserted.
    """
    related_ids = related_ids or (lambda related: _ids(cursor, related))
    columns, selects, auto = [], [], []
    for fld in model._meta.concrete_fields:
        expr = exprs.get(fld.name, exprs.get(fld.attname))
        if expr is None:
            if fld.primary_key and _is_auto(fld):
                continue
            expr = auto_expression(model, fld, params, related_ids)
            if expr not in ("NULL", "now()", "''"):
                auto.append(fld.name)
        columns.append(f'"{fld.column}"')
        selects.append(f'{expr} AS "{fld.column}"')
    unknown = (
        set(exprs)
        - {f.name for f in model._meta.concrete_fields}
        - {f.attname for f in model._meta.concrete_fields}
    )
    if unknown:
        raise MissingFieldSpec(f"{model.__name__} has no field(s) {sorted(unknown)}")
    if auto and out is not None:
        print(f"    ({model.__name__}: generic values for {', '.join(auto)})", file=out)
    sql = (
        f'INSERT INTO "{model._meta.db_table}" ({", ".join(columns)}) '
        f"SELECT {', '.join(selects)} FROM {source}"
    )
    cursor.execute(sql, params)
    return cursor.rowcount


def _is_auto(fld):
    from django.db import models

    return isinstance(fld, models.AutoField | models.BigAutoField | models.SmallAutoField)


def _ids(cursor, model, order="id"):
    cursor.execute(
        f'SELECT "{model._meta.pk.column}" FROM "{model._meta.db_table}" ORDER BY {order}'
    )
    return [row[0] for row in cursor.fetchall()]


def _weighted(weights: dict, keys=None):
    pool = []
    for key, weight in weights.items():
        if keys is None or key in keys:
            pool.extend([keys[key] if keys else key] * weight)
    return pool


# --- Optional sets: models that other branches add --------------------------------------------


@dataclass
class OptionalSet:
    """Rows for a model that may not exist yet on this branch.

    ``exprs(ctx)`` returns SQL expressions by field name over ``g`` (1..count) and the params
    ``period_start`` (first Monday of the five years), ``period_step`` (``count`` steps over the
    five years) and ``week0``. Fields without an expression get ``auto_expression``'s generic
    values. PHASE 2: once the model is merged, give the expressions that make the rows realistic
    (and add child sets: agenda items, activities, follow-ups, reports, actions).
    """

    label: str
    count: int
    exprs: object = None  # callable(ctx) -> dict[str, str]
    note: str = ""


OPTIONAL_SETS = [
    OptionalSet(
        "est_incidents.EstMeeting",
        EST_MEETINGS,
        note="every second week over the five years (a time, a place, held/planned, with its "
        "frozen situation picture); reports and actions per meeting are still to add",
    ),
    OptionalSet(
        "bra_council.CouncilMeeting",
        COUNCIL_MEETINGS,
        note="eight a year (time, place, published agenda, approved minutes for past ones); "
        "agenda items and decisions per meeting are still to add",
    ),
    OptionalSet(
        "citizen_promises.CitizenPromise",
        PROMISES,
        note="published and draft promises with periods and unique slugs; activities and "
        "follow-ups per promise are still to add",
    ),
]


# --- The load -------------------------------------------------------------------------------


def load(scale: float, *, out=sys.stdout, seed: float = 0.42, history: bool = True, vacuum=True):
    """Fill the current default database (already migrated, categories and places seeded)."""
    from django.apps import apps
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction

    Organisation = apps.get_model("hjo_safety", "Organisation")
    Membership = apps.get_model("hjo_safety", "Membership")
    User = apps.get_model("auth", "User")
    Category = apps.get_model("est_incidents", "Category")
    Place = apps.get_model("est_incidents", "Place")
    Incident = apps.get_model("est_incidents", "Incident")

    n_incidents = max(1, round(INCIDENTS * scale))
    timer = Timer(out=out)
    week_end = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    week_end -= timedelta(days=week_end.weekday())  # last Monday 00:00 UTC
    week0 = week_end - timedelta(weeks=WEEKS)
    print(
        f"Loading scale {scale}: {n_incidents:,} incidents from {week0:%Y-%m-%d} to "
        f"{week_end:%Y-%m-%d}",
        file=out,
    )
    base = {"week0": week0, "week_end": week_end, "period_start": week0}
    loaded = {}

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")
        cursor.execute("SELECT setseed(%s)", [seed])

        with timer.step("organisations"):
            kinds = [value for value, _ in Organisation._meta.get_field("kind").flatchoices]
            loaded["organisations"] = insert_select(
                cursor,
                Organisation,
                source="generate_series(0, %(n)s - 1) AS g",
                exprs={
                    "name": "CASE WHEN g = 0 THEN 'Hjo kommun – kommunledningen (bench)' "
                    "ELSE 'Bench-organisation ' || lpad(g::text, 2, '0') END",
                    "short_name": "CASE WHEN g = 0 THEN 'Kommunledning' "
                    "ELSE 'Bench ' || lpad(g::text, 2, '0') END",
                    "kind": "(%(kinds)s::text[])[1 + mod(g, %(n_kinds)s)]",
                    "is_active": "g <> %(n)s - 1",  # one inactive organisation
                },
                params={**base, "n": ORGANISATIONS, "kinds": kinds, "n_kinds": len(kinds)},
                out=out,
            )
            org_ids = _ids(cursor, Organisation)[-ORGANISATIONS:]

        with timer.step("users (one password hash, reused)"):
            password_hash = make_password(BENCH_PASSWORD)
            loaded["users"] = insert_select(
                cursor,
                User,
                source="generate_series(0, %(n)s - 1) AS g",
                exprs={
                    "password": "%(hash)s",
                    "username": "'bench-u' || lpad(g::text, 4, '0')",
                    "first_name": "'Bench'",
                    "last_name": "'Användare ' || g",
                    "email": "'bench-u' || lpad(g::text, 4, '0') || '@example.invalid'",
                    "is_active": "true",
                    "is_staff": "false",
                    "is_superuser": "false",
                    "date_joined": "%(week0)s::timestamptz + mod(g, 200) * interval '1 day'",
                    "last_login": "NULL",
                },
                params={**base, "n": USERS, "hash": password_hash},
                out=out,
            )
            cursor.execute(
                "SELECT id FROM auth_user WHERE username LIKE 'bench-u%%' ORDER BY username"
            )
            user_ids = [row[0] for row in cursor.fetchall()]

        with timer.step("memberships (every role)"):
            # User u: org_admin of organisation u (u < 50), coordinator in the municipality
            # (next three), else reporter of organisation u mod 50; every 20th reporter also
            # reports for the next organisation (two memberships).
            loaded["memberships"] = insert_select(
                cursor,
                Membership,
                source="""(
                    SELECT u AS g, u, (%(org_ids)s::bigint[])[1 + mod(u, %(n_orgs)s)] AS org_id,
                        CASE WHEN u < %(n_orgs)s THEN 'org_admin'
                             WHEN u < %(n_orgs)s + %(n_coord)s THEN 'coordinator'
                             ELSE 'reporter' END AS role
                    FROM generate_series(0, %(n_users)s - 1) AS u
                    UNION ALL
                    SELECT u, u, (%(org_ids)s::bigint[])[1 + mod(u + 1, %(n_orgs)s)], 'reporter'
                    FROM generate_series(%(n_orgs)s + %(n_coord)s, %(n_users)s - 1) AS u
                    WHERE mod(u, 20) = 7
                ) AS m""",
                exprs={
                    "user": "(%(user_ids)s::bigint[])[1 + m.u]",
                    "organisation": "CASE WHEN role = 'coordinator' THEN (%(org_ids)s::bigint[])[1] "
                    "ELSE m.org_id END",
                    "role": "m.role",
                    "created_at": "%(week0)s::timestamptz",
                },
                params={
                    **base,
                    "org_ids": org_ids,
                    "user_ids": user_ids,
                    "n_orgs": ORGANISATIONS,
                    "n_users": USERS,
                    "n_coord": COORDINATORS,
                },
                out=out,
            )
            # Reporters per organisation, as a flat array of fixed-width slots (cycled).
            cursor.execute(
                "SELECT organisation_id, array_agg(user_id ORDER BY user_id) FROM "
                "hjo_safety_membership WHERE role = 'reporter' GROUP BY organisation_id"
            )
            by_org = dict(cursor.fetchall())
            per_org = max(len(v) for v in by_org.values())
            reporter_slots = []
            for org_id in org_ids:
                reporters = by_org.get(org_id) or [user_ids[0]]
                reporter_slots.extend(reporters[i % len(reporters)] for i in range(per_org))

        with timer.step("places (seeded ones first = hot)"):
            existing = Place.objects.count()
            extra = max(0, PLACES - existing)
            loaded["places"] = insert_select(
                cursor,
                Place,
                source="generate_series(1, %(n)s) AS g",
                exprs={
                    "name": "'Bench-plats ' || lpad(g::text, 3, '0')",
                    "latitude": "round((58.2700 + random() * 0.0700)::numeric, 6)",
                    "longitude": "round((14.2000 + random() * 0.1300)::numeric, 6)",
                    "area_geojson": "''",
                    "is_active": "true",
                },
                params={"n": extra},
                out=out,
            )
            place_ids = _ids(cursor, Place)

        categories = dict(Category.objects.filter(children__isnull=True).values_list("code", "id"))
        category_pool = [
            categories[c] for c in categories for _ in range(CATEGORY_WEIGHTS.get(c, 1))
        ]

        with timer.step(f"incidents ({n_incidents:,})"):
            from est_incidents.models import HJO_BOUNDS

            lat_lo = max(HJO_BOUNDS["min_lat"], Decimal("58.2600"))
            lat_hi = min(HJO_BOUNDS["max_lat"], Decimal("58.3400"))
            lng_lo = max(HJO_BOUNDS["min_lng"], Decimal("14.1500"))
            lng_hi = min(HJO_BOUNDS["max_lng"], Decimal("14.3500"))
            source = """(
                SELECT s.*,
                    CASE WHEN s.r_point < %(point_share)s THEN NULL
                         ELSE (%(place_ids)s::bigint[])[1 + s.place_idx] END AS place_id,
                    LEAST(s.occurred_at + s.r_delay * interval '36 hours', now()) AS created_at
                FROM (
                    SELECT b.*,
                        %(week0)s::timestamptz + (b.week * 7 + b.dow) * interval '1 day'
                            + b.hour * interval '1 hour' + b.minute * interval '1 minute'
                            AS occurred_at
                    FROM (
                        SELECT g,
                            floor(random() * %(weeks)s)::int AS week,
                            (%(dows)s::int[])[1 + floor(random() * %(n_dows)s)::int] AS dow,
                            (%(hours)s::int[])[1 + floor(random() * %(n_hours)s)::int] AS hour,
                            floor(random() * 60)::int AS minute,
                            floor(%(n_orgs)s * power(random(), 2))::int AS org_idx,
                            floor(random() * %(per_org)s)::int AS reporter_slot,
                            floor(%(n_places)s * power(random(), 3))::int AS place_idx,
                            random() AS r_point, random() AS r_status, random() AS r_misc,
                            random() AS r_delay, random() AS r_lat, random() AS r_lng
                        FROM generate_series(1, %(n)s) AS g
                    ) AS b
                ) AS s
            ) AS i"""
            recent = "i.occurred_at > %(week_end)s::timestamptz - interval '30 days'"
            loaded["incidents"] = insert_select(
                cursor,
                Incident,
                source=source,
                exprs={
                    "organisation": "(%(org_ids)s::bigint[])[1 + i.org_idx]",
                    "reported_by": "(%(reporters)s::bigint[])[1 + i.org_idx * %(per_org)s "
                    "+ i.reporter_slot]",
                    "occurred_at": "i.occurred_at",
                    "ended_at": "CASE WHEN i.r_misc < 0.2 THEN i.occurred_at "
                    "+ (10 + floor(i.r_misc * 800)) * interval '1 minute' END",
                    "time_is_approximate": "i.r_misc > 0.85",
                    "category": "(%(categories)s::bigint[])[1 + floor(random() * "
                    "%(n_categories)s)::int]",
                    "place": "i.place_id",
                    "latitude": "CASE WHEN i.place_id IS NULL THEN round((%(lat_lo)s + i.r_lat "
                    "* (%(lat_hi)s - %(lat_lo)s))::numeric, 6) END",
                    "longitude": "CASE WHEN i.place_id IS NULL THEN round((%(lng_lo)s + i.r_lng "
                    "* (%(lng_hi)s - %(lng_lo)s))::numeric, 6) END",
                    "place_description": "CASE WHEN i.place_id IS NULL "
                    "THEN 'Vid gång- och cykelvägen' ELSE '' END",
                    "description": "(%(texts)s::text[])[1 + mod(i.g, %(n_texts)s)] "
                    "|| ' (bench ' || i.g || ')'",
                    "people_involved": "(%(people)s::text[])[1 + mod(i.g * 7, %(n_people)s)]",
                    "police_notified": "(%(police)s::text[])[1 + mod(i.g * 11, %(n_police)s)]",
                    "status": f"CASE WHEN {recent} THEN (CASE WHEN i.r_status < 0.6 THEN 'new' "
                    "WHEN i.r_status < 0.9 THEN 'reviewed' ELSE 'handled' END) "
                    "ELSE (CASE WHEN i.r_status < 0.05 THEN 'new' WHEN i.r_status < 0.25 "
                    "THEN 'reviewed' ELSE 'handled' END) END",
                    "handling_note": "CASE WHEN i.r_status > 0.8 "
                    "THEN 'Åtgärdat av fastighetsskötseln.' ELSE '' END",
                    "submission_token": "CASE WHEN i.r_misc < 0.9 THEN gen_random_uuid() END",
                    "created_at": "i.created_at",
                    "updated_at": "LEAST(i.created_at + i.r_status * interval '7 days', now())",
                },
                params={
                    **base,
                    "n": n_incidents,
                    "weeks": WEEKS,
                    "dows": _weighted(DAY_WEIGHTS),
                    "n_dows": sum(DAY_WEIGHTS.values()),
                    "hours": _weighted(HOUR_WEIGHTS),
                    "n_hours": sum(HOUR_WEIGHTS.values()),
                    "n_orgs": ORGANISATIONS,
                    "org_ids": org_ids,
                    "per_org": per_org,
                    "reporters": reporter_slots,
                    "n_places": len(place_ids),
                    "place_ids": place_ids,
                    "point_share": POINT_ONLY_SHARE,
                    "categories": category_pool,
                    "n_categories": len(category_pool),
                    "lat_lo": lat_lo,
                    "lat_hi": lat_hi,
                    "lng_lo": lng_lo,
                    "lng_hi": lng_hi,
                    "texts": DESCRIPTIONS,
                    "n_texts": len(DESCRIPTIONS),
                    "people": PEOPLE_INVOLVED,
                    "n_people": len(PEOPLE_INVOLVED),
                    "police": POLICE_NOTIFIED,
                    "n_police": len(POLICE_NOTIFIED),
                },
                out=out,
            )

        for spec in OPTIONAL_SETS:
            model = _get_model(spec.label)
            if model is None:
                print(
                    f"  note: {spec.label} does not exist on this branch yet; skipped "
                    f"({spec.count} rows: {spec.note})",
                    file=out,
                )
                continue
            with timer.step(f"{spec.label} ({spec.count})"):
                step = (week_end - week0) / spec.count
                ctx = {**base, "period_step": step, "n": spec.count}
                try:
                    with transaction.atomic():
                        loaded[spec.label] = insert_select(
                            cursor,
                            model,
                            source="generate_series(1, %(n)s) AS g",
                            exprs=spec.exprs(ctx) if spec.exprs else {},
                            params=ctx,
                            out=out,
                        )
                except Exception as exc:  # noqa: BLE001 - report and go on; phase 2 completes it
                    print(f"  note: {spec.label} not loaded ({exc}); complete its exprs", file=out)

        if history:
            for model in (Organisation, Membership, Incident):
                if not hasattr(model, "history"):
                    continue
                with timer.step(f"history of {model.__name__} ('+' records)"):
                    copy_creation_history(cursor, model)

        # Sequences follow the explicit ids we never set (all ids come from sequences), so
        # nothing to reset. Record what was loaded for bench.run.
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text NOT NULL)"
        )
        meta = {"scale": repr(scale), "incidents": str(n_incidents), "seed": repr(seed)}
        meta |= {"week0": week0.isoformat(), "week_end": week_end.isoformat()}
        for key, value in meta.items():
            cursor.execute(
                "INSERT INTO bench_meta (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                [key, value],
            )

    with timer.step("VACUUM ANALYZE" if vacuum else "ANALYZE"):
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
    return loaded, timer.timings


def copy_creation_history(cursor, model):
    """One '+' history record per row, as django-simple-history would have written on create."""
    historical = model.history.model
    source_columns = {f.column for f in model._meta.concrete_fields}
    exprs = {}
    for fld in historical._meta.concrete_fields:
        if fld.name == "history_id":
            continue
        if fld.column in source_columns:
            exprs[fld.attname] = f't."{fld.column}"'
    date_column = next((c for c in ("created_at", "date_joined") if c in source_columns), None)
    exprs["history_date"] = f"t.{date_column}" if date_column else "now()"
    exprs["history_type"] = "'+'"
    exprs["history_user"] = "t.reported_by_id" if "reported_by_id" in source_columns else "NULL"
    exprs["history_change_reason"] = "NULL"
    return insert_select(
        cursor,
        historical,
        source=f'(SELECT *, id AS g FROM "{model._meta.db_table}") AS t',
        exprs=exprs,
        params={},
    )


# --- Command line ---------------------------------------------------------------------------


def recreate_database(url: str, out=sys.stdout) -> None:
    """DROP and CREATE the database named in ``url`` (connecting to ``postgres``)."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name.startswith("hjo_bench"):
        raise SystemExit(f"Refusing to drop {name!r}: the bench database's name starts hjo_bench")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    print(f"Created a fresh database {name}", file=out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.01)
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument(
        "--keep-database", action="store_true", help="do not drop and re-create it first"
    )
    parser.add_argument("--no-history", action="store_true", help="skip '+' history records")
    parser.add_argument("--seed", type=float, default=0.42)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if not args.keep_database:
        recreate_database(args.database_url)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hjo_safety.settings")
    import django
    from django.core.management import call_command

    django.setup()
    timer = Timer()
    with timer.step("migrate"):
        call_command("migrate", verbosity=0, interactive=False)
        call_command("createcachetable", verbosity=0)
    loaded, _ = load(args.scale, seed=args.seed, history=not args.no_history)
    summary = ", ".join(f"{key} {value:,}" for key, value in loaded.items())
    print(f"Loaded {summary} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
