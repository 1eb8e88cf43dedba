"""/trygghet-i-siffror/ in a real browser: the map of cells draws, axe finds no WCAG 2.1 A/AA
violations (desktop and phone), and without JavaScript the tables carry the figures."""

from datetime import timedelta
from decimal import Decimal
from importlib import import_module

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from safety_statistics.demo import SAMPLE_FILE
from tests.conftest import PHONE
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def figures(org_a, contact_info, est_reference_data):
    import_module("safety_statistics.migrations.0002_seed_population").seed(apps, None)
    call_command("import_crime_statistics", file=str(SAMPLE_FILE), verbosity=0)
    category = CategoryFactory(name="Skadegörelse (test)", code="skadegorelse-test")
    places = [
        PlaceFactory(
            name="Torget (test)", latitude=Decimal("58.3042"), longitude=Decimal("14.2873")
        ),
        PlaceFactory(
            name="Hamnen (test)", latitude=Decimal("58.3069"), longitude=Decimal("14.2928")
        ),
        PlaceFactory(
            name="Parken (test)", latitude=Decimal("58.3019"), longitude=Decimal("14.2916")
        ),
    ]
    now = timezone.now()
    for index in range(60):
        IncidentFactory(
            organisation=org_a,
            category=category,
            place=places[index % 3],
            occurred_at=now - timedelta(days=20 + index * 7),
        )


def test_the_map_draws_and_the_page_is_accessible(page, figures, assert_accessible):
    page.goto("/trygghet-i-siffror/")
    assert page.locator("h1").inner_text() == "Trygghet i siffror"
    page.locator(".facts-map.leaflet-container").wait_for()
    assert page.locator(".facts-map path.leaflet-interactive").count() >= 2
    assert_accessible(page)


def test_on_a_phone(page, figures, assert_accessible):
    page.set_viewport_size(PHONE)
    page.goto("/trygghet-i-siffror/")
    page.locator(".facts-map.leaflet-container").wait_for()
    assert_accessible(page)


def test_without_javascript_the_tables_carry_the_figures(browser, live_server, figures):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/trygghet-i-siffror/")
    assert not page.locator("[data-facts-map]").is_visible()
    assert page.get_by_role("table", name="Rutor med minst 5 händelser").is_visible()
    assert page.get_by_role("table", name="Händelser per huvudkategori och kvartal").is_visible()
    assert page.get_by_text("Stöld- och tillgreppsbrott").first.is_visible()
    context.close()


def test_the_statutory_document_with_crime_statistics_is_accessible(
    page, figures, reporter_a, login_browser, assert_accessible
):
    login_browser(reporter_a)
    page.goto("/personal/lagesbild/ar/2025/")
    assert page.get_by_role("heading", name="Polisens statistik: anmälda brott").is_visible()
    assert page.get_by_role("table", name="Anmälda brott per 1 000 invånare").is_visible()
    assert_accessible(page)
