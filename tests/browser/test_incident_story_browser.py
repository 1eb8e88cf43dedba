"""The story in both directions (issue 26, point 6), the incident's side, walked by the
coordinator on a laptop: the incident's page names the EST meeting whose picture counted it and
the intervention at its place since, and the links lead there. axe finds no WCAG 2.1 A/AA
violations. (The promise's side is walked in test_promises_browser.py.)"""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from est_incidents.models import EstMeeting
from tests.est_incidents.factories import IncidentFactory, PlaceFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.est_measures.factories import InterventionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LAPTOP = {"width": 1366, "height": 768}


def test_the_coordinator_follows_an_incidents_story_on_a_laptop(
    page, live_server, login_browser, coordinator, org_a, contact_info, assert_accessible
):
    torget = PlaceFactory(name="Torget")
    incident = IncidentFactory(
        organisation=org_a, place=torget, occurred_at=timezone.now() - timedelta(days=20)
    )
    day = timezone.localdate(incident.occurred_at)
    meeting = EstMeetingFactory(
        starts_at=timezone.now() - timedelta(days=10),
        period_start=day - timedelta(days=3),
        period_end=day + timedelta(days=5),
        status=EstMeeting.Status.HELD,
        frozen_picture={"total": 1},
        picture_computed_at=timezone.now(),
    )
    intervention = InterventionFactory(
        places=[torget], starts_at=timezone.now() - timedelta(days=5)
    )
    page.set_viewport_size(LAPTOP)
    login_browser(coordinator)
    page.goto(f"{live_server.url}/personal/handelser/{incident.pk}/")
    story = page.locator("section[aria-labelledby='story-heading']")
    expect(story.get_by_role("heading", name="Sedan händelsen")).to_be_visible()
    expect(story).to_contain_text("Räknad i lägesbilden på EST-mötet")
    expect(story).to_contain_text("Insatser vid Torget sedan dess")
    assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
    assert_accessible(page)

    story.locator(f"a[href$='/insatser/{intervention.pk}/']").first.click()
    page.wait_for_url(f"**/{intervention.pk}/")
    page.go_back()
    story.locator(f"a[href$='/{meeting.pk}/']").first.click()
    page.wait_for_url(f"**/{meeting.pk}/")
    expect(page.locator("h1")).to_be_visible()
