"""Helpers for the security headers that settings.py needs before Django is set up.

Kept free of Django imports so that settings.py can use them.
"""

import re
from urllib.parse import urlsplit

_PLACEHOLDER = re.compile(r"\{[^}]*\}")


def tile_host_source(tile_url: str) -> list[str]:
    """The CSP source for a map tile URL template, e.g. ``https://*.tile.openstreetmap.org``.

    Leaflet's ``{s}`` subdomain placeholder (or any ``{...}`` in the host) becomes a ``*``
    wildcard label; an empty URL gives no source at all.
    """
    if not tile_url.strip():
        return []
    parts = urlsplit(tile_url.strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return []
    host = _PLACEHOLDER.sub("*", parts.netloc)
    if not host.replace("*", "").strip("."):
        return []
    return [f"{parts.scheme}://{host}"]
