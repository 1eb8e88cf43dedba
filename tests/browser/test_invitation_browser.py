"""An organisation admin's colleagues on a laptop (/personal/medarbetare/), the invited one's
link on a phone → choose a password → logged in; the menus at 1366 and 390 px; the e-mail
settings page in a real browser, with axe."""

import re

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from hjo_safety.models import Role
from tests.conftest import PHONE
from tests.hjo_safety.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NEW_PASSWORD = "Ett-nytt-losenord-Hjo-2026"


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="sv-SE", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield context, page
    context.close()


LAPTOP = {"width": 1366, "height": 768}
ONE_LINE = 60  # px: a row of menu links that wraps is taller than this


@pytest.fixture
def laptop(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="sv-SE", viewport=LAPTOP)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield context, page
    context.close()


def _log_in(context, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def _height(page, selector):
    return page.locator(selector).bounding_box()["height"]


def test_org_admin_manages_colleagues_on_a_laptop_and_the_invited_one_starts_on_a_phone(
    laptop,
    phone,
    live_server,
    org_a,
    org_admin_a,
    reporter_a,
    contact_info,
    assert_accessible,
    settings,
):
    """The members journey (/personal/medarbetare/) and the menus at 1366 px and 390 px, with
    axe at every impact level on each page."""
    settings.PUBLIC_BASE_URL = live_server.url
    leaver = member(org_a, Role.REPORTER, username="slutat", first_name="Sara", last_name="Slutat")
    context, page = laptop
    _log_in(context, live_server, org_admin_a)
    page.goto("/personal/")
    # Both menus fit one line at 1366 px; a group opens without leaving the page.
    assert _height(page, "#main-nav") < ONE_LINE
    assert _height(page, ".staff-menu-bar") < ONE_LINE
    staff_menu = page.get_by_role("navigation", name="Personalmeny")
    staff_menu.locator("summary", has_text="Mer").click()
    assert_accessible(page, every_rule=True)
    staff_menu.get_by_role("link", name="Medarbetare").click()
    page.wait_for_url("**/personal/medarbetare/")
    expect(page.locator("h1")).to_have_text("Medarbetare")
    assert_accessible(page, every_rule=True)

    page.get_by_role("link", name="Bjud in medarbetare").click()
    page.wait_for_url("**/bjud-in/")
    assert page.locator("input[type=password]").count() == 0
    assert_accessible(page, every_rule=True)
    page.get_by_label("Förnamn").fill("Nora")
    page.get_by_label("Efternamn").fill("Nyström")
    page.get_by_label("E-postadress").fill("nora.nystrom@example.se")
    page.get_by_label("Roll").select_option(label="Rapportör")
    page.get_by_role("button", name="Skicka inbjudan").click()
    page.wait_for_url("**/personal/medarbetare/")
    expect(page.get_by_text("En inbjudan är skickad till nora.nystrom@example.se")).to_be_visible()
    invitation = page.locator(".invitations li", has_text="nora.nystrom@example.se")
    invitation.get_by_role("button", name="Skicka igen").click()
    expect(
        page.get_by_text("En ny inbjudan är skickad till nora.nystrom@example.se")
    ).to_be_visible()
    assert_accessible(page, every_rule=True)

    # Change a colleague's role, then remove one who has left.
    page.get_by_role("link", name=f"Ändra roll eller ta bort {reporter_a.get_full_name()}").click()
    assert_accessible(page, every_rule=True)
    page.get_by_label("Roll").select_option(label="Organisationsadministratör")
    page.get_by_role("button", name="Spara roll").click()
    expect(page.get_by_text("har nu rollen Organisationsadministratör")).to_be_visible()
    page.get_by_role("link", name="Ändra roll eller ta bort Sara Slutat").click()
    page.get_by_role("link", name=re.compile("Ta bort ur")).click()
    assert_accessible(page, every_rule=True)
    page.get_by_role("button", name="Ja, ta bort").click()
    expect(page.get_by_text("kan inte längre logga in")).to_be_visible()
    leaver.refresh_from_db()
    assert not leaver.is_active

    # The invited colleague, on a phone: choose a password and be logged in at once.
    assert [m.subject for m in mail.outbox] == ["Välkommen till Hjo Trygghet"] * 2
    link = re.search(r"(/konto/losenord/valj/\S+/)", mail.outbox[-1].body).group(1)
    _context, phone_page = phone
    phone_page.goto(link)
    expect(phone_page.locator("h1")).to_have_text("Välj nytt lösenord")
    assert_accessible(phone_page, every_rule=True)
    phone_page.locator("input[name=new_password1]").fill(NEW_PASSWORD)
    phone_page.locator("input[name=new_password2]").fill(NEW_PASSWORD)
    phone_page.get_by_role("button", name="Spara lösenord").click()
    phone_page.wait_for_url("**/personal/")
    expect(phone_page.locator("h1")).to_have_text("Min start")
    # The staff menu is one line under the header until it is opened.
    assert _height(phone_page, ".site-header") < 120
    phone_page.get_by_text("Personalmeny", exact=True).click()
    assert_accessible(phone_page, every_rule=True)
    phone_page.get_by_role("navigation", name="Personalmeny").get_by_role(
        "link", name="Trygghetsvandringar"
    ).click()
    phone_page.wait_for_url("**/personal/trygghetsvandringar/")


def test_settings_page_on_a_phone(phone, live_server, reporter_a, contact_info, assert_accessible):
    context, page = phone
    client = Client()
    client.force_login(reporter_a)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page.goto("/personal/installningar/")
    expect(page.locator("h1")).to_have_text("Inställningar för e-post")
    assert_accessible(page)
    page.get_by_label("när status ändras på en händelse jag rapporterat").uncheck()
    page.get_by_label("Varje vecka").check()
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_text("Dina val för e-post är sparade.")).to_be_visible()
    from notifications.models import NotificationSettings

    saved = NotificationSettings.objects.get(user=reporter_a)
    assert not saved.incident_status and saved.digest == "weekly"
