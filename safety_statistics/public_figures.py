"""The figures of /trygghet-i-siffror/: the mapping of incidents, aggregated and protected.

What leaves the database is counts only, and what leaves this module is text to show:

- **Publication delay**: only incidents that occurred before the cut-off day
  (today − ``PUBLIC_STATISTICS_DELAY_DAYS``, Stockholm time) are counted.
- **Periods**: quarters (or months) from 1 January two years before the cut-off year up to the cut-off (the
  last quarter is partial and labelled so), but never before the quarter the mapping began in,
  so that an empty period before the mapping does not read as a rise.
- **Main categories** (top-level ``Category``) and **areas** (named ``Place``; incidents without
  a named place are "Övriga platser").
- **Map cells**: the last 12 months before the cut-off, points snapped to a grid of
  ``CELL_LAT`` × ``CELL_LNG`` degrees (about 250 × 250 m at Hjo's latitude). A cell with fewer
  than 5 incidents is left out of the map altogether.
- **Suppression** (``suppression.py``): every count under 5 is "färre än 5", and every sum shown
  (rows, columns, totals, years, the map) is closed by secondary suppression — months and
  quarters together, since a quarter is the sum of its months.
- No free text, no times, no organisations.

Queries: a fixed number (6) whatever the amount of data — every count is a GROUP BY.
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

from est_incidents.disclosure import MAP_CELL_LAT, MAP_CELL_LNG
from est_incidents.models import Category, Incident, Place
from hjo_safety.dates import local_midnight
from safety_statistics.suppression import SHOWN, Relation, display, suppress

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


def publication_cutoff(today: date | None = None) -> date:
    """The first day not yet published: incidents on or after it are not counted."""
    today = today or timezone.localdate()
    return today - timedelta(days=settings.PUBLIC_STATISTICS_DELAY_DAYS)


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
    cutoff: date
    by: str
    mapping_began: date | None
    quarters: list[date]
    by_category: Table | None
    by_area: Table | None
    yearly: list[dict]  # {"year", "label", "display"}
    map_start: date
    map_cells: list[MapCell]
    map_hidden_cells: bool

    @property
    def last_published_day(self) -> date:
        return self.cutoff - timedelta(days=1)

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


def _period_label(start: date, cutoff: date, by: str) -> str:
    if by == QUARTER:
        label = gettext("%(year)s kv. %(quarter)s") % {
            "year": start.year,
            "quarter": (start.month - 1) // 3 + 1,
        }
    else:
        label = date_format(start, "F Y")
    if next_period(start, by) > cutoff:
        label += " " + gettext("(t.o.m. %(day)s)") % {
            "day": date_format(cutoff - timedelta(days=1), "j M")
        }
    return label


def _cell(value: int, state: str) -> dict:
    return {"text": display(value, state), "state": state}


def _nearest(lat: float, lng: float, places) -> str:
    if not places:
        return ""
    # Degrees of longitude are about half as long as degrees of latitude at 58° N.
    place = min(
        places,
        key=lambda p: (float(p.latitude) - lat) ** 2 + ((float(p.longitude) - lng) * 0.53) ** 2,
    )
    return place.name


def compute_public_figures(today: date | None = None, *, by: str = QUARTER) -> PublicFigures:
    """The page's figures per quarter (``by=QUARTER``) or month (``by=MONTH``)."""
    cutoff = publication_cutoff(today)
    end = local_midnight(cutoff)
    published = Incident.objects.filter(occurred_at__lt=end).order_by()

    first = published.aggregate(first=Min("occurred_at"))["first"]
    mapping_began = timezone.localtime(first, STOCKHOLM).date() if first else None
    window_start = date(cutoff.year - 2, 1, 1)
    periods = {}  # kind → period starts, from the window's start (or the mapping's) to the cut-off
    for kind in (QUARTER, MONTH):
        current = window_start
        if mapping_began:
            current = max(current, period_start(mapping_began, kind))
        periods[kind] = []
        while current < cutoff:
            periods[kind].append((kind, current))
            current = next_period(current, kind)
    quarters = periods[by]

    categories = list(Category.objects.top_level().order_by("position", "name"))
    places = list(Place.objects.order_by("name"))
    in_window = published.filter(occurred_at__gte=local_midnight(window_start))
    month = TruncMonth("occurred_at", tzinfo=STOCKHOLM)
    category_rows = (
        in_window.annotate(m=month, main=Coalesce("category__parent_id", "category_id"))
        .values("m", "main")
        .annotate(n=Count("pk"))
    )
    area_rows = in_window.annotate(m=month).values("m", "place_id").annotate(n=Count("pk"))

    # Months and quarters are suppressed together: a quarter is the sum of its months, so a
    # small month must not be derivable from the quarter view either.
    values: dict = defaultdict(int)
    for row in category_rows:
        m = timezone.localtime(row["m"], STOCKHOLM).date()
        for p in ((MONTH, m), (QUARTER, quarter_start(m))):
            values[("cat", row["main"], p)] += row["n"]
            values[("p", p)] += row["n"]
        values[("cat_total", row["main"])] += row["n"]
        values[("year", m.year)] += row["n"]
        values[("all",)] += row["n"]
    for row in area_rows:
        m = timezone.localtime(row["m"], STOCKHOLM).date()
        area = row["place_id"] or OTHER_AREA
        for p in ((MONTH, m), (QUARTER, quarter_start(m))):
            values[("area", area, p)] += row["n"]
        values[("area_total", area)] += row["n"]

    area_keys = [place.pk for place in places] + [OTHER_AREA]
    category_keys = [category.pk for category in categories]
    all_periods = periods[QUARTER] + periods[MONTH]
    years = sorted({start.year for _kind, start in periods[QUARTER]})
    # Every key that is shown, zero counts included (they are "färre än 5" too).
    keys = (
        [("cat", c, p) for c in category_keys for p in all_periods]
        + [("area", a, p) for a in area_keys for p in all_periods]
        + [("p", p) for p in all_periods]
        + [("cat_total", c) for c in category_keys]
        + [("area_total", a) for a in area_keys]
        + [("year", y) for y in years]
        + [("all",)]
    )
    table_values = {key: values.get(key, 0) for key in keys}
    relations = [
        Relation(tuple(("cat_total", c) for c in category_keys), ("all",)),
        Relation(tuple(("area_total", a) for a in area_keys), ("all",)),
        Relation(tuple(("year", y) for y in years), ("all",)),
    ]
    for kind in (QUARTER, MONTH):
        ps = periods[kind]
        relations += (
            [Relation(tuple(("cat", c, p) for c in category_keys), ("p", p)) for p in ps]
            + [Relation(tuple(("area", a, p) for a in area_keys), ("p", p)) for p in ps]
            + [Relation(tuple(("cat", c, p) for p in ps), ("cat_total", c)) for c in category_keys]
            + [Relation(tuple(("area", a, p) for p in ps), ("area_total", a)) for a in area_keys]
            + [Relation(tuple(("p", p) for p in ps if p[1].year == y), ("year", y)) for y in years]
            + [Relation(tuple(("p", p) for p in ps), ("all",))]
        )
    for q in periods[QUARTER]:
        months = tuple(p for p in periods[MONTH] if quarter_start(p[1]) == q[1])
        relations += (
            [Relation(tuple(("cat", c, m) for m in months), ("cat", c, q)) for c in category_keys]
            + [Relation(tuple(("area", a, m) for m in months), ("area", a, q)) for a in area_keys]
            + [Relation(tuple(("p", m) for m in months), ("p", q))]
        )
    state = suppress(table_values, relations) if quarters else {}

    def cell(key):
        return _cell(table_values[key], state[key])

    by_category = by_area = None
    if quarters:
        labels = [_period_label(q[1], cutoff, by) for q in quarters]
        per = gettext("kvartal") if by == QUARTER else gettext("månad")
        by_category = Table(
            caption=gettext("Händelser per huvudkategori och %(period)s") % {"period": per},
            columns=[category.name for category in categories] + [gettext("Totalt")],
        )
        for q, label in zip(quarters, labels, strict=True):
            by_category.rows.append(
                (label, [cell(("cat", c, q)) for c in category_keys] + [cell(("p", q))])
            )
        by_category.rows.append(
            (
                gettext("Hela perioden"),
                [cell(("cat_total", c)) for c in category_keys] + [cell(("all",))],
            )
        )
        by_area = Table(
            caption=gettext("Händelser per område och %(period)s") % {"period": per},
            columns=[place.name for place in places]
            + [gettext("Övriga platser"), gettext("Totalt")],
        )
        for q, label in zip(quarters, labels, strict=True):
            by_area.rows.append(
                (label, [cell(("area", a, q)) for a in area_keys] + [cell(("p", q))])
            )
        by_area.rows.append(
            (
                gettext("Hela perioden"),
                [cell(("area_total", a)) for a in area_keys] + [cell(("all",))],
            )
        )
    yearly = []
    for y in years:
        label = str(y)
        if mapping_began and mapping_began.year == y and mapping_began > date(y, 1, 1):
            label += " " + gettext("(från %(month)s)") % {"month": date_format(mapping_began, "F")}
        if cutoff <= date(y, 12, 31):
            label += " " + gettext("(t.o.m. %(day)s)") % {
                "day": date_format(cutoff - timedelta(days=1), "j M")
            }
        yearly.append({"year": y, "label": label, **cell(("year", y))})

    map_start = max(cutoff - timedelta(days=MAP_DAYS), mapping_began or cutoff)
    map_cells, hidden = _map_cells(published, map_start, end, places)
    return PublicFigures(
        cutoff=cutoff,
        by=by,
        mapping_began=mapping_began,
        quarters=[start for _kind, start in quarters],
        by_category=by_category,
        by_area=by_area,
        yearly=yearly,
        map_start=map_start,
        map_cells=map_cells,
        map_hidden_cells=hidden,
    )


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
