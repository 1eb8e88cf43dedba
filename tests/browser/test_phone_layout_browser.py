"""On a phone (390 px) no page is wider than the screen: wide tables scroll inside their own
labelled region, and visually hidden labels and tables never widen the page. A page that is
wider than the screen hides its right edge (the coverage table's "Tyst" once did)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hjo_safety.models import AuditEvent, Role
from tests.bra_council.factories import AgendaItemFactory, CouncilMeetingFactory
from tests.conftest import PHONE
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.hjo_safety.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE_WIDER_THAN_SCREEN = (
    "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
)


def assert_fits_phone(page, path):
    page.goto(path)
    page.wait_for_load_state("load")
    overflow = page.evaluate(PAGE_WIDER_THAN_SCREEN)
    assert overflow <= 0, f"{path} is {overflow} px wider than a phone's screen"


def test_coordinator_pages_fit_a_phone(
    page, login_browser, contact_info, coordinator, org_a, org_b, assert_accessible
):
    page.set_viewport_size(PHONE)
    member(org_a, Role.ORG_ADMIN, username="admin_fritid")
    # A quiet organisation gets a reminder button: the widest coverage row.
    for period in range(1, 7):
        IncidentFactory(
            organisation=org_a, occurred_at=timezone.now() - timedelta(days=14 * period + 3)
        )
    IncidentFactory(organisation=org_b, occurred_at=timezone.now() - timedelta(days=2))
    EstMeetingFactory(starts_at=timezone.now() - timedelta(days=3))
    AuditEvent.objects.record(
        AuditEvent.Kind.LOGIN_FAILED, username="nagon.med.ett.mycket.langt.anvandarnamn"
    )
    login_browser(coordinator)
    year = timezone.localdate().year
    for path in (
        "/personal/",
        "/personal/est-moten/",
        "/personal/granskning/",
        "/personal/lagesbild/",
        f"/personal/lagesbild/ar/{year}/",
        "/personal/karta/",
    ):
        assert_fits_phone(page, path)
    page.goto("/personal/")
    quiet = page.locator(".coverage-table tr", has_text=org_a.name)
    tyst = quiet.locator("text=Tyst").bounding_box()
    assert tyst["x"] + tyst["width"] <= PHONE["width"], "the quiet mark is off the phone's screen"
    assert_accessible(page)


def test_privacy_page_fits_a_phone(page, contact_info, assert_accessible):
    page.set_viewport_size(PHONE)
    assert_fits_phone(page, "/personuppgifter/")
    assert_accessible(page)


def test_printable_agenda_fits_a_phone(page, contact_info, assert_accessible):
    meeting = CouncilMeetingFactory()
    AgendaItemFactory(meeting=meeting, title="Lägesbild från EST och polisens brottsstatistik")
    page.set_viewport_size(PHONE)
    assert_fits_phone(page, f"/bra/moten/{meeting.pk}/dagordning/")
    assert_accessible(page)


def test_an_incidents_admin_history_fits_a_phone(
    page, login_browser, org_admin_a, org_a, assert_accessible
):
    incident = IncidentFactory(organisation=org_a)
    incident.status = incident.Status.REVIEWED
    incident.save()
    login_browser(org_admin_a)
    page.set_viewport_size(PHONE)
    assert_fits_phone(page, f"/admin/est_incidents/incident/{incident.pk}/history/")
    assert "Ny → Granskad" in page.locator("#change-history").inner_text()
    assert_accessible(page)
