"""Interventions and safety walks in a real browser: a reporter logs a recurring night walk on a
phone, and axe finds no WCAG 2.1 A/AA violations on the new pages."""

import re
from contextlib import contextmanager
from datetime import timedelta
from importlib import import_module

import pytest
from django.apps import apps
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from est_measures.models import Intervention, InterventionKind, PlannedEvent
from tests.bra_council.factories import ActionFactory
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.factories import PlaceFactory
from tests.est_measures.factories import (
    InterventionFactory,
    SafetyWalkFactory,
    SafetyWalkFindingFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SMALL_PHONE = {"width": 375, "height": 667}


@pytest.fixture
def intervention_kinds(db):
    """The seeded kinds of intervention (transactional tests flush them)."""
    import_module("est_measures.migrations.0002_seed_intervention_kinds").seed(apps, None)


@contextmanager
def phone(browser, live_server, user, **options):
    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport=SMALL_PHONE, **options
    )
    if user is not None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    context.set_default_timeout(10_000)
    try:
        yield context
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_a_reporter_logs_a_recurring_night_walk_on_a_phone(
    browser, live_server, intervention_kinds, reporter_a, org_a, assert_accessible, javascript
):
    PlaceFactory(name="Torget")
    PlaceFactory(name="Hamnen", latitude="58.302000", longitude="14.281000")
    first_friday = timezone.localdate() - timedelta(days=(timezone.localdate().weekday() - 4) % 7)
    until = first_friday + timedelta(days=84)
    with phone(browser, live_server, reporter_a, java_script_enabled=javascript) as context:
        page = context.new_page()
        page.goto("/personal/insatser/ny/")
        expect(page.locator("h1")).to_have_text("Registrera en insats")
        picker = expect(page.locator("[data-map-picker]"))
        picker.to_be_visible() if javascript else picker.not_to_be_visible()
        if javascript:  # axe itself is JavaScript
            assert_accessible(page)
        page.get_by_label("Vad gjordes?").select_option(label="Nattvandring")
        page.get_by_label("Start*", exact=True).fill(f"{first_friday:%Y-%m-%d}T22:00")
        page.get_by_label("Fredag").check()
        page.get_by_label("Lördag").check()
        page.get_by_label("Från klockan").fill("22:00")
        page.get_by_label("Till klockan").fill("02:00")
        page.get_by_label("Sista dag").fill(f"{until:%Y-%m-%d}")
        page.get_by_label("Torget", exact=True).check()
        page.get_by_label("Hamnen", exact=True).check()
        page.get_by_label("Kort beskrivning (valfritt)").fill(
            "Föräldrar nattvandrar i centrum och vid hamnen."
        )
        page.get_by_role("button", name="Registrera insatsen").click()
        page.wait_for_url(re.compile(r"/personal/insatser/\d+/$"))
        assert "Tack! Insatsen är registrerad." in page.content()
        assert "fredag och lördag 22:00–02:00" in page.locator(".lead").inner_text()
        if javascript:
            assert_accessible(page)
            # The page fits the phone: nothing forces sideways scrolling.
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= SMALL_PHONE["width"]

    intervention = Intervention.objects.get()
    assert intervention.organisation == org_a
    assert intervention.recurrence_weekdays == "5,6"
    assert {p.name for p in intervention.places.all()} == {"Torget", "Hamnen"}


def test_the_new_pages_have_no_accessibility_violations(
    browser, live_server, intervention_kinds, reporter_a, org_a, coordinator, assert_accessible
):
    place = PlaceFactory(name="Stationen")
    intervention = InterventionFactory(
        organisation=org_a, kind=InterventionKind.objects.get(code="nattvandring"), places=[place]
    )
    # The form's council action and promise activity checkboxes, one of each ticked.
    ActionFactory(responsible_organisation=org_a).interventions.add(intervention)
    ActionFactory(responsible_organisation=org_a)
    PromiseActivityFactory(promise=CitizenPromiseFactory(published=True)).interventions.add(
        intervention
    )
    walk = SafetyWalkFactory(organisations=[org_a], is_published=True)
    SafetyWalkFindingFactory(walk=walk, place=place)
    staff_pages = [
        "/personal/insatser/ny/",
        "/personal/insatser/",
        f"/personal/insatser/{intervention.pk}/",
        f"/personal/insatser/{intervention.pk}/andra/",
        "/personal/trygghetsvandringar/",
        "/personal/trygghetsvandringar/ny/",
        f"/personal/trygghetsvandringar/{walk.pk}/",
        f"/personal/trygghetsvandringar/{walk.pk}/andra/",
        f"/personal/trygghetsvandringar/{walk.pk}/rapport/",
    ]
    with phone(browser, live_server, reporter_a) as context:
        page = context.new_page()
        for url in staff_pages:
            response = page.goto(url)
            assert response.status == 200, url
            assert_accessible(page)
    finding = walk.findings.get()
    with phone(browser, live_server, coordinator) as context:
        page = context.new_page()
        page.goto(f"/personal/trygghetsvandringar/fynd/{finding.pk}/est-atgard/")
        assert_accessible(page)
    with phone(browser, live_server, None) as context:
        page = context.new_page()
        for url in ("/est/trygghetsvandringar/", f"/est/trygghetsvandringar/{walk.pk}/"):
            response = page.goto(url)
            assert response.status == 200, url
            assert_accessible(page)


def test_the_coordinator_sees_the_night_walk_on_the_map_and_grid(
    browser, live_server, intervention_kinds, coordinator, org_a, assert_accessible
):
    torget = PlaceFactory(name="Torget", latitude="58.304000", longitude="14.287000")
    today = timezone.localdate()
    InterventionFactory(
        organisation=org_a,
        kind=InterventionKind.objects.get(code="nattvandring"),
        starts_at=timezone.now() - timedelta(days=30),
        ends_at=None,
        recurrence_weekdays="5,6",
        recurrence_start_time="22:00",
        recurrence_end_time="02:00",
        recurrence_until=today + timedelta(days=30),
        places=[torget],
    )
    start = today - timedelta(days=13)
    with phone(browser, live_server, coordinator) as context:
        context.set_default_timeout(15_000)
        page = context.new_page()
        page.goto(f"/personal/lagesbild/?start={start:%Y-%m-%d}&end={today:%Y-%m-%d}")
        section = page.locator("#insatser")
        assert "Nattvandring" in section.inner_text()
        # The map has a layer switch with the interventions, and their blue squares.
        page.locator("#situation-map .leaflet-control-layers").wait_for()
        assert "Insatser" in page.locator("#situation-map .leaflet-control-layers").inner_text()
        assert page.locator("#situation-map .intervention-marker").count() >= 1
        # The grid marks Friday and Saturday nights as "someone is there".
        assert page.locator("#situation-presence rect[stroke]").count() >= 8
        assert_accessible(page)


def test_a_finding_becomes_an_action_whose_story_shows_its_effect(
    browser, live_server, coordinator, org_a, assert_accessible
):
    from est_incidents.models import EstAction
    from tests.est_incidents.meeting_factories import EstMeetingFactory

    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=3))
    walk = SafetyWalkFactory(organisations=[org_a])
    finding = SafetyWalkFindingFactory(
        walk=walk, responsible_organisation=org_a, proposed_measure="Byt belysningen"
    )
    with phone(browser, live_server, coordinator) as context:
        page = context.new_page()
        page.goto(f"/personal/trygghetsvandringar/{walk.pk}/")
        page.get_by_role("link", name="Gör till EST-åtgärd").click()
        assert page.get_by_label("Vad ska göras?").input_value() == "Byt belysningen"
        assert_accessible(page)
        page.get_by_role("button", name="Skapa EST-åtgärd").click()
        page.wait_for_url(re.compile(rf"/personal/trygghetsvandringar/{walk.pk}/$"))
        assert "Fyndet är nu en EST-åtgärd på mötet." in page.content()
        # A night walk at the finding's place carries the action out, started 200 days ago,
        # and the incidents there fell from 40 to 8 in the six months after it.
        from tests.browser.test_action_plan_browser import FEWER, _drop_at

        start = timezone.now() - timedelta(days=200)
        _drop_at(finding.place, start)
        InterventionFactory(
            organisation=org_a,
            est_action=EstAction.objects.get(),
            starts_at=start,
            places=[finding.place],
        )
        # A festival at the place 40 days after the start: listed beside the effect.
        PlannedEvent.objects.create(
            title="Hamnfesten",
            kind="fest",
            place=finding.place,
            starts_at=start + timedelta(days=40),
            organisation=org_a,
        )
        page.get_by_role("link", name=re.compile("EST-åtgärd: Byt belysningen")).click()
        page.wait_for_url(re.compile(r"/personal/est-atgarder/\d+/$"))
        expect(page.locator("h1")).to_have_text("Byt belysningen")
        assert "Hjälpte det?" in page.content()
        assert FEWER in page.locator('[data-effect-months="6"]').inner_text()
        expect(page.locator('[data-effect-months="6"] .effect-events')).to_contain_text(
            re.compile(r"Under perioden: Hamnfesten \d+ \w+ \(efter\)")
        )
        assert_accessible(page)
    action = EstAction.objects.get()
    assert action.meeting == meeting
    finding.refresh_from_db()
    assert finding.est_action == action
