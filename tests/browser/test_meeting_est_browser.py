"""An EST meeting in a real browser: report, mark held, frozen picture, print view; axe clean."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from est_incidents.models import EstMeeting
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstActionFactory, EstMeetingFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def meeting(est_reference_data, org_a, org_b):
    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(hours=1))
    meeting.organisations_present.set([org_a, org_b])
    IncidentFactory(organisation=org_a, occurred_at=timezone.now() - timedelta(days=3))
    EstActionFactory(meeting=meeting, what="Laga belysningen", responsible_organisation=org_a)
    return meeting


def test_report_then_coordinator_marks_held(
    page, login_browser, reporter_a, coordinator, meeting, assert_accessible
):
    login_browser(reporter_a)
    page.goto(f"/personal/est-moten/{meeting.pk}/")
    assert_accessible(page)
    page.get_by_role("link", name="Skriv rapporten från Fritid").click()
    assert_accessible(page)
    page.get_by_label("Vad har hänt i vår verksamhet?").fill("Lugnt, men klotter vid skolan.")
    page.get_by_role("button", name="Spara rapporten").click()
    page.wait_for_url(f"**/est-moten/{meeting.pk}/#rapporter")
    assert "Lugnt, men klotter vid skolan." in page.content()
    assert page.get_by_role("link", name="Markera mötet som genomfört…").count() == 0

    page.context.clear_cookies()
    login_browser(coordinator)
    page.goto(f"/personal/est-moten/{meeting.pk}/")
    page.get_by_role("link", name="Markera mötet som genomfört…").click()
    expect(page.locator("body")).to_contain_text("Det här kan inte ångras.")
    assert_accessible(page)
    page.get_by_role("button", name="Ja, markera mötet som genomfört").click()
    page.wait_for_selector("text=Lägesbilden som mötet såg")
    meeting.refresh_from_db()
    assert meeting.status == EstMeeting.Status.HELD
    for chart in ("frozen-trend", "frozen-categories", "frozen-weekhour"):
        assert page.locator(f'table[data-chart="{chart}"]').count() == 1
    assert_accessible(page)

    page.goto(f"/personal/est-moten/{meeting.pk}/utskrift/")
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert "Laga belysningen" in page.content()
    page.emulate_media(media="screen")
    assert_accessible(page)


def test_meeting_list_and_yearly_document(
    page, login_browser, coordinator, meeting, assert_accessible
):
    login_browser(coordinator)
    page.goto("/personal/est-moten/")
    expect(page.locator("h1")).to_have_text("EST-möten")
    assert_accessible(page)
    page.get_by_role("link", name="Nytt EST-möte").click()
    expect(page.locator("h1")).to_have_text("Nytt EST-möte")
    assert_accessible(page)
    page.get_by_label("Datum och tid").fill("")
    page.get_by_role("button", name="Spara mötet").click()  # no time given: the error summary
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page)
    year = timezone.localdate().year
    page.goto(f"/personal/lagesbild/ar/{year}/")
    assert page.locator('table[data-chart="year-months"]').count() == 1
    assert_accessible(page)
    page.get_by_role("link", name="Skriv eller ändra analysen").click()
    page.get_by_label("Konsekvenser").fill("Otrygghet i centrum på kvällarna.")
    assert_accessible(page)
    page.get_by_role("button", name="Spara analysen").click()
    page.wait_for_url(f"**/lagesbild/ar/{year}/")
    assert "Otrygghet i centrum på kvällarna." in page.content()
