"""What a page with a map passes to the map scripts: the tile layer, Hjo's centre and the
named places to choose from (as ``data-`` attributes: no inline script, CSP). One definition for
every app that draws a map (incidents, interventions and safety walks, citizens' tips)."""

import json

from django.conf import settings

from est_incidents.models import HJO_CENTRE, Place


def map_settings() -> dict:
    return {
        "map_tile_url": settings.MAP_TILE_URL,
        "map_tile_attribution": settings.MAP_TILE_ATTRIBUTION,
        "map_centre": [float(HJO_CENTRE[0]), float(HJO_CENTRE[1])],
    }


def places_for_map() -> list[dict]:
    """The active named places: a map without background tiles draws their names and, when a
    place has one, its area (``area_geojson``, a GeoJSON polygon, checked by ``Place.clean``)."""
    return [
        {
            "id": pk,
            "name": name,
            "lat": float(lat),
            "lng": float(lng),
            "area": json.loads(area) if area else None,
        }
        for pk, name, lat, lng, area in Place.objects.active().values_list(
            "pk", "name", "latitude", "longitude", "area_geojson"
        )
    ]
