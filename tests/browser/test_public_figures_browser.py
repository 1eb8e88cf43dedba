"""/trygghet-i-siffror/ in a real browser: the map of cells draws, axe finds no WCAG 2.1 A/AA
violations (desktop and phone), and without JavaScript the tables carry the figures."""

from datetime import timedelta
from decimal import Decimal
from importlib import import_module

import pytest
from django.apps import apps
from django.core.management import call_command
from playwright.sync_api import expect

from est_incidents.publication import current_release
from hjo_safety.dates import local_midnight
from safety_statistics.demo import SAMPLE_FILE
from safety_statistics.public_figures import released_quarters
from tests.conftest import PHONE
from tests.est_incidents.factories import (
    CategoryFactory,
    IncidentFactory,
    PlaceFactory,
    registered_when_they_occurred,
)

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
    # A year of incidents before the current release, and 6 a month at each place in the
    # quarter the map shows (the last released one), each registered when it occurred.
    release = current_release()
    end = local_midnight(release.period_end)
    for index in range(60):
        IncidentFactory(
            organisation=org_a,
            category=category,
            place=places[index % 3],
            occurred_at=end - timedelta(days=100 + index * 5, hours=12),
        )
    quarter = released_quarters(
        release, release.last_month.replace(year=release.last_month.year - 1)
    )[-1]
    for index in range(54):
        IncidentFactory(
            organisation=org_a,
            category=category,
            place=places[index % 3],
            occurred_at=local_midnight(quarter) + timedelta(days=index + 1, hours=12),
        )
    registered_when_they_occurred()


def test_the_map_draws_and_the_page_is_accessible(page, figures, assert_accessible):
    page.goto("/trygghet-i-siffror/")
    expect(page.locator("h1")).to_have_text("Trygghet i siffror")
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
    expect(page.locator("[data-facts-map]")).not_to_be_visible()
    expect(page.get_by_role("table", name="Rutor med minst 5 händelser")).to_be_visible()
    expect(
        page.get_by_role("table", name="Händelser per huvudkategori och kvartal")
    ).to_be_visible()
    expect(page.get_by_text("Stöld- och tillgreppsbrott").first).to_be_visible()
    context.close()


def test_the_statutory_document_with_crime_statistics_is_accessible(
    page, figures, reporter_a, login_browser, assert_accessible
):
    login_browser(reporter_a)
    page.goto("/personal/lagesbild/ar/2025/")
    expect(page.get_by_role("heading", name="Polisens statistik: anmälda brott")).to_be_visible()
    expect(page.get_by_role("table", name="Anmälda brott per 1 000 invånare")).to_be_visible()
    assert_accessible(page)
