"""Template tags that format the situation picture (they query nothing).

- ``bar_chart``, ``trend_chart``, ``heat_grid``: accessible inline SVG charts, rendered on the
  server from the picture's plain data (live or frozen alike). Geometry goes into SVG
  attributes, never ``style``; each chart comes with a data table for screen readers.
- ``change_text``, ``isodate``: formatting of the picture's numbers and dates.
"""

import html
import unicodedata
from datetime import date

from django import template
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils.formats import date_format, localize
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from est_incidents.disclosure import Disclosed
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
    """A count as shown: a ``Disclosed`` value renders itself ("färre än 5" when masked); a
    raw number is refused, so a picture that did not pass ``disclosure.py`` fails loudly."""
    if value is None:
        return FEWER_THAN_5
    if not isinstance(value, Disclosed):
        raise TypeError(f"a count must pass est_incidents.disclosure, not {type(value)!r}")
    return value


def _n(value):
    """A count for drawing: a masked one draws as nothing."""
    if not isinstance(value, Disclosed):
        raise TypeError(f"a count must pass est_incidents.disclosure, not {type(value)!r}")
    return value.shown or 0


@register.filter
def change_text(change):
    """{'change': +3, 'percent': +25 %} → '+3 (+25 %)'; a masked change is '—'."""
    if not change:
        return ""
    if change["change"].masked:
        return NO_CHANGE
    return f"{change['change']} ({change['percent']})"


def _ticks(maximum):
    return maximum if maximum > 0 else 1


def _shown_html(value) -> str:
    """``conditional_escape(count_text(value))`` as a plain string: a ``Disclosed`` escapes
    itself; ``None`` is "färre än 5"; a raw number is refused (``count_text``)."""
    if type(value) is Disclosed:
        return value.__html__()
    return str(conditional_escape(count_text(value)))


def _escape(text) -> str:
    """``django.utils.html.escape(text)`` for a plain string, without its lazy-string wrapper
    (``html.escape``, which is what it calls); anything else through it."""
    if type(text) is str:
        return html.escape(text)
    return str(conditional_escape(text))


@register.inclusion_tag("est_incidents/situation_bar_chart.html")
def bar_chart(rows, chart_id, caption, label_key="name", value_key="count", label_header=""):
    """Horizontal bars, one per row, with the values written next to them.

    The bars and the table rows are written here in Python (a year has hundreds of places:
    as template loops they were thousands of variable nodes per picture); each label and count
    is escaped once.
    """
    rows = list(rows or [])
    values = [_n(row[value_key]) for row in rows]
    maximum = _ticks(max(values, default=0))
    bar_height = ROW_HEIGHT - 6
    half = ROW_HEIGHT // 2 + 5
    label_x = LABEL_WIDTH - 8
    svg, table = [], []
    for index, row in enumerate(rows):
        value = values[index]
        shown = _shown_html(row[value_key])
        label = row[label_key]
        parent = row.get("parent")
        if parent:
            label = f"{parent} – {label}"
        y = index * ROW_HEIGHT
        length = round(value * BAR_WIDTH / maximum)
        width = max(length, 1 if value else 0)
        value_x = LABEL_WIDTH + max(length, 0) + 6
        escaped = _escape(label)
        # The bar's label: at most 36 characters (``Truncator``, which normalises to NFC).
        text = unicodedata.normalize("NFC", str(label))
        if len(text) > 36:
            short = _escape(Truncator(text).chars(36))
        else:
            short = escaped if text == label else _escape(text)
        svg.append(
            f'\n    <text x="{label_x}" y="{y + half}" text-anchor="end" font-size="13" '
            f'fill="#212529">{short}</text>\n    <rect x="{LABEL_WIDTH}" y="{y}" '
            f'width="{width}" height="{bar_height}" fill="#0b3d62"></rect>\n    '
            f'<text x="{value_x}" y="{y + half}" font-size="13" fill="#212529">{shown}</text>\n    '
        )
        table.append(f"<tr><td>{escaped}</td><td>{shown}</td></tr>")
    return {
        "chart_id": chart_id,
        "caption": caption,
        "label_header": label_header or _("Grupp"),
        "bars": bool(rows),
        "svg_bars": mark_safe("".join(svg)),  # noqa: S308 # nosec B308 B703 — escaped labels
        "table_rows": mark_safe("\n      ".join(table)),  # noqa: S308 # nosec B308 B703
        "height": max(len(rows), 1) * ROW_HEIGHT,
        "total_width": LABEL_WIDTH + BAR_WIDTH + 50,
    }


def _value_html(value, *, l10n=None) -> str:
    """``{{ value }}`` as the template engine writes it (``render_value_in_context``):
    localized (``l10n=False``: inside ``{% localize off %}``), then escaped."""
    value = localize(value, use_l10n=l10n)
    if type(value) is str:
        return html.escape(value)  # ``escape``, without its lazy-string wrapper
    if not issubclass(type(value), str):
        return html.escape(str(value))
    return str(conditional_escape(value))  # safe HTML as it is


@register.inclusion_tag("est_incidents/situation_trend_chart.html")
def trend_chart(trend, chart_id, caption):
    """A line over the periods' counts (oldest first), with each period's start under it: the
    day and month ("27 okt"), and the year on a second line, so a trend over new year reads
    right. A period may bring its own two lines instead (``label``, ``sublabel``: the yearly
    document's "2023" over "från 1 dec"). The points and the table's rows are written here
    (as template loops they were most of the chart's time)."""
    trend = list(trend or [])
    width, height, left, bottom, top = 600, 210, 40, 50, 16
    maximum = _ticks(max((_n(p["count"]) for p in trend), default=0))
    step = (width - left - 40) / max(len(trend) - 1, 1)
    label_y, year_y = height - bottom + 18, height - bottom + 32
    coordinates, svg, table = [], [], []
    for index, period in enumerate(trend):
        x = round(left + index * step, 1)
        y = round(top + (height - top - bottom) * (1 - _n(period["count"]) / maximum), 1)
        coordinates.append(f"{x},{y}")
        start, end = isodate(period["start"]), isodate(period["end"])
        day_month = period.get("label") or date_format(start, "j b")
        year = period["sublabel"] if "sublabel" in period else start.year
        count = _value_html(period["count"])
        x_text = _value_html(x, l10n=False)
        svg.append(
            f'\n    <circle cx="{x_text}" cy="{_value_html(y, l10n=False)}" r="4" '
            f'fill="#0b3d62"></circle>\n    <text x="{x_text}" '
            f'y="{_value_html(y - 8, l10n=False)}" text-anchor="middle" font-size="11" '
            f'fill="#212529">{_value_html(period["count"], l10n=False)}</text>\n    '
            f'<text x="{x_text}" y="{label_y}" text-anchor="middle" font-size="10" '
            f'fill="#212529">{_value_html(day_month, l10n=False)}</text>\n    '
            f'<text x="{x_text}" y="{year_y}" text-anchor="middle" font-size="10" '
            f'fill="#212529">{_value_html(year, l10n=False)}</text>\n    '
        )
        table.append(
            f"<tr><td>{_value_html(date_filter(start, 'j F Y'))} – "
            f"{_value_html(date_filter(end, 'j F Y'))}</td><td>{count}</td></tr>"
        )
    return {
        "chart_id": chart_id,
        "caption": caption,
        "svg_points": mark_safe("".join(svg)),  # noqa: S308 # nosec B308 B703 — escaped
        "table_rows": mark_safe("".join(table)),  # noqa: S308 # nosec B308 B703
        "polyline": " ".join(coordinates),
        "width": width,
        "height": height,
        "axis_y": height - bottom,
        "left": left,
        "right": width - 10,
        "maximum": maximum,
        "top": top,
    }


@register.inclusion_tag("est_incidents/situation_heat_grid.html")
def heat_grid(grid, chart_id, caption):
    """Weekday × hour of day: darker cells for more incidents.

    The 168 cells (SVG and the screen readers' table) are written here in Python: as template
    loops they were ~2,000 variable nodes, most of the picture's rendering time.
    """
    if grid is None:  # withheld (disclosure.py): every cell the same masked value
        grid = [[None] * 24 for _ in range(7)]
    grid = [[Disclosed(None, masked=True) if c is None else c for c in row] for row in grid]
    maximum = _ticks(max((max(_n(c) for c in row) for row in grid), default=0))
    cell, left, top = 22, 40, 20
    size = cell - 2
    svg = [
        f'<text x="{left + h * cell + cell // 2}" y="14" text-anchor="middle" font-size="11" '
        f'fill="#212529">{h}</text>'
        for h in range(0, 24, 3)
    ]
    table = []
    for day_index, counts in enumerate(grid):
        day = escape(WEEKDAYS[day_index])
        y = top + day_index * cell
        svg.append(
            f'\n    <text x="34" y="{y + 15}" text-anchor="end" font-size="12" '
            f'fill="#212529">{day}</text>\n    '
        )
        cells = []
        for hour, count in enumerate(counts):
            x = left + hour * cell
            svg.append(
                f'<rect x="{x}" y="{y}" width="{size}" height="{size}" fill="#f1f3f5"></rect>'
            )
            if count.masked or count.shown:
                # A masked count draws as the faintest shade.
                opacity = round(0.15 + 0.85 * _n(count) / maximum, 2)
                svg.append(
                    f'<rect x="{x}" y="{y}" width="{size}" height="{size}" fill="#b02a37" '
                    f'fill-opacity="{opacity}"></rect>'
                )
            cells.append(f"<td>{_shown_html(count)}</td>")
        table.append(f'<tr><th scope="row">{day}</th>{"".join(cells)}</tr>')
    hours = "".join(
        f'<th scope="col">{escape(_("kl. %(hour)s") % {"hour": hour})}</th>' for hour in range(24)
    )
    return {
        "chart_id": chart_id,
        "caption": caption,
        "svg_cells": mark_safe("".join(svg)),  # noqa: S308 # nosec B308 B703 — escaped labels
        "table_head": mark_safe(hours),  # noqa: S308 # nosec B308 B703
        "table_rows": mark_safe("".join(table)),  # noqa: S308 # nosec B308 B703
        "width": left + 24 * cell + 4,
        "height": top + 7 * cell + 4,
        "maximum": maximum,
    }


@register.simple_tag
def open_action_rows(actions):
    """The table rows of a picture's open actions (what, who, due date, the meeting's link),
    written here: as a template loop they were a fifth of the picture's body. The link to each
    meeting is reversed once per meeting."""
    links: dict = {}
    days: dict = {}

    def day(value, empty="") -> str:
        if (value, empty) not in days:
            days[value, empty] = _value_html(date_filter(isodate(value), "j b Y") or empty)
        return days[value, empty]

    rows = []
    for action in actions:
        meeting_id = action["meeting_id"]
        if meeting_id not in links:
            links[meeting_id] = _escape(reverse("est:meeting_detail", args=[meeting_id]))
        rows.append(
            f"<tr><td>{_value_html(action['what'])}</td>"
            f"<td>{_value_html(action['organisation'])}</td><td>{day(action['due_date'], '–')}</td>"
            f'<td><a href="{links[meeting_id]}">{day(action["meeting_date"])}</a></td></tr>'
        )
    return mark_safe("".join(rows))  # noqa: S308 # nosec B308 B703 — every value escaped
