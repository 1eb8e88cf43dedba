"""Citizens' pages in a real browser: axe finds no WCAG 2.1 A/AA violations; keyboard works."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC_PAGES = [
    "/",
    "/est/",
    "/kontakt/",
    "/tillganglighet/",
    "/personuppgifter/",
    "/konto/logga-in/",
    "/konto/losenord/aterstall/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_has_no_accessibility_violations(page, contact_info, assert_accessible, path):
    page.goto(path)
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_skip_link_is_first_and_moves_focus_to_main(page, contact_info):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Hoppa till huvudinnehållet"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main-content"


def test_start_page_on_a_phone_with_the_menu(page, contact_info, assert_accessible):
    page.set_viewport_size(PHONE)
    page.goto("/")
    toggle = page.get_by_role("button", name="Visa eller dölj menyn")
    toggle.click()
    # The menu unfolds with a transition: click its link once it is open, and wait for the page.
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.locator("#main-nav.show").wait_for(state="visible")
    with page.expect_navigation(url="**/kontakt/"):
        page.get_by_role("link", name="Kontakt", exact=True).click()
    expect(page.locator("h1")).to_have_text("Kontakt")
    assert_accessible(page)


def test_staff_login_and_start_page(page, contact_info, reporter_a, assert_accessible):
    from tests.hjo_safety.factories import TEST_PASSWORD

    page.goto("/personal/")
    page.get_by_label("Användarnamn").fill("reporter_a")
    page.get_by_label("Lösenord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/personal/")
    expect(page.locator("h1")).to_have_text("Min start")
    assert_accessible(page)
