"""The situation picture, computed and rendered once per (period, filters, data version, viewer
scope) and reused until the data it shows changes.

Computing a picture costs ~10 ms of CPU and rendering its body (charts, grid, tables) another
~15 ms; between two writes every viewer of the same period and filters gets the same numbers,
and every viewer of the same **scope** (exact, or suppressed with the same own organisations:
``disclosure.py``) the same HTML. So the computed picture is kept per process under a key of
the period, the filters, the day (open actions' due dates are shown against it) and the
**data version**, and the viewer's picture and rendered body under that key plus the viewer's
scope and language.

The data version is read from PostgreSQL in one small query on every view, so it is the same
on every instance at once (never process memory):

- the choice tables' version (``est_filter_tags.VERSION_SQL``: places, categories and
  organisations — names, centres, short names);
- ``PictureDataVersion``: statement-level triggers on the incident, police event, EST action
  and EST meeting tables (migration ``0015_picture_data_version``) bump one of 16 slots (the
  backend's pid modulo 16, so concurrent writers rarely wait for each other) in the same
  transaction as the write. The version is the slots' sum and the sum of their transaction
  ids: every committed write that can change a picture changes it, and a reader sees the new
  version exactly when it can see the new data (a version read before a concurrent commit only
  keys an entry that is never read again).

Entries of old versions are never read again and fall out of the bounded LRU. Another
organisation's suppressed numbers cannot be served: the viewer's scope is part of the key.
Elsewhere (SQLite, the demo) nothing is cached.
"""

import threading
from collections import OrderedDict

from django.db import connection
from django.utils import timezone
from django.utils.translation import get_language

from est_incidents.disclosure import is_exact_for, picture_for_viewer
from est_incidents.situation import compute_situation
from hjo_safety import permissions

# A year's picture is ~1 MB in memory (up to 3,000 map points); its fragments less. Entries are
# pictures, viewer copies and fragments alike: at most a few tens of MB per worker.
MAX_ENTRIES = 32
SLOTS = 16
VERSION_TABLE = "est_incidents_picturedataversion"
WATCHED_TABLES = (
    "est_incidents_incident",
    "est_incidents_policeevent",
    "est_incidents_estaction",
    "est_incidents_estmeeting",
)

_entries: OrderedDict = OrderedDict()
_lock = threading.Lock()


def data_version() -> str | None:
    """What the pictures' data is now, on every instance; None where nothing is cached."""
    if connection.vendor != "postgresql":
        return None
    from est_incidents.templatetags.est_filter_tags import VERSION_SQL

    with connection.cursor() as cursor:
        cursor.execute(
            f"{VERSION_SQL} || '/' || (SELECT coalesce(sum(n), 0) || '.' "  # nosec B608 — constants
            f"|| coalesce(sum(xmin::text::bigint), 0) FROM {VERSION_TABLE})"
        )
        return cursor.fetchone()[0]


def _get(key):
    with _lock:
        value = _entries.get(key)
        if value is not None:
            _entries.move_to_end(key)
        return value


def _put(key, value):
    with _lock:
        _entries[key] = value
        _entries.move_to_end(key)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def versioned(name: str, *parts, compute):
    """``compute()``, kept per process under ``name``, ``parts`` and the data version: for other
    summaries of the watched tables (the start page's reporting coverage). Computed every time
    where nothing is cached."""
    version = data_version()
    if version is None:
        return compute()
    key = (name, version, *parts)
    value = _get(key)
    return value if value is not None else _put(key, compute())


def clear():
    with _lock:
        _entries.clear()


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
        key = (*self.key, name)
        html = _get(key)
        return html if html is not None else _put(key, render())


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
    shown = _get(key)
    if shown is None:
        shown = _put(key, picture_for_viewer(picture, user))
    return LivePicture(shown, key)


def live_picture(user, period, *, place=None, category=None, organisation=None) -> LivePicture:
    """``compute_situation(period, …)`` as ``user`` may see it, from the cache when it can be."""
    filters = {"place": place, "category": category, "organisation": organisation}

    def viewer_picture():
        return picture_for_viewer(
            compute_situation(period, **filters), user, organisation=organisation
        )

    version = data_version()
    if version is None:
        return LivePicture(viewer_picture(), None)
    picture_key = (
        version,
        period.start,
        period.end,
        *(getattr(value, "pk", None) for value in filters.values()),
        timezone.localdate(),
    )
    exact = _get(picture_key)
    if exact is None:
        exact = _put(picture_key, compute_situation(period, **filters))
    key = (*picture_key, viewer_scope(user, organisation), get_language())
    shown = _get(key)
    if shown is None:
        shown = _put(key, picture_for_viewer(exact, user, organisation=organisation))
    return LivePicture(shown, key)
