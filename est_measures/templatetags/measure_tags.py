"""Template filters of est_measures: counts under the under-5 rule, ratios in per cent."""

from django import template

from est_measures import effect

register = template.Library()


@register.filter
def shown_count(count, exact=False):
    """``{{ n|shown_count:exact }}``: below 5 "färre än 5", unless ``exact`` (coordinators)."""
    if count is None:
        return "–"
    return effect.shown_count(int(count), bool(exact))


@register.filter
def signed_percent(value):
    """−40 → "−40 %", 25 → "+25 %", None → "–"."""
    if value is None:
        return "–"
    return f"{value:+d} %".replace("-", "−")


WEEKDAYS = ["mån", "tis", "ons", "tor", "fre", "lör", "sön"]


@register.inclusion_tag("est_measures/presence_grid.html")
def presence_grid(incidents, presence, chart_id, caption):
    """Weekday × hour: incidents as red cells, someone there (interventions) as a blue frame."""
    empty = [[0] * 24 for _ in range(7)]
    incidents, presence = incidents or empty, presence or empty

    def number(value):
        # A shared grid may hide small counts as text ("färre än 5"): shade those lightly.
        return value if isinstance(value, int) else 1

    most_incidents = max((number(v) for row in incidents for v in row), default=0) or 1
    cell, left, top = 22, 40, 20
    rows = []
    for day in range(7):
        cells = []
        for hour in range(24):
            count, there = incidents[day][hour], presence[day][hour]
            cells.append(
                {
                    "x": left + hour * cell,
                    "y": top + day * cell,
                    "count": count,
                    "there": there,
                    "opacity": (
                        round(0.15 + 0.85 * number(count) / most_incidents, 2) if count else 0
                    ),
                }
            )
        rows.append({"day": WEEKDAYS[day], "label_y": top + day * cell + 15, "cells": cells})
    return {
        "chart_id": chart_id,
        "caption": caption,
        "rows": rows,
        "hours": [{"hour": h, "x": left + h * cell + cell // 2} for h in range(0, 24, 3)],
        "all_hours": list(range(24)),
        "cell_size": cell - 2,
        "inner_size": cell - 8,
        "width": left + 24 * cell + 4,
        "height": top + 7 * cell + 4,
    }
