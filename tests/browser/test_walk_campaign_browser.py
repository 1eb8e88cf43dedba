"""The digital safety walk in a real browser (issue 26, point 3): a citizen on a phone (390 px)
marks a place on the campaign map and signs up for the walk; the coordinator on a laptop
approves the mark, sees it on the staff map and makes a safety walk of it. axe finds no WCAG
2.1 A/AA violations on either page."""

import re
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from est_measures.models import CampaignMark, SafetyWalk, WalkCampaign, WalkSignup

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.TIP_MIN_FILL_SECONDS = 0
    settings.TIP_RATE_LIMIT = "100/h"


def test_a_citizen_marks_a_place_and_the_coordinator_makes_a_walk_of_it(
    browser, live_server, est_reference_data, coordinator, assert_accessible
):
    today = timezone.localdate()
    campaign = WalkCampaign.objects.create(
        title="Kvällen i centrum",
        area="Centrum och hamnen",
        opens_on=today,
        closes_on=today + timedelta(days=7),
        walk_date=today + timedelta(days=10),
    )
    phone = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport={"width": 390, "height": 844}
    )
    page = phone.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"/trygghetsvandring/{campaign.pk}/")
    page.locator("[data-tip-map]").wait_for(state="visible")
    assert_accessible(page)
    map_box = page.locator("#tip-map")
    map_box.scroll_into_view_if_needed()
    map_box.click(position={"x": 150, "y": 120})
    expect(page.locator("[data-map-status]")).to_have_text("Platsen är markerad på kartan.")
    page.get_by_label("Otrygg").check()
    page.get_by_label("Varför? (kort)").fill("Mörkt vid cykelbanan efter klockan sex.")
    page.get_by_role("button", name="Skicka markeringen").click()
    expect(page.locator("#tack")).to_contain_text("Din markering granskas")
    page.get_by_label("Ditt namn").fill("Anna Berg")
    page.get_by_label("Din e-postadress").fill("anna@example.se")
    page.get_by_role("button", name="Anmäl mig").click()
    expect(page.locator("#tack")).to_contain_text("Tack för din anmälan")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert_accessible(page)
    phone.close()

    mark = CampaignMark.objects.get()
    assert mark.place is None and 58.2 < float(mark.latitude) < 58.4
    assert WalkSignup.objects.get().email == "anna@example.se"

    laptop = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport={"width": 1280, "height": 900}
    )
    client = Client()
    client.force_login(coordinator)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    laptop.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page = laptop.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"/personal/trygghetsvandring/{campaign.pk}/")
    page.locator("[data-campaign-map]").wait_for(state="visible")
    expect(page.locator('path.leaflet-interactive[stroke="#8a1c1c"]')).to_have_count(1)
    assert_accessible(page)
    page.get_by_role("button", name="Godkänn").click()
    page.get_by_role("button", name="Skapa trygghetsvandring av de valda").click()
    page.wait_for_url(re.compile(r"/personal/trygghetsvandringar/\d+/$"))
    laptop.close()
    assert "Mörkt vid cykelbanan" in SafetyWalk.objects.get().findings.get().description
