"""Parts of staff pages rendered once per viewer and data version, and reused until the data
they show changes.

A staff page's costly parts (the start page's lists, the incident list's rows) show the same
HTML to the same viewer until something they show is written. The view computes a **key**:
``viewer_key(request, version, …)`` — the data version (``est_incidents.picture_cache.
data_version()``, read from PostgreSQL on every request, so it changes on every instance at once
with every committed write to a watched table), the day, the language, and the viewer: the user
and the memberships read afresh with the user on this request. The template wraps the part in
``{% fragment key "name" %}…{% endfragment %}`` (``hjo_safety/templatetags/fragments.py``): on a
hit the part's querysets are never evaluated.

Rules that keep it correct:

- The user is part of the key: nothing rendered for one viewer is served to another, and a
  membership change (a different key) takes effect on the next request.
- Only data in the watched tables may be shown inside a fragment, and never messages. Forms may:
  a fragment is rendered with ``CSRF_PLACEHOLDER`` as its CSRF token, which the tag replaces with
  the request's own token on every use. A form bound to submitted data (shown with its errors)
  must not be inside a kept fragment: its view passes the key None.
- ``key`` None (SQLite, the demo) renders every time.

Entries live in an LRU in each process, bounded in entries and in characters; entries of old
versions are never read again and fall out.
"""

import threading
from collections import OrderedDict

from django.utils import timezone
from django.utils.translation import get_language

from hjo_safety import permissions

MAX_ENTRIES = 512
MAX_CHARS = 24_000_000  # ~24 MB of HTML per process, whatever the size of each part
CSRF_PLACEHOLDER = "hjo-fragment-csrf-placeholder-5d1e0b"

_entries: OrderedDict = OrderedDict()
_lock = threading.Lock()
_size = {"chars": 0}


def viewer_key(request, version, *parts) -> tuple | None:
    """The key of this request's fragments, or None when nothing may be cached."""
    if version is None:
        return None
    request.hjo_data_version = version  # the footer is kept under it too (templatetags/chrome.py)
    user = request.user
    info = permissions.access(user)
    return (
        version,
        timezone.localdate(),
        get_language(),
        user.pk,
        info.coordinator,
        tuple(sorted(info.organisation_ids)),
        tuple(sorted(info.admin_organisation_ids)),
        *parts,
    )


def get_or_render(key: tuple, render) -> str:
    with _lock:
        html = _entries.get(key)
        if html is not None:
            _entries.move_to_end(key)
            return html
    html = render()
    if len(html) > MAX_CHARS // 8:  # one huge part would push out everything else
        return html
    with _lock:
        previous = _entries.pop(key, None)
        if previous is not None:
            _size["chars"] -= len(previous)
        _entries[key] = html
        _size["chars"] += len(html)
        while len(_entries) > MAX_ENTRIES or _size["chars"] > MAX_CHARS:
            _key, dropped = _entries.popitem(last=False)
            _size["chars"] -= len(dropped)
    return html


def clear():
    with _lock:
        _entries.clear()
        _size["chars"] = 0
