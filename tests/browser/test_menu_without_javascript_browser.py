"""On a phone without JavaScript the menus still work: the public links, the staff menu (a
<details> disclosure) and "Logga ut" are reachable."""

import pytest
from playwright.sync_api import expect

from tests.conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def no_js_phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport=PHONE, java_script_enabled=False
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield context, page, live_server.url
    context.close()


def test_phone_without_javascript_reaches_the_menu_links(no_js_phone, contact_info):
    _context, page, _url = no_js_phone
    page.goto("/")
    # Nothing to open: the menu button is hidden and the links are shown.
    expect(page.get_by_role("button", name="Visa eller dölj menyn")).not_to_be_visible()
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Kontakt", exact=True
    ).click()
    expect(page.locator("h1")).to_have_text("Kontakt")


def test_phone_without_javascript_uses_the_staff_menu_and_logs_out(
    no_js_phone, contact_info, reporter_a
):
    from django.conf import settings
    from django.test import Client

    context, page, url = no_js_phone
    client = Client()
    client.force_login(reporter_a)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": url}])
    page.goto("/personal/")
    expect(page.locator("h1")).to_have_text("Min start")
    staff_menu = page.get_by_role("navigation", name="Personalmeny")
    expect(staff_menu.get_by_role("link", name="Alla händelser")).not_to_be_visible()
    staff_menu.get_by_text("Personalmeny", exact=True).click()
    staff_menu.get_by_role("link", name="Alla händelser").click()
    page.wait_for_url("**/personal/handelser/")
    logout = page.get_by_role("button", name="Logga ut")
    expect(logout).to_be_visible()
    logout.click()
    page.wait_for_url("**/")
    expect(page.get_by_role("link", name="Logga in (personal)")).to_be_visible()
    page.goto("/personal/")
    assert "/konto/logga-in/" in page.url
