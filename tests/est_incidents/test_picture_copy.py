"""``disclosure._copy_shared`` copies a picture as ``copy.deepcopy`` does: equal, nothing of the
original reachable from the copy, and what the original shares (a live picture's hot spots in
both "top" and "risen") shared in the copy too, so changing the copy changes it the same way."""

import copy
from datetime import UTC, date, datetime
from decimal import Decimal

from est_incidents.disclosure import _copy_shared


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
