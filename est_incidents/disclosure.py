"""What a viewer may learn from a situation picture: small counts of other organisations'
incidents are hidden ("färre än 5"), and map points are grouped.

``compute_situation`` computes exact numbers; this layer is applied to the computed picture (live
or frozen into a meeting) for the one viewer who reads it, just before rendering:

- A coordinator, and a viewer who has filtered the picture to one of their own organisations,
  see it exact.
- Everyone else sees a picture with other organisations' incidents in it. There every count from
  1 to 4 becomes ``None`` (shown as "färre än 5"), and where a breakdown adds up to a shown total,
  a single hidden count is protected by hiding the next smallest one too (secondary
  suppression), so no hidden count can be worked out by subtraction. A change is hidden when
  either side of it is. Hotspots and ~200 m cells under 5 are left out, and the map's points are
  grouped into cells of about 250 m × 250 m; cells with fewer than 5 incidents are left out.
- In the breakdown by organisation, the viewer's own organisations' rows stay exact.
"""

import copy
from collections import defaultdict
from decimal import Decimal

from hjo_safety import permissions

THRESHOLD = 5
# The cell of every map whose points are grouped for the viewer (this picture, the public
# figures): ~250 m at Hjo's latitude (58.3° N): 1° latitude ≈ 111.3 km, 1° longitude ≈ 58.5 km.
MAP_CELL_LAT = Decimal("0.00225")
MAP_CELL_LNG = Decimal("0.0043")


def is_exact_for(user, organisation=None) -> bool:
    """Does ``user`` see exact numbers (coordinator, or a picture of their own organisation)?"""
    if permissions.is_coordinator(user):
        return True
    return organisation is not None and organisation.pk in permissions.organisation_ids(user)


def _small(value) -> bool:
    return value is not None and 0 < value < THRESHOLD


def _suppress(values, keep=()):
    """Counts 1–4 → None (except indexes in ``keep``); if that hides exactly one, hide the next
    smallest non-zero count as well, so the hidden one is not the total minus the rest."""
    out = [None if _small(v) and i not in keep else v for i, v in enumerate(values)]
    hidden = [i for i, v in enumerate(out) if v is None and values[i] is not None]
    if len(hidden) == 1:
        others = sorted((v, i) for i, v in enumerate(out) if v)
        if others:
            out[others[0][1]] = None
    return out


def _apply(rows, key="count", keep_ids=()):
    keep = {i for i, row in enumerate(rows) if row.get("id") in keep_ids}
    for row, value in zip(rows, _suppress([row[key] for row in rows], keep), strict=True):
        row[key] = value


def _change(change):
    if _small(change["current"]) or _small(change["earlier"]):
        return {"current": None, "earlier": None, "change": None, "percent": None}
    return change


def _group_points(points):
    cells = defaultdict(lambda: [0.0, 0.0, 0])
    cell_lat, cell_lng = float(MAP_CELL_LAT), float(MAP_CELL_LNG)
    for lat, lng, n in points:
        key = (int(lat // cell_lat), int(lng // cell_lng))
        cells[key][2] += n
    grouped = []
    for (y, x), (_, _, n) in cells.items():
        if n >= THRESHOLD:
            grouped.append([round((y + 0.5) * cell_lat, 5), round((x + 0.5) * cell_lng, 5), n])
    grouped.sort(key=lambda point: (-point[2], point[0], point[1]))
    return grouped


def picture_for_viewer(picture: dict | None, user, *, organisation=None) -> dict | None:
    """The picture as ``user`` may see it (a copy; the stored picture is never changed)."""
    if not picture or is_exact_for(user, organisation):
        return picture
    shown = copy.deepcopy(picture)
    shown["suppressed"] = True
    tips = shown.get("from_citizen_tips")
    if tips is not None:
        # "Of which citizens' tips" splits the total in two: hide it when either part is small,
        # so neither the tips nor the staff-logged rest can be read off the total.
        rest = (shown.get("total") or 0) - tips
        if _small(tips) or _small(rest):
            shown["from_citizen_tips"] = None
    if _small(shown.get("total")):
        shown["total"] = None
    shown["vs_previous"] = _change(shown["vs_previous"])
    shown["vs_year_ago"] = _change(shown["vs_year_ago"])
    for period in shown.get("trend", []):
        if _small(period["count"]):
            period["count"] = None

    _apply(shown.get("by_category", []))
    subcategories = shown.get("by_subcategory", [])
    _apply(subcategories)
    groups = defaultdict(list)
    for row in subcategories:
        groups[row.get("parent") or row["name"]].append(row)
    for rows in groups.values():  # a main category's count is shown: protect within it too
        counts = [row["count"] for row in rows]
        if sum(1 for c in counts if c is None) == 1:
            others = sorted((c, i) for i, c in enumerate(counts) if c)
            if others:
                rows[others[0][1]]["count"] = None
    _apply(shown.get("by_organisation", []), keep_ids=permissions.organisation_ids(user))

    places = shown.get("by_place", [])
    for place in places:
        if _small(place.get("previous")):
            place["previous"] = None
    _apply(places)
    if _small(shown.get("point_count")):
        shown["point_count"] = None

    flat = [count for row in shown.get("weekday_hour", []) for count in row]
    if flat:
        flat = _suppress(flat)
        shown["weekday_hour"] = [flat[day * 24 : day * 24 + 24] for day in range(7)]

    hotspots = shown.get("hotspots", {})
    for name in ("top", "risen"):
        hotspots[name] = [
            spot
            for spot in hotspots.get(name, [])
            if not _small(spot["count"]) and not _small(spot["previous"])
        ]
    if "points" in shown:
        shown["points"] = _group_points(shown["points"])
    return shown


def counts_for_viewer(rows: list[dict], user, *, key: str = "count") -> list[dict]:
    """Rows of one breakdown that adds up to a shown total (e.g. the months of a year), as
    ``user`` may see them: the same rule as ``picture_for_viewer`` (copies)."""
    rows = copy.deepcopy(rows)
    if not is_exact_for(user):
        _apply(rows, key=key)
    return rows
