"""/trygghet-i-siffror/: the open safety map and numbers, and its GeoJSON.

Models read: ``est_incidents.Incident``, ``Category``, ``Place`` (aggregated by
``public_figures``), ``CrimeStatistic`` and ``Population``. Templates:
``safety_statistics/public_figures.html``, whose form to follow an area's figures by e-mail goes
to ``/folj/?amne=figures&omrade=<id>`` by GET (the cached page holds no CSRF token). Both views serve every visitor the same aggregated,
suppressed data, and are cached like the other public pages.
"""

import json

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse

from est_incidents.models import HJO_CENTRE
from est_incidents.publication import current_release
from hjo_safety.public_cache import cache_public_page
from safety_statistics.crime_figures import crime_table
from safety_statistics.public_figures import (
    CELL_LAT,
    CELL_LNG,
    MONTH,
    QUARTER,
    compute_public_figures,
)


@cache_public_page
def public_figures(request):
    """The mapping's incidents by main category, area and quarter, on a map of cells and as
    tables, beside the police's crime statistics: the current release's figures only
    (``est_incidents.publication``)."""
    by = MONTH if request.GET.get("per") == "manad" else QUARTER
    figures = compute_public_figures(current_release(), by=by)
    return TemplateResponse(
        request,
        "safety_statistics/public_figures.html",
        {
            "figures": figures,
            "crimes": crime_table(),
            "geojson": figures.geojson(),
            "delay_days": settings.PUBLIC_STATISTICS_DELAY_DAYS,
            "cell_metres": (round(float(CELL_LAT) * 111_320), round(float(CELL_LNG) * 58_500)),
            "map_tile_url": settings.MAP_TILE_URL,
            "map_tile_attribution": settings.MAP_TILE_ATTRIBUTION,
            "map_centre": [float(HJO_CENTRE[0]), float(HJO_CENTRE[1])],
        },
    )


@cache_public_page
def public_cells_geojson(request):
    """The map's cells as GeoJSON: the same cells, counts and suppression as the page."""
    figures = compute_public_figures(current_release())
    return HttpResponse(
        json.dumps(figures.geojson(), ensure_ascii=False),
        content_type="application/geo+json; charset=utf-8",
    )
