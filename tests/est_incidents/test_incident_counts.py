"""The situation picture's summary table equals a recount of the incidents after any writes.

``IncidentRollup`` (every grouping, day, month and all-time rows) is kept by PostgreSQL triggers
(``est_incidents/counts.py``); hypothesis drives random sequences of every kind of write — a
form-like save, ``bulk_create``, ``QuerySet.update`` of each dimension, status changes (new →
reviewed → handled, one by one and all at once), a share, a purge of the texts, a raw SQL
``UPDATE``, single and bulk deletes — across daylight-saving changes,
midnight and the turn of a month and a year, and after each sequence the table must equal the
summaries computed in Python from a recount of the incidents.
"""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.db.models import Count
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from est_incidents.counts import (
    DAY,
    MAP_GROUPING,
    TOTAL,
    WEEKHOUR,
    expected_rollups,
    rebuild,
    split_period,
    stored_rollups,
)
from est_incidents.models import Category, Incident, IncidentRollup, IncidentShare, Place

pytestmark = pytest.mark.django_db(transaction=False)

# Instants around Stockholm's DST changes of 2026 (29 March, 25 October) and around midnight.
BASES = [
    datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
    datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
    datetime(2026, 6, 30, 21, 45, tzinfo=UTC),
    datetime(2025, 12, 31, 22, 59, tzinfo=UTC),
]

instants = st.builds(
    lambda base, minutes: base + timedelta(minutes=minutes),
    st.sampled_from(BASES),
    st.integers(min_value=-180, max_value=180),
)
points = st.one_of(
    st.none(),
    st.tuples(
        st.decimals(min_value=Decimal("58.29"), max_value=Decimal("58.32"), places=6),
        st.decimals(min_value=Decimal("14.26"), max_value=Decimal("14.31"), places=6),
    ),
)
STATUSES = [Incident.Status.NEW, Incident.Status.REVIEWED, Incident.Status.HANDLED]
operation = st.one_of(
    st.tuples(st.just("create"), instants, st.integers(0, 9), st.integers(0, 9), points),
    st.tuples(st.just("bulk_create"), st.lists(instants, min_size=1, max_size=4)),
    st.tuples(st.just("move"), st.integers(0, 30), instants),
    st.tuples(st.just("recategorise"), st.integers(0, 30), st.integers(0, 9)),
    st.tuples(st.just("replace"), st.integers(0, 30), st.integers(0, 9), points),
    st.tuples(st.just("reorganise"), st.integers(0, 30)),
    st.tuples(st.just("handle_all"), st.just(0)),
    st.tuples(st.just("set_status"), st.integers(0, 30), st.sampled_from(STATUSES)),
    st.tuples(st.just("review"), st.integers(0, 30)),
    st.tuples(st.just("share"), st.integers(0, 30)),
    st.tuples(st.just("purge_texts"), st.just(0)),
    st.tuples(st.just("raw_update"), st.integers(0, 30)),
    st.tuples(st.just("delete"), st.integers(0, 30)),
    st.tuples(st.just("delete_morning"), st.just(0)),
)


@pytest.fixture
def world(org_a, org_b):
    categories = list(Category.objects.filter(is_active=True).order_by("pk")[:10])
    places = [None, *Place.objects.filter(is_active=True).order_by("pk")[:9]]
    return {"orgs": [org_a, org_b], "categories": categories, "places": places}


def _pick(items, index):
    return items[index % len(items)]


def _apply(world, op):
    kind = op[0]
    ids = list(Incident.objects.order_by("pk").values_list("pk", flat=True))
    orgs, categories, places = world["orgs"], world["categories"], world["places"]
    if kind == "create":
        _, at, category, place, point = op
        Incident.objects.create(
            organisation=_pick(orgs, category),
            occurred_at=at,
            category=_pick(categories, category),
            place=_pick(places, place),
            latitude=point[0] if point else None,
            longitude=point[1] if point else None,
            description="Klotter",
            status=_pick(STATUSES, place),
        )
    elif kind == "bulk_create":
        Incident.objects.bulk_create(
            Incident(
                organisation=_pick(orgs, i),
                occurred_at=at,
                category=_pick(categories, i),
                place=_pick(places, i + 1),
                description="Skadegörelse",
            )
            for i, at in enumerate(op[1])
        )
    elif not ids:
        return
    elif kind == "move":
        Incident.objects.filter(pk=_pick(ids, op[1])).update(occurred_at=op[2])
    elif kind == "recategorise":
        incident = Incident.objects.get(pk=_pick(ids, op[1]))
        incident.category = _pick(categories, op[2])
        incident.save()
    elif kind == "replace":
        _, index, place, point = op
        Incident.objects.filter(pk=_pick(ids, index)).update(
            place=_pick(places, place),
            latitude=point[0] if point else None,
            longitude=point[1] if point else None,
        )
    elif kind == "reorganise":
        incident = Incident.objects.get(pk=_pick(ids, op[1]))
        other = next(o for o in orgs if o.pk != incident.organisation_id)
        Incident.objects.filter(pk=incident.pk).update(organisation=other)
    elif kind == "handle_all":  # the status: only the map's grouping changes
        Incident.objects.update(status=Incident.Status.HANDLED)
    elif kind == "set_status":
        Incident.objects.filter(pk=_pick(ids, op[1])).update(status=op[2])
    elif kind == "review":  # a form-like save: new -> reviewed -> handled
        incident = Incident.objects.get(pk=_pick(ids, op[1]))
        incident.status = {
            Incident.Status.NEW: Incident.Status.REVIEWED,
            Incident.Status.REVIEWED: Incident.Status.HANDLED,
        }.get(incident.status, Incident.Status.HANDLED)
        incident.save()
    elif kind == "share":  # counts no incident twice: the summary does not change
        incident = Incident.objects.get(pk=_pick(ids, op[1]))
        other = next(o for o in orgs if o.pk != incident.organisation_id)
        IncidentShare.objects.get_or_create(incident=incident, organisation=other)
    elif kind == "purge_texts":  # no dimension changes: nothing to count
        Incident.objects.update(description="", handling_note="", place_description="")
    elif kind == "raw_update":
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE est_incidents_incident SET occurred_at = occurred_at + interval '3 hours' "
                "WHERE id = %s",
                [_pick(ids, op[1])],
            )
    elif kind == "delete":
        Incident.objects.filter(pk=_pick(ids, op[1])).delete()
    elif kind == "delete_morning":
        Incident.objects.filter(occurred_at__hour__lt=6).delete()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, min_size=1, max_size=12))
def test_the_summary_equals_a_recount_after_random_writes(world, operations):
    try:
        with transaction.atomic():
            for op in operations:
                _apply(world, op)
            summary = stored_rollups()
            assert summary == expected_rollups()
            assert sum(n for key, (n, _k) in summary.items() if key[:2] == (0, DAY)) == (
                Incident.objects.count()
            )
            by_status = {}
            for key, (n, _k) in summary.items():
                if key[:2] == (MAP_GROUPING, TOTAL):
                    by_status[key[-1]] = by_status.get(key[-1], 0) + n
            assert by_status == {
                row["status"]: row["n"]
                for row in Incident.objects.values("status").annotate(n=Count("pk")).order_by()
            }
            assert not IncidentRollup.objects.filter(n__lte=0).exists()
            raise _Rollback
    except _Rollback:
        pass


class _Rollback(Exception):
    """Undo one example's writes (the next example starts from the same incidents)."""


def test_a_daylight_saving_night_counts_in_stockholm_hours(world):
    # 2026-10-25 00:30 UTC is 02:30 summer time; 01:30 UTC is 02:30 winter time: the same
    # Stockholm hour twice, on Sunday 25 October.
    for hour in (0, 1):
        Incident.objects.create(
            organisation=world["orgs"][0],
            occurred_at=datetime(2026, 10, 25, hour, 30, tzinfo=UTC),
            category=world["categories"][0],
            description="Bråk",
        )
    row = IncidentRollup.objects.get(grouping=WEEKHOUR, span=DAY)
    assert (row.day.isoformat(), divmod(row.weekhour, 24), row.n) == ("2026-10-25", (6, 2), 2)


def test_rebuild_and_the_check_command(world, capsys):
    Incident.objects.create(
        organisation=world["orgs"][1],
        occurred_at=datetime(2026, 5, 1, 12, tzinfo=UTC),
        category=world["categories"][1],
        place=world["places"][1],
        description="Nedskräpning",
    )
    IncidentRollup.objects.update(n=7)  # damaged, e.g. by a restore without the triggers
    with pytest.raises(CommandError):
        call_command("rebuild_incident_counts", "--check")
    assert rebuild() == len(expected_rollups())
    assert stored_rollups() == expected_rollups()
    call_command("rebuild_incident_counts", "--check")
    assert "stämmer" in capsys.readouterr().out


def test_the_picture_from_the_summary_equals_the_picture_from_a_recount(world):
    """The SQLite demo sums the recount instead of the table: both give the same picture."""
    from collections import namedtuple
    from datetime import date

    from est_incidents.counts import situation_aggregates
    from hjo_safety.models import Organisation

    days = namedtuple("days", "start end")
    for i in range(40):
        Incident.objects.create(
            organisation=_pick(world["orgs"], i),
            occurred_at=BASES[i % 4] + timedelta(hours=7 * i),
            category=_pick(world["categories"], i * 3),
            place=_pick(world["places"], i),
            latitude=Decimal("58.300500") + Decimal(i % 3) / 1000 if i % 5 else None,
            longitude=Decimal("14.280100") if i % 5 else None,
            description="Klotter",
        )
    for i in range(12):  # points without a place: hotspot cells
        Incident.objects.create(
            organisation=_pick(world["orgs"], i),
            occurred_at=BASES[i % 4] + timedelta(hours=11 * i),
            category=_pick(world["categories"], i),
            latitude=Decimal("58.301000") + Decimal(i % 2) / 500,
            longitude=Decimal("14.281000"),
            description="Klotter",
        )
    periods = {
        "period": days(date(2026, 3, 20), date(2026, 12, 31)),
        "previous": days(date(2025, 6, 1), date(2026, 3, 19)),
        "year_ago": days(date(2025, 3, 20), date(2025, 12, 31)),
        "trend": [
            days(date(2025, 1, 1), date(2025, 12, 31)),
            days(date(2026, 1, 1), date(2026, 12, 31)),
        ],
    }
    filter_sets = (
        {},
        {"category": world["categories"][0]},
        {"organisation": world["orgs"][1]},
        {"place": world["places"][1]},
        {"category": world["categories"][1], "organisation": world["orgs"][1]},
        {"category": world["categories"][0], "place": world["places"][1]},
        # Place and organisation: read from the day rows per category, place and organisation.
        {"place": world["places"][1], "organisation": world["orgs"][1]},
        {"place": world["places"][2], "organisation": world["orgs"][0]},
        {
            "category": world["categories"][0],
            "place": world["places"][1],
            "organisation": world["orgs"][0],
        },
    )

    def same(from_table, from_recount):
        for key in ("totals", "keys", "sub_rows", "top_rows", "org_rows", "grid", "points"):
            assert from_table[key] == from_recount[key], key
        # Plain ints (a Decimal equals its int, but is stored and shown differently).
        for key in ("totals", "keys"):
            assert {type(value) for value in from_table[key].values()} == {int}, key
        for row in (*from_table["place_rows"], *from_table["cell_rows"]):
            assert {type(value) for value in row.values()} == {int}, row
        assert sorted(map(str, from_table["place_rows"])) == sorted(
            map(str, from_recount["place_rows"])
        )
        assert sorted(map(str, from_table["cell_rows"])) == sorted(
            map(str, from_recount["cell_rows"])
        )

    organisation_ids = [org.pk for org in world["orgs"]]
    for filters in filter_sets:
        # The organisations' parts come from the same statements as the whole (the table), or
        # one recount per organisation: each equals the picture filtered to that organisation.
        parts = [filters["organisation"].pk] if "organisation" in filters else organisation_ids
        from_table = situation_aggregates(**periods, **filters, parts=parts)
        from_recount = situation_aggregates(**periods, **filters, recount=True, parts=parts)
        same(from_table, from_recount)
        every = situation_aggregates(**periods, **filters, every_part=True)
        assert set(every["parts"]) >= {row["organisation_id"] for row in every["org_rows"]}
        for pk in parts:
            alone = {**filters, "organisation": Organisation(pk=pk)}
            same(from_table["parts"][pk], situation_aggregates(**periods, **alone, recount=True))
            same(from_recount["parts"][pk], from_table["parts"][pk])
            if pk in every["parts"]:
                same(every["parts"][pk], from_table["parts"][pk])
        if not filters:
            assert from_table["totals"]["t1"] > 0 and from_table["points"]
            assert from_table["cell_rows"]


def test_a_period_splits_into_its_full_months_and_the_days_at_its_ends():
    from datetime import date

    assert split_period(date(2026, 1, 15), date(2026, 4, 10)) == (
        [date(2026, 2, 1), date(2026, 3, 1)],
        [(date(2026, 1, 15), date(2026, 1, 31)), (date(2026, 4, 1), date(2026, 4, 10))],
    )
    assert split_period(date(2024, 2, 1), date(2024, 2, 29)) == ([date(2024, 2, 1)], [])
    assert split_period(date(2026, 3, 2), date(2026, 3, 31)) == (
        [],
        [(date(2026, 3, 2), date(2026, 3, 31))],
    )


def test_a_years_picture_reads_as_many_rows_with_ten_times_the_incidents(world):
    """The picture's cost does not follow the data: ten times the incidents (in the same days,
    hours, categories, places and organisations) read exactly as many summary rows."""
    from datetime import date

    from est_incidents.situation import compute_situation
    from hjo_safety.dates import Period

    start = datetime(2025, 1, 1, 10, tzinfo=UTC)

    def add(minute):
        Incident.objects.bulk_create(
            Incident(
                organisation=_pick(world["orgs"], i),
                occurred_at=start + timedelta(hours=5 * i, minutes=minute),
                category=_pick(world["categories"], i),
                place=_pick(world["places"], i),
                description="Klotter",
            )
            for i in range(1700)  # one every five hours for a year
        )

    def rows_read():
        return _summary_rows_read(
            lambda: compute_situation(Period(date(2025, 1, 10), date(2025, 12, 20)))
        )

    add(0)
    once = rows_read()
    for minute in range(1, 10):
        add(minute)
    assert IncidentRollup.objects.filter(grouping=0, span=DAY).count() < 400
    assert rows_read() == once
    assert 0 < once < 17_000  # ten times the incidents: 17,000


def _summary_rows_read(compute) -> int:
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        compute()
    read = 0
    with connection.cursor() as cursor:
        for query in ctx.captured_queries:
            if "incidentrollup" not in query["sql"]:
                continue
            cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {query['sql']}")
            read += _rows_read(cursor.fetchone()[0][0]["Plan"])
    return read


def _rows_read(plan) -> int:
    scans = (
        "Scan" in plan["Node Type"] and plan.get("Relation Name") == IncidentRollup._meta.db_table
    )
    own = plan["Actual Rows"] * plan.get("Actual Loops", 1) if scans else 0
    return own + sum(_rows_read(child) for child in plan.get("Plans", []))
