"""The situation picture's aggregate function against hand-counted fixtures.

Periods are whole days in Europe/Stockholm; the fixtures sit on the edges: midnight, the
daylight-saving changes (29 March and 25 October 2026), empty periods and a leap year.
"""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from est_incidents.situation import NO_CHANGE, Period, compute_situation, monthly_counts
from hjo_safety.models import Organisation as OrganisationModel
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory
from tests.est_incidents.meeting_factories import EstActionFactory, PoliceEventFactory
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def utc(*args):
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def world(db):
    vandalism = CategoryFactory(name="Skadegörelse T", code="t-skadegorelse")
    graffiti = CategoryFactory(name="Klotter T", code="t-klotter", parent=vandalism)
    glass = CategoryFactory(name="Glaskross T", code="t-glaskross", parent=vandalism)
    litter = CategoryFactory(name="Nedskräpning T", code="t-nedskrapning")
    square = PlaceFactory(
        name="Torget T", latitude=Decimal("58.304200"), longitude=Decimal("14.287300")
    )
    harbour = PlaceFactory(
        name="Hamnen T", latitude=Decimal("58.306900"), longitude=Decimal("14.292800")
    )
    fritid = OrganisationFactory(name="Fritid T", short_name="Fritid")
    skola = OrganisationFactory(name="Skola T", short_name="Skola")
    return locals()


def incident(world, when, category="graffiti", place="square", org="fritid", **fields):
    place_obj = world[place] if place else None
    return IncidentFactory(
        occurred_at=when,
        category=world[category],
        place=place_obj,
        organisation=world[org],
        **fields,
    )


def test_counts_by_category_place_organisation_and_grid(world):
    # Period 2026-05-04 (Monday) .. 2026-05-10 (Sunday), CEST = UTC+2.
    incident(world, utc(2026, 5, 4, 8, 0))  # Mon 10:00 local, graffiti, square, fritid
    incident(world, utc(2026, 5, 4, 8, 30))  # Mon 10:30
    incident(
        world, utc(2026, 5, 6, 19, 0), category="glass", place="harbour", org="skola"
    )  # Wed 21
    incident(world, utc(2026, 5, 10, 21, 59), category="litter", org="skola")  # Sun 23:59
    incident(world, utc(2026, 5, 10, 22, 0))  # Mon 11 May 00:00 local: outside
    incident(world, utc(2026, 5, 3, 21, 59))  # Sun 3 May 23:59 local: outside (previous period)

    picture = compute_situation(Period(date(2026, 5, 4), date(2026, 5, 10)))

    assert picture["total"] == 4
    assert picture["vs_previous"] == {"current": 4, "earlier": 1, "change": 3, "percent": 300}
    assert picture["vs_year_ago"]["percent"] == NO_CHANGE
    assert {r["name"]: r["count"] for r in picture["by_category"]} == {
        "Skadegörelse T": 3,
        "Nedskräpning T": 1,
    }
    assert {(r["parent"], r["name"]): r["count"] for r in picture["by_subcategory"]} == {
        ("Skadegörelse T", "Klotter T"): 2,
        ("Skadegörelse T", "Glaskross T"): 1,
        ("", "Nedskräpning T"): 1,
    }
    assert {r["name"]: r["count"] for r in picture["by_place"]} == {"Torget T": 3, "Hamnen T": 1}
    assert {r["name"]: r["count"] for r in picture["by_organisation"]} == {"Fritid": 2, "Skola": 2}
    grid = picture["weekday_hour"]
    assert grid[0][10] == 2  # Monday 10–11
    assert grid[2][21] == 1  # Wednesday 21–22
    assert grid[6][23] == 1  # Sunday 23–24
    assert sum(map(sum, grid)) == 4
    assert picture["trend"][-1]["count"] == 4 and picture["trend"][-2]["count"] == 1
    assert len(picture["trend"]) == 12
    assert picture["trend"][0]["start"] == "2026-02-16"  # 11 weeks before 4 May
    json.dumps(picture)  # storable as it is


def test_period_across_midnight_includes_both_evenings_and_nights(world):
    # A one-night window: Friday 2026-09-11 and Saturday 2026-09-12, local (UTC+2).
    incident(world, utc(2026, 9, 11, 21, 30))  # Fri 23:30
    incident(world, utc(2026, 9, 11, 22, 30))  # Sat 00:30
    incident(world, utc(2026, 9, 10, 22, 0))  # Fri 00:00 exactly: first instant, included
    incident(world, utc(2026, 9, 12, 22, 0))  # Sun 00:00: first instant after, excluded
    picture = compute_situation(Period(date(2026, 9, 11), date(2026, 9, 12)))
    assert picture["total"] == 3
    grid = picture["weekday_hour"]
    assert grid[4][23] == 1 and grid[5][0] == 1 and grid[4][0] == 1


def test_spring_forward_day_has_23_hours(world):
    # 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST.
    incident(world, utc(2026, 3, 28, 23, 0))  # 00:00 CET on the 29th: included
    incident(world, utc(2026, 3, 29, 1, 30))  # 03:30 CEST
    incident(world, utc(2026, 3, 29, 21, 59))  # 23:59 CEST: included
    incident(world, utc(2026, 3, 29, 22, 0))  # 00:00 on the 30th: excluded
    incident(world, utc(2026, 3, 28, 22, 59))  # 23:59 on the 28th: excluded
    period = Period(date(2026, 3, 29), date(2026, 3, 29))
    assert (period.end_at - period.start_at).total_seconds() == 23 * 3600
    picture = compute_situation(period)
    assert picture["total"] == 3
    sunday = picture["weekday_hour"][6]
    assert sunday[0] == 1 and sunday[3] == 1 and sunday[23] == 1 and sunday[2] == 0


def test_fall_back_day_has_25_hours_and_two_hours_of_two(world):
    # 2026-10-25: clocks go back from 03:00 CEST to 02:00 CET; 02:xx happens twice.
    incident(world, utc(2026, 10, 24, 22, 0))  # 00:00 CEST on the 25th: included
    incident(world, utc(2026, 10, 25, 0, 30))  # 02:30 CEST
    incident(world, utc(2026, 10, 25, 1, 30))  # 02:30 CET
    incident(world, utc(2026, 10, 25, 22, 59))  # 23:59 CET: included
    incident(world, utc(2026, 10, 25, 23, 0))  # 00:00 on the 26th: excluded
    period = Period(date(2026, 10, 25), date(2026, 10, 25))
    assert (period.end_at - period.start_at).total_seconds() == 25 * 3600
    picture = compute_situation(period)
    assert picture["total"] == 4
    sunday = picture["weekday_hour"][6]
    assert sunday[2] == 2 and sunday[0] == 1 and sunday[23] == 1


def test_empty_period_gives_zeros_and_no_division_by_zero(world):
    picture = compute_situation(Period(date(2031, 1, 1), date(2031, 1, 14)))
    assert picture["total"] == 0
    assert picture["vs_previous"] == {"current": 0, "earlier": 0, "change": 0, "percent": "—"}
    assert picture["vs_year_ago"]["percent"] == "—"
    assert picture["by_category"] == picture["by_place"] == picture["by_organisation"] == []
    assert picture["hotspots"] == {"top": [], "risen": []}
    assert sum(map(sum, picture["weekday_hour"])) == 0
    assert picture["points"] == []
    assert all(p["count"] == 0 for p in picture["trend"])


def test_fall_from_something_to_nothing_is_minus_100_percent(world):
    incident(world, utc(2030, 12, 20, 12, 0))
    picture = compute_situation(Period(date(2031, 1, 1), date(2031, 1, 14)))
    assert picture["vs_previous"] == {"current": 0, "earlier": 1, "change": -1, "percent": -100}


def test_leap_year_february_and_its_comparisons(world):
    # February 2024 has 29 days; the previous 29 days are 3–31 January; a year earlier is
    # 1–28 February 2023 (there is no 29 February 2023).
    incident(world, utc(2024, 2, 29, 11, 0))
    incident(world, utc(2024, 2, 1, 0, 0))
    incident(world, utc(2024, 1, 3, 0, 0))  # 01:00 local on 3 Jan: previous period
    incident(world, utc(2024, 1, 2, 12, 0))  # before the previous period
    incident(world, utc(2023, 2, 28, 12, 0))  # year earlier
    incident(world, utc(2023, 3, 1, 12, 0))  # outside the year-earlier period
    picture = compute_situation(Period(date(2024, 2, 1), date(2024, 2, 29)))
    assert picture["period"]["days"] == 29
    assert picture["previous_period"] == {
        "start": "2024-01-03",
        "end": "2024-01-31",
        "days": 29,
        "calendar_year": False,
    }
    assert picture["year_ago_period"]["end"] == "2023-02-28"
    assert picture["total"] == 2
    assert picture["vs_previous"] == {"current": 2, "earlier": 1, "change": 1, "percent": 100}
    assert picture["vs_year_ago"] == {"current": 2, "earlier": 1, "change": 1, "percent": 100}
    assert Period(date(2024, 2, 29), date(2024, 2, 29)).year_earlier().start == date(2023, 2, 28)
    months = monthly_counts(2024)
    assert [m["days"] for m in months][:2] == [31, 29]
    assert months[1]["count"] == 2 and months[0]["count"] == 2  # 2 Jan and 3 Jan


def test_hotspots_by_place_and_200m_cells_for_points_only(world):
    lat, lng = Decimal("58.300500"), Decimal("14.280100")  # cell 32389 (58.3002–58.3020)
    for hour in (8, 9, 10):
        incident(world, utc(2026, 6, 10, hour), place=None, latitude=lat, longitude=lng)
    # ~30 m away: the same cell; ~1 km away: another cell
    incident(world, utc(2026, 6, 10, 11), place=None, latitude=Decimal("58.300800"), longitude=lng)
    incident(world, utc(2026, 6, 10, 12), place=None, latitude=Decimal("58.310000"), longitude=lng)
    incident(world, utc(2026, 6, 11, 12), place="harbour")
    incident(world, utc(2026, 6, 1, 12), place="harbour")  # previous period: 1 at the harbour
    incident(world, utc(2026, 6, 2, 12), place="square")  # previous period
    incident(world, utc(2026, 6, 3, 12), place="square")  # previous period
    picture = compute_situation(Period(date(2026, 6, 8), date(2026, 6, 14)))
    top = picture["hotspots"]["top"]
    assert top[0]["kind"] == "cell" and top[0]["count"] == 4
    assert {(s["kind"], s["count"]) for s in top} == {("cell", 4), ("cell", 1), ("place", 1)}
    risen = picture["hotspots"]["risen"]
    assert risen[0]["kind"] == "cell" and risen[0]["change"] == 4
    assert ("place", "Hamnen T") not in {(s["kind"], s["name"]) for s in risen}  # 1 → 1
    # the square fell from 2 to 0 and is neither top nor risen
    assert "Torget T" not in {s["name"] for s in top + risen}
    # The map groups points in the same ~200 m cells, each at its cell's centre, and incidents
    # at a place at the place's centre: the four in cell 32389 as one point with its count,
    # the one 1 km away, and the harbour.
    assert sorted(p[2] for p in picture["points"]) == [1, 1, 4]
    assert picture["points"][0][:3] == [58.3011, 14.2817, 4]  # and its key sum
    assert picture["point_count"] == 6


def test_filters_place_category_with_children_and_organisation(world):
    incident(world, utc(2026, 4, 7, 10))
    incident(world, utc(2026, 4, 7, 11), category="glass", org="skola")
    incident(world, utc(2026, 4, 7, 12), category="litter", place="harbour")
    start, end = date(2026, 4, 6), date(2026, 4, 12)
    assert compute_situation(Period(start, end), category=world["vandalism"])["total"] == 2
    assert compute_situation(Period(start, end), category=world["glass"])["total"] == 1
    assert compute_situation(Period(start, end), place=world["harbour"])["total"] == 1
    assert compute_situation(Period(start, end), organisation=world["skola"])["total"] == 1
    filtered = compute_situation(Period(start, end), organisation=world["skola"])
    assert filtered["filters"]["organisation"] == "Skola"


def test_police_events_by_type_and_open_actions(world):
    PoliceEventFactory(occurred_at=utc(2026, 4, 7, 20), event_type="Skadegörelse")
    PoliceEventFactory(occurred_at=utc(2026, 4, 8, 20), event_type="Skadegörelse")
    PoliceEventFactory(occurred_at=utc(2026, 4, 8, 21), event_type="Brand")
    PoliceEventFactory(occurred_at=utc(2026, 4, 20, 21), event_type="Brand")  # outside
    open_action = EstActionFactory(
        what="Laga belysningen", responsible_organisation=world["fritid"]
    )
    EstActionFactory(what="Klar sak", status="done")
    picture = compute_situation(Period(date(2026, 4, 6), date(2026, 4, 12)))
    assert picture["police_by_type"] == [
        {"type": "Skadegörelse", "count": 2},
        {"type": "Brand", "count": 1},
    ]
    assert picture["police_total"] == 3
    assert [a["what"] for a in picture["open_actions"]] == [open_action.what]
    assert picture["open_actions"][0]["organisation"] == "Fritid"


def test_points_are_coordinates_only(world):
    incident(world, utc(2026, 4, 7, 10), description="Hemlig beskrivning")
    picture = compute_situation(Period(date(2026, 4, 6), date(2026, 4, 12)))
    # latitude, longitude, incidents and their key sum (issue 21, round 3; never shown)
    assert [point[:3] for point in picture["points"]] == [[58.3042, 14.2873, 1]]
    assert "Hemlig" not in json.dumps(picture)
    frozen = compute_situation(Period(date(2026, 4, 6), date(2026, 4, 12)), include_points=False)
    assert "points" not in frozen


def test_the_own_parts_summed_with_the_picture_are_each_organisations_own_picture(world):
    """``situation_with_parts`` sums each organisation's part in the same statements as the
    picture: each part's cells are those of the picture computed for that organisation alone
    (as the viewer's own part and a frozen picture's ``own_parts`` were computed before), under
    every filter, with and without the map's points, and the picture itself is unchanged."""
    from est_incidents.disclosure import own_cells
    from est_incidents.situation import situation_with_parts

    lat, lng = Decimal("58.300500"), Decimal("14.280100")
    for day in range(1, 20):
        org = "fritid" if day % 3 else "skola"
        category = ("graffiti", "glass", "litter")[day % 3]
        incident(world, utc(2026, 6, day, 8 + day % 5), category=category, org=org)
        incident(world, utc(2026, 6, day, 20), place="harbour", org="skola")
        incident(world, utc(2026, 5, day, 12), place=None, latitude=lat, longitude=lng, org=org)
        incident(
            world, utc(2025, 6, day, 9), category="litter", org=org, latitude=lat, longitude=lng
        )
    period = Period(date(2026, 6, 8), date(2026, 6, 21))
    organisations = [world["fritid"].pk, world["skola"].pk]
    for filters in (
        {},
        {"place": world["square"]},
        {"category": world["vandalism"]},
        {"place": world["harbour"], "category": world["litter"]},
        {"organisation": world["skola"]},
    ):
        for include_points in (True, False):
            parts = [filters["organisation"].pk] if "organisation" in filters else organisations
            picture, own = situation_with_parts(
                period, parts=parts, include_points=include_points, **filters
            )
            alone = compute_situation(period, include_points=include_points, **filters)
            assert json.dumps({**picture, "computed_at": ""}, sort_keys=True) == json.dumps(
                {**alone, "computed_at": ""}, sort_keys=True
            )
            for pk in parts:
                these = {**filters, "organisation": OrganisationModel.objects.get(pk=pk)}
                expected = own_cells(
                    compute_situation(
                        period, include_points=include_points, counts_only=True, **these
                    )
                )
                assert own[pk] == expected, (filters, pk)
            _, every = situation_with_parts(period, every_part=True, **filters)
            assert set(every) == {row["id"] for row in picture["by_organisation"]}
