"""``{% map_places "id" %}``: the named places (and their areas) for a map's background
(static/js/map-background.js), as ``json_script``. Queried only when rendered, so a page whose
body comes from the fragment cache does not ask for them."""

from django import template
from django.utils.html import json_script

from est_incidents.maps import places_for_map

register = template.Library()


@register.simple_tag
def map_places(element_id):
    return json_script(places_for_map(), element_id)
