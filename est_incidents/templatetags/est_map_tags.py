"""``{% map_places "id" %}``: the named places (and their areas) for a map's background
(static/js/map-background.js), as ``json_script``. Queried only when rendered, so a page whose
body comes from the fragment cache does not ask for them.

``{% place_count_rows place_counts %}``: the map's table of counts per place (some 300 rows),
written in Python: the template's loop was a few milliseconds of every map view when nothing is
kept (bench/RESULTS.md, session 8)."""

from html import escape

from django import template
from django.utils.html import json_script
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from est_incidents.maps import places_for_map

register = template.Library()


@register.simple_tag
def map_places(element_id):
    return json_script(places_for_map(), element_id)


@register.simple_tag
def place_count_rows(place_counts):
    """One ``<tr>`` per place: its name ("Ingen namngiven plats" for none) and its count."""
    unnamed = escape(gettext("Ingen namngiven plats"))
    return mark_safe(  # nosec B308 B703 — every value escaped
        "".join(
            f"<tr><td>{escape(str(row['place__name'])) if row['place__name'] else unnamed}</td>"
            f'<td class="text-end">{escape(str(row["count"]))}</td></tr>\n'
            for row in place_counts
        )
    )
