"""Field staff on a phone without a signal (issue 25, points 6 and 7): the incident form and
the safety-walk form open from the service worker's copy, four reports wait in the browser, are
sent once each when the network returns, a refused one survives logging out, and a photo is attached to the
saved incident (re-encoded; axe finds nothing on the way)."""

import io
import json
import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from est_incidents.models import Incident
from est_measures.models import SafetyWalk
from hjo_safety.models import Attachment, attachment_storage
from tests.conftest import PHONE
from tests.hjo_safety.test_attachments import jpeg_with_gps

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
FORM = "/personal/handelser/ny/"
WALK_FORM = "/personal/trygghetsvandringar/ny/"
KEPT_PAGES = "caches.open('hjo-sidor-v1').then(c => c.keys()).then(k => k.length >= %d)"


def log_in(context, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def type_report(page, description):
    page.get_by_label("Kategori").select_option(label="Skadegörelse – Klotter")
    page.get_by_label("Plats i listan").select_option(label="Hamnen")
    page.get_by_label("Vad hände?").fill(description)
    page.get_by_label("Nej").check()
    page.get_by_role("button", name="Skicka rapporten").click()


def test_field_staff_reports_without_a_signal_and_adds_a_photo(
    browser, live_server, est_reference_data, reporter_a, org_a, assert_accessible
):
    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport=PHONE, service_workers="allow"
    )
    try:
        log_in(context, live_server, reporter_a)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(FORM)
        assert page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        # Controlled from now on: the worker keeps a copy of the form as it passes.
        page.reload()
        page.wait_for_function(KEPT_PAGES % 1)
        page.goto(WALK_FORM)
        page.wait_for_function(KEPT_PAGES % 2)
        page.goto(FORM)

        context.set_offline(True)
        page.reload()  # from the worker's copy
        expect(page.locator("h1")).to_have_text("Rapportera en händelse")
        type_report(page, "Nytt klotter på servicehusets vägg.")
        expect(page.get_by_text("Rapporten är sparad i telefonen.")).to_be_visible()
        type_report(page, "Krossad ruta i väntkuren.")
        type_report(page, "Bilen ABC 123 körde på cykelbanan.")  # refused by the guard later
        expect(page.get_by_role("status")).to_contain_text(
            "3 rapporter väntar på att skickas. De skickas när du har täckning igen."
        )
        assert Incident.objects.count() == 0
        assert_accessible(page)

        # The safety-walk form, with a finding, also opens and waits without a signal.
        page.goto(WALK_FORM)
        page.locator("[name=date]").fill("2026-11-20")
        page.locator("[name=area]").fill("Strandpromenaden")
        page.locator(f"[name=organisations][value='{org_a.pk}']").check()
        page.locator("[name=fynd-0-problem_kind]").select_option(index=1)
        page.locator("[name=fynd-0-description]").fill("Trasig lykta vid bryggan.")
        page.get_by_role("button", name="Spara").click()
        expect(page.get_by_role("status")).to_contain_text("4 rapporter väntar på att skickas.")
        key = f"hjo-offline-queue:{reporter_a.pk}"  # the user's own queue
        value = page.evaluate("key => localStorage.getItem(key)", key)
        assert len(json.loads(value)) == 4

        context.set_offline(False)  # the "online" event sends the queue, one entry after another
        expect(page.get_by_role("status")).to_have_text(
            "1 rapport kunde inte sparas. Öppna den och rätta den."
        )
        assert Incident.objects.count() == 2
        walk = SafetyWalk.objects.get()
        assert walk.findings.get().description == "Trasig lykta vid bryggan."
        expect(page.locator("[data-offline-failed]")).to_contain_text("registreringsnummer")

        # An answer that was lost: the same entry sent again is saved only once.
        page.evaluate(
            "([key, value]) => { const all = JSON.parse(value); const mine = "
            "JSON.parse(localStorage.getItem(key)); mine.push(all[0]); "
            "localStorage.setItem(key, JSON.stringify(mine)); }",
            [key, value],
        )
        page.reload()
        expect(page.get_by_role("status")).to_have_text(re.compile(r"^1 rapport kunde inte"))
        assert Incident.objects.count() == 2

        # Logging out keeps the refused report; logging in again shows it.
        page.evaluate(
            "document.querySelector(\"form[action$='/konto/logga-ut/']\").requestSubmit()"
        )
        page.wait_for_url(re.compile(r"/$|/konto/"))
        page.wait_for_function("caches.has('hjo-sidor-v1').then(kept => !kept)")  # forgotten
        log_in(context, live_server, reporter_a)
        page.goto("/personal/")
        page.get_by_role("link", name="Öppna i formuläret").click()
        expect(page.get_by_label("Vad hände?")).to_have_value("Bilen ABC 123 körde på cykelbanan.")
        page.get_by_label("Vad hände?").fill("En bil körde på cykelbanan.")
        page.get_by_role("button", name="Skicka rapporten").click()
        page.wait_for_url(re.compile(r"/personal/handelser/\d+/"))
        assert Incident.objects.count() == 3
        expect(page.locator("[data-offline-status]")).to_be_hidden()

        # A photo of the scene, from the phone's camera roll.
        page.get_by_label("Lägg till en bild").set_input_files(
            {"name": "IMG_2041.jpg", "mimeType": "image/jpeg", "buffer": jpeg_with_gps()}
        )
        page.get_by_role("button", name="Ladda upp bilden").click()
        expect(page.get_by_text("Bilden är sparad.")).to_be_visible()
        image = page.get_by_role("img", name=re.compile(r"^Bild 1, uppladdad"))
        expect(image).to_be_visible()
        # The browser decodes it: the re-encoded JPEG, 640 px wide as taken.
        page.wait_for_function("img => img.naturalWidth === 640", arg=image.element_handle())
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert_accessible(page)
        stored = attachment_storage().open(Attachment.objects.get().file.name).read()
        assert b"Exif" not in stored
        assert io.BytesIO(stored).getbuffer().nbytes > 0
    finally:
        context.close()
