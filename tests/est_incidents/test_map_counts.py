"""The staff map's counts per place from the summary table (``counts.map_place_counts``).

The map reads its counts per place from the summary's all-time rows per place, organisation and
status when its filters are at most a place, an organisation and a status, and counts the
incidents otherwise. Either way the numbers must be those of a live count of the incidents the
user may see (their organisations', and those shared with them), and a user of organisation A
never sees B's counts.
"""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from est_incidents.filters import filtered_incidents
from est_incidents.models import Incident, IncidentShare
from hjo_safety.models import Membership, Role
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory

pytestmark = pytest.mark.django_db

MAP = "/personal/karta/"
STATUSES = [Incident.Status.NEW, Incident.Status.REVIEWED, Incident.Status.HANDLED]


@pytest.fixture
def world(org_a, org_b):
    places = [PlaceFactory(name=f"Plats {i} (t)") for i in range(3)]
    only_b = PlaceFactory(name="Bara hos B (t)")
    parent = CategoryFactory(name="Skadegörelse (k)", code="k-skadegorelse")
    categories = [
        parent,
        CategoryFactory(name="Klotter (k)", code="k-klotter", parent=parent),
        CategoryFactory(name="Nedskräpning (k)", code="k-ned"),
    ]
    now = timezone.now()
    made = []
    for i in range(36):
        made.append(
            IncidentFactory(
                organisation=org_a if i % 3 else org_b,
                category=categories[i % 3],
                place=None if i % 7 == 0 else places[i % 3],
                status=STATUSES[i % 3],
                occurred_at=now - timedelta(days=i * 11),
                description=f"Händelse {i} klotter" if i % 4 == 0 else f"Händelse {i}",
            )
        )
    for status in STATUSES:
        IncidentFactory(organisation=org_b, place=only_b, category=categories[2], status=status)
    b_incidents = [incident for incident in made if incident.organisation_id == org_b.pk]
    IncidentShare.objects.create(incident=b_incidents[0], organisation=org_a)
    IncidentShare.objects.create(incident=b_incidents[1], organisation=org_a)
    withdrawn = IncidentShare.objects.create(incident=b_incidents[2], organisation=org_a)
    IncidentShare.objects.filter(pk=withdrawn.pk).update(
        withdrawn_at=withdrawn.shared_at + timedelta(minutes=1)
    )
    return {"places": places, "only_b": only_b, "categories": categories}


def live_counts(user, params):
    """What the map counted before the summary: the incidents themselves."""
    request = RequestFactory().get(MAP, params)
    request.user = user
    return list(filtered_incidents(request)[1].counts_by_place())


def map_counts(client, params):
    from django.db import connection

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(MAP, params)
    assert response.status_code == 200
    read_summary = any("incidentrollup" in query["sql"] for query in ctx.captured_queries)
    return response, response.context["place_counts"], read_summary


def filter_sets(world, org_a, org_b):
    place = world["places"][1].pk
    return [
        ({}, True),
        ({"status": "new"}, True),
        ({"status": "reviewed"}, True),
        ({"status": "handled"}, True),
        ({"plats": place}, True),
        ({"plats": place, "status": "handled"}, True),
        ({"organisation": org_a.pk}, True),
        ({"organisation": org_b.pk, "status": "new"}, True),
        ({"fran": (timezone.localdate() - timedelta(days=120)).isoformat()}, False),
        ({"till": (timezone.localdate() - timedelta(days=30)).isoformat()}, False),
        ({"kategori": world["categories"][0].pk}, False),
        ({"kategori": world["categories"][2].pk, "status": "handled"}, False),
        ({"q": "klotter"}, False),
        ({"q": "   "}, True),
        ({"delade": "1"}, False),
        ({"mina": "1"}, False),
        ({"status": "okänd"}, False),  # an invalid choice: the form's error, as before
    ]


@pytest.mark.parametrize("who", ["reporter_a", "reporter_b", "coordinator", "two_organisations"])
def test_the_maps_counts_equal_a_live_count_for_every_filter(
    client_for, request, who, world, org_a, org_b
):
    if who == "two_organisations":
        user = request.getfixturevalue("reporter_a")
        Membership.objects.create(user=user, organisation=org_b, role=Role.REPORTER)
    else:
        user = request.getfixturevalue(who)
    client = client_for(user)
    for params, from_summary in filter_sets(world, org_a, org_b):
        response, counts, read_summary = map_counts(client, params)
        expected = live_counts(user, params)
        assert counts == expected, params
        assert read_summary is from_summary, params
        assert response.context["total"] == sum(row["count"] for row in expected)
    # The fixture's data shows in the unfiltered counts at all (not two empty lists).
    assert live_counts(user, {})


def test_a_user_of_a_never_sees_bs_counts(client_for, reporter_a, reporter_b, world, org_a, org_b):
    only_b = world["only_b"].name
    for params in ({}, {"status": "handled"}, {"organisation": org_b.pk}):
        response, counts, _ = map_counts(client_for(reporter_a), params)
        table = response.content.decode().split('aria-labelledby="counts-heading"')[1]
        assert only_b not in table  # (the place filter lists every place, as before)
        assert only_b not in {row["place__name"] for row in counts}
    own = Incident.objects.filter(organisation=org_a).count()
    _, counts, _ = map_counts(client_for(reporter_a), {})
    assert sum(row["count"] for row in counts) == own + 2  # two active shares from B
    _, counts, _ = map_counts(client_for(reporter_b), {})
    assert {"place__name": only_b, "count": 3} in counts
    assert (
        sum(row["count"] for row in counts) == Incident.objects.filter(organisation=org_b).count()
    )


def test_the_counts_follow_status_changes_and_shares(client_for, reporter_a, world, org_a, org_b):
    client = client_for(reporter_a)
    mine = Incident.objects.filter(organisation=org_a).order_by("pk")
    incident = mine.filter(status="reviewed").first()
    incident.status = Incident.Status.NEW  # a form's save
    incident.save()
    created = IncidentFactory(organisation=org_a, place=world["places"][0], status="new")
    Incident.objects.filter(pk=created.pk).update(status=Incident.Status.REVIEWED)
    Incident.objects.filter(pk=created.pk).update(status=Incident.Status.HANDLED)
    Incident.objects.filter(pk=mine.filter(status="handled").first().pk).update(
        status=Incident.Status.REVIEWED
    )
    shared = Incident.objects.filter(organisation=org_b, shares__isnull=True).first()
    IncidentShare.objects.create(incident=shared, organisation=org_a)
    Incident.objects.filter(organisation=org_a, status="reviewed").first().delete()
    for params in ({}, {"status": "new"}, {"status": "reviewed"}, {"status": "handled"}):
        _, counts, read_summary = map_counts(client, params)
        assert read_summary
        assert counts == live_counts(reporter_a, params), params


def test_the_page_reads_as_many_summary_rows_with_ten_times_the_incidents(
    client_for, reporter_a, world, org_a
):
    """The map's counts cost the places and statuses, not the incidents."""
    from django.db import connection

    def add():
        Incident.objects.bulk_create(
            Incident(
                organisation=org_a,
                category=world["categories"][1],
                place=world["places"][i % 3],
                status=STATUSES[i % 3],
                occurred_at=timezone.now() - timedelta(hours=i),
                description="Klotter",
            )
            for i in range(300)
        )

    def summary_rows_read():
        with CaptureQueriesContext(connection) as ctx:
            client_for(reporter_a).get(MAP, {"status": "handled"})
        (sql,) = [q["sql"] for q in ctx.captured_queries if "incidentrollup" in q["sql"]]
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
            return _rows_read(cursor.fetchone()[0][0]["Plan"])

    add()
    once = summary_rows_read()
    for _ in range(9):
        add()
    assert summary_rows_read() == once <= 10


def _rows_read(plan) -> int:
    own = 0
    if "Scan" in plan["Node Type"] and plan.get("Relation Name") == "est_incidents_incidentrollup":
        own = plan["Actual Rows"] * plan.get("Actual Loops", 1)
    return own + sum(_rows_read(child) for child in plan.get("Plans", []))
