"""The situation picture, computed and rendered once per (period, filters, data version, viewer
scope) and reused until the data it shows changes.

Computing a picture and rendering its body (charts, grid, tables) are the page's main costs;
between two writes every viewer of the same period and filters gets the same numbers,
and every viewer of the same **scope** (exact, or suppressed with the same own organisations:
``disclosure.py``) the same HTML. So the computed picture is kept per process under a key of
the period, the filters, the day (open actions' due dates are shown against it) and the
**data version**, and the viewer's picture and rendered body under that key plus the viewer's
scope and language.

The data version is ``hjo_safety.cache.data_version()``: every organisation's scope, since a
picture counts every organisation's incidents (suppressed as ``disclosure.py`` decides). It is
read from PostgreSQL in one small query on every view and bumped by the version triggers in the
same transaction as every write to a table the picture shows (the incidents, police events, EST
actions and meetings, places, categories and organisations, Brå's statistics: each model's
``Meta.triggers``), so it is the same on every instance at once. Entries live in
``caches["fragments"]`` under keys ``hjo_safety.cache`` makes; those of old versions are never
read again and fall out. Another organisation's suppressed numbers cannot be served: the viewer's
scope is part of the key. Elsewhere (SQLite, the demo) nothing is cached.
"""

from django.db import connection
from django.utils import timezone
from django.utils.translation import get_language

from est_incidents.disclosure import is_exact_for, picture_for_viewer
from est_incidents.situation import own_organisations, own_part, situation_with_parts
from hjo_safety import cache, permissions
from hjo_safety.cache import data_version


def versioned(name: str, *parts, compute):
    """``compute()``, kept under ``name``, ``parts`` and the data version: for other summaries
    of the watched tables (the start page's reporting coverage). Computed every time where
    nothing is cached."""
    version = data_version()
    if version is None:
        return compute()
    return cache.get_or_set(name, (version, *parts), compute)


def viewer_scope(user, organisation=None) -> str:
    """Viewers of one scope see the same picture: exact, or suppressed keeping the same own
    organisations' rows exact."""
    if is_exact_for(user, organisation):
        return "exact"
    return "own:" + ",".join(str(pk) for pk in sorted(permissions.organisation_ids(user)))


class LivePicture:
    """A live picture as one viewer may see it, with a key for its rendered fragments
    (``None``: render them every time)."""

    def __init__(self, picture: dict, key: tuple | None):
        self.picture, self.key = picture, key

    def fragment(self, name: str, render) -> str:
        if self.key is None:
            return render()
        return cache.get_or_set("picture-part", (*self.key, name), render)


def frozen_picture(meeting, user) -> LivePicture:
    """A held meeting's frozen picture as ``user`` may see it. The stored picture never changes
    once the meeting is held (a database trigger refuses it: migration 0011), so its viewer
    copies and fragments are kept per (meeting, freezing time, viewer scope, language)."""
    picture = meeting.frozen_picture
    if not picture or connection.vendor != "postgresql":
        return LivePicture(picture_for_viewer(picture, user), None)
    key = (
        "frozen",
        meeting.pk,
        meeting.picture_computed_at,
        picture.get("computed_at"),
        viewer_scope(user),
        get_language(),
    )
    shown = cache.get_or_set("picture-shown", key, lambda: picture_for_viewer(picture, user))
    return LivePicture(shown, key)


def live_picture(user, period, *, place=None, category=None, organisation=None) -> LivePicture:
    """``compute_situation(period, …)`` as ``user`` may see it, from the cache when it can be.
    The viewer's own part (``situation.own_part``) is summed in the same queries as the picture
    and kept with it, per the own organisations."""
    filters = {"place": place, "category": category, "organisation": organisation}
    version = data_version()

    def computed(parts):
        """The exact picture and the own parts of ``parts`` (organisation ids), in one pass."""
        if version is None:
            return situation_with_parts(period, parts=parts, **filters)
        key = (
            version,
            period.start,
            period.end,
            *(getattr(value, "pk", None) for value in filters.values()),
            timezone.localdate(),
            "with-parts",  # the whole and the parts: (picture, {pk: cells})
            *parts,
        )
        return cache.get_or_set(
            "picture", key, lambda: situation_with_parts(period, parts=parts, **filters)
        )

    def shown():
        exact = is_exact_for(user, organisation)
        parts = [] if exact else own_organisations(user, organisation=organisation)
        picture, own = computed(parts)
        return picture_for_viewer(
            picture, user, organisation=organisation, own=None if exact else own_part(own)
        )

    if version is None:
        return LivePicture(shown(), None)
    key = (
        version,
        period.start,
        period.end,
        *(getattr(value, "pk", None) for value in filters.values()),
        timezone.localdate(),
        viewer_scope(user, organisation),
        get_language(),
    )

    return LivePicture(cache.get_or_set("picture-shown", key, shown), key)
