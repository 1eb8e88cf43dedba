"""The kommunpolis writes a bulletin between the EST meetings on a laptop: from the staff menu
to the form, sent to one organisation, then the list of past bulletins; axe finds no WCAG 2.1
A/AA violations on the form, the bulletin or the list."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from hjo_safety.models import Role
from tests.hjo_safety.factories import OrganisationFactory, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "Extra patrull vid hamnen fredag och lördag kväll. Ring 112 vid pågående brott."


def test_kommunpolis_sends_a_bulletin_and_finds_it_in_the_list(
    page, login_browser, contact_info, org_a, reporter_a, assert_accessible
):
    police = OrganisationFactory(name="Polisen lokalpolisområde Skövde (test)", kind="police")
    login_browser(member(police, Role.ORG_ADMIN, username="kommunpolis"))
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto("/personal/")
    menu = page.get_by_role("navigation", name="Personalmeny")
    menu.locator(".staff-menu-bar").get_by_text("Möten", exact=True).click()  # the menu group
    menu.get_by_role("link", name="Utskick").click()
    page.get_by_role("link", name="Skriv ett utskick").click()
    assert_accessible(page)
    page.get_by_label("Helgens läge").check()
    page.get_by_label("Rubrik").fill("Helgen i hamnen")
    page.get_by_label("Text").fill(TEXT)
    page.get_by_label(org_a.name).check()
    page.get_by_role("button", name="Skicka utskicket").click()
    page.wait_for_url("**/personal/utskick/*/")
    assert "Utskicket är skickat: 1 mejl går i väg nu" in page.content()
    expect(page.get_by_role("heading", level=1)).to_have_text("Helgens läge: Helgen i hamnen")
    assert_accessible(page)
    page.get_by_role("link", name="Alla utskick").click()
    expect(page.get_by_role("link", name="Helgens läge: Helgen i hamnen")).to_be_visible()
    assert_accessible(page)
    assert [message.to for message in mail.outbox] == [[reporter_a.email]]
