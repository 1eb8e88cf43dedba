"""Sharing in a real browser, on a phone (375×667): a reporter shares an incident, the receiving
organisation's reporter logs in, sees and handles it, the share is withdrawn and the receiver
gets 404. axe finds no WCAG 2.1 A/AA violations on the share page and the incident page."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from est_incidents.models import IncidentShare
from tests.est_incidents.factories import IncidentFactory
from tests.hjo_safety.factories import TEST_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE_SE = {"width": 375, "height": 667}


def _phone(browser, live_server):
    return browser.new_context(base_url=live_server.url, locale="sv-SE", viewport=PHONE_SE)


def _log_in(page, username):
    page.goto("/konto/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/personal/")


def test_share_handle_and_withdraw_on_a_phone(
    browser, live_server, contact_info, org_a, org_b, reporter_a, reporter_b, assert_accessible
):
    incident = IncidentFactory(
        organisation=org_a, reported_by=reporter_a, description="Gatlyktan vid torget är trasig."
    )
    detail = f"/personal/handelser/{incident.pk}/"

    sharer = _phone(browser, live_server)
    page = sharer.new_page()
    _log_in(page, "reporter_a")
    page.goto(detail)
    page.get_by_role("link", name="Dela med en annan organisation").click()
    page.wait_for_url(f"**{detail}dela/")
    expect(page.locator("h1")).to_have_text(f"Dela händelse {incident.pk}")
    assert_accessible(page)
    # A note with a phone number is refused with the error summary, accessibly.
    page.get_by_label("Dela med").select_option(label=org_b.name)
    page.get_by_label("Meddelande till mottagaren").fill("Ring mig på 070-123 45 67.")
    page.get_by_role("button", name="Dela händelsen").click()
    expect(page.locator("#error-summary")).to_contain_text("telefonnummer")
    assert_accessible(page)
    page.get_by_label("Meddelande till mottagaren").fill("Kan ni byta lampan?")
    page.get_by_role("button", name="Dela händelsen").click()
    page.wait_for_url(f"**{detail}")
    assert f"Händelsen är delad med {org_b.name}." in page.content()
    assert_accessible(page)

    receiver = _phone(browser, live_server)
    other = receiver.new_page()
    _log_in(other, "reporter_b")
    other.goto("/personal/handelser/?delade=1")
    # On a phone the list is cards: the visible link to the incident is on its card.
    other.locator(f'a[href="{detail}"]:visible').first.click()
    other.wait_for_url(f"**{detail}")
    assert "Gatlyktan vid torget är trasig." in other.content()
    assert "Kan ni byta lampan?" in other.content()
    assert other.get_by_role("link", name="Rätta").count() == 0
    other.get_by_label("Er hantering").select_option(label="Åtgärdad")
    other.get_by_label("Anteckning om hanteringen").fill("Lampan bytt i dag.")
    other.get_by_role("button", name="Spara hanteringen").click()
    # The answer is a new page: wait for it (reading the page mid-navigation reads nothing).
    expect(other.get_by_text("Er hantering är sparad.")).to_be_visible()
    assert_accessible(other)
    # The reporter hears what the receiving organisation did, by e-mail.
    notes = [
        m for m in mail.outbox if m.subject == f"{org_b} har skrivit om din händelse: Åtgärdad"
    ]
    assert [m.to for m in notes] == [[reporter_a.email]]
    assert "Lampan bytt i dag." in notes[0].body

    page.reload()
    assert "Lampan bytt i dag." in page.content()
    assert "Läst av mottagaren" in page.content()
    page.get_by_role("button", name=f"Återkalla delningen med {org_b.name}").click()
    expect(page.get_by_text(f"Delningen med {org_b.name} är återkallad.")).to_be_visible()

    response = other.goto(detail)
    assert response.status == 404
    share = IncidentShare.objects.get()
    assert share.withdrawn_by == reporter_a and share.handling_status == "done"
    sharer.close()
    receiver.close()
