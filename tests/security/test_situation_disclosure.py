"""Issue 11, point 4: shared aggregates never single out another organisation's incident.
Counts under 5 are "färre än 5" (and cannot be derived from totals), map points are grouped in
~250 m cells of at least 5 incidents; one's own organisation and the coordinator see exact
numbers; a held meeting's frozen picture follows the same rule per reader."""

import json
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from est_incidents.disclosure import picture_for_viewer
from est_incidents.services import mark_meeting_held
from tests.est_incidents.factories import CategoryFactory, IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = pytest.mark.django_db

URL = "/personal/lagesbild/"
LAT, LNG = Decimal("58.312345"), Decimal("14.301234")


@pytest.fixture
def lone_incident_of_b(org_b):
    """One incident of B with its own point and no named place."""
    return IncidentFactory(organisation=org_b, place=None, latitude=LAT, longitude=LNG)


def _points(response):
    html = response.content.decode()
    return json.loads(re.search(r'id="situation-points"[^>]*>(.*?)</script>', html, re.S)[1])


def test_the_issues_attack_returns_no_precise_point(client_for, reporter_a, lone_incident_of_b):
    day = timezone.localdate(lone_incident_of_b.occurred_at).isoformat()
    response = client_for(reporter_a).get(
        URL, {"start": day, "end": day, "organisation": lone_incident_of_b.organisation_id}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert _points(response) == []
    assert "58.3123" not in html and "14.3012" not in html
    picture = response.context["picture"]
    assert picture["total"] is None
    assert "färre än 5" in html
    assert picture["hotspots"]["top"] == []
    assert all(count in (0, None) for row in picture["weekday_hour"] for count in row)
    assert all(row["count"] is None for row in picture["by_category"])
    # The incident itself is a 404 for the same user.
    detail = f"/personal/handelser/{lone_incident_of_b.pk}/"
    assert client_for(reporter_a).get(detail).status_code == 404


def test_own_organisation_and_coordinator_see_exact_numbers(
    client_for, reporter_b, coordinator, lone_incident_of_b
):
    day = timezone.localdate(lone_incident_of_b.occurred_at).isoformat()
    params = {"start": day, "end": day, "organisation": lone_incident_of_b.organisation_id}
    for user in (reporter_b, coordinator):
        response = client_for(user).get(URL, params)
        assert response.context["picture"]["total"] == 1
        # The map groups points in cells of about 200 m (the pre-aggregated counts); the
        # count stays exact and the cell is the incident's own.
        ((lat, lng, count),) = _points(response)
        assert count == 1
        assert abs(lat - float(LAT)) < 0.002 and abs(lng - float(LNG)) < 0.003


def test_a_single_small_count_cannot_be_derived_from_the_total(reporter_a, org_b):
    big, small = CategoryFactory(name="Stor"), CategoryFactory(name="Liten")
    IncidentFactory.create_batch(7, organisation=org_b, category=big)
    IncidentFactory.create_batch(2, organisation=org_b, category=small)
    from est_incidents.situation import compute_situation, default_period

    picture = picture_for_viewer(compute_situation(default_period()), reporter_a)
    counts = {row["name"]: row["count"] for row in picture["by_category"]}
    assert picture["total"] == 9
    assert counts == {"Stor": None, "Liten": None}  # 9 − 7 would give the hidden 2 away


def test_map_points_are_grouped_in_cells_of_at_least_5(reporter_a, org_b):
    IncidentFactory.create_batch(5, organisation=org_b, place=None, latitude=LAT, longitude=LNG)
    IncidentFactory(organisation=org_b, place=None, latitude=Decimal("58.290000"), longitude=LNG)
    from est_incidents.situation import compute_situation, default_period

    picture = picture_for_viewer(compute_situation(default_period()), reporter_a)
    assert len(picture["points"]) == 1
    lat, lng, n = picture["points"][0]
    assert n == 5
    assert (lat, lng) != (round(float(LAT), 5), round(float(LNG), 5))  # a cell's centre
    assert abs(lat - float(LAT)) < 0.00225 and abs(lng - float(LNG)) < 0.0043


def test_frozen_picture_follows_the_rule_per_reader(
    client_for, reporter_a, reporter_b, coordinator, org_b
):
    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(hours=1))
    IncidentFactory.create_batch(
        2,
        organisation=org_b,
        occurred_at=timezone.now().replace(hour=12) - timedelta(days=3),
    )
    meeting.period_start = timezone.localdate() - timedelta(days=7)
    meeting.period_end = timezone.localdate()
    meeting.save()
    mark_meeting_held(meeting, acting_user=coordinator)
    meeting.refresh_from_db()
    assert meeting.frozen_picture["total"] == 2  # stored exact
    url = f"/personal/est-moten/{meeting.pk}/"
    assert client_for(reporter_a).get(url).context["picture"]["total"] is None
    assert client_for(coordinator).get(url).context["picture"]["total"] == 2
    printout = client_for(reporter_a).get(f"/personal/est-moten/{meeting.pk}/utskrift/")
    assert printout.context["picture"]["total"] is None
    meeting.refresh_from_db()
    assert meeting.frozen_picture["total"] == 2  # the record is unchanged


def test_statutory_document_hides_small_counts(client_for, reporter_a, coordinator, org_b):
    IncidentFactory.create_batch(3, organisation=org_b)
    year = timezone.localdate().year
    url = f"/personal/lagesbild/ar/{year}/"
    response = client_for(reporter_a).get(url)
    assert response.context["picture"]["total"] is None
    assert all(m["count"] in (0, None) for m in response.context["months"])
    assert client_for(coordinator).get(url).context["picture"]["total"] == 3


def test_the_citizen_tip_share_of_another_organisations_total_is_not_shown_when_small(
    reporter_a, org_b
):
    from est_incidents.models import Incident
    from est_incidents.situation import compute_situation, default_period

    IncidentFactory.create_batch(9, organisation=org_b)
    IncidentFactory.create_batch(2, organisation=org_b, source=Incident.Source.CITIZEN_TIP)
    picture = compute_situation(default_period())
    assert picture["from_citizen_tips"] == 2
    shown = picture_for_viewer(picture, reporter_a)
    assert shown["total"] == 11
    assert shown["from_citizen_tips"] is None  # "färre än 5"
