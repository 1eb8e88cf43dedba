"""/trygghet-i-siffror/ and its GeoJSON: the public map's privacy rules, the crime statistics
beside it, caching and a constant number of queries.

The clock stands still at 20 November 2026 (``today``): the current release is that of
15 November, with every month up to October 2026; the map shows 2026 kv. 3."""

import json
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from est_incidents.models import Category, Place
from safety_statistics.demo import SAMPLE_FILE
from safety_statistics.public_figures import (
    CELL_LAT,
    CELL_LNG,
    MONTH,
    QUARTER,
    STOCKHOLM,
    compute_public_figures,
)
from safety_statistics.suppression import HIDDEN, SHOWN, SMALL
from tests.est_incidents.disclosed import plain
from tests.est_incidents.factories import (
    CategoryFactory,
    IncidentFactory,
    PlaceFactory,
    registered_when_they_occurred,
)

pytestmark = pytest.mark.django_db


def text_state(cell):
    """What a visitor reads for a ``Disclosed`` cell, and its state (the CSS class)."""
    return str(cell), cell.state


PAGE = "/trygghet-i-siffror/"
CELLS = "/trygghet-i-siffror/celler.geojson"
# A spot in the town and an isolated farm road far from it (its own ~250 m cell).
TOWN = (Decimal("58.304200"), Decimal("14.287300"))
FARM = (Decimal("58.262100"), Decimal("14.102100"))
TODAY = datetime(2026, 11, 20, 10, 0, tzinfo=STOCKHOLM)


def on(day: date, hour=12):
    return datetime.combine(day, time(hour, 7), STOCKHOLM)


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(TODAY, tick=False):
        yield TODAY.date()


@pytest.fixture
def world(org_a, org_b):
    """August 2026: a busy town centre (18) and a quiet farm (3); July: the harbour (6).
    On the map the farm's 3 would be derivable from the town's and the harbour's counts, so
    the harbour's cell is hidden too. Not published: 3 in November (not released yet) and one
    for September registered only today (after September's release day)."""
    category = CategoryFactory(name="Skadegörelse (test)", code="skadegorelse-test")
    sub = CategoryFactory(name="Klotter (test)", code="klotter-test", parent=category)
    other = CategoryFactory(name="Nedskräpning (test)", code="nedskrapning-test")
    torget = PlaceFactory(name="Torget (test)", latitude=TOWN[0], longitude=TOWN[1])
    farm = PlaceFactory(name="Gården (test)", latitude=FARM[0], longitude=FARM[1])
    for index in range(12):
        IncidentFactory(
            organisation=org_a,
            category=sub if index % 2 else category,
            place=torget,
            latitude=TOWN[0],
            longitude=TOWN[1] + Decimal(index) / 100000,
            occurred_at=on(date(2026, 8, 1 + index)),
            description="Någon sprejade NAMN på väggen",
        )
    for index in range(6):
        IncidentFactory(
            organisation=org_b,
            category=other,
            place=torget,
            occurred_at=on(date(2026, 8, 14 + index)),
        )
    for index in range(3):
        IncidentFactory(
            organisation=org_b,
            category=other,
            place=farm,
            latitude=FARM[0],
            longitude=FARM[1],
            occurred_at=on(date(2026, 8, 20 + index)),
        )
    hamnen = PlaceFactory(
        name="Hamnen (test)", latitude=Decimal("58.306900"), longitude=Decimal("14.292800")
    )
    for index in range(6):
        IncidentFactory(
            organisation=org_a,
            category=other,
            place=hamnen,
            occurred_at=on(date(2026, 7, 1 + index)),
        )
    for index in range(3):  # November: released on 15 December
        IncidentFactory(
            organisation=org_a,
            category=other,
            place=farm,
            occurred_at=on(date(2026, 11, 2 + index)),
        )
    registered_when_they_occurred()
    # Logged today for September (released on 15 October): never counted.
    IncidentFactory(
        organisation=org_a, category=other, place=farm, occurred_at=on(date(2026, 9, 30))
    )
    return {"category": category, "other": other, "torget": torget, "farm": farm}


def shown_numbers(html):
    return [int(n) for n in re.findall(r'class="text-end facts-shown">(\d+)</td>', html)]


def test_the_page_is_public_and_states_its_privacy_rules(world, client):
    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Trygghet i siffror" in html
    assert "14 dagar efter att månaden tagit slut" in html
    assert "”färre än 5”" in html
    assert "inga beskrivningar, inga klockslag" in html
    assert reverse("promises:list") in html


def test_a_cell_with_one_to_four_incidents_is_never_shown_as_a_number(world, client):
    html = client.get(PAGE).content.decode()
    cells = json.loads(client.get(CELLS).content)
    assert [f["properties"]["antal"] for f in cells["features"]] == [18]  # the town only
    assert all(feature["properties"]["antal"] >= 5 for feature in cells["features"])
    farm_lng = float(FARM[1])
    assert not any(
        feature["geometry"]["coordinates"][0][0][0]
        <= farm_lng
        <= feature["geometry"]["coordinates"][0][1][0]
        for feature in cells["features"]
    ), "the farm's cell (3 incidents) is left out"
    page_cells = json.loads(re.search(r'id="facts-cells"[^>]*>(.*?)</script>', html).group(1))
    assert page_cells == cells
    # Every count in the tables is 5 or more, else a phrase; the farm's 3 appears nowhere.
    assert all(number >= 5 for number in shown_numbers(html))
    assert "färre än 5" in html
    assert '<th scope="row">Gården' not in html  # not a map cell's row either


def test_only_the_released_months_appear_and_the_release_dates_are_stated(world, client):
    figures = compute_public_figures(by=MONTH)
    assert figures.last_published_day == date(2026, 10, 31)
    assert figures.release.released_on == date(2026, 11, 15)
    assert figures.release.next_release_on == date(2026, 12, 15)
    # Month totals (sums of the shown counts): July 6, August 12 + 9; no November, and the
    # late-registered September incident is not counted.
    totals = {label: str(cells[-1]) for label, cells in figures.by_category.rows}
    assert totals["juli 2026"] == "6"
    assert totals["augusti 2026"] == "21"
    assert totals["september 2026"] == "–"
    assert "november 2026" not in totals
    assert figures.by_category.rows[-1] == (
        "Summa juli 2026 – oktober 2026",
        figures.by_category.rows[-1][1],
    )
    assert str(figures.by_category.rows[-1][1][-1]) == "27"  # not 31 or 28
    html = client.get(PAGE).content.decode()
    assert "Senast publicerad: 15 november 2026 · nästa publicering: 15 december 2026" in html
    # The map is the last released quarter.
    assert figures.map_start == date(2026, 7, 1)
    assert "1 juli 2026 – 30 september 2026" in html


def test_only_whole_quarters_and_a_quarter_never_gives_a_month_away(world):
    figures = compute_public_figures(by=QUARTER)
    labels = [label for label, _cells in figures.by_category.rows]
    assert labels == ["2026 kv. 3", "Summa 2026 kv. 3 – 2026 kv. 3"]  # no running kv. 4
    column = figures.by_category.columns.index("Nedskräpning (test)")
    # July 6 and August 9 shown, September 0 "färre än 5": the quarter's 15 would give the
    # September figure away, so the quarter is not shown.
    assert text_state(figures.by_category.rows[0][1][column]) == ("visas inte", HIDDEN)
    # The totals are sums of the shown counts only (12 of Skadegörelse).
    assert str(figures.by_category.rows[0][1][-1]) == "12"


def test_no_endpoint_serves_finer_data_to_an_anonymous_visitor(world, client):
    html = client.get(PAGE).content.decode()
    geojson = client.get(CELLS).content.decode()
    for text in (html, geojson):
        assert "NAMN" not in text and "sprejade" not in text  # no free text
        assert "14.2873" not in text and "14,2873" not in text  # no incident's own point
        assert org_name_free(text)
    for feature in json.loads(geojson)["features"]:
        ring = feature["geometry"]["coordinates"][0]
        assert ring[1][0] - ring[0][0] == pytest.approx(float(CELL_LNG))
        assert ring[2][1] - ring[1][1] == pytest.approx(float(CELL_LAT))
        assert set(feature["properties"]) == {"antal", "nara"}
    # The staff map, list, export and situation picture stay behind the login.
    for name in [
        "est:incident_map",
        "est:incident_list",
        "est:incident_export",
        "est:situation_picture",
    ]:
        assert client.get(reverse(name)).status_code == 302


def org_name_free(text):
    return "(test)" not in text.replace("Skadegörelse (test)", "").replace(
        "Nedskräpning (test)", ""
    ).replace("Torget (test)", "").replace("Gården (test)", "").replace(
        "Klotter (test)", ""
    ).replace("Hamnen (test)", "")


@pytest.mark.parametrize("by", [QUARTER, MONTH])
def test_every_total_is_the_sum_of_the_shown_counts_it_covers(world, by):
    figures = compute_public_figures(by=by)

    def number(cell):
        return plain(cell) if cell.state == SHOWN else 0

    for table in (figures.by_category, figures.by_area):
        grid = [cells for _label, cells in table.rows]
        for cells in grid[:-1]:  # each period's total: the last column
            assert number(cells[-1]) == sum(number(cell) for cell in cells[:-1])
        for column in zip(*grid, strict=True):  # each column's total: the last row
            assert number(column[-1]) == sum(number(cell) for cell in column[:-1])
    yearly = {year["year"]: str(year["count"]) for year in figures.yearly}
    assert yearly == {2026: "27"}
    assert figures.yearly[0]["label"] == "2026 (jul–okt)"


def test_a_total_never_includes_a_small_count_nor_gives_it_away(org_a):
    """One month: 12 of one category, 3 of another, all at Hamnen. The total reads only what is
    shown, and since Hamnen's 15 in the area table is the month's true total, the 12 is
    hidden too (15 − 12 would be the 3)."""
    Category.objects.filter(parent__isnull=False).delete()
    Category.objects.all().delete()  # only these two main categories
    big = CategoryFactory(name="Stor (test)", code="stor-test")
    small = CategoryFactory(name="Liten (test)", code="liten-test")
    place = PlaceFactory(name="Hamnen (test)")
    for _ in range(12):
        IncidentFactory(
            organisation=org_a, category=big, place=place, occurred_at=on(date(2026, 9, 3))
        )
    for _ in range(3):
        IncidentFactory(
            organisation=org_a, category=small, place=place, occurred_at=on(date(2026, 9, 4))
        )
    registered_when_they_occurred()
    figures = compute_public_figures(by=MONTH)
    columns = figures.by_category.columns
    label, row = figures.by_category.rows[0]
    assert label == "september 2026"
    small, hidden = row[columns.index("Liten (test)")], row[columns.index("Stor (test)")]
    assert (str(small), small.state) == ("färre än 5", SMALL)
    assert (str(hidden), hidden.state) == ("visas inte", HIDDEN)
    assert str(row[-1]) == "–"
    areas = figures.by_area.rows[0][1]
    assert plain(areas[figures.by_area.columns.index("Hamnen (test)")]) == 15
    assert plain(areas[-1]) == 15


def test_the_mapping_start_is_stated_and_earlier_quarters_are_left_out(org_a):
    IncidentFactory(organisation=org_a, occurred_at=on(date(2026, 5, 10)))
    registered_when_they_occurred()
    figures = compute_public_figures()
    assert figures.mapping_began == date(2026, 5, 10)
    assert figures.quarters == [date(2026, 4, 1), date(2026, 7, 1)]
    assert compute_public_figures(by=MONTH).quarters[0] == date(2026, 5, 1)
    html = Client().get(PAGE).content.decode()
    assert "Kartläggningen började i" in html


def test_crime_statistics_per_year_and_per_thousand_are_beside_the_map(world, client):
    from django.core.management import call_command

    call_command("import_crime_statistics", file=str(SAMPLE_FILE), verbosity=0)
    html = client.get(PAGE).content.decode()
    assert "Polisens statistik: anmälda brott" in html
    assert "Stöld- och tillgreppsbrott" in html
    assert "Exempeldata" in html
    # 212 thefts in 2023 among 9 270 inhabitants (the seeded sample population): 22,9 per 1 000.
    assert "22,9" in html


def test_per_month(world, client):
    html = client.get(PAGE + "?per=manad").content.decode()
    assert "Händelser per huvudkategori och månad" in html
    assert "Visa per kvartal" in html
    assert all(number >= 5 for number in shown_numbers(html))


def test_empty_portal_renders(client):
    response = client.get(PAGE)
    assert response.status_code == 200
    assert "Ingen brottsstatistik är inläst ännu." in response.content.decode()


def grow(org, n):
    category = CategoryFactory(name="Fler (test)", code="fler-test")
    places = [PlaceFactory(name=f"Plats {i} (test)") for i in range(3)]
    for index in range(n):
        IncidentFactory(
            organisation=org,
            category=category,
            place=places[index % 3],
            latitude=TOWN[0] + Decimal(index % 40) / 1000,
            longitude=TOWN[1],
            occurred_at=on(date(2026, 10, 31)) - timedelta(days=index % 700),
        )
    registered_when_they_occurred()


def test_query_count_is_constant(
    world, org_a, client, assert_constant_queries, django_assert_max_num_queries
):
    count = assert_constant_queries(lambda: client.get(PAGE), lambda: grow(org_a, 150))
    with django_assert_max_num_queries(count):
        client.get(CELLS)
    with django_assert_max_num_queries(6):
        client.get(CELLS)
    call_command("import_crime_statistics", file=str(SAMPLE_FILE), verbosity=0)
    with django_assert_max_num_queries(9):  # 6 + 2 for the crime statistics + the footer
        client.get(PAGE)


def test_the_page_is_cached_for_anonymous_visitors(world, settings, django_assert_num_queries):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    reader = Client()
    for path in (PAGE, CELLS):
        first = reader.get(path)
        with django_assert_num_queries(2):  # the shared data version and the cache row
            assert reader.get(path).content == first.content


def test_importing_statistics_empties_the_cache(settings, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    reader = Client()
    assert "Ingen brottsstatistik" in reader.get(PAGE).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_crime_statistics", file=str(SAMPLE_FILE), verbosity=0)
    assert "Ingen brottsstatistik" not in reader.get(PAGE).content.decode()


def test_a_small_month_is_not_derivable_from_its_quarter(org_a):
    """Months 2, 5 and 5 of one quarter: the months keep their released states (the 2 is
    "färre än 5", the 5s shown), so the quarter's 12 must not be shown, or 12 − 5 − 5 gives
    the 2 away."""
    Category.objects.filter(parent__isnull=False).delete()
    Category.objects.all().delete()
    only = CategoryFactory(name="Enda (test)", code="enda-test")
    place = PlaceFactory(name="Hamnen (test)")
    months = [date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)]
    for month, count in zip(months, [2, 5, 5], strict=True):
        for _ in range(count):
            IncidentFactory(
                organisation=org_a,
                category=only,
                place=place,
                occurred_at=on(month.replace(day=10)),
            )
    registered_when_they_occurred()
    quarterly = compute_public_figures(by=QUARTER).by_category.rows
    monthly = compute_public_figures(by=MONTH).by_category.rows
    assert [str(cells[0]) for _label, cells in monthly[:3]] == ["färre än 5", "5", "5"]
    assert quarterly[0] == ("2026 kv. 2", quarterly[0][1])
    assert text_state(quarterly[0][1][0]) == ("visas inte", HIDDEN)


def test_a_small_area_is_not_derivable_from_a_fully_shown_category_row(org_a):
    """September: categories 10 and 14 (both shown, so the month's true total 24 is known),
    areas Torget 15, Gården 3, without a place 6: 24 − 15 − 6 would give Gården's 3 away, so
    one more area is hidden."""
    Category.objects.filter(parent__isnull=False).delete()
    Category.objects.all().delete()
    first = CategoryFactory(name="Första (test)", code="forsta-test")
    second = CategoryFactory(name="Andra (test)", code="andra-test")
    Place.objects.all().delete()
    torget = PlaceFactory(name="Torget (test)")
    farm = PlaceFactory(name="Gården (test)")
    day = on(date(2026, 9, 3))
    places = [torget] * 15 + [farm] * 3 + [None] * 6
    for index, place in enumerate(places):
        IncidentFactory(
            organisation=org_a,
            category=first if index % 24 < 10 else second,
            place=place,
            occurred_at=day,
        )
    registered_when_they_occurred()
    for by in (MONTH, QUARTER):
        figures = compute_public_figures(by=by)
        label = "september 2026" if by == MONTH else "2026 kv. 3"
        categories = dict(figures.by_category.rows)[label]
        assert [cell.state for cell in categories[:-1]] == [SHOWN, SHOWN], label
        _label, areas = next(row for row in figures.by_area.rows if row[0] == label)
        hidden = [cell for cell in areas[:-1] if cell.state != SHOWN]
        assert len(hidden) >= 2, (label, areas)
        assert str(areas[figures.by_area.columns.index("Gården (test)")]) == "färre än 5"
