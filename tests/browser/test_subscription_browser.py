"""A citizen on a phone follows a promise by e-mail (issue 26): from the promise's page to the
form, the "check your e-mail" page, and the confirmation link from the mail. axe finds no WCAG
2.1 A/AA violations and nothing is wider than the phone."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from notifications.models import Subscription
from tests.citizen_promises.factories import CitizenPromiseFactory
from tests.conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fits_the_phone(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_citizen_follows_a_promise_by_e_mail_on_a_phone(
    page, live_server, contact_info, assert_accessible, settings
):
    settings.PUBLIC_BASE_URL = live_server.url
    promise = CitizenPromiseFactory(published=True, title="Tryggare hamn")
    page.set_viewport_size(PHONE)
    page.goto(promise.get_absolute_url())
    page.get_by_role("link", name="Få ett mejl när löftet följs upp").click()
    page.wait_for_url("**/folj/?lofte=*")
    assert page.get_by_label("Uppföljningar av ett medborgarlöfte").is_checked()
    assert page.get_by_label("Medborgarlöfte", exact=True).input_value() == str(promise.pk)
    fits_the_phone(page)
    assert_accessible(page)

    page.get_by_label("Din e-postadress").fill("ann@example.org")
    page.get_by_role("button", name="Prenumerera").click()
    page.wait_for_url("**/folj/skickat/")
    expect(page.locator("h1")).to_have_text("Bekräfta i din e-post")
    fits_the_phone(page)
    assert_accessible(page)

    [confirmation] = mail.outbox
    link = re.search(r"(http://\S+/folj/bekrafta/\S+/)", confirmation.body).group(1)
    page.goto(link)
    page.get_by_role("button", name="Ja, bekräfta").click()
    expect(
        page.get_by_text("Klart. Du får e-post om ”Uppföljningar av ”Tryggare hamn”")
    ).to_be_visible()
    assert_accessible(page)
    assert Subscription.objects.get().confirmed_at is not None


def test_a_citizen_follows_an_areas_figures_from_the_figures_page_without_javascript(
    browser, live_server, contact_info, settings
):
    """On a phone with JavaScript off: the area is chosen on /trygghet-i-siffror/ (a GET form),
    the subscription form opens with the topic and the area chosen, and is sent."""
    from tests.est_incidents.factories import PlaceFactory

    settings.PUBLIC_BASE_URL = live_server.url
    harbour = PlaceFactory(name="Hamnen (test)")
    PlaceFactory(name="Torget (test)")
    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", java_script_enabled=False, viewport=PHONE
    )
    page = context.new_page()
    try:
        page.goto("/trygghet-i-siffror/")
        area = page.get_by_label("Få ett mejl med de nya siffrorna när de publiceras, för")
        area.select_option(label="Hamnen (test)")
        page.get_by_role("button", name="Följ via e-post").click()
        page.wait_for_url(f"**/folj/?amne=figures&omrade={harbour.pk}")
        expect(
            page.get_by_label("Nya siffror i Trygghet i siffror (när de släpps)")
        ).to_be_checked()
        expect(page.get_by_label("Område", exact=True)).to_have_value(str(harbour.pk))
        fits_the_phone(page)

        page.get_by_label("Din e-postadress").fill("granne@example.org")
        page.get_by_role("button", name="Prenumerera").click()
        page.wait_for_url("**/folj/skickat/")
        expect(page.locator("h1")).to_have_text("Bekräfta i din e-post")
    finally:
        context.close()
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.place, subscription.topic) == (
        "granne@example.org",
        harbour,
        "figures",
    )
    [confirmation] = mail.outbox
    assert "Nya siffror för Hamnen (test) i Trygghet i siffror" in confirmation.body


def test_the_figures_pages_subscription_form_is_accessible_on_a_phone(
    page, live_server, contact_info, assert_accessible
):
    from tests.est_incidents.factories import PlaceFactory

    PlaceFactory(name="Hamnen (test)")
    page.set_viewport_size(PHONE)
    page.goto("/trygghet-i-siffror/")
    expect(page.get_by_role("button", name="Följ via e-post")).to_be_visible()
    fits_the_phone(page)
    assert_accessible(page)
