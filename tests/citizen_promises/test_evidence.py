"""Evidence beside activities: incidents per place and quarter, aggregated, small counts hidden."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from citizen_promises.evidence import (
    display_count,
    evidence_for,
    incident_counts,
    quarters_for,
)
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.factories import IncidentFactory, PlaceFactory

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def at(*args):
    return datetime(*args, tzinfo=STOCKHOLM)


@pytest.mark.parametrize(
    ("count", "shown"),
    [(0, "färre än 5"), (1, "färre än 5"), (4, "färre än 5"), (5, "5"), (6, "6"), (123, "123")],
)
def test_counts_below_five_are_suppressed(count, shown):
    assert display_count(count) == shown


def test_quarters_cover_the_year_before_and_the_period_up_to_today():
    promise = CitizenPromiseFactory.build(
        period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)
    )
    quarters = quarters_for(promise, today=date(2025, 8, 10))
    labels = [q.label for q in quarters]
    assert labels == [
        "2024 kv. 1",
        "2024 kv. 2",
        "2024 kv. 3",
        "2024 kv. 4",
        "2025 kv. 1",
        "2025 kv. 2",
        "2025 kv. 3",
    ]
    assert [q.before_promise for q in quarters] == [True] * 4 + [False] * 3
    # A promise that has ended: all of its quarters.
    assert len(quarters_for(promise, today=date(2027, 1, 1))) == 8


def test_counts_are_grouped_by_swedish_quarters():
    place = PlaceFactory(name="Hamnen (test)")
    other = PlaceFactory(name="Torget (test)")
    IncidentFactory(place=place, occurred_at=at(2025, 3, 31, 23, 30))  # Q1 in Stockholm
    IncidentFactory(place=place, occurred_at=at(2025, 4, 1, 0, 30))  # Q2 (still March in UTC)
    IncidentFactory(place=place, occurred_at=at(2025, 5, 1, 12))
    IncidentFactory(place=other, occurred_at=at(2025, 5, 1, 12))
    IncidentFactory(place=place, occurred_at=at(2026, 1, 1, 0, 1))  # outside the range
    counts = incident_counts({place.pk, other.pk}, date(2025, 1, 1), date(2026, 1, 1))
    assert counts == {
        (place.pk, date(2025, 1, 1)): 1,
        (place.pk, date(2025, 4, 1)): 2,
        (other.pk, date(2025, 4, 1)): 1,
    }


def test_evidence_for_a_whole_page_is_one_group_by_query_and_the_mapping_start():
    promise = CitizenPromiseFactory(
        published=True, period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)
    )
    places = [PlaceFactory() for _ in range(3)]
    for index, place in enumerate(places):
        PromiseActivityFactory(promise=promise, places=[place, places[(index + 1) % 3]])
        IncidentFactory(place=place, occurred_at=at(2025, 2, 1, 12))
    PromiseActivityFactory(promise=promise)  # names no place: no table
    activities = list(promise.activities.prefetch_related("places"))
    with CaptureQueriesContext(connection) as ctx:
        tables = evidence_for(promise, activities, today=date(2026, 2, 1))
    assert len(ctx.captured_queries) == 2  # when the mapping began, and the counts
    assert "MIN(" in ctx.captured_queries[0]["sql"]
    assert "GROUP BY" in ctx.captured_queries[1]["sql"]
    assert len(tables) == 3
    first = tables[activities[0].pk]
    assert [place.pk for place in first.places] == [places[0].pk, places[1].pk]
    assert len(first.rows) == 8
    # The mapping began in 2025 kv. 1: the year before has no figures at all.
    assert all(cell == "ej kartlagt" for _quarter, cells in first.rows[:4] for cell in cells)
    assert all(cell == "färre än 5" for _quarter, cells in first.rows[4:] for cell in cells)


def test_detail_page_shows_the_evidence_table_with_suppression(client):
    promise = CitizenPromiseFactory(
        published=True, period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)
    )
    place = PlaceFactory(name="Hamnen (test)")
    PromiseActivityFactory(promise=promise, places=[place])
    for day in range(1, 5):  # 4 in Q1 2025
        IncidentFactory(place=place, occurred_at=at(2025, 2, day, 12), description=f"Detalj {day}")
    for day in range(1, 6):  # 5 in Q2 2025
        IncidentFactory(place=place, occurred_at=at(2025, 5, day, 12))
    for day in range(1, 8):  # 7 in Q1 2024, the year before
        IncidentFactory(place=place, occurred_at=at(2024, 2, day, 12))

    response = client.get(promise.get_absolute_url())
    assertContains(response, '<th scope="col">Hamnen (test)</th>', html=True)
    assertContains(
        response,
        '<tr><th scope="row">2025 kv. 1</th><td>färre än 5</td></tr>',
        html=True,
    )
    assertContains(response, '<tr><th scope="row">2025 kv. 2</th><td>5</td></tr>', html=True)
    assertContains(
        response,
        '<tr class="evidence-before"><th scope="row">2024 kv. 1 '
        '<span class="evidence-note">(före löftet)</span></th><td>7</td></tr>',
        html=True,
    )
    # The evidence table and the effect table beside the activity ("Hjälpte det?").
    assertContains(response, "<caption", count=2)
    # Counts only: no incident's description reaches the citizen.
    assertNotContains(response, "Detalj 1")


def test_quarters_before_the_mapping_began_say_so_instead_of_a_count(client):
    """The mapping began in May 2025: 2024 and 2025 kv. 1 are "ej kartlagt", not "färre än 5",
    so the first mapped quarter does not read as a rise."""
    promise = CitizenPromiseFactory(
        published=True, period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)
    )
    place = PlaceFactory(name="Hamnen (test)")
    PromiseActivityFactory(promise=promise, places=[place])
    for day in range(1, 9):
        IncidentFactory(place=place, occurred_at=at(2025, 5, day, 12))
    response = client.get(promise.get_absolute_url())
    assertContains(
        response,
        '<tr class="evidence-before"><th scope="row">2024 kv. 4 '
        '<span class="evidence-note">(före kartläggningen)</span></th><td>ej kartlagt</td></tr>',
        html=True,
    )
    assertContains(
        response,
        '<tr><th scope="row">2025 kv. 1 <span class="evidence-note">(före kartläggningen)</span>'
        "</th><td>ej kartlagt</td></tr>",
        html=True,
    )
    assertContains(response, '<tr><th scope="row">2025 kv. 2</th><td>8</td></tr>', html=True)
    assertContains(response, "Kartläggningen började 1 maj 2025.")
