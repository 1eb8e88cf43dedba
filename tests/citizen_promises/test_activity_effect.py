"""The effect beside each promise activity with places: staff see the full table, citizens the
public rules (under 5 as "färre än 5", the publication delay, no comparison places, no
percentage of a small count). Constructed data with known effects: a clear drop, none, too few.
"""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from est_measures.effect_data import measure_effects, measure_effects_many
from hjo_safety.dates import local_midnight
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.factories import (
    CategoryFactory,
    IncidentFactory,
    PlaceFactory,
    registered_when_they_occurred,
)
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

FEWER = "Färre händelser efter åtgärden, och fler än slumpen förklarar"
NO_CLEAR = "Ingen tydlig skillnad"
TOO_FEW = "För få händelser för att säga något"


def _incidents(place, start, days, count, *, late=False):
    """``count`` incidents at ``place`` spread over ``days`` from ``start``, registered when
    they occurred (``late``: registered now, after their months' release days)."""
    category = CategoryFactory(name="Skadegörelse", code="skadegorelse")
    police = OrganisationFactory(name="Polisen (test)")
    step = timedelta(days=days) / count
    for index in range(count):
        IncidentFactory(
            organisation=police,
            place=place,
            category=category,
            occurred_at=start + step * index + timedelta(hours=1),
        )
    if not late:
        registered_when_they_occurred()


def _promise_with_activity(days_ago, before, after):
    """A published promise that started ``days_ago`` days ago, with an activity at Hamnen that
    had ``before`` incidents in the 6 months before the start and ``after`` in the 6 after."""
    today = timezone.localdate()
    promise = CitizenPromiseFactory(
        published=True,
        period_start=today - timedelta(days=days_ago),
        period_end=today + timedelta(days=365),
    )
    hamnen = PlaceFactory(name="Hamnen")
    start = local_midnight(promise.period_start)
    if before:
        _incidents(hamnen, start - timedelta(days=182), 182, before)
    if after:
        _incidents(hamnen, start, min(182, days_ago - 1), after)
    activity = PromiseActivityFactory(promise=promise, text="Belysning vid hamnen", places=[hamnen])
    return promise, activity


def _section(page, activity):
    start = page.index(f'id="aktivitet-{activity.pk}"')
    return page[start : page.index("</li>", page.index("activity-effect", start))]


def test_staff_see_a_clear_drop_with_comparison_places(client_for, coordinator):
    promise, activity = _promise_with_activity(220, before=40, after=8)
    comparison = PlaceFactory(name="Torget")
    start = local_midnight(promise.period_start)
    _incidents(comparison, start - timedelta(days=182), 182, 30)
    _incidents(comparison, start, 182, 30)
    page = client_for(coordinator).get(promise.get_absolute_url()).content.decode()
    section = _section(page, activity)
    assert "Hjälpte det?" in section
    assert FEWER in section
    assert "Jämförelseplatser före / efter" in section and "Torget" in section


def test_citizens_see_the_verdict_without_comparison_places(client_for):
    promise, activity = _promise_with_activity(220, before=40, after=8)
    section = _section(Client().get(promise.get_absolute_url()).content.decode(), activity)
    assert FEWER in section
    assert "Jämförelseplatser" not in section
    assert "−" in section  # the change in per cent: neither count is under 5


def test_no_effect_is_no_clear_difference(client_for, reporter_a):
    promise, activity = _promise_with_activity(220, before=25, after=25)
    section = _section(
        client_for(reporter_a).get(promise.get_absolute_url()).content.decode(), activity
    )
    assert NO_CLEAR in section


def test_too_few_events_say_so_and_hide_small_counts(client_for, coordinator):
    promise, activity = _promise_with_activity(220, before=3, after=1)
    citizen = _section(Client().get(promise.get_absolute_url()).content.decode(), activity)
    assert TOO_FEW in citizen
    assert "färre än 5" in citizen
    assert ">3<" not in citizen and ">1<" not in citizen
    staff = _section(
        client_for(coordinator).get(promise.get_absolute_url()).content.decode(), activity
    )
    assert ">3<" in staff  # the coordinator sees exact counts


def test_a_percentage_of_a_small_count_is_not_published(client_for):
    promise, activity = _promise_with_activity(220, before=30, after=2)
    citizen = _section(Client().get(promise.get_absolute_url()).content.decode(), activity)
    assert FEWER in citizen and "färre än 5" in citizen
    assert "%" not in citizen.split('class="activity-effect"')[1].split("<tbody>")[1]


def test_citizens_wait_for_the_publication_delay(client_for, reporter_a, settings):
    settings.PUBLIC_STATISTICS_DELAY_DAYS = 14
    # The 3-month window ended 9 days ago: over for staff, not yet published for citizens.
    # (A drop clear enough that the staff's perturbed counts keep the verdict.)
    promise, activity = _promise_with_activity(100, before=60, after=8)
    staff = _section(
        client_for(reporter_a).get(promise.get_absolute_url()).content.decode(), activity
    )
    three = staff.split('data-effect-months="3"')[1].split("</tr>")[0]
    assert FEWER in three
    citizen = _section(Client().get(promise.get_absolute_url()).content.decode(), activity)
    three = citizen.split('data-effect-months="3"')[1].split("</tr>")[0]
    assert FEWER not in three and "inte slut och publicerad" in three


def _effect_table(page, activity):
    section = _section(page, activity)
    return section[section.index('class="activity-effect"') :]


def test_a_late_registration_does_not_move_the_public_effect(client_for, coordinator):
    """Citizens' effect counts only the released incidents (``Incident.objects.published``):
    incidents registered after their month's release day change nothing until… never (the
    figures of a released month are frozen); staff see them at once."""
    promise, activity = _promise_with_activity(220, before=40, after=8)
    url = promise.get_absolute_url()
    citizen_before = _effect_table(Client().get(url).content.decode(), activity)
    staff_before = _effect_table(client_for(coordinator).get(url).content.decode(), activity)
    hamnen = activity.places.get()
    start = local_midnight(promise.period_start)
    _incidents(hamnen, start + timedelta(days=10), 60, 12, late=True)
    assert _effect_table(Client().get(url).content.decode(), activity) == citizen_before
    staff_after = _effect_table(client_for(coordinator).get(url).content.decode(), activity)
    assert staff_after != staff_before  # the coordinator counts every registered incident


def test_an_activity_without_places_has_no_effect_table(client_for):
    promise = CitizenPromiseFactory(published=True)
    PromiseActivityFactory(promise=promise)
    assert "Hjälpte det?" not in Client().get(promise.get_absolute_url()).content.decode()


def test_the_batch_gives_the_same_answer_as_one_measure_at_a_time():
    now = timezone.now()
    start = now - timedelta(days=200)
    places = [PlaceFactory(name=f"Plats {n}") for n in range(4)]
    for n, place in enumerate(places):
        _incidents(place, start - timedelta(days=182), 182, 10 + 8 * n)
        _incidents(place, start, 182, 30 - 6 * n)
    groups = {"a": [places[0].pk], "b": [places[1].pk, places[2].pk], "c": [places[3].pk]}
    batch = measure_effects_many(groups, start, now=now)
    for key, ids in groups.items():
        single = measure_effects(ids, start, now=now)
        assert [w.result for w in batch[key]] == [w.result for w in single]
        assert [w.comparison_places for w in batch[key]] == [w.comparison_places for w in single]


def test_an_activity_and_its_interventions_link_both_ways(client_for, reporter_a, org_a):
    from django.urls import reverse

    from tests.est_measures.factories import InterventionFactory

    promise = CitizenPromiseFactory(published=True)
    activity = PromiseActivityFactory(promise=promise, text="Nattvandringar i centrum")
    intervention = InterventionFactory(organisation=org_a)
    activity.interventions.add(intervention)
    detail = reverse("measures:intervention_detail", args=[intervention.pk])
    staff = client_for(reporter_a).get(promise.get_absolute_url()).content.decode()
    assert detail in staff
    assert detail not in Client().get(promise.get_absolute_url()).content.decode()
    page = client_for(reporter_a).get(detail).content.decode()
    assert "Genomför aktivitet i medborgarlöfte" in page
    assert f"{promise.get_absolute_url()}#aktivitet-{activity.pk}" in page
    # A draft promise's activity is not told to a reporter.
    draft_activity = PromiseActivityFactory(promise=CitizenPromiseFactory(), text="Utkastets")
    draft_activity.interventions.add(intervention)
    assert "Utkastets" not in client_for(reporter_a).get(detail).content.decode()
