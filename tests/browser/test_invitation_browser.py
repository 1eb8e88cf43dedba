"""New staff on a phone: the invitation's link → choose a password → log in; the e-mail
settings page in a real browser, with axe."""

import re

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.test import Client

from hjo_safety.models import Role
from tests.conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NEW_PASSWORD = "Ett-nytt-losenord-Hjo-2026"


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="sv-SE", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield context, page
    context.close()


def test_invited_user_sets_a_password_and_logs_in_on_a_phone(
    phone, live_server, org_a, org_admin_a, contact_info, assert_accessible, settings
):
    settings.PUBLIC_BASE_URL = live_server.url
    admin = Client()
    admin.force_login(org_admin_a)
    response = admin.post(
        "/admin/auth/user/add/",
        {
            "username": "ny.kollega",
            "email": "ny.kollega@example.se",
            "usable_password": "false",
            "organisation": org_a.pk,
            "role": Role.REPORTER,
        },
    )
    assert response.status_code == 302
    assert [m.subject for m in mail.outbox] == ["Välkommen till Hjo Trygghet"]
    link = re.search(r"(/konto/losenord/valj/\S+/)", mail.outbox[0].body).group(1)

    _context, page = phone
    page.goto(link)
    assert page.locator("h1").inner_text() == "Välj nytt lösenord"
    assert_accessible(page)
    page.locator("input[name=new_password1]").fill(NEW_PASSWORD)
    page.locator("input[name=new_password2]").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Spara lösenord").click()
    page.wait_for_url("**/klart/")

    page.goto("/konto/logga-in/")
    page.locator("input[name=username]").fill("ny.kollega")
    page.locator("input[name=password]").fill(NEW_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Logga in").click()
    page.wait_for_url("**/personal/")
    assert page.locator("h1").inner_text() == "Min start"


def test_settings_page_on_a_phone(phone, live_server, reporter_a, contact_info, assert_accessible):
    context, page = phone
    client = Client()
    client.force_login(reporter_a)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page.goto("/personal/installningar/")
    assert page.locator("h1").inner_text() == "Inställningar för e-post"
    assert_accessible(page)
    page.get_by_label("när status ändras på en händelse jag rapporterat").uncheck()
    page.get_by_label("Varje vecka").check()
    page.get_by_role("button", name="Spara").click()
    assert page.get_by_text("Dina val för e-post är sparade.").is_visible()
    from notifications.models import NotificationSettings

    saved = NotificationSettings.objects.get(user=reporter_a)
    assert not saved.incident_status and saved.digest == "weekly"
