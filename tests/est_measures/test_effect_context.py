"""Events ahead as context of an effect (issue 25, point 5): the planned events at a measure's
places (or in the whole municipality) during its before or after window are listed beside the
effect — "Under perioden: Valborg 30 april (efter)" — and nothing else is: not an event at
another place, not one outside the windows, not an event's note, and none on the public
pages. The counts are untouched."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from est_incidents.models import Place
from est_measures.effect_context import BEFORE, notes_for
from est_measures.effect_data import measure_effects
from est_measures.models import PlannedEvent
from hjo_safety.dates import local_midnight
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.factories import PlaceFactory
from tests.est_measures.factories import InterventionFactory

pytestmark = pytest.mark.django_db


def _event(title, when, place=None, *, organisation, ends=None, note=""):
    return PlannedEvent.objects.create(
        title=title,
        starts_at=when,
        ends_at=ends,
        place=place,
        organisation=organisation,
        note=note,
    )


def _cells(html):
    start = html.index('id="effect-heading"')
    return html[start : html.index("</section>", start)]


def test_the_intervention_page_lists_the_events_of_its_windows(
    org_a, org_b, reporter_a, reporter_b, client_for
):
    harbour = Place.objects.get(name="Hamnen")
    elsewhere = PlaceFactory(name="Skolgården")
    start = timezone.now() - timedelta(days=200)  # both windows (3 and 6 months) complete
    intervention = InterventionFactory(organisation=org_a, starts_at=start, places=[harbour])
    # At the place, 30 days after the start: in both windows, after.
    _event("Valborg", start + timedelta(days=30), harbour, organisation=org_b, note="Vakter: 4")
    # Without a place (the whole municipality), 120 days before: only in the 6-month window.
    _event("Sommarlov", start - timedelta(days=120), organisation=org_b)
    # Across the start: before and after.
    _event(
        "Hamnfesten",
        start - timedelta(days=1),
        harbour,
        ends=start + timedelta(days=1),
        organisation=org_a,
    )
    # Not shown: another place, and at the place but outside the 6-month windows.
    _event("Skoldisco", start + timedelta(days=10), elsewhere, organisation=org_a)
    _event("Gammal marknad", start - timedelta(days=250), harbour, organisation=org_a)
    _event("Framtida marknad", start + timedelta(days=190), harbour, organisation=org_a)

    page = client_for(reporter_b).get(
        reverse("measures:intervention_detail", args=[intervention.pk])
    )
    assert page.status_code == 200
    section = _cells(page.content.decode())
    rows = {
        months: section[section.index(f'data-effect-months="{months}"') :].split("</tr>")[0]
        for months in (3, 6)
    }
    day = timezone.localtime(start + timedelta(days=30))
    valborg = f"Valborg {day.day} "
    for months in (3, 6):
        assert "Under perioden:" in rows[months]
        assert valborg in rows[months] and "(efter)" in rows[months]
        assert "Hamnfesten" in rows[months] and "(före och efter)" in rows[months]
    assert "Sommarlov" in rows[6] and "(före)" in rows[6]
    assert "Sommarlov" not in rows[3]
    for absent in ("Skoldisco", "Gammal marknad", "Framtida marknad", "Vakter"):
        assert absent not in section
    assert "en förändring kan komma av dem" in section


def test_without_events_nothing_is_added_and_the_counts_are_the_same(org_a, reporter_a, client_for):
    harbour = Place.objects.get(name="Hamnen")
    start = timezone.now() - timedelta(days=200)
    intervention = InterventionFactory(organisation=org_a, starts_at=start, places=[harbour])
    section = _cells(
        client_for(reporter_a)
        .get(reverse("measures:intervention_detail", args=[intervention.pk]))
        .content.decode()
    )
    assert "Under perioden" not in section and "kan komma av dem" not in section


def test_an_event_is_placed_in_the_right_part_of_a_window(org_a):
    harbour = Place.objects.get(name="Hamnen")
    start = timezone.now() - timedelta(days=200)
    [three, _six] = measure_effects([harbour.pk], start)
    ended_at_start = _event(
        "Konsert", start - timedelta(hours=3), harbour, ends=start - timedelta(hours=1),
        organisation=org_a,
    )  # fmt: skip
    at_start = _event("Invigning", start, harbour, organisation=org_a)
    [note] = notes_for([ended_at_start], [harbour.pk], three)
    assert note.side == BEFORE
    [note] = notes_for([at_start], [harbour.pk], three)
    assert str(note).endswith("(efter)")
    assert notes_for([at_start], [harbour.pk + 999], three) == ()


def test_the_promise_page_lists_events_for_staff_and_none_for_citizens(
    org_a, coordinator, client_for
):
    today = timezone.localdate()
    promise = CitizenPromiseFactory(
        published=True,
        period_start=today - timedelta(days=220),
        period_end=today + timedelta(days=365),
    )
    harbour = Place.objects.get(name="Hamnen")
    activity = PromiseActivityFactory(
        promise=promise, text="Belysning vid hamnen", places=[harbour]
    )
    start = local_midnight(promise.period_start)
    _event("Valborg", start + timedelta(days=20), harbour, organisation=org_a)
    staff = client_for(coordinator).get(promise.get_absolute_url()).content.decode()
    section = staff[staff.index(f'id="aktivitet-{activity.pk}"') :]
    assert "Under perioden: Valborg" in section
    public = Client().get(promise.get_absolute_url())
    assert public.status_code == 200
    assert "Valborg" not in public.content.decode()
