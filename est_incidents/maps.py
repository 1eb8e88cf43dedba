"""What a page with a map passes to the map scripts: the tile layer, Hjo's centre and the
named places to choose from (as ``data-`` attributes: no inline script, CSP). One definition for
every app that draws a map (incidents, interventions and safety walks, citizens' tips)."""

import json
import math

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


NEAREST_PLACE_WITHIN_METRES = 2_000


def nearest_place(latitude, longitude) -> dict | None:
    """The named place nearest a point, as ``{"name", "metres"}`` (rounded to 10 m), when one
    lies within ``NEAREST_PLACE_WITHIN_METRES``: a readable "ca 120 m från Hamnen" instead of
    two coordinates. An equirectangular distance: exact enough within a municipality."""
    if latitude is None or longitude is None:
        return None
    lat, lng = float(latitude), float(longitude)
    scale = math.cos(math.radians(lat))
    best = None
    for name, place_lat, place_lng in Place.objects.active().values_list(
        "name", "latitude", "longitude"
    ):
        dy = (float(place_lat) - lat) * 111_320
        dx = (float(place_lng) - lng) * 111_320 * scale
        metres = math.hypot(dx, dy)
        if best is None or metres < best[1]:
            best = (name, metres)
    if best is None or best[1] > NEAREST_PLACE_WITHIN_METRES:
        return None
    return {"name": best[0], "metres": int(round(best[1], -1))}
