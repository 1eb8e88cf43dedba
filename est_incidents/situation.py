"""The situation picture (lägesbild): every aggregate of a period, computed in the database.

``compute_situation`` is the one function behind /personal/lagesbild/, the pictures frozen
into EST meetings and the statutory yearly document. It returns plain JSON-serialisable data
(so a frozen picture renders exactly like a live one) and runs a fixed number of queries,
whatever the period or the amount of data: every count is a GROUP BY or a conditional
aggregate in the database; Python only shapes the grouped rows (bounded by the number of
categories, places, organisations and grid cells, never by the number of incidents).

Periods are whole days in Europe/Stockholm: ``start`` and ``end`` are dates, both included,
i.e. the incidents with ``start 00:00 <= occurred_at < (end + 1 day) 00:00`` local time. A
period across a daylight-saving change therefore has 23 or 25 hours on that day, as the
calendar says. The previous period has the same number of days and ends the day before
``start``; the year-earlier period is the same calendar dates one year back (29 February
becomes 28 February).
"""

import heapq
from datetime import date, datetime, timedelta

from django.db.models import Count, Min, Q, Sum
from django.utils import timezone
from django.utils.dates import MONTHS

from est_incidents.counts import CELL_LAT, CELL_LNG, cell_centre, situation_aggregates  # noqa: F401
from est_incidents.models import EstAction, EstMeeting, Incident, PoliceEvent
from hjo_safety.dates import Period

TREND_PERIODS = 12
TOP_N = 5
# The map shows at most this many distinct coordinates (the most frequent first), each with its
# number of incidents: a year at a large municipality has hundreds of thousands of incidents,
# which neither the page nor a browser should carry one by one.
MAP_POINT_LIMIT = 3000
WEEKDAYS = ["mån", "tis", "ons", "tor", "fre", "lör", "sön"]
NO_CHANGE = "—"


def change(current: int, earlier: int) -> dict:
    """Absolute and percentage change; the percentage is "—" when there is nothing to divide by."""
    pct = NO_CHANGE if earlier == 0 else round((current - earlier) * 100 / earlier)
    return {"current": current, "earlier": earlier, "change": current - earlier, "percent": pct}


def default_period(today: date | None = None) -> Period:
    """Since the last held EST meeting (its day included), else the last 14 days."""
    today = today or timezone.localdate()
    last = EstMeeting.objects.held().filter(starts_at__lte=timezone.now()).first()
    if last is not None:
        start = timezone.localdate(last.starts_at)
        if start <= today:
            return Period(start, today)
    return Period.default(today)


def _filtered(place=None, category=None, organisation=None):
    queryset = Incident.objects.counted()  # one event counted once (``counted``)
    if place is not None:
        queryset = queryset.filter(place=place)
    if category is not None:
        queryset = queryset.filter(Q(category=category) | Q(category__parent=category))
    if organisation is not None:
        queryset = queryset.filter(organisation=organisation)
    return queryset


def _between(period: Period, prefix: str = "occurred_at") -> Q:
    return Q(**{f"{prefix}__gte": period.start_at, f"{prefix}__lt": period.end_at})


def _cell_label(lat: float, lng: float) -> str:
    return f"{lat:.4f}, {lng:.4f}"


def compute_situation(
    period: Period,
    *,
    place=None,
    category=None,
    organisation=None,
    include_points: bool = True,
    actions_before: datetime | None = None,
    now: datetime | None = None,
    counts_only: bool = False,
) -> dict:
    """The situation picture of ``period`` (whole days in Stockholm).

    Optional filters: a ``Place``, a ``Category`` (a top-level category includes its
    subcategories) and an ``Organisation``. ``include_points``: the map's coordinates (left out
    of frozen pictures). ``actions_before``: only open actions of meetings before this moment.
    ``counts_only``: the incident counts alone: no police events and no open actions (two queries
    less; both lists are left empty).
    Runs 9 queries (one more with a category filter), whatever the data.
    """
    return situation_with_parts(
        period,
        place=place,
        category=category,
        organisation=organisation,
        include_points=include_points,
        actions_before=actions_before,
        now=now,
        counts_only=counts_only,
    )[0]


def situation_with_parts(
    period: Period,
    *,
    parts=(),
    every_part: bool = False,
    place=None,
    category=None,
    organisation=None,
    include_points: bool = True,
    actions_before: datetime | None = None,
    now: datetime | None = None,
    counts_only: bool = False,
) -> tuple[dict, dict[int, dict]]:
    """``compute_situation(period, …)`` and, summed in the same queries, the own part of each
    organisation of ``parts`` (ids; ``every_part``: of each organisation in the picture's
    ``by_organisation``): ``{pk: disclosure.own_cells(the picture of pk's incidents)}``, what
    ``compute_situation(…, organisation=pk, counts_only=True)`` would give. With an
    ``organisation`` filter, ``parts`` may hold that organisation only.
    """
    from est_incidents.disclosure import own_cells

    previous = period.previous()
    year_ago = period.year_earlier()
    trend = [period.shifted(i) for i in range(TREND_PERIODS - 1, -1, -1)]
    # 1–7 and the map: every incident count is summed from coarse pre-aggregated summaries (per
    # day or month and category, place, organisation, weekday-hour or map cell;
    # est_incidents/counts.py, kept exact by triggers): the cost follows the days and months of
    # the periods, not the number of incidents.
    sums = situation_aggregates(
        period=period,
        previous=previous,
        year_ago=year_ago,
        trend=trend,
        place=place,
        category=category,
        organisation=organisation,
        parts=parts,
        every_part=every_part,
    )
    # Accepted citizens' tips (citizen_tips) are counted apart as well as in the total. The
    # summary has no source dimension; a partial index keeps this count to the tips' own rows.
    # Per organisation: the whole is their sum, a part one of them.
    tips_by_organisation = {
        row["organisation_id"]: row
        for row in _filtered(place, category, organisation)
        .filter(_between(period), source=Incident.Source.CITIZEN_TIP)
        .values("organisation_id")
        .annotate(n=Count("pk"), k=Sum("record_key"))
        .order_by()
    }
    tips = {
        "n": sum(row["n"] for row in tips_by_organisation.values()),
        "k": sum(row["k"] for row in tips_by_organisation.values()) or None,
    }
    # 8. Police events of the period by type (the category filter applies through the mapping).
    police = PoliceEvent.objects.in_period(period.start_at, period.end_at)
    if category is not None:
        police = police.filter(Q(category=category) | Q(category__parent=category))
    police_rows = police.values("event_type").annotate(n=Count("pk")).order_by("-n", "event_type")
    # 9. Open actions from earlier EST meetings.
    actions = EstAction.objects.open().order_by("due_date", "pk")
    if actions_before is not None:
        actions = actions.filter(meeting__starts_at__lt=actions_before)
    actions = actions.values_list(
        "pk",
        "what",
        "responsible_organisation__short_name",
        "responsible_organisation__name",
        "due_date",
        "meeting_id",
        "meeting__starts_at",
    )
    if counts_only:
        police_rows, actions = [], []
    else:
        police_rows = list(police_rows)
    shape = {
        "period": period,
        "previous": previous,
        "year_ago": year_ago,
        "trend": trend,
        "place": place,
        "category": category,
        "organisation": organisation,
        "include_points": include_points,
        "now": now,
    }
    picture = _picture(sums, tips, police_rows, actions, **shape)
    wanted = parts
    if every_part:
        wanted = [row["organisation_id"] for row in sums["org_rows"]]
    own = {}
    for pk in wanted:
        mine = tips_by_organisation.get(pk, {"n": 0, "k": None})
        own[pk] = own_cells(_picture(sums["parts"][pk], mine, [], [], with_hotspots=False, **shape))
    return picture, own


def _picture(
    sums,
    tips,
    police_rows,
    actions,
    *,
    period,
    previous,
    year_ago,
    trend,
    place,
    category,
    organisation,
    include_points,
    now,
    with_hotspots=True,
) -> dict:
    """The picture of the sums of ``situation_aggregates`` (the whole's or one part's).
    ``with_hotspots=False``: none (a part's own cells need none: a hotspot is a count of
    ``by_place`` or ``located_cells`` under the same cell id)."""
    totals = sums["totals"]
    from_citizen_tips = tips["n"]
    total = totals[f"t{TREND_PERIODS - 1}"]
    previous_total = totals[f"t{TREND_PERIODS - 2}"]
    # Each count's key sum (``k``, beside it): the cell-key method of ``disclosure.py``. Never
    # shown; ``disclosure.picture_for_viewer`` removes them.
    keys = sums["keys"]
    sub_rows, top_rows, org_rows = sums["sub_rows"], sums["top_rows"], sums["org_rows"]
    place_rows, cell_rows = sums["place_rows"], sums["cell_rows"]
    places = sums["places"]
    by_place = sorted(
        (
            {
                "id": row["place_id"],
                "name": places[row["place_id"]].name,
                "lat": float(places[row["place_id"]].latitude),
                "lng": float(places[row["place_id"]].longitude),
                "count": row["current"],
                "previous": row["previous"],
                "k": row["current_k"],
                "previous_k": row["previous_k"],
            }
            for row in place_rows
        ),
        key=lambda place: (-place["count"], place["name"]),
    )
    cells = []
    for row in cell_rows:
        lat, lng = cell_centre(int(row["cell_y"]), int(row["cell_x"]))
        cells.append(
            {
                "id": f"{int(row['cell_y'])}:{int(row['cell_x'])}",
                "name": _cell_label(lat, lng),
                "lat": lat,
                "lng": lng,
                "count": row["current"],
                "previous": row["previous"],
                "k": row["current_k"],
                "previous_k": row["previous_k"],
            }
        )
    hotspots = {"top": [], "risen": []}
    if with_hotspots:
        # The TOP_N most frequent and most risen places and cells (``nsmallest`` is
        # ``sorted(…)[:n]``, ties in the same order), each a copy with its change: one object
        # when a spot is in both lists.
        spots = [("place", row) for row in by_place] + [("cell", row) for row in cells]
        top = heapq.nsmallest(
            TOP_N,
            (s for s in spots if s[1]["count"]),
            key=lambda s: (-s[1]["count"], s[0], s[1]["name"]),
        )
        risen = heapq.nsmallest(
            TOP_N,
            (s for s in spots if s[1]["count"] > s[1]["previous"]),
            key=lambda s: (-(s[1]["count"] - s[1]["previous"]), s[0], s[1]["name"]),
        )
        made: dict[int, dict] = {}
        for name, chosen in (("top", top), ("risen", risen)):
            for kind, row in chosen:
                if id(row) not in made:
                    made[id(row)] = {"kind": kind, **row, "change": row["count"] - row["previous"]}
                hotspots[name].append(made[id(row)])

    grid = sums["grid"]

    picture = {
        "period": period.as_dict(),
        "previous_period": previous.as_dict(),
        "year_ago_period": year_ago.as_dict(),
        "filters": {
            "place": str(place) if place is not None else "",
            "category": str(category) if category is not None else "",
            "organisation": organisation.display_name if organisation is not None else "",
        },
        "total": total,
        "total_k": keys[f"t{TREND_PERIODS - 1}"],
        "from_citizen_tips": from_citizen_tips,
        "from_citizen_tips_k": tips["k"] or 0,
        "vs_previous": change(total, previous_total),
        "vs_year_ago": change(total, totals["year_ago"]),
        "year_ago_k": keys["year_ago"],
        "trend": [
            {**p.as_dict(), "count": totals[f"t{i}"], "k": keys[f"t{i}"]}
            for i, p in enumerate(trend)
        ],
        "by_category": [
            {"id": row["top_id"], "name": row["top_name"], "count": row["n"], "k": row["k"]}
            for row in top_rows
        ],
        "by_subcategory": [
            {
                "id": row["category_id"],
                "name": row["category__name"],
                "parent": row["category__parent__name"] or "",
                "count": row["n"],
                "k": row["k"],
            }
            for row in sub_rows
        ],
        "by_place": [p for p in by_place if p["count"]],
        "by_organisation": [
            {
                "id": row["organisation_id"],
                "name": row["organisation__short_name"] or row["organisation__name"],
                "count": row["n"],
                "k": row["k"],
            }
            for row in org_rows
        ],
        "weekday_hour": grid,
        "weekday_hour_k": sums["grid_keys"],
        # The cells of incidents with a point and no place (hotspots): a viewer's own part of a
        # hotspot cell is read from here (``disclosure.own_cells``).
        "located_cells": [
            {key: cell[key] for key in ("id", "count", "k", "previous", "previous_k")}
            for cell in cells
        ],
        "hotspots": hotspots,
        "police_by_type": [{"type": row["event_type"], "count": row["n"]} for row in police_rows],
        "police_total": sum(row["n"] for row in police_rows),
        "open_actions": [
            {
                "id": pk,
                "what": what,
                "organisation": short_name or name,  # Organisation.display_name
                "due_date": due_date.isoformat() if due_date else "",
                "meeting_id": meeting_id,
                "meeting_date": timezone.localdate(starts_at).isoformat(),
            }
            for pk, what, short_name, name, due_date, meeting_id, starts_at in actions
        ],
        "computed_at": (now or timezone.now()).isoformat(),
    }
    # 10. The map: coordinates only (an incident's own point, else its place's centre), grouped
    # with their number of incidents: [lat, lng, count], the most frequent first, at most
    # MAP_POINT_LIMIT. ``point_count`` is every incident with a position (a place or a point).
    if include_points:
        picture["points"] = sums["points"][:MAP_POINT_LIMIT]
        picture["point_count"] = sum(p["count"] for p in by_place) + sum(c["count"] for c in cells)
        picture["point_count_k"] = sum(p["k"] for p in by_place) + sum(c["k"] for c in cells)
    return picture


def monthly_counts(year: int, **filters) -> list[dict]:
    """Incidents per month of ``year`` (Stockholm time) in one conditional aggregate."""
    months = [
        Period(date(year, m, 1), date(year + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
        for m in range(1, 13)
    ]
    row = _filtered(**filters).aggregate(
        **{f"m{i}": Count("pk", filter=_between(p)) for i, p in enumerate(months)},
        **{f"k{i}": Sum("record_key", filter=_between(p)) for i, p in enumerate(months)},
    )
    return [
        {
            **p.as_dict(),
            "name": str(MONTHS[i + 1]).capitalize(),
            "count": row[f"m{i}"],
            "k": row[f"k{i}"] or 0,
        }
        for i, p in enumerate(months)
    ]


def mapping_began() -> date | None:
    """The first day of the first month (Stockholm) with a reported incident: where the mapping
    began, so yearly charts start there and not with years of zeros. Month precision only: the
    day of the first incident of another organisation is not for every viewer."""
    first = Incident.objects.aggregate(first=Min("occurred_at"))["first"]
    return timezone.localdate(first).replace(day=1) if first else None


def own_organisations(user, *, organisation=None) -> list[int]:
    """The organisations whose part of a picture (filtered to ``organisation``) ``user`` sees
    exactly: the viewer's own, none when the picture is filtered to another organisation."""
    from hjo_safety.permissions import organisation_ids

    return [
        pk for pk in sorted(organisation_ids(user)) if organisation is None or organisation.pk == pk
    ]


def own_part(parts: dict[int, dict]) -> dict:
    """The cells of ``parts`` (``situation_with_parts``' own parts of the viewer's own
    organisations, ``own_organisations``) summed: the part of each count that the viewer sees
    exactly (``disclosure.picture_for_viewer``'s ``own``). Empty without parts."""
    from est_incidents.disclosure import add_cells

    own: dict = {}
    for pk in sorted(parts):
        add_cells(own, parts[pk])
    return own
