"""The action plan's other pages in a real browser: a council action's story with its effect,
what is late, a finding shared with the organisation that can act (which follows it up on a
phone), and the effect beside a promise activity. axe finds no WCAG 2.1 A/AA violations."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from est_measures.models import FindingShare, SafetyWalkFinding
from hjo_safety.dates import local_midnight
from tests.bra_council.factories import ActionFactory, AgendaItemFactory, CouncilMeetingFactory
from tests.browser.test_measures_browser import phone
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.factories import (
    CategoryFactory,
    IncidentFactory,
    PlaceFactory,
    registered_when_they_occurred,
)
from tests.est_incidents.meeting_factories import EstActionFactory, EstMeetingFactory
from tests.est_measures.factories import (
    InterventionFactory,
    SafetyWalkFactory,
    SafetyWalkFindingFactory,
)
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FEWER = "Färre händelser efter åtgärden, och fler än slumpen förklarar"


def _drop_at(place, start):
    """40 incidents at ``place`` in the 6 months before ``start``, 8 in the 6 months after."""
    category = CategoryFactory(name="Skadegörelse", code="skadegorelse")
    police = OrganisationFactory(name="Polisen (test)")
    for begin, count in ((start - timedelta(days=182), 40), (start, 8)):
        step = timedelta(days=182) / count
        for index in range(count):
            IncidentFactory(
                organisation=police,
                place=place,
                category=category,
                occurred_at=begin + step * index + timedelta(hours=1),
            )


def test_a_council_actions_story_shows_its_effect_and_the_late_view_lists_it(
    browser, live_server, coordinator, org_a, assert_accessible
):
    start = timezone.now() - timedelta(days=200)
    hamnen = PlaceFactory(name="Hamnen")
    _drop_at(hamnen, start)
    item = AgendaItemFactory(
        meeting=CouncilMeetingFactory(approved=True),
        title="Otrygghet vid hamnen",
        est_meeting=EstMeetingFactory(),
        is_public=True,
    )
    action = ActionFactory(
        origin=item,
        responsible_organisation=org_a,
        what="Belys hamnpromenaden",
        due_date=timezone.localdate() - timedelta(days=5),
    )
    action.interventions.add(
        InterventionFactory(organisation=org_a, starts_at=start, places=[hamnen])
    )
    EstActionFactory(
        responsible_organisation=org_a,
        what="Röj buskarna vid stationen",
        due_date=timezone.localdate() - timedelta(days=2),
    )
    with phone(browser, live_server, coordinator) as context:
        page = context.new_page()
        page.goto("/personal/")
        page.get_by_role("link", name="Försenat i åtgärdsplanen, per ansvarig organisation").click()
        page.wait_for_url(re.compile(r"/personal/atgardsplan/sena/$"))
        expect(page.get_by_role("heading", name=re.compile(org_a.display_name))).to_be_visible()
        assert "Röj buskarna vid stationen" in page.content()
        assert_accessible(page)
        page.get_by_role("link", name="Belys hamnpromenaden").click()
        page.wait_for_url(re.compile(rf"/personal/radsatgarder/{action.pk}/$"))
        expect(page.locator("h1")).to_have_text("Belys hamnpromenaden")
        assert "Otrygghet vid hamnen" in page.content()
        assert FEWER in page.locator('[data-effect-months="6"]').inner_text()
        assert_accessible(page)


def test_a_shared_finding_is_followed_up_by_the_receiver_on_a_phone(
    browser, live_server, reporter_a, reporter_b, org_a, org_b, assert_accessible
):
    walk = SafetyWalkFactory(organisations=[org_a])
    finding = SafetyWalkFindingFactory(
        walk=walk, responsible_organisation=org_b, description="Trasig lampa i gångtunneln."
    )
    with phone(browser, live_server, reporter_a) as context:
        page = context.new_page()
        page.goto(f"/personal/trygghetsvandringar/{walk.pk}/")
        page.get_by_role("link", name=re.compile("Dela med en organisation")).click()
        assert_accessible(page)
        page.get_by_label("Meddelande").fill("Kan ni byta lampan?")
        page.get_by_role("button", name="Dela fyndet").click()
        page.wait_for_url(re.compile(rf"/personal/trygghetsvandringar/{walk.pk}/"))
        assert f"Delat med {org_b.display_name}" in page.content()
    share = FindingShare.objects.get()
    with phone(browser, live_server, reporter_b) as context:
        page = context.new_page()
        page.goto("/personal/trygghetsvandringar/")
        assert_accessible(page)
        page.get_by_role("link", name=str(finding)).click()
        page.wait_for_url(re.compile(rf"/personal/trygghetsvandringar/delade-fynd/{share.pk}/$"))
        assert "Kan ni byta lampan?" in page.content()
        assert_accessible(page)
        page.get_by_label("Åtgärdad").check()
        page.get_by_label("Svar").fill("Lampan är bytt.")
        page.get_by_role("button", name="Spara uppföljningen").click()
        expect(page.get_by_text("Uppföljningen är sparad.")).to_be_visible()
    finding.refresh_from_db()
    assert finding.status == SafetyWalkFinding.Status.DONE


def test_the_effect_beside_a_promise_activity_is_accessible(
    browser, live_server, reporter_a, assert_accessible
):
    today = timezone.localdate()
    # Citizens see an effect only from released months: the six months after the start end
    # well before the last release, and every incident was registered when it occurred.
    promise = CitizenPromiseFactory(
        published=True,
        period_start=today - timedelta(days=270),
        period_end=today + timedelta(days=300),
    )
    hamnen = PlaceFactory(name="Hamnen")
    _drop_at(hamnen, local_midnight(promise.period_start))
    registered_when_they_occurred()
    PromiseActivityFactory(promise=promise, places=[hamnen])
    for user in (None, reporter_a):
        with phone(browser, live_server, user) as context:
            page = context.new_page()
            page.goto(promise.get_absolute_url())
            assert FEWER in page.locator(".activity-effect").inner_text()
            assert_accessible(page)
