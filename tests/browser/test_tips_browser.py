"""Citizens' tips in a real browser on a phone (375×667): a citizen sends a tip with
JavaScript and without, gets the receipt; staff accept and answer it; the citizen reads the
answer at the status link. axe finds nothing, at any impact level, on the form, the receipt
and the staff pages."""

import re
from contextlib import contextmanager

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from citizen_tips.models import CitizenTip, TipModerator
from est_incidents.models import Incident

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE_SE = {"width": 375, "height": 667}


@pytest.fixture(autouse=True)
def quick_forms(settings):
    """A test fills the form in well under the minimum fill time people need."""
    settings.TIP_MIN_FILL_SECONDS = 0
    settings.TIP_RATE_LIMIT = "100/h"


@pytest.fixture
def assert_accessible():
    """Every axe rule at every impact level, not only WCAG A/AA (issue 24)."""
    from tests.browser.test_daily_loop_browser import assert_no_axe_findings

    return assert_no_axe_findings


@contextmanager
def phone(browser, live_server, user=None, **options):
    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport=PHONE_SE, **options
    )
    if user is not None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
    finally:
        context.close()


def fill_tip(page, *, text, email=""):
    page.get_by_label("Mörkt eller trasig belysning").check()
    page.get_by_label("Kväll (17–22)").check()
    page.get_by_label("Berätta mer (valfritt)").fill(text)
    if email:
        page.get_by_label("Din e-postadress, om du vill ha svar (valfritt)").fill(email)
    page.get_by_role("button", name="Skicka tipset").click()
    page.wait_for_url(re.compile(r"/tipsa/status/[\w-]+/\?skickat=1$"))


def test_a_citizen_sends_a_tip_without_javascript(
    browser, live_server, est_reference_data, contact_info
):
    with phone(browser, live_server, java_script_enabled=False) as page:
        page.goto("/tipsa/")
        expect(page.locator("h1")).to_have_text("Tipsa om en otrygg plats")
        expect(page.get_by_text("Ett tips är inte en polisanmälan.")).to_be_visible()
        expect(page.locator("[data-tip-map]")).not_to_be_visible()  # the map needs JavaScript
        honeypot = page.locator("#id_webbplats").bounding_box()
        assert honeypot["x"] + honeypot["width"] <= 0  # off-screen: people never see it
        page.get_by_label("Plats i listan").select_option(label="Hamnen")
        fill_tip(page, text="Lamporna vid gästhamnen är släckta.", email="medborgare@example.se")
        assert "Tack! Ditt tips är mottaget." in page.content()
        expect(page.locator("[data-tip-state]")).to_have_text("Mottaget – inte granskat ännu")
        link = page.get_by_label("Länk till ditt tips").input_value()
        assert re.match(rf"^{live_server.url}/tipsa/status/[\w-]{{32}}/$", link)

    tip = CitizenTip.objects.get()
    assert tip.place.name == "Hamnen" and tip.latitude is None
    assert tip.email == "medborgare@example.se"


def test_a_refused_tip_says_why_without_javascript(browser, live_server, est_reference_data):
    with phone(browser, live_server, java_script_enabled=False) as page:
        page.goto("/tipsa/")
        page.get_by_label("Beskrivning av platsen").fill("Gångtunneln")
        page.get_by_label("Mörkt eller trasig belysning").check()
        page.get_by_label("Kväll (17–22)").check()
        page.get_by_label("Berätta mer (valfritt)").fill("Kalle Svensson står där varje kväll.")
        page.get_by_role("button", name="Skicka tipset").click()
        summary = page.locator("#error-summary")
        assert "verkar innehålla namn på personer" in summary.inner_text()
        assert page.get_by_label("Berätta mer (valfritt)").input_value().startswith("Kalle")
    assert not CitizenTip.objects.exists()


def test_a_citizen_sends_a_tip_with_the_map_staff_answer_and_the_citizen_reads_it(
    browser, live_server, est_reference_data, contact_info, coordinator, assert_accessible
):
    """Also issue 24: the typed tip survives a CSRF failure ("Vi har sparat det du skrev"); the
    receipt shows and mails a reference with a working copy button; the moderator finds the
    count on /personal/, answers without closing, then closes saying what was done."""
    clipboard = {"permissions": ["clipboard-read", "clipboard-write"]}
    with phone(browser, live_server, **clipboard) as page:
        page.goto("/tipsa/")
        page.locator("[data-tip-map]").wait_for(state="visible")
        assert_accessible(page)
        page.get_by_label("Mörkt eller trasig belysning").check()
        page.get_by_label("Kväll (17–22)").check()
        page.get_by_label("Berätta mer (valfritt)").fill("Mörkt och skymt vid cykelbanan.")
        page.context.clear_cookies()  # the CSRF cookie is gone: the form cannot be taken in
        page.get_by_role("button", name="Skicka tipset").click()
        expect(page.locator("h1")).to_have_text("Formuläret kunde inte skickas")
        expect(page.locator("[data-draft-kept]")).to_be_visible()
        assert_accessible(page)
        page.get_by_role("link", name="Tillbaka till formuläret").click()
        page.wait_for_url("**/tipsa/")
        expect(page.locator("[data-draft-notice]")).to_contain_text("Vi har sparat det du skrev")
        assert page.get_by_label("Berätta mer (valfritt)").input_value().startswith("Mörkt och")
        assert page.get_by_label("Kväll (17–22)").is_checked()
        assert_accessible(page)
        map_box = page.locator("#tip-map")
        map_box.scroll_into_view_if_needed()
        map_box.click(position={"x": 150, "y": 120})
        expect(page.locator("[data-map-status]")).to_have_text("Platsen är markerad på kartan.")
        page.get_by_label("Din e-postadress, om du vill ha svar (valfritt)").fill(
            "medborgare@example.se"
        )
        page.get_by_role("button", name="Skicka tipset").click()
        page.wait_for_url(re.compile(r"/tipsa/status/[\w-]+/\?skickat=1$"))
        status_url = page.url.split("?")[0]
        reference = page.locator("#tip-reference").inner_text()
        assert re.fullmatch(r"T-\d\d-\d{4,}", reference)
        page.get_by_role("button", name="Kopiera referensnumret").click()
        expect(page.get_by_role("status").filter(has_text="kopierat")).to_have_text(
            "Referensnumret är kopierat."
        )
        assert page.evaluate("navigator.clipboard.readText()") == reference
        assert page.evaluate("Object.keys(localStorage).length") == 0  # the draft is done
        assert_accessible(page)

    tip = CitizenTip.objects.get()
    assert tip.has_point and tip.place is None
    assert 58.2 < float(tip.latitude) < 58.4
    receipt = [m for m in mail.outbox if m.to == ["medborgare@example.se"]]
    assert len(receipt) == 1 and reference in receipt[0].subject and status_url in receipt[0].body

    with phone(browser, live_server, coordinator) as page:
        page.goto("/personal/")
        page.get_by_role("link", name="Nya medborgartips att granska (1)").click()
        expect(page.locator("h1")).to_have_text("Medborgartips")
        assert_accessible(page)
        page.get_by_role("link", name=re.compile(r"\d{4}-\d{2}-\d{2}")).first.click()
        page.wait_for_url(re.compile(r"/personal/tips/\d+/$"))
        assert_accessible(page)
        page.get_by_label("Organisation som registrerar händelsen").select_option(
            label=coordinator.memberships.get().organisation.name
        )
        expect(page.get_by_label("Kategori")).not_to_have_value("")  # proposed from the kind
        page.get_by_role("button", name="Godkänn").click()
        expect(page.locator(".messages")).to_contain_text("registrerat som händelse")
        page.get_by_label("Svar till medborgaren").fill("Tack! Vi sätter upp belysning i vår.")
        assert not page.get_by_label(re.compile("Avsluta tipset med svaret")).is_checked()
        page.get_by_role("button", name="Skicka svaret").click()
        expect(page.locator(".messages")).to_contain_text("skickas till medborgarens e-post")
        page.get_by_label("Vad gjordes?").fill("Två nya lyktstolpar är uppsatta.")
        page.get_by_role("button", name="Avsluta tipset").click()
        expect(page.locator(".messages")).to_contain_text("Tipset är avslutat.")
        assert_accessible(page)
        # The accepted tip counts in the lägesbild, as a citizens' tip.
        page.goto("/personal/lagesbild/")
        expect(page.locator(".situation-citizen-tips")).to_have_text("1")

    tip.refresh_from_db()
    assert tip.incident == Incident.objects.get() and tip.is_closed and tip.email == ""
    to_citizen = [m for m in mail.outbox if m.to == ["medborgare@example.se"]]
    assert len(to_citizen) == 3  # the receipt, the answer, the closing
    assert "belysning i vår" in to_citizen[1].body
    assert "Två nya lyktstolpar" in to_citizen[2].body
    assert any(m.to == [coordinator.email] for m in mail.outbox)  # a moderator heard of it

    with phone(browser, live_server) as page:
        page.goto(status_url)
        assert page.locator("[data-tip-state]").inner_text().startswith("Avslutat")
        assert (
            "Tack! Vi sätter upp belysning i vår." in page.locator("[data-tip-answer]").inner_text()
        )
        assert "Två nya lyktstolpar" in page.locator("[data-tip-closing]").inner_text()
        assert_accessible(page)


def test_an_appointed_organisations_reporter_reaches_the_tips(
    browser, live_server, reporter_a, org_a, reporter_b
):
    TipModerator.objects.create(organisation=org_a)
    with phone(browser, live_server, reporter_a) as page:
        assert page.goto("/personal/tips/").status == 200
    with phone(browser, live_server, reporter_b) as page:
        assert page.goto("/personal/tips/").status == 404


def test_a_receivers_member_finds_a_forwarded_tip_on_the_start_page(
    page, login_browser, coordinator, org_b, reporter_b, assert_accessible
):
    from citizen_tips import services
    from tests.citizen_tips.factories import CitizenTipFactory

    tip = services.forward_tip(
        tip=CitizenTipFactory(place_description="Staketet vid lekplatsen"),
        organisation=org_b,
        note="Er fastighet, kan ni laga staketet?",
        acting_user=coordinator,
    )
    login_browser(reporter_b)
    page.goto("/personal/")
    section = page.get_by_role("region", name="Tips som skickats till er")
    expect(section).to_be_visible()
    assert_accessible(page)
    section.get_by_role("link", name="Mörkt eller trasig belysning").click()
    page.wait_for_url(re.compile(rf"/personal/tips/{tip.pk}/$"))
    assert "Er fastighet, kan ni laga staketet?" in page.content()
