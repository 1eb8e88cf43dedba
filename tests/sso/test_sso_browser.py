"""One Chromium journey through the local OpenID Connect provider: the login page's button, the
provider's own login form, the waiting page, an admin's approval, and the second login that the
provider's session completes without a form. axe on every portal page of the way."""

import re

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


def _through_the_provider(page, username, password="idp-lösen-1"):
    """Click the login page's button; log in at the provider if its form is shown."""
    page.goto("/konto/logga-in/")
    page.get_by_role("link", name="Logga in med Testkommuns konto").click()
    page.wait_for_url(lambda url: "/login/" in url or "/konto/" in url or "/personal/" in url)
    if "/login/" in page.url:  # the provider's own form (no provider session in this browser)
        page.get_by_label("Användarnamn").fill(username)
        page.get_by_label("Lösenord").fill(password)
        page.get_by_role("button", name="Logga in").click()


def test_role_mapping_and_deactivation_at_the_provider_in_chromium(
    page, live_server, local_idp, settings, org_a, contact_info, assert_accessible
):
    """A group claim mapped to an admin role (``role_map``), the provider's multi-factor login
    instead of the portal's code, and the session ending at the next request once the person
    is deactivated at the provider."""
    local_idp.register("http://testserver/konto/sso/svar/", f"{live_server.url}/konto/sso/svar/")
    settings.OTP_REQUIRED_FOR_ADMINS = True
    settings.OIDC_PROVIDERS = [
        local_idp.provider_settings(
            role_claim="groups",
            role_map={"fritid-chefer": [[org_a.name, "org_admin"]]},
            session_check_seconds=0,
        )
    ]
    local_idp.person("chefen", groups=["fritid-chefer", "mfa"], password="chefens-lösen")

    _through_the_provider(page, "chefen", "chefens-lösen")
    page.wait_for_url("**/personal/")
    expect(page.locator("h1")).to_have_text("Min start")
    page.goto("/personal/nya-konton/")  # an organisation admin's page: the mapped role
    expect(page.locator("h1")).to_have_text("Nya konton att godkänna")
    assert_accessible(page)

    local_idp.person("chefen", groups=["fritid-chefer", "mfa"], is_active=False)
    page.goto("/personal/handelser/")
    page.wait_for_url("**/konto/logga-in/**")
    expect(page.get_by_text("har upphört")).to_be_visible()
    assert_accessible(page)
    page.goto("/personal/")
    page.wait_for_url("**/konto/logga-in/**")


def test_a_tampered_state_a_wrong_audience_and_an_expired_token_in_chromium(
    page, live_server, local_idp, settings, org_a, contact_info
):
    """The provider's answer with another ``state`` (rewritten on its way back), a token for
    another client and an expired one: each ends on the login page with its message, signed
    out."""
    from tests.hjo_safety.factories import member

    local_idp.register("http://testserver/konto/sso/svar/", f"{live_server.url}/konto/sso/svar/")
    settings.OIDC_PROVIDERS = [local_idp.provider_settings()]
    member(org_a, "reporter", username="angripen", email="angripen@testkommun.se")
    local_idp.person("angripen", password="angripens-lösen")

    sessions = []

    def forge_state(route):
        # The portal's redirect to the provider, with another state in it (redirects pass
        # Playwright's routes by, so the button's own request is answered here instead).
        response = route.fetch(max_redirects=0)
        forged = re.sub(r"state=[^&]+", "state=forfalskat", response.headers["location"])
        headers = {"Location": forged}
        if "set-cookie" in response.headers:  # the session that holds the real state
            headers["Set-Cookie"] = response.headers["set-cookie"]
        sessions.append(
            django_settings.SESSION_COOKIE_NAME
            in headers.get("Set-Cookie", "") + route.request.headers.get("cookie", "")
        )
        route.fulfill(status=302, headers=headers)

    page.route("**/konto/sso/testkommun/", forge_state)
    _through_the_provider(page, "angripen", "angripens-lösen")
    page.wait_for_url("**/konto/logga-in/")
    expect(page.locator(".messages")).to_contain_text("påbörjats här")
    assert sessions == [True]  # the portal had begun a login in this browser: only the state lies
    page.unroute("**/konto/sso/testkommun/")
    page.goto("/personal/")
    page.wait_for_url("**/konto/logga-in/**")
    # The same browser, untouched: the provider's session lets it straight in.
    _through_the_provider(page, "angripen", "angripens-lösen")
    page.wait_for_url("**/personal/")
    expect(page.locator("h1")).to_have_text("Min start")
    page.context.clear_cookies()

    for group in ("test-wrong-audience", "test-expired"):
        # A new password at the provider ends its session there: its form is shown again.
        local_idp.person("angripen", groups=[group], password="angripens-lösen")
        _through_the_provider(page, "angripen", "angripens-lösen")
        page.wait_for_url("**/konto/logga-in/")
        expect(page.locator(".messages")).to_contain_text("kunde inte godkännas")
        page.goto("/personal/")
        page.wait_for_url("**/konto/logga-in/**")
