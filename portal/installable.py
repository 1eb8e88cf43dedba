"""The portal as an installable web app that captures reports without a signal (issue 25,
point 7): the web app manifest, its icons (drawn here, no third-party artwork) and the service
worker, served from the site's root so that its scope is the whole site.

What the service worker keeps and how queued reports are sent: ``portal/service_worker.js``
and ``static/js/offline-queue.js`` (docs/incidents.md, "Without a signal").
"""

import io
from functools import cache
from pathlib import Path

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from PIL import Image, ImageDraw

BLUE = "#0b3d62"
SERVICE_WORKER = Path(__file__).with_name("service_worker.js")
ICON_SIZES = (192, 512)

# The favicon's shield and "H" (static/img/favicon.svg) on a 32-unit grid, the curves as
# straight segments. The shield fills the middle 70 %, inside a maskable icon's safe zone.
SHIELD = [
    (16, 5), (7, 9), (7, 15), (7.6, 18.6), (9.4, 22), (12.4, 25.2), (16, 27),
    (19.6, 25.2), (22.6, 22), (24.4, 18.6), (25, 15), (25, 9),
]  # fmt: skip
LETTER = [(12, 11, 14.6, 22), (17.4, 11, 20, 22), (14.6, 15.2, 17.4, 17.6)]


@cache
def icon_png(size: int) -> bytes:
    """The app icon as a PNG of ``size`` × ``size`` pixels (drawn four times larger, then
    scaled down for smooth edges)."""
    big = size * 4
    image = Image.new("RGB", (big, big), BLUE)
    draw = ImageDraw.Draw(image)
    scale, offset = big * 0.7 / 22, big * 0.15  # the shield spans x 7..25, y 5..27

    def point(x, y):
        return (offset + (x - 7) * scale + (22 - 18) * scale / 2, offset + (y - 5) * scale)

    draw.polygon([point(x, y) for x, y in SHIELD], fill="white")
    for x0, y0, x1, y1 in LETTER:
        draw.rectangle([point(x0, y0), point(x1, y1)], fill=BLUE)
    out = io.BytesIO()
    image.resize((size, size), Image.Resampling.LANCZOS).save(out, "PNG", optimize=True)
    return out.getvalue()


@require_GET
@cache_control(public=True, max_age=86400)
def app_icon(request, size):
    return HttpResponse(icon_png(size), content_type="image/png")


@require_GET
@cache_control(public=True, max_age=3600)
def manifest(request):
    """The web app manifest: installs as "Hjo Trygghet", opens the staff start page."""
    data = {
        "name": "Trygghet i Hjo",
        "short_name": "Hjo Trygghet",
        "description": "Rapportera händelser och fynd från trygghetsvandringar, även utan täckning.",
        "lang": "sv",
        "start_url": reverse("staff_home"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": BLUE,
        "icons": [
            {
                "src": reverse(f"app_icon_{size}"),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any maskable",
            }
            for size in ICON_SIZES
        ],
        "shortcuts": [
            {"name": "Rapportera en händelse", "url": reverse("est:incident_create")},
            {"name": "Registrera en trygghetsvandring", "url": reverse("measures:walk_create")},
        ],
    }
    return JsonResponse(
        data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )


@require_GET
@cache_control(no_cache=True)
def service_worker(request):
    """The service worker, from the root so that its scope is the whole site; never kept
    stale (``no-cache``), so a new version takes over at the next visit."""
    response = HttpResponse(SERVICE_WORKER.read_bytes(), content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    return response
