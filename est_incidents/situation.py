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

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from django.db.models import Count, DecimalField, ExpressionWrapper, F, Q, Value
from django.db.models.functions import Coalesce, Floor, TruncHour
from django.utils import timezone
from django.utils.dates import MONTHS

from est_incidents.models import EstAction, EstMeeting, Incident, Place, PoliceEvent
from hjo_safety.dates import STOCKHOLM, Period

TREND_PERIODS = 12
TOP_N = 5
# The map shows at most this many distinct coordinates (the most frequent first), each with its
# number of incidents: a year at a large municipality has hundreds of thousands of incidents,
# which neither the page nor a browser should carry one by one.
MAP_POINT_LIMIT = 3000
# ~200 m grid cells at Hjo's latitude (58.3° N): 1° latitude ≈ 111.3 km,
# 1° longitude ≈ 111.3 km × cos(58.3°) ≈ 58.5 km.
CELL_LAT = Decimal("0.0018")
CELL_LNG = Decimal("0.0034")
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
    queryset = Incident.objects.all()
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
) -> dict:
    """The situation picture of ``period`` (whole days in Stockholm).

    Optional filters: a ``Place``, a ``Category`` (a top-level category includes its
    subcategories) and an ``Organisation``. ``include_points``: the map's coordinates (left out
    of frozen pictures). ``actions_before``: only open actions of meetings before this moment.
    Runs 11 queries (10 without points), whatever the data.
    """
    previous = period.previous()
    year_ago = period.year_earlier()
    trend = [period.shifted(i) for i in range(TREND_PERIODS - 1, -1, -1)]
    incidents = _filtered(place, category, organisation)
    current_q = _between(period)
    previous_q = _between(previous)

    # 1. Totals, year-earlier and the 12-period trend: one row of conditional counts over one
    # contiguous range (an index range scan; an OR of two ranges made PostgreSQL read it all).
    span = Q(
        occurred_at__gte=min(trend[0].start_at, year_ago.start_at), occurred_at__lt=period.end_at
    )
    totals = incidents.filter(span).aggregate(
        year_ago=Count("pk", filter=_between(year_ago)),
        **{f"t{i}": Count("pk", filter=_between(p)) for i, p in enumerate(trend)},
    )
    total = totals[f"t{TREND_PERIODS - 1}"]
    previous_total = totals[f"t{TREND_PERIODS - 2}"]

    in_period = incidents.filter(current_q)

    # 2. By category (the subcategory level, with each row's main category).
    sub_rows = (
        in_period.values(
            "category_id", "category__name", "category__parent_id", "category__parent__name"
        )
        .annotate(n=Count("pk"))
        .order_by("-n", "category__name")
    )
    # 3. By main category: a subcategory's incidents count for its parent.
    top_rows = (
        in_period.annotate(
            top_id=Coalesce("category__parent_id", "category_id"),
            top_name=Coalesce("category__parent__name", "category__name"),
        )
        .values("top_id", "top_name")
        .annotate(n=Count("pk"))
        .order_by("-n", "top_name")
    )
    # 4. By place, this period and the previous one (for the risers): adjacent periods, one
    # range.
    both = incidents.filter(occurred_at__gte=previous.start_at, occurred_at__lt=period.end_at)
    # Grouped by the id alone (a hash aggregate of a few hundred groups); the places' names and
    # centres come from one lookup below, not from grouping a year of joined rows by them.
    place_rows = list(
        both.filter(place__isnull=False)
        .values("place_id")
        .annotate(current=Count("pk", filter=current_q), previous=Count("pk", filter=previous_q))
        .order_by()
    )
    # 5. By reporting organisation.
    org_rows = (
        in_period.values("organisation_id", "organisation__name", "organisation__short_name")
        .annotate(n=Count("pk"))
        .order_by("-n", "organisation__name")
    )
    # 6. Weekday × hour of day, in Stockholm time: counted per UTC hour in the database (a
    # conversion to Stockholm time per row cost PostgreSQL ~3× more on a year of a million-row
    # registry), each hour then placed in Stockholm time here (whole-hour offsets, so exact;
    # at most 24 × the period's days rows).
    grid_rows = (
        in_period.annotate(hour_utc=TruncHour("occurred_at", tzinfo=UTC))
        .values("hour_utc")
        .annotate(n=Count("pk"))
        .order_by()
    )
    # 7. ~200 m grid cells for incidents with only a point (no named place).
    decimal = DecimalField(max_digits=12, decimal_places=6)
    cell_rows = (
        both.filter(place__isnull=True, latitude__isnull=False)
        .annotate(
            cell_y=Floor(ExpressionWrapper(F("latitude") / Value(CELL_LAT), output_field=decimal)),
            cell_x=Floor(ExpressionWrapper(F("longitude") / Value(CELL_LNG), output_field=decimal)),
        )
        .values("cell_y", "cell_x")
        .annotate(current=Count("pk", filter=current_q), previous=Count("pk", filter=previous_q))
        .order_by()
    )
    # 8. Police events of the period by type (the category filter applies through the mapping).
    police = PoliceEvent.objects.in_period(period.start_at, period.end_at)
    if category is not None:
        police = police.filter(Q(category=category) | Q(category__parent=category))
    police_rows = police.values("event_type").annotate(n=Count("pk")).order_by("-n", "event_type")
    # 9. Open actions from earlier EST meetings.
    actions = EstAction.objects.open().for_list().order_by("due_date", "pk")
    if actions_before is not None:
        actions = actions.filter(meeting__starts_at__lt=actions_before)

    places = Place.objects.in_bulk([row["place_id"] for row in place_rows])
    by_place = sorted(
        (
            {
                "id": row["place_id"],
                "name": places[row["place_id"]].name,
                "lat": float(places[row["place_id"]].latitude),
                "lng": float(places[row["place_id"]].longitude),
                "count": row["current"],
                "previous": row["previous"],
            }
            for row in place_rows
        ),
        key=lambda place: (-place["count"], place["name"]),
    )
    cells = []
    for row in cell_rows:
        lat = (float(row["cell_y"]) + 0.5) * float(CELL_LAT)
        lng = (float(row["cell_x"]) + 0.5) * float(CELL_LNG)
        cells.append(
            {
                "id": f"{int(row['cell_y'])}:{int(row['cell_x'])}",
                "name": _cell_label(lat, lng),
                "lat": round(lat, 5),
                "lng": round(lng, 5),
                "count": row["current"],
                "previous": row["previous"],
            }
        )
    spots = [{"kind": "place", **row} for row in by_place] + [
        {"kind": "cell", **row} for row in cells
    ]
    for spot in spots:
        spot["change"] = spot["count"] - spot["previous"]
    top = sorted(
        (s for s in spots if s["count"]), key=lambda s: (-s["count"], s["kind"], s["name"])
    )
    risen = sorted(
        (s for s in spots if s["change"] > 0), key=lambda s: (-s["change"], s["kind"], s["name"])
    )

    grid = [[0] * 24 for _ in range(7)]
    for row in grid_rows:
        local = row["hour_utc"].astimezone(STOCKHOLM)
        grid[local.isoweekday() - 1][local.hour] += row["n"]

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
        "vs_previous": change(total, previous_total),
        "vs_year_ago": change(total, totals["year_ago"]),
        "trend": [{**p.as_dict(), "count": totals[f"t{i}"]} for i, p in enumerate(trend)],
        "by_category": [
            {"id": row["top_id"], "name": row["top_name"], "count": row["n"]} for row in top_rows
        ],
        "by_subcategory": [
            {
                "id": row["category_id"],
                "name": row["category__name"],
                "parent": row["category__parent__name"] or "",
                "count": row["n"],
            }
            for row in sub_rows
        ],
        "by_place": [p for p in by_place if p["count"]],
        "by_organisation": [
            {
                "id": row["organisation_id"],
                "name": row["organisation__short_name"] or row["organisation__name"],
                "count": row["n"],
            }
            for row in org_rows
        ],
        "weekday_hour": grid,
        "hotspots": {"top": top[:TOP_N], "risen": risen[:TOP_N]},
        "police_by_type": [{"type": row["event_type"], "count": row["n"]} for row in police_rows],
        "police_total": sum(row["n"] for row in police_rows),
        "open_actions": [
            {
                "id": action.pk,
                "what": action.what,
                "organisation": action.responsible_organisation.display_name,
                "due_date": action.due_date.isoformat() if action.due_date else "",
                "meeting_id": action.meeting_id,
                "meeting_date": timezone.localdate(action.meeting.starts_at).isoformat(),
            }
            for action in actions
        ],
        "computed_at": (now or timezone.now()).isoformat(),
    }
    # 10. The map: coordinates only (an incident's own point, else its place's centre), grouped
    # with their number of incidents: [lat, lng, count], the most frequent first, at most
    # MAP_POINT_LIMIT. ``point_count`` is every incident with a position (a place or a point).
    if include_points:
        points = (
            in_period.annotate(
                lat=Coalesce("latitude", "place__latitude"),
                lng=Coalesce("longitude", "place__longitude"),
            )
            .filter(lat__isnull=False)
            .values("lat", "lng")
            .annotate(n=Count("pk"))
            .order_by("-n", "lat", "lng")[:MAP_POINT_LIMIT]
        )
        picture["points"] = [
            [round(float(row["lat"]), 5), round(float(row["lng"]), 5), row["n"]] for row in points
        ]
        picture["point_count"] = sum(p["count"] for p in by_place) + sum(c["count"] for c in cells)
    return picture


def monthly_counts(year: int, **filters) -> list[dict]:
    """Incidents per month of ``year`` (Stockholm time) in one conditional aggregate."""
    months = [
        Period(date(year, m, 1), date(year + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
        for m in range(1, 13)
    ]
    row = _filtered(**filters).aggregate(
        **{f"m{i}": Count("pk", filter=_between(p)) for i, p in enumerate(months)}
    )
    return [
        {**p.as_dict(), "name": str(MONTHS[i + 1]).capitalize(), "count": row[f"m{i}"]}
        for i, p in enumerate(months)
    ]
