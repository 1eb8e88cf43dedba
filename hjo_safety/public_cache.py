"""A cache of the public pages for anonymous visitors, shared by every worker and instance.

Citizens read the same start page, council page, promises and contact page: rendering each
for every visit is the bulk of their cost. ``cache_public_page`` keeps the rendered page in the
``public_pages`` cache (a database table, so every gunicorn worker and every instance behind
the load balancer sees one cache and one invalidation) for ``PUBLIC_PAGE_CACHE_SECONDS``.

Correctness rules:

- Only anonymous GET/HEAD requests without a session or messages cookie are served from the
  cache (a cookie means the page may be personal: logged in, or a flash message). Checking the
  cookie, not ``request.user``, keeps a hit free of session queries.
- A page that rendered a CSRF token, set a cookie, or answered anything but 200 is not stored.
- The key is the path with its query string, the language, the host and the **shared data
  version** (``hjo_safety.cache.shared_version()``, one small query): the version triggers on
  the council's, the statistics' and the contact details' tables bump it in the same transaction
  as any write, however it is made, and a page of an older version is never served again.
- Content without a version trigger (the promises) invalidates by hand: every admin that edits
  public content mixes in ``InvalidatesPublicPagesAdmin`` (services call
  ``invalidate_public_pages()``), which bumps the shared version in the same transaction. The
  time limit bounds what changes without a write (the next council meeting once a meeting has
  passed; the public figures' delay).

The cache table is made by ``migrate`` (hjo_safety 0012 runs ``createcachetable``).
"""

import hashlib
import logging
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpResponse

from hjo_safety import cache as kept

CACHE_ALIAS = "public_pages"
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage.cookie_name

logger = logging.getLogger(__name__)


def _personal(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES or MESSAGES_COOKIE in request.COOKIES


def _key(request) -> str:
    raw = "|".join(
        [
            request.get_host(),
            request.get_full_path(),
            getattr(request, "LANGUAGE_CODE", ""),
            kept.shared_version() or "",
        ]
    )
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


def _storable(request, response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def cache_public_page(view):
    """Serve an anonymous visitor's GET from the shared cache; fill it on a miss."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
        if seconds <= 0 or request.method not in ("GET", "HEAD") or _personal(request):
            return view(request, *args, **kwargs)
        cache = caches[CACHE_ALIAS]
        try:
            key = _key(request)
            hit = cache.get(key)
        except DatabaseError:  # e.g. createcachetable not run: serve, do not fail
            logger.warning("public page cache unavailable", exc_info=True)
            return view(request, *args, **kwargs)
        if hit is not None:
            response = HttpResponse(hit["content"], status=hit["status"])
            for header, value in hit["headers"]:
                response[header] = value
            return response
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if _storable(request, response):
            entry = {
                "status": response.status_code,
                "content": response.content,
                "headers": [(k, v) for k, v in response.items() if k.lower() != "set-cookie"],
            }
            try:
                cache.set(key, entry, seconds)
            except DatabaseError:
                logger.warning("public page cache unavailable", exc_info=True)
        return response

    return wrapper


def invalidate_public_pages() -> None:
    """Renew every cached public page, on every instance: bumps the shared data version in the
    current transaction (so with its commit, and not at all on a rollback)."""
    kept.bump()


class InvalidatesPublicPagesAdmin:
    """Admin mixin for models shown on public pages: a save, a delete or an admin action
    (publish, unpublish, a status change) empties the cache."""

    def response_action(self, request, queryset):
        response = super().response_action(request, queryset)
        invalidate_public_pages()
        return response

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        invalidate_public_pages()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        invalidate_public_pages()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        invalidate_public_pages()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        invalidate_public_pages()
