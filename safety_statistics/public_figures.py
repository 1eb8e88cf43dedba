"""The figures of /trygghet-i-siffror/: the mapping of incidents, aggregated and protected.

What leaves the database is counts only, and what leaves this module is text to show:

- **Releases** (``est_incidents.publication``): only ``Incident.objects.published(release)`` is
  counted — completed calendar months, each released on a fixed day of the next month and
  frozen from then on (an incident registered after its month's release day is never counted).
  Nothing on the page changes between two release days.
- **Periods**: whole months, and whole quarters once all their months are released, from
  1 January two years before the last released month's year, but never before the quarter the
  mapping began in, so that an empty period before the mapping does not read as a rise.
- **Main categories** (top-level ``Category``) and **areas** (named ``Place``; incidents without
  a named place are "Övriga platser").
- **Map cells**: the last released quarter, points snapped to a grid of ``CELL_LAT`` ×
  ``CELL_LNG`` degrees (about 280 × 260 m at Hjo's latitude). A cell with fewer than 5
  incidents is left out of the map altogether (with secondary suppression, ``suppression.py``).
- **Suppression** (``suppression.py``): every count under 5 is "färre än 5"; a quarter with
  exactly one hidden month is "visas inte" (the months keep the state they were released with);
  every total is the sum of the **shown** counts it covers.
- No free text, no times, no organisations.

``area_quarter_cells`` is the same rule for any set of places and quarters: the promise page's
evidence uses it, so a place's quarter reads the same on both pages.

Queries: a fixed number (6) whatever the amount of data — every count is a GROUP BY.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, DecimalField, ExpressionWrapper, F, Min, Value
from django.db.models.functions import Coalesce, Floor, TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from est_incidents.models import Category, Incident, Place
from est_incidents.publication import Release, current_release
from hjo_safety.dates import local_midnight
from safety_statistics.suppression import (
    NONE_SHOWN,
    SHOWN,
    Relation,
    display,
    primary_state,
    shown_total,
    suppress,
    whole_state,
)

STOCKHOLM = ZoneInfo(settings.TIME_ZONE)
CELL_LAT = Decimal("0.0025")  # ≈ 278 m north–south
CELL_LNG = Decimal("0.0045")  # ≈ 263 m east–west at 58.3° N
MAP_DAYS = 365
OTHER_AREA = "other"
QUARTER, MONTH = "quarter", "month"


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_quarter(start: date) -> date:
    return date(start.year + 1, 1, 1) if start.month == 10 else date(start.year, start.month + 3, 1)


def period_start(day: date, by: str) -> date:
    return quarter_start(day) if by == QUARTER else day.replace(day=1)


def next_period(start: date, by: str) -> date:
    if by == QUARTER:
        return next_quarter(start)
    return date(start.year + 1, 1, 1) if start.month == 12 else date(start.year, start.month + 1, 1)


@dataclass
class Table:
    """Rows of display strings, ready for the template: no raw small number reaches it."""

    caption: str
    columns: list[str]
    rows: list[tuple[str, list[dict]]] = field(default_factory=list)  # (label, cells)


@dataclass
class MapCell:
    south: float
    west: float
    north: float
    east: float
    count: int
    near: str

    def as_feature(self) -> dict:
        return {
            "type": "Feature",
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [
                        [self.west, self.south],
                        [self.east, self.south],
                        [self.east, self.north],
                        [self.west, self.north],
                        [self.west, self.south],
                    ]
                ],
            },
            "properties": {"antal": self.count, "nara": self.near},
        }


@dataclass
class PublicFigures:
    release: Release
    by: str
    mapping_began: date | None
    quarters: list[date]  # the rows' periods (quarters or months)
    by_category: Table | None
    by_area: Table | None
    yearly: list[dict]  # {"year", "label", "text", "state"}
    map_start: date | None  # the map's quarter
    map_cells: list[MapCell]
    map_hidden_cells: bool

    @property
    def cutoff(self) -> date:
        return self.release.period_end

    @property
    def last_published_day(self) -> date:
        return self.release.last_published_day

    @property
    def map_last_day(self) -> date | None:
        return next_quarter(self.map_start) - timedelta(days=1) if self.map_start else None

    def trend_chart(self, width: int = 640, height: int = 200) -> dict | None:
        """Bars of the period totals for an SVG drawn on the server. A hidden total gets no
        bar, only its text ("färre än 5" or "visas inte"), so the chart says no more than the
        tables."""
        if not self.by_category or len(self.by_category.rows) < 2:
            return None
        rows = self.by_category.rows[:-1]
        shown = [int(cells[-1]["text"]) for _label, cells in rows if cells[-1]["state"] == SHOWN]
        maximum = max(shown, default=1)
        left, top, bottom = 40, 16, height - 24
        step = (width - left - 8) / len(rows)
        bars = []
        for index, (label, cells) in enumerate(rows):
            total = cells[-1]
            x = round(left + index * step + step * 0.15, 1)
            bar = {"x": x, "width": round(step * 0.7, 1), "label": label, "text": total["text"]}
            if total["state"] == SHOWN:
                bar_height = round((bottom - top) * int(total["text"]) / maximum, 1)
                bar |= {"y": round(bottom - bar_height, 1), "height": bar_height}
            bars.append(bar)
        return {
            "width": width,
            "height": height,
            "left": left,
            "top": top,
            "bottom": bottom,
            "maximum": maximum,
            "bars": bars,
        }

    def geojson(self) -> dict:
        return {
            "type": "FeatureCollection",
            "features": [cell.as_feature() for cell in self.map_cells],
        }


def _period_label(start: date, by: str) -> str:
    if by == QUARTER:
        return gettext("%(year)s kv. %(quarter)s") % {
            "year": start.year,
            "quarter": (start.month - 1) // 3 + 1,
        }
    return date_format(start, "F Y")


def _cell(value: int, state: str) -> dict:
    return {"text": display(value, state), "state": state}


def _total_cell(total: int) -> dict:
    """A total of shown counts: each shown count is 5 or more, so it is 0 or at least 5; 0
    means no count it covers is shown, and reads "–" (it is not "no incidents")."""
    return _cell(total, SHOWN if total else NONE_SHOWN)


def _nearest(lat: float, lng: float, places) -> str:
    if not places:
        return ""
    # Degrees of longitude are about half as long as degrees of latitude at 58° N.
    place = min(
        places,
        key=lambda p: (float(p.latitude) - lat) ** 2 + ((float(p.longitude) - lng) * 0.53) ** 2,
    )
    return place.name


def _months(first: date, end: date) -> list[date]:
    months, current = [], first
    while current < end:
        months.append(current)
        current = next_period(current, MONTH)
    return months


def _grid(counts: dict, keys, months: list[date], quarters: list[date]) -> dict:
    """``{(key, (kind, start)): (value, state)}`` from ``{(key, month): count}``.

    Months: primary suppression only, so a month keeps the state it was released with.
    Quarters (all their months released): hidden when exactly one of their months is hidden
    (``whole_state``); a month before the mapping began is a known zero, not a hidden part."""
    shown_months = set(months)
    cells = {}
    for key in keys:
        for m in months:
            value = counts.get((key, m), 0)
            cells[(key, (MONTH, m))] = (value, primary_state(value))
        for q in quarters:
            parts = [q, next_period(q, MONTH), next_period(next_period(q, MONTH), MONTH)]
            value = sum(counts.get((key, m), 0) for m in parts)
            states = [cells[(key, (MONTH, m))][1] for m in parts if m in shown_months]
            cells[(key, (QUARTER, q))] = (value, whole_state(value, states))
    return cells


def _month_counts(rows, key_name: str) -> dict:
    counts: dict = defaultdict(int)
    for row in rows:
        m = timezone.localtime(row["m"], STOCKHOLM).date()
        counts[(row[key_name] or OTHER_AREA, m)] += row["n"]
    return counts


def mapping_began(release: Release) -> date | None:
    """The day (Stockholm) of the first published incident of ``release``."""
    first = Incident.objects.published(release).aggregate(first=Min("occurred_at"))["first"]
    return timezone.localtime(first, STOCKHOLM).date() if first else None


def released_quarters(release: Release, first: date) -> list[date]:
    """The quarters from ``first``'s quarter whose three months are all released."""
    quarters, current = [], quarter_start(first)
    while next_quarter(current) <= release.period_end:
        quarters.append(current)
        current = next_quarter(current)
    return quarters


def area_quarter_cells(
    release: Release, place_ids, quarters: list[date], began: date | None
) -> dict[tuple[int, date], dict]:
    """``{(place_id, quarter): {"text", "state"}}``: incidents at each place per released
    quarter, under the same rule as the figures page's area table (one GROUP BY query)."""
    quarters = [q for q in quarters if next_quarter(q) <= release.period_end]
    if not place_ids or not quarters or began is None:
        return {}
    first = max(quarters[0], began.replace(day=1))
    months = _months(first, next_quarter(quarters[-1]))
    rows = (
        Incident.objects.published(release)
        .filter(
            place_id__in=place_ids,
            occurred_at__gte=local_midnight(quarters[0]),
            occurred_at__lt=local_midnight(next_quarter(quarters[-1])),
        )
        .annotate(m=TruncMonth("occurred_at", tzinfo=STOCKHOLM))
        .values("m", "place_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    grid = _grid(_month_counts(rows, "place_id"), place_ids, months, quarters)
    return {
        (place_id, q): _cell(*grid[(place_id, (QUARTER, q))])
        for place_id in place_ids
        for q in quarters
    }


def compute_public_figures(release: Release | None = None, *, by: str = QUARTER) -> PublicFigures:
    """The page's figures of ``release`` (default: the current one) per quarter
    (``by=QUARTER``) or month (``by=MONTH``)."""
    release = release or current_release()
    published = Incident.objects.published(release).order_by()
    began = mapping_began(release)
    window_start = date(release.last_month.year - 2, 1, 1)
    # Months from the mapping's first month (earlier months are known zeros, not hidden
    # counts), quarters from its quarter: the same as ``area_quarter_cells``.
    first = max(window_start, period_start(began, QUARTER)) if began else release.period_end
    months = _months(max(first, began.replace(day=1)), release.period_end) if began else []
    quarters = released_quarters(release, first) if months else []
    rows_of = {MONTH: months, QUARTER: quarters}[by]

    categories = list(Category.objects.top_level().order_by("position", "name"))
    places = list(Place.objects.order_by("name"))
    in_window = published.filter(occurred_at__gte=local_midnight(first))
    month = TruncMonth("occurred_at", tzinfo=STOCKHOLM)
    category_rows = (
        in_window.annotate(m=month, main=Coalesce("category__parent_id", "category_id"))
        .values("m", "main")
        .annotate(n=Count("pk"))
    )
    area_rows = in_window.annotate(m=month).values("m", "place_id").annotate(n=Count("pk"))
    category_keys = [category.pk for category in categories]
    area_keys = [place.pk for place in places] + [OTHER_AREA]
    category_grid = _grid(_month_counts(category_rows, "main"), category_keys, months, quarters)
    area_grid = _grid(_month_counts(area_rows, "place_id"), area_keys, months, quarters)

    by_category = by_area = None
    if rows_of:
        per = gettext("kvartal") if by == QUARTER else gettext("månad")
        span = gettext("Summa %(first)s – %(last)s") % {
            "first": _period_label(rows_of[0], by),
            "last": _period_label(rows_of[-1], by),
        }
        by_category = _table(
            gettext("Händelser per huvudkategori och %(period)s") % {"period": per},
            [category.name for category in categories],
            category_keys,
            category_grid,
            rows_of,
            by,
            span,
        )
        by_area = _table(
            gettext("Händelser per område och %(period)s") % {"period": per},
            [place.name for place in places] + [gettext("Övriga platser")],
            area_keys,
            area_grid,
            rows_of,
            by,
            span,
        )
    yearly = []
    for y in sorted({m.year for m in months}):
        in_year = [m for m in months if m.year == y]
        label = str(y)
        if len(in_year) < 12:
            label += f" ({date_format(in_year[0], 'b')}–{date_format(in_year[-1], 'b')})"
        total = shown_total(category_grid[(c, (MONTH, m))] for c in category_keys for m in in_year)
        yearly.append({"year": y, "label": label, **_total_cell(total)})

    map_start = quarters[-1] if quarters else None
    map_cells, hidden = [], False
    if map_start:
        map_cells, hidden = _map_cells(
            published, map_start, local_midnight(next_quarter(map_start)), places
        )
    return PublicFigures(
        release=release,
        by=by,
        mapping_began=began,
        quarters=rows_of,
        by_category=by_category,
        by_area=by_area,
        yearly=yearly,
        map_start=map_start,
        map_cells=map_cells,
        map_hidden_cells=hidden,
    )


def _table(caption, columns, keys, grid, rows_of, by, span) -> Table:
    """Counts per period (rows) and key (columns); the last column and the last row are the
    sums of the shown counts they cover."""
    table = Table(caption=caption, columns=[*columns, gettext("Summa av visade")])
    for start in rows_of:
        cells = [grid[(key, (by, start))] for key in keys]
        table.rows.append(
            (
                _period_label(start, by),
                [_cell(*cell) for cell in cells] + [_total_cell(shown_total(cells))],
            )
        )
    column_totals = [shown_total(grid[(key, (by, start))] for start in rows_of) for key in keys]
    table.rows.append(
        (span, [_total_cell(t) for t in column_totals] + [_total_cell(sum(column_totals))])
    )
    return table


def _map_cells(published, start: date, end: datetime, places) -> tuple[list[MapCell], bool]:
    """Cells with at least 5 incidents, after secondary suppression; and whether any were
    left out. Incidents without a point or place form one never-shown group."""
    decimal = DecimalField(max_digits=12, decimal_places=6)
    lat = Coalesce("latitude", "place__latitude")
    lng = Coalesce("longitude", "place__longitude")
    rows = (
        published.filter(occurred_at__gte=local_midnight(start), occurred_at__lt=end)
        .annotate(
            cy=Floor(ExpressionWrapper(lat / Value(CELL_LAT), output_field=decimal)),
            cx=Floor(ExpressionWrapper(lng / Value(CELL_LNG), output_field=decimal)),
        )
        .values("cy", "cx")
        .annotate(n=Count("pk"))
        .order_by(F("cy").asc(nulls_last=True), "cx")
    )
    values, unlocated = {}, []
    for row in rows:
        if row["cy"] is None or row["cx"] is None:
            values["unlocated"] = row["n"]
            unlocated = ["unlocated"]
        else:
            values[(int(row["cy"]), int(row["cx"]))] = row["n"]
    state = suppress(values, [Relation(tuple(values), None)], always_hidden=unlocated)
    cells = []
    for key, count in values.items():
        if key == "unlocated" or state[key] != SHOWN:
            continue
        cy, cx = key
        south, west = float(cy * CELL_LAT), float(cx * CELL_LNG)
        north, east = float((cy + 1) * CELL_LAT), float((cx + 1) * CELL_LNG)
        near = _nearest((south + north) / 2, (west + east) / 2, places)
        cells.append(MapCell(south, west, north, east, count, near))
    cells.sort(key=lambda c: (-c.count, c.south, c.west))
    hidden = any(state[key] != SHOWN for key in values if key != "unlocated")
    return cells, hidden
