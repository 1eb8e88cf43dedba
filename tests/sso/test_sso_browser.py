"""One Chromium journey through the local OpenID Connect provider: the login page's button, the
provider's own login form, the waiting page, an admin's approval, and the second login that the
provider's session completes without a form. axe on every portal page of the way."""

import pytest
from django.conf import settings as django_settings
from django.test import Client
from playwright.sync_api import expect

from hjo_safety.models import SsoIdentity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_new_colleague_signs_in_with_the_organisations_account_and_is_approved(
    browser,
    page,
    live_server,
    local_idp,
    settings,
    org_a,
    org_admin_a,
    contact_info,
    assert_accessible,
):
    local_idp.register("http://testserver/konto/sso/svar/", f"{live_server.url}/konto/sso/svar/")
    settings.OIDC_PROVIDERS = [local_idp.provider_settings()]
    local_idp.person("kollega", password="kollegans-lösen")

    page.goto("/konto/logga-in/")
    assert_accessible(page)
    page.get_by_role("link", name="Logga in med Testkommuns konto").click()
    page.get_by_label("Användarnamn").fill("kollega")
    page.get_by_label("Lösenord").fill("kollegans-lösen")
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/konto/sso/svar/**")
    expect(page.locator("h1")).to_have_text("Kontot väntar på godkännande")
    assert_accessible(page)

    # The organisation's admin approves, in a browser of their own.
    admin_context = browser.new_context(base_url=live_server.url, locale="sv-SE")
    admin = Client()
    admin.force_login(org_admin_a)
    cookie = admin.cookies[django_settings.SESSION_COOKIE_NAME]
    admin_context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    admin_page = admin_context.new_page()
    admin_page.goto("/personal/")
    admin_page.locator(".staff-menu-bar").get_by_text("Mer", exact=True).click()  # the menu group
    admin_page.get_by_role("link", name="Nya konton").click()
    admin_page.wait_for_url("**/personal/nya-konton/")
    admin_page.get_by_text("kollega@testkommun.se").wait_for()
    assert_accessible(admin_page)
    admin_page.get_by_role("button", name="Godkänn som rapportör").click()
    admin_page.get_by_text("är nu rapportör för").wait_for()
    admin_context.close()
    assert SsoIdentity.objects.get().status == SsoIdentity.Status.APPROVED

    # Signed in at the provider already: the button leads straight to the staff start page.
    page.goto("/konto/logga-in/")
    page.get_by_role("link", name="Logga in med Testkommuns konto").click()
    page.wait_for_url("**/personal/")
    expect(page.locator("h1")).to_have_text("Min start")
