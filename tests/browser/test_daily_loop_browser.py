"""Issue 24 in a real browser, as its users would: a reporter on a phone whose session is
deleted while typing an incident gets the text back after logging in ("Vi har sparat det du
skrev"), is warned before the idle timeout and stays signed in; the receiving organisation's
member (on a laptop) sees "Delat med er – väntar på hantering", the menu's count and the
list's badges with their own handling state. axe finds nothing at any impact level."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.sessions.models import Session
from django.core import mail
from playwright.sync_api import expect

from est_incidents.models import Incident
from tests.hjo_safety.factories import TEST_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}


def assert_no_axe_findings(page):
    """Every rule axe has, at every impact level (not only WCAG A/AA)."""
    violations = Axe().run(page).response["violations"]
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} → "
        + "; ".join(node["target"][0] for node in v["nodes"][:5] if node["target"])
        for v in violations
    )
    assert not violations, f"axe found on {page.url}:\n{report}"


def log_in(page, username, then=None):
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(then or "**/personal/")


def drafts(page):
    return page.evaluate(
        "Object.keys(localStorage).filter(function (k) { return k.indexOf('hjo-draft:') === 0; })"
    )


def test_a_report_survives_a_lost_session_and_a_share_reaches_its_receiver(
    browser, live_server, est_reference_data, contact_info, org_a, org_b, reporter_a, reporter_b
):
    phone = browser.new_context(base_url=live_server.url, locale="sv-SE", viewport=PHONE)
    page = phone.new_page()
    page.set_default_timeout(10_000)
    page.clock.install()  # the idle timer runs on the page's clock, moved on below
    page.goto("/konto/logga-in/")
    log_in(page, reporter_a.username)
    page.goto("/personal/handelser/ny/")
    page.get_by_label("Kategori").select_option(label="Skadegörelse – Klotter")
    page.locator("#id_place").select_option(label="Hamnen")
    page.get_by_label("Vad hände?").fill("Nytt klotter på servicehusets vägg vid gästhamnen.")
    page.clock.run_for(1000)  # the draft is written 0.4 s after the last keystroke
    assert len(drafts(page)) == 1

    # The session row is removed (clearsessions from cron, a dropped cookie): the send leads
    # to the login page, which says the text is kept; after logging in the form is filled in.
    Session.objects.all().delete()
    page.get_by_role("button", name="Skicka rapporten").click()
    page.wait_for_url(re.compile(r"/konto/logga-in/\?next="))
    expect(page.locator("[data-draft-kept]")).to_be_visible()
    assert_no_axe_findings(page)
    log_in(page, reporter_a.username, then="**/personal/handelser/ny/")
    expect(page.locator("[data-draft-notice]")).to_contain_text("Vi har sparat det du skrev")
    assert page.get_by_label("Vad hände?").input_value().startswith("Nytt klotter")
    assert page.get_by_label("Kategori").locator("option:checked").inner_text().endswith("Klotter")
    assert_no_axe_findings(page)
    page.get_by_role("button", name="Skicka rapporten").click()
    page.wait_for_url(re.compile(r"/personal/handelser/\d+/$"))
    assert drafts(page) == []  # the successful send ended the draft
    incident = Incident.objects.get()
    assert incident.description.startswith("Nytt klotter")

    # Idle: the warning opens five minutes before the timeout; staying signed in works.
    page.goto("/personal/handelser/ny/")
    dialog = page.locator("#session-timeout dialog")
    expect(dialog).to_be_hidden()
    idle = int(page.locator("#session-timeout").get_attribute("data-idle-seconds"))
    warn = int(page.locator("#session-timeout").get_attribute("data-warn-seconds"))
    page.clock.run_for((idle - warn + 5) * 1000)
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("heading", name="Du loggas snart ut")).to_be_visible()
    expect(dialog.get_by_role("button", name="Fortsätt vara inloggad")).to_be_focused()
    assert_no_axe_findings(page)
    dialog.get_by_role("button", name="Fortsätt vara inloggad").click()
    expect(dialog).to_be_hidden()
    # Left alone past the timeout, it says so and that the typed text is kept.
    page.clock.run_for((idle + 5) * 1000)
    expect(dialog.get_by_role("heading", name="Du har loggats ut")).to_be_visible()
    assert_no_axe_findings(page)
    # Logging out ends this user's drafts on this browser.
    page.goto("/personal/handelser/ny/")
    page.get_by_label("Vad hände?").fill("Ett utkast som inte ska finnas kvar.")
    page.clock.run_for(1000)
    assert len(drafts(page)) == 1
    # The header's log-out form (behind the phone's menu button, which another change is
    # redesigning): submitted as its button would.
    with page.expect_navigation():
        page.locator("header form[action$='/konto/logga-ut/']").first.evaluate(
            "form => form.requestSubmit()"
        )
    assert drafts(page) == []
    phone.close()

    # The organisation that can act is told and sees it waiting, on a laptop.
    from est_incidents.services import share_incident
    from notifications.models import NotificationSettings

    NotificationSettings.objects.create(user=reporter_b, handles_shares=True)
    share_incident(incident=incident, organisation=org_b, note="", acting_user=reporter_a)
    laptop = browser.new_context(base_url=live_server.url, locale="sv-SE", viewport=LAPTOP)
    page = laptop.new_page()
    page.set_default_timeout(10_000)
    page.goto("/konto/logga-in/")
    log_in(page, reporter_b.username)
    waiting = page.get_by_role("link", name="Delat med er – väntar på hantering (1)")
    expect(waiting).to_be_visible()
    expect(page.locator('[data-menu-count="shares_waiting_count"]').first).to_contain_text("1")
    assert_no_axe_findings(page)
    waiting.click()
    page.wait_for_url("**/personal/handelser/?delade=1")
    expect(page.locator("#results-heading")).to_have_text("1 händelse delad med er")
    expect(page.locator(".incident-table")).to_contain_text("Delad med er · Mottagen")
    assert_no_axe_findings(page)
    laptop.close()
    told = [m for m in mail.outbox if m.to == [reporter_b.email]]
    assert [m.subject for m in told] == [f"Delat med {org_b}: en händelse väntar på hantering"]
