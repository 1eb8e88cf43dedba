"""What the portal keeps between requests: the data versions, every cache key, and how a kept
part is read or rendered. (Zulip's ``zerver/lib/cache.py`` is the model: one module owns keys
and invalidation.)

**Data versions.** ``DataVersion`` rows count the writes to every table a kept part shows, per
**scope**: an organisation's id, or ``SHARED`` (0) for data every viewer may see (places,
categories, the council, contact details, statistics …). Statement-level triggers declared on
the models with django-pgtrigger (``version_triggers()`` in each model's ``Meta.triggers``)
bump the scopes a statement touched, in the same transaction as the write, so the version
changes on every worker and instance at once, exactly when the new data becomes visible. A
write to an incident bumps its organisation and the organisations it is shared with; a write to
a table without an organisation bumps ``SHARED``. A version is read in one small query
(``data_version``: all scopes, for parts that show every organisation's data;
``viewer_version``: the viewer's organisations and ``SHARED``; ``shared_version``): the slots'
count, sum and the sum of their transaction ids, so a restore of the version table changes it
too. ``bump()`` (and ``manage.py bump_data_version``) bumps by hand: after a restore with
triggers off, or a bulk write that bypasses them.

**Kept parts** live in ``caches["fragments"]`` (``CACHE_ALIAS``): a bounded ``LocMemCache`` per
process by default, Redis or Memcached by settings alone, a ``DummyCache`` with
``FRAGMENT_CACHE_ENABLED`` off. Keys are ``kind:sha256(parts)`` with the version among the parts,
so an entry of an old version is never read again and falls out. An entry larger than
``FRAGMENT_CACHE_MAX_ENTRY_BYTES`` (pickled) is not kept, so a worker holds at most
``MAX_ENTRIES`` × that. Only data of tables with a version trigger may be shown in a kept part
(``tests/hjo_safety/test_cache_coverage.py`` renders every kept part and checks).

**CSRF tokens in kept HTML** (``get_or_render_html``): a part is rendered with a random
placeholder drawn for that entry and stored with it, and each request puts its own token in its
place; user text cannot contain a value drawn after it was written.
"""

import contextvars
import hashlib
import pickle  # nosec B403 — only to measure our own values' size, never to load
import secrets
from collections.abc import Callable, Iterable

import pgtrigger
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.db import connection
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import get_language

from hjo_safety import permissions

CACHE_ALIAS = "fragments"
SHARED = 0
SLOTS = 16  # writers bump one of 16 rows per scope (their backend pid mod 16): few waits
VERSION_TABLE = "hjo_safety_dataversion"
CSRF_PLACEHOLDER_PREFIX = "hjo-csrf-"
# Every kind of kept value: a new kind must be declared here, and the coverage test
# (tests/hjo_safety/test_cache_coverage.py) fails until it renders it.
KINDS = frozenset(
    {
        "fragment",  # {% fragment %} parts of staff pages
        "header",  # the chrome: templatetags/chrome.py
        "footer",
        "filter-fields",  # est_incidents/templatetags/est_filter_tags.py
        "picture",  # est_incidents/picture_cache.py: the computed picture,
        "picture-shown",  # as a viewer scope may see it,
        "picture-part",  # and its rendered parts
        "coverage",  # est_incidents/coverage.py, through picture_cache.versioned
        "menu-count",  # est_incidents/context_processors.py: the staff menu's waiting shares
    }
)
# Sent with ``kind`` after a kept value was computed (a miss): the coverage test listens.
computed = Signal()
_computing: contextvars.ContextVar[str | None] = contextvars.ContextVar("computing", default=None)

# --- Data versions ------------------------------------------------------------------------------

_VERSION_SQL = (
    "SELECT count(*) || '.' || coalesce(sum(n), 0) || '.' "  # nosec B608 — constants
    f"|| coalesce(sum(xmin::text::bigint), 0) FROM {VERSION_TABLE}"
)


def _read(where: str = "", params: Iterable = ()) -> str | None:
    if connection.vendor != "postgresql":  # the SQLite demo keeps nothing
        return None
    with connection.cursor() as cursor:
        cursor.execute(f"{_VERSION_SQL}{where}", list(params))
        return cursor.fetchone()[0]


def data_version(*, always: bool = False) -> str | None:
    """Every scope's version: for parts that show (counts of) every organisation's data. None
    (and no query) with kept parts off, unless ``always``: nothing is kept under it then."""
    if not always and not keeps():
        return None
    return _read()


def shared_version() -> str | None:
    """The version of the data every viewer sees alike (choices, council, contact details).
    Read even with kept parts off: the public pages' cache (``public_cache.py``) uses it too."""
    return _read(" WHERE scope = %s", [SHARED])


def organisations_version(organisation_ids: Iterable[int]) -> str | None:
    """The version of what members of ``organisation_ids`` see: theirs, shared to them (a share
    bumps the receiver too) and ``SHARED``."""
    if not keeps():  # nothing is kept under it: no query
        return None
    scopes = sorted({SHARED, *organisation_ids})
    return _read(" WHERE scope = ANY(%s)", [scopes])


def viewer_version(user) -> str | None:
    """The version of what ``user`` may see: all scopes for a coordinator."""
    info = permissions.access(user)
    if info.coordinator:
        return data_version()
    return organisations_version(info.organisation_ids)


def bump(*organisation_ids: int) -> None:
    """Bump the versions of ``organisation_ids`` (none given: ``SHARED``, which every version
    includes, so every kept part is renewed), in the current transaction."""
    if connection.vendor != "postgresql":
        return
    scopes = sorted(set(organisation_ids)) or [SHARED]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {VERSION_TABLE} AS v (scope, slot, n) "  # nosec B608 — constants
            f"SELECT s, mod(pg_backend_pid(), {SLOTS}), 1 FROM unnest(%s::bigint[]) AS s "
            "ORDER BY s ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1",
            [scopes],
        )


# --- The triggers that bump them ------------------------------------------------------------------

_BUMP_SQL = (
    f"INSERT INTO {VERSION_TABLE} AS v (scope, slot, n) "  # nosec B608 — trigger SQL from constants
    "SELECT DISTINCT coalesce(changed.scope, {shared}), mod(pg_backend_pid(), {slots}), 1 "
    "FROM ({select}) AS changed (scope) ORDER BY 1 "
    "ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1;"
)


def _bump_sql(select: str) -> str:
    return _BUMP_SQL.format(shared=SHARED, slots=SLOTS, select=select)


_BUMP_SHARED = _bump_sql(f"SELECT {SHARED}") + " RETURN NULL;"


def version_triggers(
    organisations: str | None = None, *, columns: tuple[str, ...] = (), inserts: bool = True
) -> list[pgtrigger.Trigger]:
    """The statement-level triggers that bump the data version on every write to a model's
    table, for its ``Meta.triggers``.

    ``organisations``: a SELECT of the organisation ids a set of rows belongs to, with ``{rows}``
    for the rows (a transition table); without it every write bumps ``SHARED``. ``columns``: bump
    only on an UPDATE of these columns (a user's name, not a login's timestamp). ``inserts``
    False: not on an INSERT (history rows, inserted only with a write that bumps already).
    """
    if columns:
        return [
            pgtrigger.Trigger(
                name="data_version",
                level=pgtrigger.Statement,
                when=pgtrigger.After,
                operation=pgtrigger.UpdateOf(*columns),
                func=_BUMP_SHARED,
            )
        ]
    if organisations is None:
        return [
            pgtrigger.Trigger(
                name="data_version",
                level=pgtrigger.Statement,
                when=pgtrigger.After,
                operation=pgtrigger.Insert
                | pgtrigger.Update
                | pgtrigger.Delete
                | pgtrigger.Truncate,
                func=_BUMP_SHARED,
            )
        ]

    def bump_rows(*tables: str) -> str:
        select = " UNION ALL ".join(organisations.format(rows=table) for table in tables)
        # Rows whose organisation cannot be found any more (a parent deleted first) bump
        # SHARED: never too little.
        return (
            f"{_bump_sql(select)} IF NOT FOUND AND EXISTS (SELECT 1 FROM {tables[0]}) THEN "  # nosec B608
            f"{_bump_sql(f'SELECT {SHARED}')} END IF; RETURN NULL;"
        )

    def trigger(name, operation, referencing, *tables):
        return pgtrigger.Trigger(
            name=name,
            level=pgtrigger.Statement,
            when=pgtrigger.After,
            operation=operation,
            referencing=referencing,
            func=bump_rows(*tables),
        )

    triggers = [
        trigger(
            "data_version_update",
            pgtrigger.Update,
            pgtrigger.Referencing(old="old_rows", new="new_rows"),
            "new_rows",
            "old_rows",
        ),
        trigger(
            "data_version_delete",
            pgtrigger.Delete,
            pgtrigger.Referencing(old="old_rows"),
            "old_rows",
        ),
        pgtrigger.Trigger(
            name="data_version_truncate",
            level=pgtrigger.Statement,
            when=pgtrigger.After,
            operation=pgtrigger.Truncate,
            func=_BUMP_SHARED,
        ),
    ]
    if inserts:
        triggers.append(
            trigger(
                "data_version_insert",
                pgtrigger.Insert,
                pgtrigger.Referencing(new="new_rows"),
                "new_rows",
            )
        )
    return triggers


# --- Keys and kept values ---------------------------------------------------------------------------


def key(kind: str, *parts) -> str:
    """The cache key of a kept value: short and safe for every backend (Memcached's 250
    characters), whatever the parts."""
    return f"{kind}:{hashlib.sha256(repr(parts).encode()).hexdigest()}"


def _cache():
    return caches[CACHE_ALIAS]


def keeps() -> bool:
    """Whether kept parts are kept at all (not with ``FRAGMENT_CACHE_ENABLED`` off)."""
    return not isinstance(_cache(), DummyCache)


def get_or_set(kind: str, parts: tuple, compute: Callable):
    """``compute()``, kept under ``kind`` and ``parts`` (which must hold the data version the
    value depends on); a value too large for the byte bound is computed and not kept."""
    if kind not in KINDS:
        raise ValueError(f"Declare the kind {kind!r} in hjo_safety.cache.KINDS")
    cache = _cache()
    if isinstance(cache, DummyCache):
        return _compute(kind, compute)
    cache_key = key(kind, *parts)
    value = cache.get(cache_key)
    if value is None:
        value = _compute(kind, compute)
        size = len(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
        if size <= settings.FRAGMENT_CACHE_MAX_ENTRY_BYTES:
            cache.set(cache_key, value)
    return value


def _compute(kind: str, compute: Callable):
    token = _computing.set(kind)
    try:
        value = compute()
    finally:
        _computing.reset(token)
    computed.send(sender=None, kind=kind)
    return value


def computing() -> str | None:
    """The kind of kept value being computed now (a miss), else None: the coverage test records
    the queries made meanwhile."""
    return _computing.get()


def get_or_render_html(
    kind: str, parts: tuple, render: Callable[[str], str], token: Callable[[], str]
) -> str | None:
    """Kept HTML that may hold forms: ``render(placeholder)`` renders it with ``placeholder`` as
    the CSRF token; the placeholder is drawn for the entry and kept with it, and this request's
    ``token()`` is put in its place. None when the request has no CSRF context (render afresh)."""

    def rendered():
        placeholder = CSRF_PLACEHOLDER_PREFIX + secrets.token_hex(16)
        return (placeholder, str(render(placeholder)))

    placeholder, html = get_or_set(kind, parts, rendered)
    if placeholder in html:
        value = str(token())  # asked for only when a form needs it (the cookie is set then)
        if value == "NOTPROVIDED":  # nosec B105 — Django's "no CSRF context" marker
            return None
        html = html.replace(placeholder, value)
    return html


def clear() -> None:
    """Forget every kept value of this process's cache (tests, benchmarks)."""
    _cache().clear()


def viewer_key(request, version, *parts) -> tuple | None:
    """The parts of the key of this request's kept fragments, or None when nothing may be kept:
    the version (``viewer_version`` or ``data_version``), the day, the language and the viewer
    (the user, and the memberships read afresh with the user on this request), so nothing
    rendered for one viewer is served to another and a membership change takes effect at once."""
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
