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
from est_incidents.models.incidents import RECORD_KEY_MODULUS
from est_incidents.services import mark_meeting_held
from tests.est_incidents.disclosed import plain
from tests.est_incidents.factories import CategoryFactory, IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.sso.provider import LOGIN_METHODS

pytestmark = pytest.mark.django_db

URL = "/personal/lagesbild/"
LAT, LNG = Decimal("58.312345"), Decimal("14.301234")


@pytest.fixture(params=LOGIN_METHODS)
def login_method(request):
    """Every viewer signs in with a password and, again, through single sign-on (the red-team
    repros run for SSO users too: docs/security.md, "Single sign-on")."""
    return request.param


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
    picture = plain(response.context["picture"])
    assert picture["total"] is None
    assert "färre än 5" in html
    assert picture["hotspots"]["top"] == []
    # Issue 21, point A4: no breakdown at all, where zeros beside one masked cell would name it.
    assert picture["withheld"] and picture["weekday_hour"] is None
    assert picture["by_category"] == [] and picture["by_place"] == []
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
        assert plain(response.context["picture"])["total"] == 1
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

    picture = plain(picture_for_viewer(compute_situation(default_period()), reporter_a))
    counts = {row["name"]: row["count"] for row in picture["by_category"]}
    # Issue 21, round 3: another organisation's counts are perturbed (cell-key method): the 2
    # shows as 0 or 5, never as itself, and the total as 7–11, so 9 − 7 is no longer readable.
    assert counts["Liten"] in (0, 5)
    assert counts["Stor"] in (5, 6, 7, 8, 9)
    assert picture["total"] in (7, 8, 9, 10, 11)


def test_a_hotspot_among_both_the_most_and_the_most_risen_shows_the_places_own_count(
    reporter_a, org_b
):
    """A place that is both a top and a risen hotspot is one object in both lists of a live
    picture: it was perturbed twice, so the hotspot showed another number than the place's row
    (7 incidents whose keys pick +2: 9 in the table, 11 among the hotspots), and the two told
    the viewer more than either."""
    from est_incidents.situation import compute_situation, default_period
    from tests.est_incidents.factories import PlaceFactory

    place = PlaceFactory(name="Hamnen")
    keys = [RECORD_KEY_MODULUS * 19 // 20] + [0] * 6  # the cell key's fraction 0.95: +2
    for key in keys:
        IncidentFactory(organisation=org_b, place=place, record_key=key)
    picture = plain(picture_for_viewer(compute_situation(default_period()), reporter_a))
    [row] = [row for row in picture["by_place"] if row["name"] == "Hamnen"]
    assert row["count"] == 9
    spots = picture["hotspots"]["top"] + picture["hotspots"]["risen"]
    assert [spot["count"] for spot in spots if spot["name"] == "Hamnen"] == [9, 9]


def test_map_points_are_grouped_in_cells_of_at_least_5(reporter_a, org_b):
    # Record keys chosen so that the 5 show as 5 (their cell key picks no noise).
    keys = [RECORD_KEY_MODULUS // 5, 0, 0, 0, 0]
    for key in keys:
        IncidentFactory(organisation=org_b, place=None, latitude=LAT, longitude=LNG, record_key=key)
    IncidentFactory(organisation=org_b, place=None, latitude=Decimal("58.290000"), longitude=LNG)
    from est_incidents.situation import compute_situation, default_period

    picture = plain(picture_for_viewer(compute_situation(default_period()), reporter_a))
    assert len(picture["points"]) == 1  # the lone incident's cell is left out, whatever its key
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
    assert plain(client_for(reporter_a).get(url).context["picture"])["total"] is None
    assert plain(client_for(coordinator).get(url).context["picture"])["total"] == 2
    printout = client_for(reporter_a).get(f"/personal/est-moten/{meeting.pk}/utskrift/")
    assert plain(printout.context["picture"])["total"] is None
    meeting.refresh_from_db()
    assert meeting.frozen_picture["total"] == 2  # the record is unchanged


def test_statutory_document_hides_small_counts(client_for, reporter_a, coordinator, org_b):
    IncidentFactory.create_batch(3, organisation=org_b)
    year = timezone.localdate().year
    url = f"/personal/lagesbild/ar/{year}/"
    response = client_for(reporter_a).get(url)
    assert plain(response.context["picture"])["total"] is None
    # Issue 21, point A4: the months add up to 3, so every month is masked (no zeros beside it)
    assert all(m["count"] is None for m in plain(response.context["months"]))
    assert plain(client_for(coordinator).get(url).context["picture"])["total"] == 3


def test_the_citizen_tip_share_of_another_organisations_total_is_not_shown_when_small(
    reporter_a, org_b
):
    from est_incidents.models import Incident
    from est_incidents.situation import compute_situation, default_period

    IncidentFactory.create_batch(9, organisation=org_b)
    IncidentFactory.create_batch(2, organisation=org_b, source=Incident.Source.CITIZEN_TIP)
    picture = compute_situation(default_period())
    assert picture["from_citizen_tips"] == 2
    shown = plain(picture_for_viewer(picture, reporter_a))
    assert shown["total"] in range(9, 14)
    # Issue 21, round 3: the 2 tips of another organisation show perturbed, as 0 or 5
    assert shown["from_citizen_tips"] in (0, 5)


# --- Issue 21 (trust, round 3) ----------------------------------------------------------------


def _incidents_at(place, organisation, start, days, count):
    """``count`` incidents at ``place``, spread over ``days`` days from ``start``."""
    for index in range(count):
        IncidentFactory(
            organisation=organisation,
            place=place,
            occurred_at=start + timedelta(days=days * index / count, hours=1),
        )


def _effect_row(html, months=3):
    return html.split(f'data-effect-months="{months}"')[1].split("</tr>")[0]


def test_a1_the_staff_effect_table_derives_nothing_from_a_small_count(
    client_for, reporter_a, coordinator, org_a, org_b
):
    """Issue 21, A1: "Före: färre än 5", "Efter: 25" and a change in per cent with its
    interval gave the hidden count away (only one value fits the percentage). Since the
    cell-key method reached the effect tables (A6), another organisation's 3 shows as 0 or 5
    and its 25 within ±2, and the change is the one of the shown counts."""
    from est_incidents.disclosure import _percent
    from est_measures import effect
    from tests.est_incidents.factories import PlaceFactory
    from tests.est_measures.factories import InterventionFactory

    badplatsen = PlaceFactory(name="Badplatsen")
    start = timezone.now() - timedelta(days=200)
    _incidents_at(badplatsen, org_b, start - timedelta(days=91), 90, 3)
    _incidents_at(badplatsen, org_b, start, 90, 25)
    intervention = InterventionFactory(organisation=org_a, starts_at=start, places=[badplatsen])
    url = f"/personal/insatser/{intervention.pk}/"

    page = client_for(reporter_a).get(url)
    row = _effect_row(page.content.decode())
    assert "färre än 5" not in row and ">3<" not in row
    three = page.context["effects"][0].result
    assert three.before.shown in (0, 5) and three.after.shown in range(23, 28)
    judged = effect.estimate(three.before.shown, three.after.shown)
    assert three.change.shown == _percent(judged.ratio) and three.verdict == judged.verdict

    exact = _effect_row(client_for(coordinator).get(url).content.decode())
    assert ">3<" in exact and ">25<" in exact and "%" in exact  # the coordinator sees it all


def test_a1_every_number_computed_from_a_masked_count_is_masked():
    from est_incidents.disclosure import effect_for_viewer
    from est_measures import effect

    # With comparison places: −13 % from (25/3)/(…): one hidden value fits.
    shown = effect_for_viewer(effect.estimate(3, 25, 40, 380), exact=False)
    assert shown.before.masked and not shown.after.masked
    assert shown.change.masked and shown.low.masked and shown.high.masked
    assert str(shown.change) == "visas inte"
    exact = effect_for_viewer(effect.estimate(3, 25, 40, 380), exact=True)
    assert not exact.change.masked and "%" in str(exact.change)
    # A verdict that is the same for every value the masked count could have is shown.
    clear = effect_for_viewer(effect.estimate(60, 2), exact=False)
    assert clear.change.masked and clear.verdict == effect.FEWER


def test_a4_a_one_day_other_organisation_picture_shows_no_breakdown(
    client_for, reporter_a, coordinator, org_b
):
    """Issue 21, A4: filtered to another organisation for a day with one incident, every
    breakdown showed 0 everywhere except one "färre än 5" cell, naming the category, the place
    and the hour. Zero is a count too: the breakdowns are not shown at all."""
    from tests.est_incidents.factories import PlaceFactory

    skolan = PlaceFactory(name="Skolgården Ågårdsskolan")
    incident = IncidentFactory(
        organisation=org_b, place=skolan, occurred_at=timezone.now() - timedelta(days=2)
    )
    day = timezone.localdate(incident.occurred_at).isoformat()
    params = {"start": day, "end": day, "organisation": org_b.pk}
    response = client_for(reporter_a).get(URL, params)
    html = response.content.decode()
    picture = plain(response.context["picture"])
    assert picture["total"] is None and picture["withheld"]
    for name in ("by_category", "by_subcategory", "by_place", "by_organisation"):
        assert picture[name] == [], name
    assert picture["weekday_hour"] is None and picture["hotspots"] == {"top": [], "risen": []}
    for chart in ("live-categories", "live-subcategories", "live-places", "live-weekhour"):
        assert f'id="{chart}"' not in html, chart
    main = html[html.index("<main") : html.index("</main>")]
    assert "<td>0</td>" not in main  # no zero beside a masked cell anywhere
    # The coordinator sees the breakdowns.
    exact = plain(client_for(coordinator).get(URL, params).context["picture"])
    assert exact["total"] == 1 and exact["by_place"][0]["name"] == skolan.name


def test_a4_an_empty_day_of_another_organisation_is_masked_like_a_small_one(
    client_for, reporter_a, coordinator, org_b
):
    """Found from outside on a production-like instance: filtered to another organisation for
    one day, a day with none of its incidents read "Under perioden 0", and the trend of one-day
    periods showed exact 0 beside "färre än 5" days, saying which days had incidents. A count of
    0–4 of another organisation's incidents is masked in the total, the comparisons and the
    trend."""
    with_one = IncidentFactory(organisation=org_b, occurred_at=timezone.now() - timedelta(days=3))
    empty = timezone.localdate(with_one.occurred_at) + timedelta(days=1)
    params = {"start": empty.isoformat(), "end": empty.isoformat(), "organisation": org_b.pk}
    picture = plain(client_for(reporter_a).get(URL, params).context["picture"])
    assert picture["total"] is None and picture["withheld"]
    assert all(period["count"] is None for period in picture["trend"])
    assert picture["vs_previous"]["earlier"] is None
    exact = plain(client_for(coordinator).get(URL, params).context["picture"])
    assert exact["total"] == 0
    assert [period["count"] for period in exact["trend"]][-2:] == [1, 0]


def test_a4_a_frozen_one_day_picture_follows_the_same_rule(
    client_for, reporter_a, coordinator, org_b
):
    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(hours=1))
    incident = IncidentFactory(organisation=org_b, occurred_at=timezone.now() - timedelta(days=2))
    meeting.period_start = meeting.period_end = timezone.localdate(incident.occurred_at)
    meeting.save()
    mark_meeting_held(meeting, acting_user=coordinator)
    url = f"/personal/est-moten/{meeting.pk}/"
    for path in (url, f"{url}utskrift/"):
        picture = plain(client_for(reporter_a).get(path).context["picture"])
        assert picture["withheld"] and picture["by_category"] == [], path


def test_a5_a_disclosed_value_cannot_be_used_as_a_number():
    from est_incidents.disclosure import count

    masked, shown = count(3, exact=False), count(7, exact=False)
    assert str(masked) == "färre än 5" and str(shown) == "7"
    assert masked.__html__() == "färre än 5"
    for attempt in (
        lambda: int(shown),
        lambda: shown + 1,
        lambda: shown * 100,
        lambda: shown / 2,
        lambda: shown < 5,
        lambda: shown == 7,
        lambda: bool(masked),
        lambda: f"{shown:d}",
    ):
        with pytest.raises(TypeError):
            attempt()
    assert str(count(3, exact=True)) == "3"  # exact viewers get the same type, unmasked
