"""A visitor on a phone switches the public pages to English and back (issue 26, point 5):
the switch is a plain link, the menu and the tip form speak English, axe finds no WCAG 2.1
A/AA violations in English (``lang`` on the page and on the link to the other language)."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_reads_the_public_pages_in_english_on_a_phone(
    page, contact_info, est_reference_data, assert_accessible
):
    page.set_viewport_size(PHONE)
    page.goto("/")
    page.get_by_role("link", name="In English").click()
    page.wait_for_function("document.documentElement.lang === 'en'")
    expect(page.locator("h1")).to_have_text("Safety and crime prevention in Hjo")

    page.get_by_role("button", name="Show or hide the menu").click()
    page.get_by_role("link", name="Send a tip", exact=True).click()
    page.wait_for_url("**/tipsa/")
    expect(page.locator("h1")).to_have_text("Tell us about a place that feels unsafe")
    expect(page.get_by_text("Is something happening right now? Call 112.")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_accessible(page)

    page.get_by_role("link", name="På svenska").click()
    page.wait_for_function("document.documentElement.lang === 'sv'")
    expect(page.locator("h1")).to_have_text("Tipsa om en otrygg plats")
