"""The kommunpolis writes a bulletin between the EST meetings on a laptop: from the staff menu
to the form (which shows the early warning that will go with it), sent to one organisation,
then the list of past bulletins; the mail carries the warning; axe finds no WCAG 2.1 A/AA
violations on the form, the bulletin or the list."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from est_incidents.models import Category, Place
from hjo_safety.models import Role
from tests.est_incidents.factories import IncidentFactory
from tests.hjo_safety.factories import OrganisationFactory, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "Extra patrull vid hamnen fredag och lördag kväll. Ring 112 vid pågående brott."
WARNING = "Ovanligt många: Hamnen, skadegörelse (9 mot normalt 3)"


def _rise_at_the_harbour(organisation):
    """Hamnen, skadegörelse: 3 a fortnight for twelve weeks, then 9 in the last week."""
    vandalism = Category.objects.get(name="Skadegörelse", parent=None)
    harbour = Place.objects.get(name="Hamnen")
    now = timezone.now()
    for fortnight in range(1, 7):
        for index in range(3):
            IncidentFactory(
                organisation=organisation,
                category=vandalism,
                place=harbour,
                occurred_at=now - timedelta(days=14 * fortnight + index + 1),
            )
    for index in range(9):
        IncidentFactory(
            organisation=organisation,
            category=vandalism,
            place=harbour,
            occurred_at=now - timedelta(days=index % 7, hours=2),
        )


def test_kommunpolis_sends_a_bulletin_and_finds_it_in_the_list(
    page, login_browser, est_reference_data, contact_info, org_a, reporter_a, assert_accessible
):
    _rise_at_the_harbour(org_a)
    police = OrganisationFactory(name="Polisen lokalpolisområde Skövde (test)", kind="police")
    login_browser(member(police, Role.ORG_ADMIN, username="kommunpolis"))
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto("/personal/")
    menu = page.get_by_role("navigation", name="Personalmeny")
    menu.locator(".staff-menu-bar").get_by_text("Möten", exact=True).click()  # the menu group
    menu.get_by_role("link", name="Utskick").click()
    page.get_by_role("link", name="Skriv ett utskick").click()
    expect(page.locator(".bulletin-warnings")).to_contain_text(WARNING)
    assert_accessible(page)
    page.get_by_label("Helgens läge").check()
    page.get_by_label("Rubrik").fill("Helgen i hamnen")
    page.get_by_label("Text").fill(TEXT)
    page.get_by_label(org_a.name).check()
    page.get_by_role("button", name="Skicka utskicket").click()
    page.wait_for_url("**/personal/utskick/*/")
    assert "Utskicket är skickat: 1 mejl går i väg nu" in page.content()
    expect(page.get_by_role("heading", level=1)).to_have_text("Helgens läge: Helgen i hamnen")
    expect(page.locator(".bulletin-warnings")).to_contain_text(WARNING)
    assert_accessible(page)
    page.get_by_role("link", name="Alla utskick").click()
    expect(page.get_by_role("link", name="Helgens läge: Helgen i hamnen")).to_be_visible()
    assert_accessible(page)
    assert [message.to for message in mail.outbox] == [[reporter_a.email]]
    assert WARNING in mail.outbox[0].body
