"""Papers on an EST meeting in a real browser (issue 25, point 6): the coordinator attaches the
agenda's PDF to the coming meeting on a laptop; a participant of another organisation reads the
meeting and opens the paper through the access-checked link, and has no upload form; a file
that is not a PDF is refused with a clear Swedish error. axe finds nothing."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from hjo_safety.models import Attachment
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_the_coordinator_attaches_a_paper_that_a_participant_opens(
    browser, live_server, coordinator, reporter_b, contact_info, assert_accessible, tmp_path
):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=3))
    url = f"/personal/est-moten/{meeting.pk}/"
    not_a_pdf = tmp_path / "dagordning.pdf"
    not_a_pdf.write_bytes(b"GIF89a")
    paper = tmp_path / "underlag.pdf"
    paper.write_bytes(PDF)

    context = _laptop(browser, live_server, coordinator)
    page = context.new_page()
    page.goto(url)
    papers = page.locator(".attachments", has_text="Handlingar")
    expect(papers).to_contain_text("Inga handlingar.")
    papers.get_by_label("Lägg till en handling (PDF)").set_input_files(str(not_a_pdf))
    papers.get_by_role("button", name="Ladda upp handlingen").click()
    expect(page.locator(".invalid-feedback")).to_contain_text("Filen är ingen PDF")
    assert_accessible(page)
    page.goto(url)
    papers = page.locator(".attachments", has_text="Handlingar")
    papers.get_by_label("Lägg till en handling (PDF)").set_input_files(str(paper))
    papers.get_by_role("button", name="Ladda upp handlingen").click()
    link = page.get_by_role("link", name=re.compile(r"Handling 1 \(PDF\)"))
    expect(link).to_be_visible()
    assert_accessible(page)
    context.close()
    assert Attachment.objects.count() == 1

    context = _laptop(browser, live_server, reporter_b)
    page = context.new_page()
    page.goto(url)
    link = page.get_by_role("link", name=re.compile(r"Handling 1 \(PDF\)"))
    expect(link).to_be_visible()
    expect(page.get_by_role("button", name="Ladda upp handlingen")).to_have_count(0)
    response = page.request.get(link.get_attribute("href"))
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body() == PDF
    assert_accessible(page)
    context.close()
    # Without a session the same address asks for a login: never a public media URL.
    anonymous = browser.new_context(base_url=live_server.url)
    address = reverse("attachments:file", args=[Attachment.objects.get().public_id])
    answer = anonymous.request.get(address, max_redirects=0)
    assert answer.status == 302 and "/konto/logga-in/" in answer.headers["location"]
    anonymous.close()


def _laptop(browser, live_server, user):
    from django.conf import settings
    from django.test import Client

    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport={"width": 1366, "height": 768}
    )
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    context.set_default_timeout(10_000)
    return context
