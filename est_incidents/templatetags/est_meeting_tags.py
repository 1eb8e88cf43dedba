"""Template tags that format the situation picture (they query nothing).

- ``bar_chart``, ``trend_chart``, ``heat_grid``: accessible inline SVG charts, rendered on the
  server from the picture's plain data (live or frozen alike). Geometry goes into SVG
  attributes, never ``style``; each chart comes with a data table for screen readers.
- ``change_text``, ``isodate``: formatting of the picture's numbers and dates.
"""

from datetime import date

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from est_incidents.situation import NO_CHANGE, WEEKDAYS

FEWER_THAN_5 = gettext_lazy("färre än 5")

register = template.Library()

BAR_WIDTH = 330
LABEL_WIDTH = 270
ROW_HEIGHT = 26


@register.filter
def isodate(value):
    """'2026-11-25' → date (for the |date filter); anything else unchanged."""
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


@register.filter
def count_text(value):
    """A count as shown: a hidden small count (None, see ``disclosure.py``) is "färre än 5"."""
    return FEWER_THAN_5 if value is None else value


def _n(value):
    """A count for drawing: a hidden one draws as nothing."""
    return value or 0


@register.filter
def change_text(change):
    """{'change': 3, 'percent': 25} → '+3 (+25 %)'; a percentage of nothing is '—'."""
    if not change:
        return ""
    if change["change"] is None:
        return NO_CHANGE
    diff = change["change"]
    percent = change["percent"]
    pct = NO_CHANGE if percent == NO_CHANGE else f"{percent:+d} %"
    return f"{diff:+d} ({pct})"


def _ticks(maximum):
    return maximum if maximum > 0 else 1


@register.inclusion_tag("est_incidents/situation_bar_chart.html")
def bar_chart(rows, chart_id, caption, label_key="name", value_key="count", label_header=""):
    """Horizontal bars, one per row, with the values written next to them."""
    rows = list(rows or [])
    maximum = _ticks(max((_n(row[value_key]) for row in rows), default=0))
    bars = []
    for index, row in enumerate(rows):
        value = _n(row[value_key])
        label = row[label_key]
        if row.get("parent"):
            label = f"{row['parent']} – {label}"
        bars.append(
            {
                "label": label,
                "value": count_text(row[value_key]),
                "y": index * ROW_HEIGHT,
                "text_y": index * ROW_HEIGHT + ROW_HEIGHT // 2 + 5,
                "width": max(round(value * BAR_WIDTH / maximum), 1 if value else 0),
                "value_x": LABEL_WIDTH + max(round(value * BAR_WIDTH / maximum), 0) + 6,
            }
        )
    return {
        "chart_id": chart_id,
        "caption": caption,
        "label_header": label_header or _("Grupp"),
        "bars": bars,
        "height": max(len(bars), 1) * ROW_HEIGHT,
        "label_width": LABEL_WIDTH,
        "label_x": LABEL_WIDTH - 8,
        "total_width": LABEL_WIDTH + BAR_WIDTH + 50,
        "bar_height": ROW_HEIGHT - 6,
    }


@register.inclusion_tag("est_incidents/situation_trend_chart.html")
def trend_chart(trend, chart_id, caption):
    """A line over the periods' counts (oldest first), with each period's start under it."""
    trend = list(trend or [])
    width, height, left, bottom, top = 600, 200, 40, 40, 16
    maximum = _ticks(max((_n(p["count"]) for p in trend), default=0))
    step = (width - left - 20) / max(len(trend) - 1, 1)
    points = []
    for index, period in enumerate(trend):
        x = round(left + index * step, 1)
        y = round(top + (height - top - bottom) * (1 - _n(period["count"]) / maximum), 1)
        points.append(
            {
                "x": x,
                "y": y,
                "value_y": y - 8,
                "count": count_text(period["count"]),
                "start": isodate(period["start"]),
                "end": isodate(period["end"]),
            }
        )
    return {
        "chart_id": chart_id,
        "caption": caption,
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "width": width,
        "height": height,
        "axis_y": height - bottom,
        "label_y": height - bottom + 18,
        "left": left,
        "right": width - 10,
        "maximum": maximum,
        "top": top,
    }


@register.inclusion_tag("est_incidents/situation_heat_grid.html")
def heat_grid(grid, chart_id, caption):
    """Weekday × hour of day: darker cells for more incidents."""
    grid = grid or [[0] * 24 for _ in range(7)]
    maximum = _ticks(max((max(_n(c) for c in row) for row in grid), default=0))
    cell, left, top = 22, 40, 20
    rows = []
    for day_index, counts in enumerate(grid):
        cells = []
        for hour, count in enumerate(counts):
            cells.append(
                {
                    "x": left + hour * cell,
                    "y": top + day_index * cell,
                    "count": count_text(count),
                    # A hidden small count draws as the faintest shade.
                    "opacity": round(0.15 + 0.85 * _n(count) / maximum, 2)
                    if count is None or count
                    else 0,
                    "hour": hour,
                }
            )
        rows.append(
            {"day": WEEKDAYS[day_index], "label_y": top + day_index * cell + 15, "cells": cells}
        )
    return {
        "chart_id": chart_id,
        "caption": caption,
        "rows": rows,
        "hours": [{"hour": h, "x": left + h * cell + cell // 2} for h in range(0, 24, 3)],
        "all_hours": list(range(24)),
        "cell_size": cell - 2,
        "width": left + 24 * cell + 4,
        "height": top + 7 * cell + 4,
        "maximum": maximum,
    }
