"""``disclosure._copy_shared`` copies a picture as ``copy.deepcopy`` does: equal, nothing of the
original reachable from the copy, and what the original shares (a live picture's hot spots in
both "top" and "risen") shared in the copy too, so changing the copy changes it the same way."""

import copy
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from est_incidents.disclosure import _copy_shared
from tests.est_incidents.factories import IncidentFactory, PlaceFactory

LAT, LNG = Decimal("58.312345"), Decimal("14.301234")


def picture():
    spot = {"kind": "place", "id": 3, "name": "Torget", "count": 9, "previous": 2, "k": 11}
    other = {"kind": "cell", "id": "1:2", "name": "58.3, 14.3", "count": 6, "previous": 7}
    grid = [[0] * 24 for _ in range(7)]
    return {
        "period": {"start": date(2026, 1, 1), "end": date(2026, 1, 14)},
        "computed_at": datetime(2026, 1, 14, 12, tzinfo=UTC),
        "total": 15,
        "share": Decimal("0.5"),
        "filters": {"place": "", "category": None},
        "hotspots": {"top": [spot, other], "risen": [spot]},
        "weekday_hour": grid,
        "weekday_hour_k": [row[:] for row in grid],
        "points": [[58.3, 14.3, 4, 17], [58.31, 14.31, 2, 5]],
        "pair": (1, [2, 3]),
        "trend": [{"start": "2026-01-01", "count": 15, "k": 40}],
    }


def shape(value, seen=None):
    """The object graph as ids relative to first sight: equal for two graphs that share alike."""
    seen = {} if seen is None else seen
    if isinstance(value, dict | list | tuple):
        if id(value) in seen:
            return ("seen", seen[id(value)])
        seen[id(value)] = len(seen)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        return (type(value).__name__, tuple((k, shape(v, seen)) for k, v in items))
    return value


def ids(value, found=None):
    found = set() if found is None else found
    if isinstance(value, dict | list):
        found.add(id(value))
        for item in value.values() if isinstance(value, dict) else value:
            ids(item, found)
    return found


def test_copy_is_a_deep_copy_keeping_shared_parts():
    original = picture()
    ours, theirs = _copy_shared(original, {}), copy.deepcopy(original)
    assert ours == theirs == original
    assert shape(ours) == shape(theirs) == shape(original)
    assert not ids(ours) & ids(original)
    assert ours["hotspots"]["top"][0] is ours["hotspots"]["risen"][0]
    ours["hotspots"]["top"][0]["count"] = 99
    assert ours["hotspots"]["risen"][0]["count"] == 99
    assert original["hotspots"]["risen"][0]["count"] == 9


@pytest.mark.django_db
def test_a_viewers_copy_leaves_the_picture_as_it_was_and_shares_nothing(
    reporter_a, coordinator, org_a, org_b
):
    """``picture_for_viewer`` copies only what it shows: the stored picture (the cache's entry)
    is unchanged and no dict or list of it is reachable from a viewer's copy, exact or
    perturbed."""
    from est_incidents.disclosure import picture_for_viewer
    from est_incidents.situation import default_period, own_part, situation_with_parts

    place = PlaceFactory()
    IncidentFactory.create_batch(6, organisation=org_b, place=place)
    IncidentFactory.create_batch(2, organisation=org_a, place=None, latitude=LAT, longitude=LNG)
    IncidentFactory.create_batch(7, organisation=org_b, place=None, latitude=LAT, longitude=LNG)
    picture, parts = situation_with_parts(default_period(), parts=[org_a.pk])
    before = copy.deepcopy(picture)
    for user, own in ((reporter_a, own_part(parts)), (coordinator, None)):
        shown = picture_for_viewer(picture, user, own=own)
        assert picture == before
        assert not ids(shown) & ids(picture)
        assert "located_cells" not in shown and "weekday_hour_k" not in shown
        assert shown["points"] and all(len(point) == 3 for point in shown["points"])


@pytest.mark.django_db
def test_a_picture_of_the_viewers_own_incidents_only_is_perturbed_into_itself(reporter_a, org_a):
    """Every count ``perturbed_picture`` perturbs is looked up in the viewer's own part under
    the cell id ``disclosure.own_cells`` gives it: when every incident is the viewer's own,
    nothing is left to perturb and the copy's counts are the exact ones (a count read under
    another id would be perturbed as someone else's)."""
    from est_incidents.disclosure import perturbed_picture
    from est_incidents.situation import default_period, own_part, situation_with_parts

    period = default_period()
    places = [PlaceFactory(), PlaceFactory()]
    for index in range(23):
        IncidentFactory(
            organisation=org_a,
            place=places[index % 2] if index % 3 else None,
            latitude=None if index % 3 else LAT + Decimal(index % 4) / 100,
            longitude=None if index % 3 else LNG,
            occurred_at=datetime.combine(period.end, datetime.min.time(), tzinfo=UTC).replace(
                hour=index % 24
            ),
        )
    picture, parts = situation_with_parts(period, parts=[org_a.pk])
    assert picture["total"] == 23
    shown = perturbed_picture(picture, own_part(parts))
    for name in ("total", "from_citizen_tips", "point_count"):
        assert shown[name] == picture[name], name
    assert shown["vs_year_ago"]["earlier"] == picture["vs_year_ago"]["earlier"]
    for name in ("trend", "by_category", "by_subcategory", "by_organisation", "by_place"):
        assert [row["count"] for row in shown[name]] == [row["count"] for row in picture[name]]
    assert [r["previous"] for r in shown["by_place"]] == [
        r["previous"] for r in picture["by_place"]
    ]
    assert shown["weekday_hour"] == picture["weekday_hour"]
    assert sum(point[2] for point in shown["points"]) == sum(p[2] for p in picture["points"])
    spots = {(s["kind"], s["id"], s["count"], s["previous"]) for s in shown["hotspots"]["top"]}
    assert spots == {
        (s["kind"], s["id"], s["count"], s["previous"]) for s in picture["hotspots"]["top"]
    }
    assert spots
