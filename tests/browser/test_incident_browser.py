"""Incidents in a real browser: a reporter on a phone with JavaScript off and with the map on,
and axe finds no WCAG 2.1 A/AA violations on any page of the incident registry."""

import re
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from est_incidents.models import Category, Incident, Place
from tests.conftest import PHONE
from tests.est_incidents.factories import IncidentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@contextmanager
def phone_context(browser, live_server, user, **options):
    """A phone-sized browser context logged in as ``user``."""
    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport=PHONE, **options
    )
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    try:
        yield context
    finally:
        context.close()


def test_reporter_logs_an_incident_on_a_phone_without_javascript(
    browser, live_server, est_reference_data, reporter_a, org_a
):
    with phone_context(browser, live_server, reporter_a, java_script_enabled=False) as context:
        page = context.new_page()
        page.goto("/personal/handelser/ny/")
        expect(page.locator("h1")).to_have_text("Rapportera en händelse")
        expect(
            page.get_by_text("Ring 112 vid akut fara — detta formulär är inte en polisanmälan.")
        ).to_be_visible()
        expect(page.locator("[data-map-picker]")).not_to_be_visible()  # the map needs JavaScript
        assert page.get_by_label("När hände det?").input_value()  # prefilled with now
        page.get_by_label("Kategori").select_option(label="Skadegörelse – Klotter")
        page.get_by_label("Plats i listan").select_option(label="Hamnen")
        page.get_by_label("Beskrivning av platsen").fill("Vid gästhamnens servicehus")
        page.get_by_label("Vad hände?").fill("Nytt klotter på servicehusets vägg, ca 3 m².")
        page.get_by_label("Nej").check()
        page.get_by_role("button", name="Skicka rapporten").click()
        page.wait_for_url(re.compile(r"/personal/handelser/\d+/$"))
        assert "Tack! Händelsen är registrerad." in page.content()
        expect(page.locator("h1")).to_have_text("Skadegörelse – Klotter")

    incident = Incident.objects.get()
    assert incident.organisation == org_a and incident.reported_by == reporter_a
    assert incident.place.name == "Hamnen" and incident.latitude is None


def test_personal_data_is_refused_without_javascript(
    browser, live_server, est_reference_data, reporter_a
):
    with phone_context(browser, live_server, reporter_a, java_script_enabled=False) as context:
        page = context.new_page()
        page.goto("/personal/handelser/ny/")
        page.get_by_label("Kategori").select_option(label="Nedskräpning")
        page.get_by_label("Beskrivning av platsen").fill("Parkeringen")
        page.get_by_label("Vad hände?").fill("Bilen ABC 123 lämnade skräp.")
        page.get_by_role("button", name="Skicka rapporten").click()
        summary = page.locator("#error-summary")
        assert "ett registreringsnummer" in summary.inner_text()
    assert Incident.objects.count() == 0


def test_reporter_taps_the_map_and_uses_the_position(
    browser, live_server, est_reference_data, reporter_a, assert_accessible
):
    with phone_context(
        browser,
        live_server,
        reporter_a,
        geolocation={"latitude": 58.3069, "longitude": 14.2928},
        permissions=["geolocation"],
    ) as context:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto("/personal/handelser/ny/")
        picker = page.locator("[data-map-picker]")
        picker.wait_for(state="visible")
        map_box = page.locator("#incident-map-picker")
        map_box.scroll_into_view_if_needed()
        assert page.locator("img.leaflet-tile").count() == 0  # no tiles without MAP_TILE_URL
        # ... and the map says so, and names the places instead of drawing invented streets.
        expect(picker.locator("[data-map-background-note]")).to_contain_text(
            "Ingen bakgrundskarta är inställd"
        )
        assert picker.locator(".leaflet-tooltip.place-label").count() >= 1
        map_box.click(position={"x": 120, "y": 90})
        # The click handler fills the fields asynchronously; wait rather than race it (expect()
        # polls without eval, which the page's CSP forbids).
        expect(page.get_by_label("Latitud")).not_to_have_value("")
        latitude = float(page.get_by_label("Latitud").input_value())
        longitude = float(page.get_by_label("Longitud").input_value())
        assert 58.2 < latitude < 58.4 and 14.2 < longitude < 14.4
        assert "Platsen är markerad" in page.locator("[data-map-status]").inner_text()
        assert_accessible(page)

        page.get_by_role("button", name="Använd min position").click()
        expect(page.get_by_label("Latitud")).to_have_value("58.306900")
        assert page.get_by_label("Longitud").input_value() == "14.292800"

        page.get_by_label("Kategori").select_option(label="Ordningsstörning – Hög musik")
        page.get_by_label("Vad hände?").fill("Hög musik från en båt sent på kvällen.")
        page.get_by_role("button", name="Skicka rapporten").click()
        page.wait_for_url(re.compile(r"/personal/handelser/\d+/$"))

    incident = Incident.objects.get()
    assert str(incident.latitude) == "58.306900" and str(incident.longitude) == "14.292800"
    assert incident.place is None


@pytest.fixture
def some_incidents(est_reference_data, org_a, org_b):
    klotter = Category.objects.get(code="klotter")
    places = list(Place.objects.all())
    now = timezone.now()
    for index in range(30):
        IncidentFactory(
            organisation=org_a if index % 3 else org_b,
            category=klotter,
            place=places[index % len(places)],
            latitude=places[index % len(places)].latitude if index % 2 else None,
            longitude=places[index % len(places)].longitude if index % 2 else None,
            occurred_at=now - timedelta(hours=5 * index + 1),
            status=["new", "reviewed", "handled"][index % 3],
        )
    return Incident.objects.filter(organisation=org_a).first()


PAGES = [
    ("/personal/", "Min start"),
    ("/personal/handelser/", "Händelser"),
    ("/personal/handelser/?status=new&kategori=1", "Händelser"),
    ("/personal/handelser/ny/", "Rapportera en händelse"),
    ("/personal/handelser/{pk}/", None),
    ("/personal/handelser/{pk}/andra/", None),
    ("/personal/karta/", "Karta över händelser"),
]


@pytest.mark.parametrize(("path", "heading"), PAGES)
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_incident_pages_have_no_accessibility_violations(
    page, login_browser, org_admin_a, some_incidents, assert_accessible, path, heading, viewport
):
    if viewport == "phone":
        page.set_viewport_size(PHONE)
    login_browser(org_admin_a)
    page.goto(path.format(pk=some_incidents.pk))
    assert page.locator("h1").count() == 1
    if heading:
        expect(page.locator("h1")).to_have_text(heading)
    if "karta" in path:
        page.locator("#incident-map").wait_for(state="visible")
        page.locator("canvas.leaflet-heatmap-layer").wait_for(state="attached")
    assert_accessible(page)


def test_form_with_errors_is_accessible_and_focusable(
    page, login_browser, reporter_a, est_reference_data, assert_accessible
):
    login_browser(reporter_a)
    page.goto("/personal/handelser/ny/")
    page.get_by_label("När hände det?").fill("2099-01-01T12:00")
    page.get_by_role("button", name="Skicka rapporten").click()
    summary = page.locator("#error-summary")
    assert "framtiden" in summary.inner_text()
    assert "Välj vilken sorts händelse" in summary.inner_text()
    summary.get_by_role("link").first.click()
    assert_accessible(page)
    assert Incident.objects.count() == 0


def test_map_shows_points_and_heat_and_the_table(
    page, login_browser, coordinator, some_incidents, assert_accessible
):
    login_browser(coordinator)
    page.goto("/personal/karta/")
    page.locator("#incident-map").wait_for(state="visible")
    assert page.locator("path.leaflet-interactive").count() == 30
    assert page.locator("canvas.leaflet-heatmap-layer").count() == 1
    assert page.locator("table.place-counts tbody tr").count() >= 5
    page.get_by_label("Värmekarta").uncheck()
    assert page.locator("canvas.leaflet-heatmap-layer").count() == 0


def test_report_typed_before_the_idle_timeout_survives_the_login_on_a_phone(
    browser, live_server, est_reference_data, reporter_a
):
    from django.contrib.sessions.models import Session

    from tests.hjo_safety.factories import TEST_PASSWORD

    with phone_context(browser, live_server, reporter_a, java_script_enabled=False) as context:
        page = context.new_page()
        page.goto("/personal/handelser/ny/")
        page.get_by_label("Kategori").select_option(label="Skadegörelse – Klotter")
        page.get_by_label("Beskrivning av platsen").fill("Vid gästhamnens servicehus")
        page.get_by_label("Vad hände?").fill("Nytt klotter på servicehusets vägg, ca 3 m².")
        Session.objects.update(expire_date=timezone.now() - timedelta(minutes=1))  # idle
        page.get_by_role("button", name="Skicka rapporten").click()
        page.wait_for_url(re.compile(r"/konto/logga-in/"))
        page.locator("input[name=username]").fill(reporter_a.username)
        page.locator("input[name=password]").fill(TEST_PASSWORD)
        page.locator("form [type=submit]").first.click()
        page.wait_for_url(re.compile(r"/personal/handelser/ny/$"))
        expect(
            page.get_by_text(
                "Du loggades ut efter en stunds inaktivitet. Din rapport är sparad – kontrollera "
                "och skicka."
            )
        ).to_be_visible()
        assert page.get_by_label("Vad hände?").input_value() == (
            "Nytt klotter på servicehusets vägg, ca 3 m²."
        )
        assert Incident.objects.count() == 0
        page.get_by_role("button", name="Skicka rapporten").click()
        page.wait_for_url(re.compile(r"/personal/handelser/\d+/$"))
    incident = Incident.objects.get()
    assert incident.reported_by == reporter_a
    assert incident.place_description == "Vid gästhamnens servicehus"


def test_incident_list_on_a_phone_folds_filters_and_shows_cards(
    browser, live_server, some_incidents, reporter_a, assert_accessible
):
    with phone_context(browser, live_server, reporter_a) as context:
        page = context.new_page()
        page.goto("/personal/handelser/")
        expect(page.get_by_label("Sök i text")).not_to_be_visible()  # folded
        expect(page.locator("table.incident-table")).not_to_be_visible()
        cards = page.locator(".incident-cards .card")
        expect(cards.first).to_be_visible()
        page.get_by_text("Filtrera", exact=True).click()
        page.get_by_label("Mina rapporter").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Visa", exact=True).click()
        assert "mina=1" in page.url, page.url
        expect(page.get_by_label("Sök i text")).to_be_visible()  # open: a filter is in use
        assert_accessible(page)


def test_edit_form_on_a_phone_hides_the_coordinates_until_asked(
    browser, live_server, some_incidents, reporter_a, assert_accessible
):
    incident = Incident.objects.filter(organisation__memberships__user=reporter_a).first()
    with phone_context(browser, live_server, reporter_a) as context:
        page = context.new_page()
        page.goto(f"/personal/handelser/{incident.pk}/andra/")
        assert "Förifyllt med nu." not in page.content()
        expect(page.get_by_label("Latitud")).not_to_be_visible()
        page.get_by_text("Ange koordinater").click()
        expect(page.get_by_label("Latitud")).to_be_visible()
        assert_accessible(page)


def test_tapping_a_named_place_on_the_map_chooses_it(
    browser, live_server, est_reference_data, reporter_a
):
    with phone_context(browser, live_server, reporter_a) as context:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto("/personal/handelser/ny/")
        page.locator("[data-map-picker]").wait_for(state="visible")
        expect(page.get_by_title("Zooma in")).to_be_visible()
        expect(page.get_by_title("Zooma ut")).to_be_visible()
        assert "inom 150 meter" in page.locator("#incident-map-help").inner_text()
        label = page.locator(".place-label", has_text="Hamnen").first
        label.scroll_into_view_if_needed()
        box = label.bounding_box()
        page.mouse.click(box["x"] + 1, box["y"] + box["height"] / 2)  # beside the dot
        expect(page.locator("[data-map-status]")).to_contain_text("Plats vald: Hamnen")
        place = Place.objects.get(name="Hamnen")
        assert page.get_by_label("Plats i listan").input_value() == str(place.pk)


def test_incident_map_buttons_are_in_swedish(page, login_browser, some_incidents, org_admin_a):
    login_browser(org_admin_a)
    page.goto("/personal/karta/")
    page.locator(".leaflet-container").first.wait_for(state="visible")
    assert page.get_by_title("Zooma in").count() == 1
    assert page.get_by_title("Zoom in").count() == 0
