"""The situation picture runs a fixed number of queries whatever the amount of data."""

import random
from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from est_incidents.models import Incident
from est_incidents.situation import compute_situation
from hjo_safety.dates import Period
from tests.est_incidents.factories import CategoryFactory, PlaceFactory
from tests.est_incidents.meeting_factories import EstActionFactory, PoliceEventFactory
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def grow_incidents(count, *, seed=1):
    """``count`` incidents over the last 60 days, spread over categories, places and points."""
    rnd = random.Random(seed)
    parent = CategoryFactory(code="q-parent", name="Q huvud")
    categories = [CategoryFactory(code=f"q-{i}", name=f"Q {i}", parent=parent) for i in range(4)]
    places = [PlaceFactory(name=f"Q plats {i}") for i in range(5)] + [None]
    organisations = [OrganisationFactory(name=f"Q org {i}") for i in range(4)]
    now = timezone.now()
    rows = []
    for _ in range(count):
        place = rnd.choice(places)
        point = place is None or rnd.random() < 0.3
        rows.append(
            Incident(
                organisation=rnd.choice(organisations),
                category=rnd.choice(categories),
                place=place,
                latitude=Decimal("58.29") + Decimal(rnd.randrange(0, 3000)) / 100000
                if point
                else None,
                longitude=Decimal("14.27") + Decimal(rnd.randrange(0, 3000)) / 100000
                if point
                else None,
                occurred_at=now - timedelta(minutes=rnd.randrange(0, 60 * 24 * 60)),
                description="x",
            )
        )
    Incident.objects.bulk_create(rows, batch_size=1000)
    PoliceEventFactory.create_batch(3)
    EstActionFactory.create_batch(2)


def registered_between(start, end):
    """Incidents that occurred from local midnight of ``start`` to the end of ``end``, counted
    without the situation picture's code."""
    first = timezone.make_aware(datetime.combine(start, time.min))
    after = timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min))
    return Incident.objects.filter(occurred_at__gte=first, occurred_at__lt=after).count()


def test_query_count_is_constant_from_10_to_5000_incidents(assert_constant_queries):
    today = timezone.localdate()
    grow_incidents(10, seed=1)
    start = today - timedelta(days=27)

    totals = []

    def fetch():
        totals.append(compute_situation(Period(start, today))["total"])

    count = assert_constant_queries(fetch, lambda: grow_incidents(4990, seed=2))
    assert totals[-1] == registered_between(start, today) > 1000  # of 5000 over 60 days
    assert count <= 9  # six statements over the summaries, the tips, police events, actions
    assert Incident.objects.count() == 5000
    total = compute_situation(Period(today - timedelta(days=59), today))["total"]
    assert 4000 < total == registered_between(today - timedelta(days=59), today)


def test_situation_page_query_count(
    client_for, reporter_a, assert_constant_queries, django_assert_max_num_queries
):
    client = client_for(reporter_a)
    grow_incidents(10, seed=3)

    def fetch():
        assert client.get("/personal/lagesbild/").status_code == 200

    def grow():
        grow_incidents(500, seed=4)
        # The growth adds places and categories, so the filter fields' cache (keyed by the
        # choice tables' version) renders once more: compare the warm pages, as users get them.
        fetch()

    count = assert_constant_queries(fetch, grow)
    with django_assert_max_num_queries(count):
        fetch()
    # Measured 26 on a page whose kept parts are rendered afresh (each kept page reads far
    # fewer): the session and the user (2); the data versions: the viewer's key, the picture's
    # and the shared choices' (3); the user's and the groups' permissions for the menu's flags
    # (2); the staff menu's count of shares waiting (1, kept under the version otherwise); the
    # next EST meeting (1); the picture with the viewer's own organisation's exact part summed
    # in the same statements (9: six over the summaries, each reading the whole and the own
    # part, with the places' and names' joins; the citizens' tips; police events; EST actions;
    # issue 23: the own part took 10 queries more before); the interventions beside them (1);
    # the filter fields' places, categories and organisations (3); the map's places (1); the
    # safety walks (1) and planned events (1) now in the lägesbild; the footer's contact
    # details (1).
    assert count <= 26
