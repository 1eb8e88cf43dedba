"""The council in a real browser: the strategist prepares an agenda in the admin and publishes
it, a citizen reads it; axe finds no WCAG 2.1 A/AA violations on the public and staff pages."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from bra_council.models import CouncilMeeting, MeetingStatus, SeatKind
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.conftest import PHONE
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_strategist_prepares_an_agenda_and_a_citizen_reads_it(
    page, browser, live_server, login_browser, coordinator, contact_info, assert_accessible
):
    login_browser(coordinator)
    day = timezone.localdate() + datetime.timedelta(days=21)
    page.goto("/admin/bra_council/councilmeeting/add/")
    page.locator("#id_starts_at_0").fill(day.isoformat())
    page.locator("#id_starts_at_1").fill("13:00")
    page.locator("#id_ends_at_0").fill(day.isoformat())
    page.locator("#id_ends_at_1").fill("15:00")
    page.locator("#id_place").fill("Stadshuset, sammanträdesrum Vättern")
    page.locator("#id_public_notes").fill("Frågor till rådet skickas till kontaktcenter.")
    page.locator("#id_items-0-title").fill("Trygghetsvandring i hamnen")
    page.locator("#id_items-0-planned_minutes").fill("30")
    page.locator("#id_items-0-position").fill("1")
    page.locator("input[name='_continue']").click()
    page.wait_for_url("**/change/")

    # Each save leaves one empty row for the next item; an empty number puts it last.
    page.locator("#id_items-1-title").fill("Hot mot personal (internt)")
    page.locator("#id_items-1-is_public").uncheck()
    page.locator("#id_items-1-planned_minutes").fill("15")
    page.locator("input[name='_continue']").click()
    page.wait_for_url("**/change/")
    page.locator("#id_items-2-title").fill("Mötets öppnande")
    page.locator("#id_items-2-planned_minutes").fill("5")
    page.locator("input[name='_continue']").click()
    page.wait_for_url("**/change/")

    meeting = CouncilMeeting.objects.get()
    titles = list(meeting.items.values_list("title", flat=True))
    assert titles == ["Trygghetsvandring i hamnen", "Hot mot personal (internt)", "Mötets öppnande"]

    # Re-order with the up buttons (JavaScript enhancement), then save.
    page.get_by_role("button", name="Upp: Mötets öppnande").click()
    page.get_by_role("button", name="Upp: Mötets öppnande").click()
    page.locator("input[name='_continue']").click()
    page.wait_for_url("**/change/")
    assert list(meeting.items.values_list("title", flat=True)) == [
        "Mötets öppnande",
        "Trygghetsvandring i hamnen",
        "Hot mot personal (internt)",
    ]
    # The server-side time plan: 13:00, 13:05, 13:35; 50 minutes in all.
    plan = page.locator("table.council-time-plan").inner_text()
    assert "13:05" in plan and "13:35" in plan and "50" in plan

    # Publish through the list action.
    page.goto("/admin/bra_council/councilmeeting/")
    page.locator("input[name='_selected_action']").first.check()
    page.locator("select[name='action']").select_option("publish_agenda")
    with page.expect_navigation():
        page.get_by_role("button", name="Utför").click()
    with page.expect_navigation():  # an irreversible step: confirmed on its own page
        page.get_by_role("button", name="Ja, publicera dagordningen").click()
    assert "Dagordningen är publicerad" in page.locator("body").inner_text()
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.AGENDA_PUBLISHED

    # A citizen (a fresh browser context, not logged in) reads it on /bra/.
    context = browser.new_context(base_url=live_server.url, locale="sv-SE")
    citizen = context.new_page()
    citizen.goto("/bra/")
    citizen.get_by_role("link", name="Dagordning för nästa möte").click()
    expect(citizen.locator("h1")).to_have_count(1)
    text = citizen.locator("main").inner_text()
    assert "Trygghetsvandring i hamnen" in text and "Mötets öppnande" in text
    assert "Hot mot personal" not in text
    assert "Stadshuset, sammanträdesrum Vättern" in text
    assert_accessible(citizen)
    context.close()


@pytest.fixture
def council(db):
    for seat, title in [
        (SeatKind.POLITICAL_LEADERSHIP, "Kommunstyrelsens ordförande"),
        (SeatKind.POLICE, "Kommunpolis"),
        (SeatKind.NON_PROFIT, "Nattvandrarna"),
    ]:
        CouncilMemberFactory(
            seat_kind=seat, title=title, is_chair=seat == SeatKind.POLITICAL_LEADERSHIP
        )
    upcoming = CouncilMeetingFactory()
    AgendaItemFactory(
        meeting=upcoming,
        title="Lägesbild",
        description="Från EST.",
        est_meeting=EstMeetingFactory(),
    )
    AgendaItemFactory(meeting=upcoming, title="Internt", is_public=False)
    approved = CouncilMeetingFactory(approved=True)
    item = AgendaItemFactory(
        meeting=approved, title="Belysning", minutes="Redovisat.", decision="Ja."
    )
    ActionFactory(origin=item, what="Byt lampor")
    AttendanceFactory(meeting=approved, member=CouncilMemberFactory(name="Närvarande"))
    return upcoming, approved


@pytest.mark.parametrize("which", ["index", "upcoming", "approved"])
def test_public_council_pages_are_accessible(page, contact_info, council, assert_accessible, which):
    upcoming, approved = council
    path = {
        "index": "/bra/",
        "upcoming": f"/bra/moten/{upcoming.pk}/",
        "approved": f"/bra/moten/{approved.pk}/",
    }[which]
    page.goto(path)
    assert page.locator("h1").count() == 1
    assert_accessible(page)
    page.set_viewport_size(PHONE)
    assert_accessible(page)


@pytest.mark.parametrize("which", ["agenda", "minutes", "staff_home"])
def test_staff_council_pages_are_accessible(
    page, contact_info, council, coordinator, login_browser, assert_accessible, which
):
    upcoming, approved = council
    login_browser(coordinator)
    path = {
        "agenda": f"/bra/moten/{upcoming.pk}/dagordning/",
        "minutes": f"/bra/moten/{approved.pk}/protokoll/",
        "staff_home": "/personal/",
    }[which]
    page.goto(path)
    assert page.locator("h1").count() == 1
    assert_accessible(page)
    if which == "agenda":
        expect(page.get_by_role("button", name="Skriv ut")).to_be_visible()
        page.emulate_media(media="print")
        expect(page.locator(".site-header")).not_to_be_visible()
        assert "Internt" in page.locator("main").inner_text()
