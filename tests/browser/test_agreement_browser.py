"""The coordinator on a laptop records the cooperation agreement (issue 26, point 4) in the
admin: parties, validity, a priority area of the problem analysis, published; the public summary
/samverkan/ then shows it. axe finds no WCAG 2.1 A/AA violations on either page."""

from datetime import date

import pytest
from playwright.sync_api import expect

from citizen_promises.models import CooperationAgreement
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LAPTOP = {"width": 1366, "height": 768}


def test_the_coordinator_records_the_agreement_and_citizens_read_it(
    page, live_server, login_browser, coordinator, contact_info, assert_accessible
):
    police = OrganisationFactory(name="Polisen lokalpolisområde Skövde (test)")
    year = date.today().year
    page.set_viewport_size(LAPTOP)
    login_browser(coordinator)
    page.goto(f"{live_server.url}/admin/citizen_promises/cooperationagreement/add/")
    page.locator("#id_title").fill(f"Samverkansöverenskommelse {year}–{year + 2}")
    page.locator("#id_valid_from").fill(f"{year}-01-01")
    page.locator("#id_valid_to").fill(f"{year + 2}-12-31")
    page.locator("#id_summary").fill("Polisen och kommunen arbetar tillsammans mot otrygghet.")
    page.locator("#id_parties_from").select_option(label=police.name)
    page.locator("#id_parties_add").click()
    page.locator("#id_is_published").check()
    page.locator(".add-row a").first.click()
    area = page.locator(".inline-related:not(.empty-form)").first
    area.locator("input[name$='-0-title']").fill("Centrum på kvällarna")
    area.locator("textarea[name$='-0-problem']").fill("Samlingar och skadegörelse vid torget.")
    area.locator("textarea[name$='-0-goals']").fill("Färre anmälningar om skadegörelse.")
    area.locator("textarea[name$='-0-measures']").fill("Fler kvällspatruller\nBättre belysning")
    assert_accessible(page)
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Samverkansöverenskommelse")
    agreement = CooperationAgreement.objects.get()
    assert agreement.is_published and list(agreement.parties.all()) == [police]

    page.goto(f"{live_server.url}/samverkan/")
    expect(page.get_by_role("heading", name="Centrum på kvällarna")).to_be_visible()
    expect(page.get_by_text("Fler kvällspatruller")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
    assert_accessible(page)
