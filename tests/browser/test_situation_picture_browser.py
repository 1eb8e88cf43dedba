"""The situation picture in a real browser: axe finds nothing, the charts carry data tables,
the map draws the period's points and heat layer (without tiles: no internet in tests)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from est_incidents.models import Category, Place
from tests.conftest import PHONE
from tests.est_incidents.factories import IncidentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def incidents(est_reference_data, org_a, org_b):
    now = timezone.now()
    square = Place.objects.get(name="Centrum/Torget")
    graffiti = Category.objects.get(code="klotter")
    fight = Category.objects.get(code="brak")
    for hours in (2, 5, 30, 50):
        IncidentFactory(
            organisation=org_a,
            category=graffiti,
            place=square,
            occurred_at=now - timedelta(hours=hours),
        )
    IncidentFactory(
        organisation=org_b,
        category=fight,
        place=None,
        latitude=Decimal("58.301000"),
        longitude=Decimal("14.283000"),
        occurred_at=now - timedelta(hours=20),
        description="Detaljerad beskrivning som bara B ser",
    )


def test_situation_picture_is_accessible_with_chart_tables_and_map(
    page, login_browser, coordinator, incidents, assert_accessible
):
    # The coordinator sees exact points; others see ~250 m cells of at least 5 (issue 11, 4).
    login_browser(coordinator)
    page.goto("/personal/lagesbild/")
    expect(page.locator("h1")).to_have_text("Lägesbild")
    expect(page.locator(".situation-total")).to_have_text("5")
    tables = page.locator("table.situation-data-table")
    assert tables.count() >= 7
    for chart in (
        "live-trend",
        "live-categories",
        "live-subcategories",
        "live-places",
        "live-organisations",
        "live-weekhour",
        "live-police",
    ):
        table = page.locator(f'table[data-chart="{chart}"]')
        assert table.count() == 1 and table.locator("caption").count() == 1
    assert "Detaljerad beskrivning" not in page.content()
    page.wait_for_selector("#situation-map.leaflet-container")
    assert page.locator("#situation-map path.leaflet-interactive, #situation-map path").count() >= 2
    assert page.locator("#situation-map canvas.leaflet-heatmap-layer").count() == 1
    assert_accessible(page)


def test_situation_picture_filters_on_a_phone(
    page, login_browser, reporter_b, incidents, assert_accessible
):
    page.set_viewport_size(PHONE)
    login_browser(reporter_b)
    page.goto("/personal/lagesbild/")
    page.get_by_label("Kategori", exact=True).select_option(label="Skadegörelse")
    page.get_by_role("button", name="Visa lägesbild").click()
    page.wait_for_url("**/lagesbild/?*")
    # Four incidents of another organisation: "färre än 5" (issue 11, point 4)
    expect(page.locator(".situation-total")).to_have_text("färre än 5")
    assert_accessible(page)


def test_charts_on_a_phone_scroll_sideways_with_a_cue_and_keep_their_tables(
    page, login_browser, coordinator, incidents, assert_accessible
):
    page.set_viewport_size(PHONE)
    login_browser(coordinator)
    page.goto("/personal/lagesbild/")
    # The page itself does not scroll sideways; each chart does, inside its own box.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    for chart in ("live-trend", "live-categories", "live-weekhour"):
        box = page.locator(f"#{chart} .chart-scroll")
        sizes = box.evaluate("el => [el.scrollWidth, el.clientWidth]")
        assert sizes[0] > sizes[1], (chart, sizes)  # wider than the screen: it scrolls
        svg_width = page.locator(f"#{chart} svg").bounding_box()["width"]
        assert svg_width >= 500, (chart, svg_width)  # drawn at a readable size
        cue = page.locator(f"#{chart} .chart-scroll-cue")
        expect(cue).to_be_visible()
        expect(cue).to_contain_text("Svep i sidled")
        assert page.locator(f'table[data-chart="{chart}"]').count() == 1
    # Swiping (scrolling) the box shows the rest of the chart.
    page.locator("#live-trend .chart-scroll").evaluate("el => el.scrollBy(400, 0)")
    assert page.locator("#live-trend .chart-scroll").evaluate("el => el.scrollLeft") > 0
    assert_accessible(page)


def test_trend_chart_labels_points_with_the_year_in_lower_case(
    page, login_browser, coordinator, incidents
):
    login_browser(coordinator)
    page.goto("/personal/lagesbild/")
    labels = [t.strip() for t in page.locator("#live-trend svg text").all_text_contents()]
    year = str(timezone.localdate().year)
    assert labels.count(year) + labels.count(str(int(year) - 1)) == 12  # one per point
    months = [t for t in labels if any(c.isalpha() for c in t)]
    assert months and all(t == t.lower() for t in months), months
    # On a desktop the charts fit: no cue.
    expect(page.locator("#live-trend .chart-scroll-cue")).not_to_be_visible()
