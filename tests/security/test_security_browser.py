"""In a real browser: the strict CSP breaks nothing (no violations on public pages and in the
admin), and the new pages (audit log, two-factor set-up, lockout) have no axe violations."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from hjo_safety.models import AuditEvent

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC = ["/", "/est/", "/kontakt/", "/tillganglighet/", "/konto/logga-in/"]
ADMIN = [
    "/admin/",
    "/admin/hjo_safety/membership/",
    "/admin/hjo_safety/membership/add/",
    "/admin/auth/user/",
    "/admin/hjo_safety/organisation/",
    "/admin/axes/accessattempt/",
]


@pytest.fixture
def csp_violations(page):
    """Collects CSP violations: the DOM event and Chromium's console messages."""
    found = []
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "(window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    def collect():
        return found + (page.evaluate("window.__csp || []") or [])

    return collect


def test_public_pages_and_admin_have_no_csp_violations(
    page, csp_violations, contact_info, coordinator, login_browser, reporter_a
):
    for path in PUBLIC:
        page.goto(path)
        page.wait_for_load_state("load")
        assert not csp_violations(), f"{path}: {csp_violations()}"
    login_browser(coordinator)
    for path in ["/personal/", "/personal/granskning/", *ADMIN]:
        page.goto(path)
        page.wait_for_load_state("load")
        assert page.locator("h1").count() >= 1, path
        assert not csp_violations(), f"{path}: {csp_violations()}"
    # The admin's JavaScript still works: the related-object "add" popup link and the
    # select-all checkbox of a changelist.
    page.goto("/admin/hjo_safety/membership/")
    page.locator("#action-toggle").check()
    assert page.locator("input.action-select").first.is_checked()
    assert not csp_violations()


def test_log_in_in_the_browser_with_csp(page, csp_violations, contact_info, coordinator):
    from tests.hjo_safety.factories import TEST_PASSWORD

    page.goto("/konto/logga-in/")
    page.get_by_label("Användarnamn").fill("strateg")
    page.get_by_label("Lösenord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/personal/")
    page.goto("/admin/")
    assert "administration" in page.title().lower()
    assert not csp_violations()
    assert AuditEvent.objects.filter(kind="login", user=coordinator).exists()


def test_audit_log_is_accessible(page, contact_info, coordinator, login_browser, assert_accessible):
    AuditEvent.objects.record(AuditEvent.Kind.LOGIN_FAILED, username="nagon")
    login_browser(coordinator)
    page.goto("/personal/granskning/")
    expect(page.locator("h1")).to_have_text("Granskningslogg")
    assert_accessible(page)
    page.goto("/personal/granskning/?date_from=fel")
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page)


def test_two_factor_pages_are_accessible(
    page, csp_violations, contact_info, coordinator, login_browser, assert_accessible, settings
):
    settings.OTP_REQUIRED_FOR_ADMINS = True
    login_browser(coordinator)
    page.goto("/personal/")
    page.wait_for_url("**/konto/tvastegsverifiering/**")
    expect(page.locator("h1")).to_have_text("Tvåstegsverifiering")
    assert page.locator("img.otp-qr").evaluate("img => img.naturalWidth") > 0
    assert_accessible(page)
    assert not csp_violations()

    from django_otp.oath import totp

    device = TOTPDevice.objects.get(user=coordinator)
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    page.get_by_label("Kod från appen (6 siffror)").fill(f"{code:06d}")
    page.get_by_role("button", name="Aktivera tvåstegsverifiering").click()
    page.wait_for_url("**/reservkoder/**")
    assert page.locator("ol.recovery-codes li").count() == 10
    assert_accessible(page)
    page.get_by_role("link", name="Fortsätt").click()
    page.wait_for_url("**/personal/")


def test_verify_page_is_accessible(page, contact_info, coordinator, assert_accessible):
    from tests.hjo_safety.factories import TEST_PASSWORD

    TOTPDevice.objects.create(user=coordinator, name="app", confirmed=True)
    page.goto("/konto/logga-in/")
    page.get_by_label("Användarnamn").fill("strateg")
    page.get_by_label("Lösenord").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/tvastegsverifiering/verifiera/**")
    expect(page.locator("h1")).to_have_text("Verifiera inloggningen")
    assert_accessible(page)


def test_lockout_page_is_accessible(
    page, csp_violations, contact_info, reporter_a, assert_accessible
):
    page.goto("/konto/logga-in/")
    for _ in range(5):
        page.get_by_label("Användarnamn").fill("reporter_a")
        page.get_by_label("Lösenord").fill("fel-losenord")
        page.get_by_role("button", name="Logga in").click()
        page.wait_for_load_state("load")
        if page.locator("h1").inner_text() != "Logga in":
            break
    expect(page.locator("h1")).to_have_text("Inloggningen är tillfälligt spärrad")
    assert_accessible(page)
    assert not csp_violations()
