"""Template tags of est_measures. Counts and percentages arrive as
``est_incidents.disclosure.Disclosed`` values and render themselves."""

from django import template

from est_incidents.disclosure import Disclosed

register = template.Library()


WEEKDAYS = ["mån", "tis", "ons", "tor", "fre", "lör", "sön"]


@register.inclusion_tag("est_measures/presence_grid.html")
def presence_grid(incidents, presence, chart_id, caption):
    """Weekday × hour: incidents as red cells, someone there (interventions) as a blue frame."""
    empty = [[0] * 24 for _ in range(7)]
    incidents, presence = incidents or empty, presence or empty

    def number(value):
        # The picture's grid holds Disclosed counts: a masked one is shaded lightly.
        if isinstance(value, Disclosed):
            return 1 if value.masked else value.shown
        return value

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
                    "filled": bool(number(count)),
                    "opacity": (
                        round(0.15 + 0.85 * number(count) / most_incidents, 2)
                        if number(count)
                        else 0
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
