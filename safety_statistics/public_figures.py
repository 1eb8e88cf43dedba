"""The figures of /trygghet-i-siffror/: the mapping of incidents, aggregated and protected.

What leaves the database is counts only, and what leaves this module is
``est_incidents.disclosure.Disclosed`` values (``disclosure.released``: the one type of every
count shown to a viewer, staff or public; a template cannot print a raw count or compute with
it), in the states ``suppression.py`` decided:

- **Releases** (``est_incidents.publication``): only ``ReleasedIncident.objects.of_release(release)`` is
  counted — completed calendar months, each released on a fixed day of the next month and
  frozen from then on (an incident registered after its month's release day is never counted).
  Nothing on the page changes between two release days.
- **Periods**: whole months, and whole quarters once all their months are released, from
  1 January two years before the last released month's year, but never before the quarter the
  mapping began in, so that an empty period before the mapping does not read as a rise.
- **Main categories** (top-level ``Category``) and **areas** (named ``Place``; incidents without
  a named place are "Övriga platser").
- **Map cells**: the last released quarter, points snapped to a grid of ``CELL_LAT`` ×
  ``CELL_LNG`` degrees (about 250 × 250 m at Hjo's latitude). A cell with fewer than 5
  incidents is left out of the map altogether (with secondary suppression, ``suppression.py``).
- **Suppression** (``suppression.py``): every count under 5 is "färre än 5"; per period the
  category and area tables are closed against the period's true total (not shown, assumed
  known); a quarter with exactly one hidden month is "visas inte" (the months keep the state
  they were released with); every total shown is the sum of the **shown** counts it covers.
- No free text, no times, no organisations.

``area_quarter_cells`` is the same rule for any set of places and quarters: the promise page's
evidence uses it, so a place's quarter reads the same on both pages.

Queries: a fixed number (5) whatever the amount of data — every count is a GROUP BY.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, DecimalField, ExpressionWrapper, F, Min, Value
from django.db.models.functions import Coalesce, Floor, TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from est_incidents.disclosure import MAP_CELL_LAT, MAP_CELL_LNG, Disclosed, released, shown_sum
from est_incidents.models import Category, Place, ReleasedIncident
from est_incidents.publication import Release, current_release
from hjo_safety.dates import local_midnight
from safety_statistics.suppression import (
    SHOWN,
    Relation,
    shown_total,
    suppress,
    whole_state,
)

STOCKHOLM = ZoneInfo(settings.TIME_ZONE)
CELL_LAT, CELL_LNG = MAP_CELL_LAT, MAP_CELL_LNG  # the situation picture's map cell (~250 m)
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
    """Rows of ``Disclosed`` counts, ready for the template: no raw number reaches it."""

    caption: str
    columns: list[str]
    rows: list[tuple[str, list[Disclosed]]] = field(default_factory=list)  # (label, cells)


@dataclass
class MapCell:
    south: float
    west: float
    north: float
    east: float
    count: Disclosed  # shown (a cell of 5 or more); the GeoJSON reads ``count.shown``
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
            "properties": {"antal": self.count.shown, "nara": self.near},
        }


@dataclass
class PublicFigures:
    release: Release
    by: str
    mapping_began: date | None
    quarters: list[date]  # the rows' periods (quarters or months)
    by_category: Table | None
    by_area: Table | None
    yearly: list[dict]  # {"year", "label", "count": Disclosed}
    map_start: date | None  # the map's quarter
    map_cells: list[MapCell]
    map_hidden_cells: bool
    places: list = field(default_factory=list)  # the named areas (the subscription form's)

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
        shown = [cells[-1].shown for _label, cells in rows if cells[-1].state == SHOWN]
        maximum = max(shown, default=1)
        left, top, bottom = 40, 16, height - 24
        step = (width - left - 8) / len(rows)
        bars = []
        for index, (label, cells) in enumerate(rows):
            total = cells[-1]
            x = round(left + index * step + step * 0.15, 1)
            bar = {"x": x, "width": round(step * 0.7, 1), "label": label, "text": total}
            if total.state == SHOWN:
                bar_height = round((bottom - top) * total.shown / maximum, 1)
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


def _cell(value: int, state: str) -> Disclosed:
    return released(value, state)


def _total_cell(total: int) -> Disclosed:
    """A total of shown counts: 0 means no count it covers is shown, and reads "–" (it is not
    "no incidents")."""
    return shown_sum(total)


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


def _parts(quarter: date) -> list[date]:
    second = next_period(quarter, MONTH)
    return [quarter, second, next_period(second, MONTH)]


def _grids(counts: dict, category_keys, area_keys, months, quarters) -> dict:
    """``{(table, key, (kind, start)): (value, state)}`` for both tables ("category", "area")
    from ``{(main category, area, month): count}``.

    Per period, the category cells and the area cells each add up to the period's true total,
    which is not shown but is treated as known (``suppress``: whoever reads a fully shown
    category row knows it), so a small area count cannot be worked out from the categories,
    nor the reverse. Months are decided from their own counts only, so a month keeps the state
    it was released with. A quarter (all its months released) starts from ``whole_state`` (its
    months as parts; a month before the mapping began is a known zero) and is closed the same
    way, never by hiding a quarter whose months are all shown (it can be added up)."""
    by_month: dict = defaultdict(int)
    for (main, area, m), n in counts.items():
        by_month[("category", main, m)] += n
        by_month[("area", area, m)] += n
        by_month[("total", None, m)] += n
    keys = [("category", k) for k in category_keys] + [("area", k) for k in area_keys]
    relations = [
        Relation(tuple(k for k in keys if k[0] == "category"), ("total", None)),
        Relation(tuple(k for k in keys if k[0] == "area"), ("total", None)),
    ]
    cells = {}
    for m in months:
        values = {key: by_month.get((*key, m), 0) for key in [*keys, ("total", None)]}
        states = suppress(values, relations)
        for key in keys:
            cells[(*key, (MONTH, m))] = (values[key], states[key])
    released = set(months)
    for q in quarters:
        parts = [m for m in _parts(q) if m in released]
        values = {
            key: sum(by_month.get((*key, m), 0) for m in _parts(q))
            for key in [*keys, ("total", None)]
        }
        part_states = {key: [cells[(*key, (MONTH, m))][1] for m in parts] for key in keys}
        initial = {key: whole_state(values[key], part_states[key]) for key in keys}
        summable = [key for key in keys if all(state == SHOWN for state in part_states[key])]
        states = suppress(values, relations, initial=initial, unhideable=summable)
        for key in keys:
            cells[(*key, (QUARTER, q))] = (values[key], states[key])
    return cells


def _released_grids(
    release: Release, first: date, end: date, began: date, category_keys, area_keys, *, copy
):
    """Both tables' cells for the months from ``first`` (a quarter's start) to ``end``, and the
    released quarters among them: one GROUP BY query."""
    months = _months(max(first, began.replace(day=1)), end)
    quarters = released_quarters(release, first)
    quarters = [q for q in quarters if next_quarter(q) <= end]
    rows = (
        ReleasedIncident.objects.of_release(release, copy=copy)
        .filter(occurred_at__gte=local_midnight(first), occurred_at__lt=local_midnight(end))
        .annotate(
            m=TruncMonth("occurred_at", tzinfo=STOCKHOLM),
            main=Coalesce("category__parent_id", "category_id"),
        )
        .values("m", "main", "place_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict = defaultdict(int)
    for row in rows:
        m = timezone.localtime(row["m"], STOCKHOLM).date()
        counts[(row["main"], row["place_id"] or OTHER_AREA, m)] += row["n"]
    return _grids(counts, category_keys, area_keys, months, quarters), months, quarters


def mapping_began(release: Release) -> date | None:
    """The day (Stockholm) of the first published incident of ``release``."""
    first = ReleasedIncident.objects.of_release(release).aggregate(first=Min("occurred_at"))[
        "first"
    ]
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
) -> dict[tuple[int, date], Disclosed]:
    """``{(place_id, quarter): Disclosed}``: incidents at each place per released
    quarter, decided exactly as the figures page's area table decides them (the same cells of
    every category and area; three queries: categories, places, one GROUP BY)."""
    quarters = [q for q in quarters if next_quarter(q) <= release.period_end]
    if not place_ids or not quarters or began is None:
        return {}
    category_keys = list(Category.objects.top_level().values_list("pk", flat=True))
    area_keys = [*Place.objects.values_list("pk", flat=True), OTHER_AREA]
    grid, _months_, _quarters = _released_grids(
        release,
        quarters[0],
        next_quarter(quarters[-1]),
        began,
        category_keys,
        area_keys,
        copy=True,
    )
    return {
        (place_id, q): _cell(*grid[("area", place_id, (QUARTER, q))])
        for place_id in place_ids
        for q in quarters
    }


def compute_public_figures(release: Release | None = None, *, by: str = QUARTER) -> PublicFigures:
    """The page's figures of ``release`` (default: the current one) per quarter
    (``by=QUARTER``) or month (``by=MONTH``)."""
    release = release or current_release()
    began = mapping_began(release)  # copies the release's incidents if not yet
    published = ReleasedIncident.objects.of_release(release, copy=False).order_by()
    window_start = date(release.last_month.year - 2, 1, 1)
    categories = list(Category.objects.top_level().order_by("position", "name"))
    places = list(Place.objects.order_by("name"))
    category_keys = [category.pk for category in categories]
    area_keys = [place.pk for place in places] + [OTHER_AREA]
    months, quarters, grid = [], [], {}
    if began:
        # From the mapping's quarter (its months before the mapping are known zeros), as
        # ``area_quarter_cells`` does, so both pages decide a place's quarter alike.
        first = max(window_start, period_start(began, QUARTER))
        grid, months, quarters = _released_grids(
            release, first, release.period_end, began, category_keys, area_keys, copy=False
        )
    rows_of = {MONTH: months, QUARTER: quarters}[by]
    category_grid = {
        (key, period): cell for (table, key, period), cell in grid.items() if table == "category"
    }
    area_grid = {
        (key, period): cell for (table, key, period), cell in grid.items() if table == "area"
    }

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
        yearly.append({"year": y, "label": label, "count": _total_cell(total)})

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
        places=places,
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
        cells.append((count, MapCell(south, west, north, east, released(count, SHOWN), near)))
    cells = [cell for _count, cell in sorted(cells, key=lambda c: (-c[0], c[1].south, c[1].west))]
    hidden = any(state[key] != SHOWN for key in values if key != "unlocated")
    return cells, hidden


@dataclass
class AreaRelease:
    """One area's figures in a release, as ``/trygghet-i-siffror/`` shows them (for the mail to
    the area's subscribers): the last released month and the last released whole quarter."""

    month: date
    month_count: Disclosed
    quarter: date | None
    quarter_count: Disclosed | None

    @property
    def month_label(self) -> str:
        return _period_label(self.month, MONTH)

    @property
    def quarter_label(self) -> str:
        return _period_label(self.quarter, QUARTER) if self.quarter else ""


def area_release_figures(release: Release, place_id: int | None = None) -> AreaRelease | None:
    """The cells of the figures page's area table (``place_id``'s column; ``None``: the column
    "Summa av visade", the sum of the areas' shown counts) in the rows of ``release``'s last
    month and last whole quarter: the same decisions as the page (``_released_grids`` from the
    quarter on; months and quarters are each decided from their own counts), never a raw count.
    ``None`` when nothing is published yet."""
    began = mapping_began(release)
    if began is None:
        return None
    quarters = released_quarters(release, period_start(began, QUARTER))
    quarter = quarters[-1] if quarters else None
    first = quarter or quarter_start(release.last_month)
    category_keys = list(Category.objects.top_level().values_list("pk", flat=True))
    area_keys = [*Place.objects.values_list("pk", flat=True), OTHER_AREA]
    grid, _months_, _quarters_ = _released_grids(
        release, first, release.period_end, began, category_keys, area_keys, copy=False
    )

    def cell(period) -> Disclosed:
        if place_id is None:
            return _total_cell(shown_total(grid[("area", key, period)] for key in area_keys))
        return _cell(*grid[("area", place_id, period)])

    return AreaRelease(
        month=release.last_month,
        month_count=cell((MONTH, release.last_month)),
        quarter=quarter,
        quarter_count=cell((QUARTER, quarter)) if quarter else None,
    )
