"""The period summary of interventions the situation picture and EST meeting show."""

from datetime import date, datetime, time

import pytest
from django.urls import reverse

from est_measures.recurrence import STOCKHOLM
from est_measures.situation import interventions_in_period
from tests.est_incidents.factories import PlaceFactory
from tests.est_incidents.meeting_factories import EstActionFactory, EstMeetingFactory
from tests.est_measures.factories import InterventionFactory, InterventionKindFactory
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def local(*args):
    return datetime(*args, tzinfo=STOCKHOLM)


def test_a_fortnight_with_a_recurring_walk_and_a_one_off(org_a, org_b):
    walk = InterventionKindFactory(name="Nattvandring", code="nattvandring")
    light = InterventionKindFactory(name="Belysning åtgärdad", code="belysning-atgardad")
    torget = PlaceFactory(name="Torget", latitude="58.3040", longitude="14.2870")
    series = InterventionFactory(
        kind=walk,
        organisation=org_a,
        starts_at=local(2026, 9, 4, 22),
        ends_at=None,
        recurrence_weekdays="5,6",
        recurrence_start_time=time(22),
        recurrence_end_time=time(2),
        recurrence_until=date(2026, 12, 31),
        places=[torget],
    )
    series.co_organisations.set([org_b])
    InterventionFactory(
        kind=light,
        organisation=org_b,
        starts_at=local(2026, 9, 15, 9),
        ends_at=local(2026, 9, 15, 12),
        latitude="58.3000",
        longitude="14.2800",
    )
    InterventionFactory(kind=light, starts_at=local(2026, 8, 1, 9), ends_at=local(2026, 8, 1, 10))

    summary = interventions_in_period(date(2026, 9, 14), date(2026, 9, 27))

    assert summary.count == 2
    rows = {row.name: row for row in summary.by_kind}
    assert rows["Nattvandring"].occasions == 4  # 18, 19, 25, 26 September
    assert rows["Nattvandring"].hours == 16
    assert rows["Belysning åtgärdad"].occasions == 1 and rows["Belysning åtgärdad"].hours == 3
    # Friday 22:00–23:00 (weekday 5 → index 4) had someone there twice; Saturday 01:00 too.
    assert summary.presence[4][22] == 2
    assert summary.presence[5][1] == 2
    assert summary.presence[1][10] == 1  # Tuesday 15 September, 09–12
    assert summary.presence[2][12] == 0
    organisations = {org.name: items for org, items in summary.by_organisation}
    assert len(organisations[org_a.name]) == 1
    assert len(organisations[org_b.name]) == 2  # its own and the joint walk
    assert [58.304, 14.287, "Nattvandring", "Torget"] in summary.points
    assert [58.3, 14.28, "Belysning åtgärdad", ""] in summary.points


def test_an_empty_period():
    OrganisationFactory()
    summary = interventions_in_period(date(2026, 1, 1), date(2026, 1, 14))
    assert summary.count == 0 and summary.occasions == 0
    assert summary.presence == [[0] * 24 for _ in range(7)]


def test_the_summary_query_count_does_not_grow(django_assert_max_num_queries, org_a):
    kind = InterventionKindFactory()
    places = [PlaceFactory() for _ in range(3)]
    for size in (2, 20):
        for _ in range(size):
            InterventionFactory(
                kind=kind, organisation=org_a, starts_at=local(2026, 3, 2, 10),
                ends_at=local(2026, 3, 2, 12), places=places,
            )  # fmt: skip
        with django_assert_max_num_queries(3):
            interventions_in_period(date(2026, 3, 1), date(2026, 3, 14))


# --- On est_incidents' pages, through the extension hook --------------------------------------


def test_the_situation_picture_shows_the_periods_interventions(client_for, reporter_b, org_a):
    walk = InterventionKindFactory(name="Nattvandring", code="nattvandring")
    torget = PlaceFactory(name="Torget")
    InterventionFactory(
        kind=walk,
        organisation=org_a,
        starts_at=local(2026, 9, 4, 22),
        ends_at=None,
        recurrence_weekdays="5,6",
        recurrence_start_time=time(22),
        recurrence_end_time=time(2),
        recurrence_until=date(2026, 12, 31),
        places=[torget],
    )
    page = client_for(reporter_b).get(
        reverse("est:situation_picture"), {"start": "2026-09-14", "end": "2026-09-27"}
    )
    text = page.content.decode()
    assert page.status_code == 200
    assert "Insatser under perioden" in text
    assert "1 insats med 4 tillfällen under perioden." in text
    assert "När händer det, och när är någon där?" in text
    assert 'id="situation-intervention-points"' in text
    assert "js/situation-interventions" in text
    # Filtered to another place, the walk is not there.
    other = PlaceFactory(name="Hamnen")
    page = client_for(reporter_b).get(
        reverse("est:situation_picture"),
        {"start": "2026-09-14", "end": "2026-09-27", "place": other.pk},
    )
    assert "Inga insatser är registrerade för perioden." in page.content.decode()


def test_the_est_meeting_lists_the_periods_interventions_per_organisation(
    client_for, reporter_b, org_a, org_b
):
    meeting = EstMeetingFactory(
        starts_at=local(2026, 9, 29, 9),
        period_start=date(2026, 9, 14),
        period_end=date(2026, 9, 27),
    )
    action = EstActionFactory(meeting=meeting, what="Belys gångtunneln")
    kind = InterventionKindFactory(name="Polispatrull", code="polispatrull")
    joint = InterventionFactory(
        kind=kind,
        organisation=org_a,
        starts_at=local(2026, 9, 18, 21),
        ends_at=local(2026, 9, 18, 23),
    )
    joint.co_organisations.set([org_b])
    page = client_for(reporter_b).get(reverse("est:meeting_detail", args=[meeting.pk]))
    text = page.content.decode()
    assert "Insatser under perioden, per organisation" in text
    assert text.count(reverse("measures:intervention_detail", args=[joint.pk])) == 2
    assert reverse("measures:action_story", args=[action.pk]) in text


def test_the_situation_picture_shows_the_periods_walks_and_their_open_findings(
    client_for, reporter_b, org_a
):
    from est_measures.models import SafetyWalkFinding
    from tests.est_measures.factories import SafetyWalkFactory, SafetyWalkFindingFactory

    walk = SafetyWalkFactory(date=date(2026, 9, 20), area="Centrum: torget – hamnen")
    SafetyWalkFindingFactory(walk=walk, description="Mörkt under viadukten.")
    SafetyWalkFindingFactory(
        walk=walk, description="Buskarna är klippta.", status=SafetyWalkFinding.Status.DONE
    )
    SafetyWalkFactory(date=date(2026, 8, 1), area="Vandring i augusti")  # before the period
    text = (
        client_for(reporter_b)
        .get(reverse("est:situation_picture"), {"fran": "2026-09-14", "till": "2026-09-27"})
        .content.decode()
    )
    assert "Trygghetsvandringar under perioden" in text
    assert f'href="{walk.get_absolute_url()}">Centrum: torget – hamnen</a>' in text
    assert "2 fynd, 1 inte åtgärdade." in text
    assert "Mörkt under viadukten." in text and "Buskarna är klippta." not in text
    assert "Vandring i augusti" not in text
