"""/trygghet-i-siffror/ and its GeoJSON: the public map's privacy rules, the crime statistics
beside it, caching and a constant number of queries."""

import json
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from est_incidents.models import Category
from safety_statistics.demo import SAMPLE_FILE
from safety_statistics.public_figures import (
    CELL_LAT,
    CELL_LNG,
    MONTH,
    QUARTER,
    compute_public_figures,
)
from safety_statistics.suppression import SHOWN
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory

pytestmark = pytest.mark.django_db

PAGE = "/trygghet-i-siffror/"
CELLS = "/trygghet-i-siffror/celler.geojson"
# A spot in the town and an isolated farm road far from it (its own ~250 m cell).
TOWN = (Decimal("58.304200"), Decimal("14.287300"))
FARM = (Decimal("58.262100"), Decimal("14.102100"))


def days_ago(days, hour=12):
    return (timezone.localtime() - timedelta(days=days)).replace(hour=hour, minute=7)


@pytest.fixture
def world(org_a, org_b):
    """A busy town centre (18), the harbour (6), a quiet farm (3), and 3 incidents too new to
    publish. On the map the farm's 3 would be derivable from the town's and the harbour's
    counts, so the harbour's cell is hidden too."""
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
            occurred_at=days_ago(30 + index),
            description="Någon sprejade NAMN på väggen",
        )
    for index in range(6):
        IncidentFactory(
            organisation=org_b, category=other, place=torget, occurred_at=days_ago(40 + index)
        )
    for index in range(3):
        IncidentFactory(
            organisation=org_b,
            category=other,
            place=farm,
            latitude=FARM[0],
            longitude=FARM[1],
            occurred_at=days_ago(50 + index),
        )
    hamnen = PlaceFactory(
        name="Hamnen (test)", latitude=Decimal("58.306900"), longitude=Decimal("14.292800")
    )
    for index in range(6):
        IncidentFactory(
            organisation=org_a, category=other, place=hamnen, occurred_at=days_ago(60 + index)
        )
    for _index in range(3):  # within the 14-day publication delay
        IncidentFactory(organisation=org_a, category=other, place=farm, occurred_at=days_ago(3))
    return {"category": category, "other": other, "torget": torget, "farm": farm}


def shown_numbers(html):
    return [int(n) for n in re.findall(r'class="text-end facts-shown">(\d+)</td>', html)]


def test_the_page_is_public_and_states_its_privacy_rules(world, client):
    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Trygghet i siffror" in html
    assert "tidigast 14 dagar efter" in html
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


def test_nothing_newer_than_the_delay_appears(world, client, settings):
    figures = compute_public_figures()
    assert figures.last_published_day == timezone.localdate() - timedelta(days=15)
    # The 3 recent farm incidents would make the farm's cell a 6; it stays hidden.
    total_row = figures.by_category.rows[-1][1][-1]
    assert total_row == {"text": "27", "state": SHOWN}  # 12 + 6 + 3 + 6, not 30
    settings.PUBLIC_STATISTICS_DELAY_DAYS = 1
    assert compute_public_figures().by_category.rows[-1][1][-1]["text"] == "30"


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
def test_secondary_suppression_holds_in_every_row_and_column(world, by):
    figures = compute_public_figures(by=by)
    for table in (figures.by_category, figures.by_area):
        grid = [cells for _label, cells in table.rows]
        for cells in grid:  # each row with its total (the last column)
            assert sum(cell["state"] != SHOWN for cell in cells) != 1
        for column in zip(*grid, strict=True):  # each column with its total (the last row)
            assert sum(cell["state"] != SHOWN for cell in column) != 1


def test_a_single_small_category_in_a_quarter_forces_a_second_hidden_count(org_a):
    """One quarter: 12 of one category, 3 of another → the 3 is not derivable from the total."""
    Category.objects.filter(parent__isnull=False).delete()
    Category.objects.all().delete()  # only these two main categories
    big = CategoryFactory(name="Stor (test)", code="stor-test")
    small = CategoryFactory(name="Liten (test)", code="liten-test")
    place = PlaceFactory(name="Hamnen (test)")
    day = days_ago(20)
    for _ in range(12):
        IncidentFactory(organisation=org_a, category=big, place=place, occurred_at=day)
    for _ in range(3):
        IncidentFactory(organisation=org_a, category=small, place=place, occurred_at=day)
    figures = compute_public_figures()
    columns = figures.by_category.columns
    row = next(
        cells
        for label, cells in figures.by_category.rows
        if "kv." in label and cells[-1]["text"] == "15"
    )
    assert row[columns.index("Liten (test)")]["text"] == "färre än 5"
    assert row[columns.index("Stor (test)")]["text"] == "visas inte"


def test_the_mapping_start_is_stated_and_earlier_quarters_are_left_out(org_a):
    IncidentFactory(organisation=org_a, occurred_at=days_ago(100))
    figures = compute_public_figures()
    assert figures.mapping_began == days_ago(100).date()
    assert len(figures.quarters) <= 3
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
            occurred_at=days_ago(20 + index % 700),
        )


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
    """Months 2, 5 and 5 of one quarter: with the quarter's 12 shown in the quarter view, the
    month view must hide one of the 5s as well, or 12 − 5 − 5 gives the 2 away."""
    from datetime import datetime, time

    from safety_statistics.public_figures import STOCKHOLM, quarter_start

    Category.objects.filter(parent__isnull=False).delete()
    Category.objects.all().delete()
    only = CategoryFactory(name="Enda (test)", code="enda-test")
    place = PlaceFactory(name="Hamnen (test)")
    q = quarter_start(timezone.localdate() - timedelta(days=150))
    months = [q, q.replace(month=q.month + 1), q.replace(month=q.month + 2)]
    for month, count in zip(months, [2, 5, 5], strict=True):
        for _ in range(count):
            IncidentFactory(
                organisation=org_a,
                category=only,
                place=place,
                occurred_at=datetime.combine(month.replace(day=10), time(12), STOCKHOLM),
            )
    for _ in range(20):  # more elsewhere in time, so the totals are not small
        IncidentFactory(organisation=org_a, category=only, place=place, occurred_at=days_ago(20))
    column = [c.name for c in Category.objects.top_level().order_by("position", "name")].index(
        "Enda (test)"
    )
    quarterly = compute_public_figures(by=QUARTER).by_category.rows
    monthly = compute_public_figures(by=MONTH).by_category.rows
    quarter_cell = next(
        cells[column]
        for label, cells in quarterly
        if label.startswith(str(q.year) + " kv. " + str((q.month - 1) // 3 + 1))
    )
    month_cells = [cells[column] for label, cells in monthly[: len(months)]]
    assert month_cells[0]["text"] == "färre än 5"
    if quarter_cell["state"] == SHOWN:
        assert sum(cell["state"] != SHOWN for cell in month_cells) >= 2, (quarter_cell, month_cells)
    assert "2" not in [cell["text"] for cell in month_cells]
