"""Evidence beside activities: incidents per place and released quarter, aggregated, small
counts hidden (``safety_statistics.promise_evidence``, shown through the ``promise_detail``
extension)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from est_incidents.disclosure import released
from est_incidents.models import ReleasedIncident
from est_incidents.publication import Release, current_release
from safety_statistics.promise_evidence import evidence_for, quarters_for
from safety_statistics.public_figures import area_quarter_cells
from safety_statistics.suppression import SHOWN, SMALL, primary_state
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.disclosed import plain
from tests.est_incidents.factories import (
    IncidentFactory,
    PlaceFactory,
    registered_when_they_occurred,
)

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def at(*args):
    return datetime(*args, tzinfo=STOCKHOLM)


@pytest.mark.parametrize(
    ("count", "shown"),
    [(0, "färre än 5"), (1, "färre än 5"), (4, "färre än 5"), (5, "5"), (6, "6"), (123, "123")],
)
def test_counts_below_five_are_suppressed(count, shown):
    assert str(released(count, primary_state(count))) == shown


def test_quarters_cover_the_year_before_and_the_period_as_far_as_released():
    promise = CitizenPromiseFactory.build(
        period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)
    )
    # On 10 August 2025 the months up to June are released (on 15 July): kv. 2 is the last.
    quarters = quarters_for(promise, current_release(date(2025, 8, 10)))
    labels = [q.label for q in quarters]
    assert labels == [
        "2024 kv. 1",
        "2024 kv. 2",
        "2024 kv. 3",
        "2024 kv. 4",
        "2025 kv. 1",
        "2025 kv. 2",
    ]
    assert [q.before_promise for q in quarters] == [True] * 4 + [False] * 2
    # Kv. 3 only once September is released (15 October), never a running quarter.
    assert len(quarters_for(promise, current_release(date(2025, 10, 14)))) == 6
    assert len(quarters_for(promise, current_release(date(2025, 10, 15)))) == 7
    # A promise that has ended: all of its quarters.
    assert len(quarters_for(promise, current_release(date(2027, 1, 1)))) == 8


def test_counts_are_grouped_by_swedish_quarters():
    place = PlaceFactory(name="Hamnen (test)")
    other = PlaceFactory(name="Torget (test)")
    IncidentFactory(place=place, occurred_at=at(2025, 3, 31, 23, 30))  # Q1 in Stockholm
    IncidentFactory(place=place, occurred_at=at(2025, 4, 1, 0, 30))  # Q2 (still March in UTC)
    for day in range(1, 6):
        IncidentFactory(place=place, occurred_at=at(2025, 5, day, 12))
    IncidentFactory(place=other, occurred_at=at(2025, 5, 1, 12))
    IncidentFactory(place=place, occurred_at=at(2026, 1, 1, 0, 1))  # outside the range
    registered_when_they_occurred()
    quarters = [date(2025, 1, 1), date(2025, 4, 1), date(2025, 7, 1), date(2025, 10, 1)]
    cells = area_quarter_cells(
        Release(last_month=date(2026, 1, 1)), [place.pk, other.pk], quarters, date(2025, 3, 31)
    )
    assert (
        str(cells[(place.pk, date(2025, 1, 1))]),
        cells[(place.pk, date(2025, 1, 1))].state,
    ) == (
        "färre än 5",
        SMALL,
    )
    # April 1 + May 5: both months are released with their states, April "färre än 5" and
    # May 5 shown; June is "färre än 5" as well, so the quarter's 6 is shown.
    assert plain(cells[(place.pk, date(2025, 4, 1))]) == 6
    assert cells[(place.pk, date(2025, 4, 1))].state == SHOWN
    assert cells[(other.pk, date(2025, 4, 1))].state == SMALL
    assert cells[(place.pk, date(2025, 10, 1))].state == SMALL


def test_evidence_for_a_whole_page_is_one_group_by_query_and_the_mapping_start():
    promise = CitizenPromiseFactory(
        published=True, period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)
    )
    places = [PlaceFactory() for _ in range(3)]
    for index, place in enumerate(places):
        PromiseActivityFactory(promise=promise, places=[place, places[(index + 1) % 3]])
        IncidentFactory(place=place, occurred_at=at(2025, 2, 1, 12))
    registered_when_they_occurred()
    PromiseActivityFactory(promise=promise)  # names no place: no table
    activities = list(promise.activities.prefetch_related("places"))
    release = current_release(date(2026, 2, 1))
    ReleasedIncident.objects.of_release(release)  # the release's copy, taken by its first read
    with CaptureQueriesContext(connection) as ctx:
        tables = evidence_for(promise, activities, release)
    # When the mapping began, the main categories and the places (the same cells as the
    # figures page decides), and the counts; twice, whether the release is copied.
    assert len(ctx.captured_queries) == 6
    assert "MIN(" in ctx.captured_queries[1]["sql"]
    assert "GROUP BY" in ctx.captured_queries[-1]["sql"]
    assert len(tables) == 3
    first = tables[activities[0].pk]
    assert [place.pk for place in first.places] == [places[0].pk, places[1].pk]
    assert len(first.rows) == 8
    # The mapping began in 2025 kv. 1: the year before has no figures at all.
    assert all(str(cell) == "ej kartlagt" for _quarter, cells in first.rows[:4] for cell in cells)
    assert all(str(cell) == "färre än 5" for _quarter, cells in first.rows[4:] for cell in cells)


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
    # 7 in Q1 2024, the year before: 1 in January, 6 in February, none in March (two months
    # hidden, so the quarter's 7 gives neither away).
    IncidentFactory(place=place, occurred_at=at(2024, 1, 5, 12))
    for day in range(1, 7):
        IncidentFactory(place=place, occurred_at=at(2024, 2, day, 12))
    registered_when_they_occurred()

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
    for day in range(1, 6):
        IncidentFactory(place=place, occurred_at=at(2025, 6, day, 12))
    registered_when_they_occurred()
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
    assertContains(response, '<tr><th scope="row">2025 kv. 2</th><td>13</td></tr>', html=True)
    assertContains(response, "Kartläggningen började 1 maj 2025.")
