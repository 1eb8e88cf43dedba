"""The EST participants' work between meetings in a real browser (issue 25, points 1, 3, 4): a
reporter logs the week in one table with JavaScript off, links a report to another
organisation's as the same event and declares "inget att rapportera"; the coordinator sees the
early warning and the declaration on the start page and the next meeting, and enters an event
ahead (point 5) that the meeting and the calendar feed show. axe finds nothing."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from est_incidents.models import Category, Incident, NothingToReport, Place
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reporter_logs_the_week_links_the_same_event_and_declares_a_quiet_period(
    browser,
    live_server,
    login_browser,
    browser_context,
    est_reference_data,
    contact_info,
    reporter_a,
    org_b,
    assert_accessible,
):
    fire = Category.objects.get(code="brand")
    harbour = Place.objects.get(name="Hamnen")
    theirs = IncidentFactory(
        organisation=org_b,
        category=fire,
        place=harbour,
        occurred_at=timezone.now() - timedelta(minutes=50),
        description="Hemlig text från den andra organisationen.",
    )
    login_browser(reporter_a)
    page = browser_context.new_page()
    page.goto("/personal/handelser/flera/")
    assert_accessible(page)
    first, second = (
        page.locator("fieldset.incident-row").nth(0),
        page.locator("fieldset.incident-row").nth(1),
    )
    first.get_by_label("Kategori").select_option(label=str(fire))
    first.get_by_label("Plats", exact=True).select_option(label="Hamnen")
    first.get_by_label("Vad hände?").fill("Brand i papperskorg vid gästhamnen.")
    second.get_by_label("Kategori").select_option(label="Skadegörelse – Klotter")
    second.get_by_label("Plats", exact=True).select_option(label="Stadsparken")
    second.get_by_label("Vad hände?").fill("Ring mig på 070-123 45 67.")
    page.get_by_role("button", name="Spara alla ifyllda rader").click()
    expect(page.locator("#error-summary")).to_contain_text("Rad 2")
    assert not Incident.objects.filter(organisation__memberships__user=reporter_a).exists()
    assert_accessible(page)
    page.locator("fieldset.incident-row").nth(1).get_by_label("Vad hände?").fill(
        "Nytt klotter på parkbänkarna."
    )
    page.get_by_role("button", name="Spara alla ifyllda rader").click()
    page.wait_for_url("**/personal/handelser/")
    assert "Tack! 2 händelser är registrerade." in page.content()

    mine = Incident.objects.get(category=fire, reported_by=reporter_a)
    page.goto(f"/personal/handelser/{mine.pk}/")
    suggestion = page.locator("#possible-duplicates")
    assert "1 liknande händelse rapporterad av annan organisation inom 1 timme" in (
        suggestion.inner_text()
    )
    assert "Hemlig text" not in page.content() and org_b.name not in page.content()
    assert_accessible(page)
    suggestion.get_by_role("button", name=re.compile("Samma händelse")).click()
    expect(page.locator("body")).to_contain_text("räknas bara en gång")
    mine.refresh_from_db()
    assert mine.duplicate_of == theirs
    page.goto("/personal/handelser/")
    assert "Samma händelse – räknas med en annan rapport" in page.content()

    page.goto("/personal/inget-att-rapportera/")
    page.get_by_role("button", name="Anmäl inget att rapportera").click()
    expect(page.locator("body")).to_contain_text("hade inget att rapportera")
    assert NothingToReport.objects.filter(recorded_by=reporter_a).count() == 1
    assert_accessible(page)


def test_coordinator_sees_a_rise_a_declared_quiet_period_and_enters_an_event(
    browser_context,
    login_browser,
    est_reference_data,
    contact_info,
    coordinator,
    org_a,
    org_b,
    assert_accessible,
):
    vandalism = Category.objects.get(name="Skadegörelse", parent=None)
    harbour = Place.objects.get(name="Hamnen")
    now = timezone.now()
    for fortnight in range(1, 7):  # usually 3 a fortnight, B too
        for index in range(3):
            IncidentFactory(
                organisation=org_a,
                category=vandalism,
                place=harbour,
                occurred_at=now - timedelta(days=14 * fortnight + index + 1),
            )
        IncidentFactory(organisation=org_b, occurred_at=now - timedelta(days=14 * fortnight + 2))
    for index in range(9):
        IncidentFactory(
            organisation=org_a,
            category=vandalism,
            place=harbour,
            occurred_at=now - timedelta(days=index % 7, hours=2),
        )
    today = timezone.localdate()
    NothingToReport.objects.create(
        organisation=org_b, period_start=today - timedelta(days=13), period_end=today
    )
    meeting = EstMeetingFactory(
        starts_at=now + timedelta(days=2),
        period_start=today - timedelta(days=13),
        period_end=today + timedelta(days=1),
    )
    login_browser(coordinator)
    page = browser_context.new_page()
    page.goto("/personal/")
    warning = page.locator("#ovanligt-manga")
    assert "Ovanligt många: Hamnen, skadegörelse (9 mot normalt 3)" in warning.inner_text()
    row = page.locator(".coverage-table tr", has_text=org_b.name)
    assert "Inget att rapportera" in row.inner_text()
    assert row.get_by_role("button").count() == 0  # no reminder for a declared quiet period
    assert_accessible(page)
    # Events ahead: the coordinator enters the market; the meeting and the feed show it.
    page.goto("/personal/arrangemang/ny/")
    page.get_by_label("Arrangemang").fill("Marknad på torget")
    page.get_by_label("Typ").select_option(label="Marknad eller mässa")
    page.get_by_label("Börjar").fill(
        (timezone.localtime() + timedelta(days=4)).strftime("%Y-%m-%dT10:00")
    )
    page.get_by_label("Plats", exact=True).select_option(label="Centrum/Torget")
    page.get_by_role("button", name="Spara").click()
    page.wait_for_url("**/personal/arrangemang/")
    assert "Marknad på torget" in page.locator("table").inner_text()
    assert_accessible(page)
    feed = page.request.get(page.locator("#feed-url").input_value())
    assert feed.ok and "SUMMARY:Marknad på torget" in feed.text()
    page.goto(f"/personal/est-moten/{meeting.pk}/")
    assert "Hamnen, skadegörelse (9 mot normalt 3)" in page.locator("#ovanligt-manga").inner_text()
    assert "Inget att rapportera" in page.locator(".coverage-table").inner_text()
    assert "Marknad på torget" in page.locator("#arrangemang").inner_text()
    assert_accessible(page)
