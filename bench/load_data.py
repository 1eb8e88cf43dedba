"""Load the benchmark data set into a fresh PostgreSQL database with set-based SQL.

    .venv/bin/python -m bench.load_data --scale 0.01 [--database-url URL] [--keep-database]

``--scale 1`` is the national-scale set: 1,000,000 incidents over five years.
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

EST meetings (with their reports, actions and — for held ones, as the model requires — the real
frozen situation picture), council meetings (members, agenda items, approved minutes) and
promises (goals, signatories, activities at hot places, follow-ups) are filled the same way by
``load_meetings_and_promises``; every model with an audit history gets its '+' records.
"""

import argparse
import os
import sys
import time
from contextlib import contextmanager
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
# Models whose creation is recorded in the audit history (django-simple-history '+' rows).
HISTORY_MODELS = [
    "hjo_safety.Organisation",
    "hjo_safety.Membership",
    "est_incidents.Incident",
    "est_incidents.EstMeeting",
    "est_incidents.EstMeetingReport",
    "est_incidents.EstAction",
    "bra_council.CouncilMember",
    "bra_council.CouncilMeeting",
    "bra_council.AgendaItem",
    "citizen_promises.CitizenPromise",
    "citizen_promises.PromiseActivity",
    "citizen_promises.FollowUp",
    "citizen_promises.FollowUpResult",
]


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
                    print(f"  {label:<58} {elapsed:8.2f} s", file=timer.out, flush=True)

        return _Step()


# --- The generic INSERT … SELECT builder ----------------------------------------------------


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
    # "Now" is Python's clock, as for every date the loader computes in Python: the database's
    # now() would disagree with a test that moves the clock (HJO_TEST_CLOCK).
    sql = sql.replace("now()", "%(loader_now)s::timestamptz")
    cursor.execute(sql, {**params, "loader_now": datetime.now(UTC)})
    return cursor.rowcount


@contextmanager
def without_secondary_indexes(cursor, table, out=None):
    """Drop ``table``'s indexes that back no constraint, and re-create them afterwards.

    Building an index once over a million rows is several times faster than maintaining it
    row by row during the insert (the trigram GIN indexes above all).
    """
    cursor.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = %s "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = "
        "(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)",
        [table],
    )
    indexes = cursor.fetchall()
    for name, _definition in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
    yield
    started = time.perf_counter()
    # Django's foreign keys are deferred: check them now, or CREATE INDEX refuses to run.
    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    for _name, definition in indexes:
        cursor.execute(definition)
    cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    if out is not None:
        print(
            f"    ({table}: {len(indexes)} indexes re-created in "
            f"{time.perf_counter() - started:.1f} s)",
            file=out,
        )


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


# --- EST meetings, council meetings and promises (with their child rows) -------------------


def load_meetings_and_promises(cursor, timer, ctx, out):
    """The meeting and promise sets: every table one ``INSERT … SELECT`` (no save per row).

    ``ctx``: ``week0``, ``week_end``, ``org_ids``, ``user_ids``, ``place_ids``. Returns counts.
    The situation pictures frozen into held EST meetings (the model requires one) are computed
    by ``compute_situation`` itself, then written back in one ``UPDATE … FROM unnest(…)``.
    """
    from django.apps import apps

    model = apps.get_model
    loaded = {}
    p = {**ctx, "n_orgs": len(ctx["org_ids"])}

    with timer.step(f"EST meetings ({EST_MEETINGS}), presence, reports, actions"):
        # Every second Wednesday, 09:00 Stockholm (08:00 UTC); the last one is still planned.
        loaded["est_meetings"] = insert_select(
            cursor,
            model("est_incidents", "EstMeeting"),
            source="""(SELECT g, %(week_end)s::timestamptz + interval '9 days 8 hours'
                           - (%(n)s - g) * interval '14 days' AS at
                       FROM generate_series(1, %(n)s) AS g) AS m""",
            exprs={
                "starts_at": "m.at",
                "location": "'Stadshuset, rum Vättern'",
                "period_start": "(m.at - interval '14 days')::date",
                "period_end": "(m.at - interval '1 day')::date",
                "status": "CASE WHEN m.at < now() THEN 'held' ELSE 'planned' END",
                "notes": "'Genomgång av lägesbilden och rapporterna.'",
                # A placeholder, replaced by the real picture below (the constraint needs one).
                "frozen_picture": "CASE WHEN m.at < now() THEN '{}'::jsonb END",
                "picture_computed_at": "CASE WHEN m.at < now() THEN m.at END",
                "held_by": "NULL",
                "created_at": "m.at - interval '14 days'",
            },
            params={**p, "n": EST_MEETINGS},
        )
        cursor.execute(
            'INSERT INTO "est_incidents_estmeeting_organisations_present" '
            "(estmeeting_id, organisation_id) "
            "SELECT m.id, (%(org_ids)s::bigint[])[o] FROM est_incidents_estmeeting m "
            "CROSS JOIN generate_series(1, 8) AS o WHERE m.status = 'held'",
            p,
        )
        loaded["est_reports"] = insert_select(
            cursor,
            model("est_incidents", "EstMeetingReport"),
            source="""(SELECT m.id AS meeting_id, m.starts_at, o, o AS g
                       FROM est_incidents_estmeeting m CROSS JOIN generate_series(1, 5) AS o
                       WHERE m.status = 'held') AS r""",
            exprs={
                "meeting": "r.meeting_id",
                "organisation": "(%(org_ids)s::bigint[])[r.o]",
                "text": "'Lugnt i verksamheten, några samlingar vid busstationen sena kvällar.'",
                "updated_by": "NULL",
                "updated_at": "r.starts_at - interval '1 day'",
            },
            params=p,
        )
        # Two actions per meeting; the last ten meetings' actions are still open.
        loaded["est_actions"] = insert_select(
            cursor,
            model("est_incidents", "EstAction"),
            source="""(SELECT m.id AS meeting_id, m.starts_at, a AS g,
                           row_number() OVER (ORDER BY m.starts_at DESC) AS recency
                       FROM est_incidents_estmeeting m CROSS JOIN generate_series(1, 2) AS a
                       WHERE m.status = 'held') AS x""",
            exprs={
                "meeting": "x.meeting_id",
                "what": "CASE WHEN x.g = 1 THEN 'Se över belysningen i gångtunneln' "
                "ELSE 'Extra kvällsvandring vid hamnen' END",
                "responsible_organisation": "(%(org_ids)s::bigint[])[1 + mod(x.recency, 10)]",
                "due_date": "(x.starts_at + interval '28 days')::date",
                "status": "CASE WHEN x.recency <= 20 THEN 'open' ELSE 'done' END",
                "status_changed_at": "CASE WHEN x.recency > 20 "
                "THEN x.starts_at + interval '20 days' END",
                "created_at": "x.starts_at",
            },
            params=p,
        )

    with timer.step("frozen situation pictures of held EST meetings"):
        loaded["frozen_pictures"] = freeze_meeting_pictures(cursor)

    with timer.step(f"council ({COUNCIL_MEETINGS} meetings, members, agenda items)"):
        seats = [
            "political_leadership",
            "municipal_management",
            "head_of_service",
            "head_of_service",
            "security_strategist",
            "police",
            "business",
            "non_profit",
        ]
        loaded["council_members"] = insert_select(
            cursor,
            model("bra_council", "CouncilMember"),
            source="generate_series(1, 10) AS g",
            exprs={
                "name": "'Ledamot ' || g",
                "title": "(ARRAY['Kommunstyrelsens ordförande', 'Kommundirektör', "
                "'Verksamhetschef', 'Säkerhetsstrateg', 'Kommunpolis', 'Företagare', "
                "'Föreningsrepresentant'])[1 + mod(g, 7)]",
                "seat_kind": "(%(seats)s::text[])[1 + mod(g - 1, %(n_seats)s)]",
                "organisation": "(%(org_ids)s::bigint[])[g]",
                "term_start": "%(week0)s::date",
                "term_end": "NULL",
                "is_chair": "g = 1",
                "is_secretary": "g = 5",
                "user": "NULL",
            },
            params={**p, "seats": seats, "n_seats": len(seats)},
        )
        # Eight a year on Tuesdays at 15:00 Stockholm (14:00 UTC): the past ones have approved
        # minutes, the next one a published agenda, the one after it is still planned.
        loaded["council_meetings"] = insert_select(
            cursor,
            model("bra_council", "CouncilMeeting"),
            source="""(SELECT g, %(week_end)s::timestamptz + interval '29 days 14 hours'
                           - (%(n)s - g) * interval '45 days' AS at
                       FROM generate_series(1, %(n)s) AS g) AS m""",
            exprs={
                "starts_at": "m.at",
                "ends_at": "m.at + interval '2 hours'",
                "place": "'Stadshuset, Hjo'",
                "status": "CASE WHEN m.at + interval '10 days' < now() THEN 'minutes_approved' "
                "WHEN m.at < now() THEN 'held' WHEN m.g = %(n)s - 1 THEN 'agenda_published' "
                "WHEN m.at - interval '30 days' < now() THEN 'agenda_published' "
                "ELSE 'planned' END",
                "public_notes": "'Mötet är öppet för allmänheten under de publika punkterna.'",
                "adjuster": "NULL",
                "minutes_approved_at": "CASE WHEN m.at + interval '10 days' < now() "
                "THEN m.at + interval '10 days' END",
                "created_at": "m.at - interval '60 days'",
                "updated_at": "LEAST(m.at + interval '10 days', now())",
            },
            params={**p, "n": COUNCIL_MEETINGS},
        )
        loaded["agenda_items"] = insert_select(
            cursor,
            model("bra_council", "AgendaItem"),
            source="""(SELECT c.id AS meeting_id, c.starts_at, c.status, i AS g
                       FROM bra_council_councilmeeting c
                       CROSS JOIN generate_series(1, 6) AS i) AS a""",
            exprs={
                "meeting": "a.meeting_id",
                "position": "a.g",
                "title": "(ARRAY['Mötets öppnande', 'Lägesbild från EST', "
                "'Medborgarlöftet – uppföljning', 'Trygghetsvandring i centrum', "
                "'Personalärende', 'Övriga frågor'])[a.g]",
                "description": "'Underlag skickas ut en vecka före mötet.'",
                "kind": "(ARRAY['information', 'discussion', 'decision'])[1 + mod(a.g, 3)]",
                "is_public": "a.g <> 5",
                "is_standing": "a.g IN (1, 2, 6)",
                "presenter_member": "NULL",
                "presenter_organisation": "CASE WHEN a.g = 2 THEN (%(org_ids)s::bigint[])[1] END",
                "planned_minutes": "CASE WHEN a.g IN (1, 6) THEN 5 ELSE 20 END",
                "est_meeting_id": "NULL",
                "promise_id": "NULL",
                "minutes": "CASE WHEN a.status IN ('held', 'minutes_approved') "
                "THEN 'Rådet diskuterade punkten.' ELSE '' END",
                "decision": "CASE WHEN a.status IN ('held', 'minutes_approved') AND a.g = 4 "
                "THEN 'Rådet beslutade att genomföra trygghetsvandringen.' ELSE '' END",
            },
            params=p,
        )

    with timer.step(f"citizen promises ({PROMISES}), goals, activities, follow-ups"):
        # Four a year (one per area), yearly periods; the coming year's are drafts.
        promise_source = """(SELECT g, make_date(extract(year FROM %(week0)s::date)::int
                                 + (g - 1) / 4 + 1, 1, 1) AS starts
                             FROM generate_series(1, %(n)s) AS g) AS pr"""
        loaded["promises"] = insert_select(
            cursor,
            model("citizen_promises", "CitizenPromise"),
            source=promise_source,
            exprs={
                "title": "(ARRAY['Tryggare centrum', 'Lugnare hamn', 'Trafiksäker skolväg', "
                "'Mindre klotter'])[1 + mod(g - 1, 4)] || ' ' || extract(year FROM pr.starts)",
                "slug": "'medborgarlofte-' || extract(year FROM pr.starts) || '-' || g",
                "period_start": "pr.starts",
                "period_end": "(pr.starts + interval '1 year - 1 day')::date",
                "background": "'Många upplever otrygghet kvällstid. Polisen och kommunen lovar "
                "att göra något åt det tillsammans med invånarna.'",
                "basis": "'Medborgardialoger och trygghetsmätningen.'",
                "signed_on": "(pr.starts - interval '20 days')::date",
                "police_url": "''",
                "status": "CASE WHEN pr.starts > now() THEN 'draft' "
                "WHEN pr.starts + interval '2 years' < now() THEN 'archived' "
                "WHEN pr.starts + interval '1 year' < now() THEN 'followed_up' "
                "ELSE 'published' END",
                "published_at": "CASE WHEN pr.starts > now() THEN NULL "
                "ELSE pr.starts - interval '10 days' END",
                "created_at": "pr.starts - interval '30 days'",
            },
            params={**p, "n": PROMISES},
        )
        loaded["promise_goals"] = insert_select(
            cursor,
            model("citizen_promises", "PromiseGoal"),
            source="(SELECT c.id AS promise_id, i AS g FROM citizen_promises_citizenpromise c "
            "CROSS JOIN generate_series(1, 2) AS i) AS x",
            exprs={
                "promise": "x.promise_id",
                "text": "CASE WHEN x.g = 1 THEN 'Fler ska känna sig trygga kvällstid' "
                "ELSE 'Färre anmälningar om skadegörelse' END",
                "position": "x.g",
            },
            params={},
        )
        loaded["signatories"] = insert_select(
            cursor,
            model("citizen_promises", "Signatory"),
            source="(SELECT c.id AS promise_id, i AS g FROM citizen_promises_citizenpromise c "
            "CROSS JOIN generate_series(1, 2) AS i) AS x",
            exprs={
                "promise": "x.promise_id",
                "name": "CASE WHEN x.g = 1 THEN 'Lokalpolisområdeschef' ELSE 'Kommunstyrelsens "
                "ordförande' END",
                "title": "''",
                "party": "CASE WHEN x.g = 1 THEN 'police' ELSE 'municipality' END",
                "position": "x.g",
            },
            params={},
        )
        loaded["promise_activities"] = insert_select(
            cursor,
            model("citizen_promises", "PromiseActivity"),
            source="(SELECT c.id AS promise_id, c.period_start, i AS g "
            "FROM citizen_promises_citizenpromise c CROSS JOIN generate_series(1, 4) AS i) AS x",
            exprs={
                "promise": "x.promise_id",
                "text": "(ARRAY['Synlig polis vid torget fredagar', 'Trygghetsvandringar', "
                "'Bättre belysning i gångtunneln', 'Snabb klottersanering'])[x.g]",
                "responsible": "(ARRAY['police', 'both', 'municipality', 'organisation'])[x.g]",
                "organisation": "CASE WHEN x.g = 4 THEN (%(org_ids)s::bigint[])[2] END",
                "target": "'Minst en gång i månaden'",
                "status": "CASE WHEN x.period_start + interval '1 year' < now() THEN "
                "(CASE WHEN x.g = 3 THEN 'not_done' ELSE 'done' END) "
                "WHEN x.period_start < now() THEN 'ongoing' ELSE 'planned' END",
                "outcome": "''",
                "position": "x.g",
            },
            params=p,
        )
        # Each activity names one or two of the hot places (the evidence tables count there).
        cursor.execute(
            'INSERT INTO "citizen_promises_promiseactivity_places" (promiseactivity_id, place_id) '
            "SELECT a.id, (%(place_ids)s::bigint[])[k] FROM citizen_promises_promiseactivity a "
            "CROSS JOIN generate_series(1, 2) AS k WHERE k = 1 OR a.position <= 2",
            p,
        )
        loaded["follow_ups"] = insert_select(
            cursor,
            model("citizen_promises", "FollowUp"),
            source="(SELECT c.id AS promise_id, c.period_start, c.status, i AS g "
            "FROM citizen_promises_citizenpromise c CROSS JOIN generate_series(1, 2) AS i "
            "WHERE c.period_start + i * interval '6 months' < now()) AS x",
            exprs={
                "promise": "x.promise_id",
                "date": "(x.period_start + x.g * interval '6 months')::date",
                "covers_from": "(x.period_start + (x.g - 1) * interval '6 months')::date",
                "covers_to": "(x.period_start + x.g * interval '6 months' - interval '1 day')"
                "::date",
                "summary": "'Aktiviteterna har genomförts enligt plan.'",
                "is_published": "x.status <> 'draft'",
            },
            params={},
        )
        loaded["follow_up_results"] = insert_select(
            cursor,
            model("citizen_promises", "FollowUpResult"),
            source="(SELECT f.id AS follow_up_id, a.id AS activity_id, a.position AS g "
            "FROM citizen_promises_followup f JOIN citizen_promises_promiseactivity a "
            "ON a.promise_id = f.promise_id) AS x",
            exprs={
                "follow_up": "x.follow_up_id",
                "activity": "x.activity_id",
                "result": "'Genomfört som planerat.'",
                "status": "CASE WHEN x.g = 3 THEN 'ongoing' ELSE 'done' END",
            },
            params={},
        )
    return loaded


def freeze_meeting_pictures(cursor) -> int:
    """The real situation picture of each held meeting's period, as ``mark_held`` freezes it."""
    import json

    from django.core.serializers.json import DjangoJSONEncoder

    from est_incidents.models import EstMeeting
    from est_incidents.services import frozen_picture_of

    cursor.execute("ANALYZE est_incidents_incident")  # plans for the real data, not an empty table
    ids, pictures = [], []
    for meeting in EstMeeting.objects.held().order_by("starts_at"):
        picture = frozen_picture_of(
            meeting.period, actions_before=meeting.starts_at, now=meeting.starts_at
        )
        ids.append(meeting.pk)
        pictures.append(json.dumps(picture, cls=DjangoJSONEncoder))
    cursor.execute(
        "UPDATE est_incidents_estmeeting m SET frozen_picture = f.picture::jsonb "
        "FROM unnest(%s::bigint[], %s::text[]) AS f(id, picture) WHERE m.id = f.id",
        [ids, pictures],
    )
    return cursor.rowcount


# --- The load -------------------------------------------------------------------------------


def load(scale: float, *, out=sys.stdout, seed: float = 0.42, history: bool = True, vacuum=True):
    """Fill the current default database (already migrated, categories and places seeded)."""
    from django.apps import apps
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction

    from hjo_safety.records import lift_record_locks_in_this_transaction

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
        # The loader writes held meetings' reports and approved minutes of its own invented
        # data, which the database otherwise refuses (hjo_safety.records).
        lift_record_locks_in_this_transaction()
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

        with (
            timer.step(f"incidents ({n_incidents:,})"),
            without_secondary_indexes(cursor, Incident._meta.db_table, out),
        ):
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

        loaded |= load_meetings_and_promises(
            cursor,
            timer,
            {**base, "org_ids": org_ids, "user_ids": user_ids, "place_ids": place_ids},
            out,
        )

        if history:
            with timer.step("history ('+' records of every loaded model)"):
                for label in HISTORY_MODELS:
                    model = apps.get_model(label)
                    if hasattr(model, "history"):
                        with without_secondary_indexes(cursor, model.history.model._meta.db_table):
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
