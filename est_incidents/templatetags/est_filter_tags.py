"""The filter forms' fields (the incident list and map, the situation picture), rendered once per
(choices, user scope, query string).

The list and the map render the same filter form on every view: seven fields through crispy's
templates and long selects of every place, category and organisation — about 40 % of the list's
CPU. Its HTML depends only on the choice tables, on which organisations the user may choose
(everyone's for a coordinator, else their own), on the filter parameters in the query string
and on the language. ``{% filter_fields filter %}`` keeps rendered fields per process under a
key of exactly those, where the choice tables are represented by a **version** read from
PostgreSQL in one small query — the row count, the sum of the rows' transaction ids
(``xmin``) and the sum of a hash of each row's content, of the place, category and organisation
tables (a few hundred rows). Any insert, update or delete of a choice changes it, on every
instance at once (the content hash also within one transaction, where ``xmin`` stays the same), so a new or renamed place shows in the next page
view; entries of old versions are never read again and fall out of the bounded cache. Another
organisation's options cannot appear: the user's scope is part of the key. Elsewhere (SQLite)
the fields are rendered every time.
"""

import threading
from collections import OrderedDict

from django import template
from django.db import connection
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from hjo_safety import permissions

register = template.Library()

FIELDS_TEMPLATE = "est_incidents/incident_filter_fields.html"
SITUATION_FIELDS_TEMPLATE = "est_incidents/situation_filter_fields.html"
MAX_ENTRIES = 500
_rendered: OrderedDict = OrderedDict()
_lock = threading.Lock()

_VERSION_OF = (
    "(SELECT count(*) || '.' || coalesce(sum(xmin::text::bigint), 0) || '.' "
    "|| coalesce(sum(hashtext(t::text)::bigint), 0) FROM {table} AS t)"
)
VERSION_SQL = "SELECT " + " || '/' || ".join(
    _VERSION_OF.format(table=table)
    for table in ("est_incidents_place", "est_incidents_category", "hjo_safety_organisation")
)


def choices_version() -> str | None:
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(VERSION_SQL)
        return cursor.fetchone()[0]


def _scope(user) -> str:
    access = permissions.access(user)
    if access.coordinator:
        return "all"
    return ",".join(str(pk) for pk in sorted(access.organisation_ids))


@register.simple_tag(takes_context=True)
def filter_fields(context, filterset):
    """The filter form's fields (the ``row`` of columns), from the cache when it can be."""

    def render():
        return render_to_string(FIELDS_TEMPLATE, {"filter": filterset})

    request = context["request"]
    version = choices_version()
    if version is None:
        return render()
    query = tuple(
        (name, tuple(request.GET.getlist(name)))
        for name in sorted(filterset.filters)
        if name in request.GET
    )
    return _cached((version, _scope(request.user), get_language(), query), render)


@register.simple_tag
def situation_filter_fields(form):
    """The situation picture's filter fields (period, place, category, organisation): the same
    for every user (all active organisations are offered), keyed by the form's data or, when
    unbound, its initial period."""

    def render():
        return render_to_string(SITUATION_FIELDS_TEMPLATE, {"form": form})

    version = choices_version()
    if version is None:
        return render()
    if form.is_bound:
        values = tuple(sorted((name, tuple(form.data.getlist(name))) for name in form.data))
    else:
        values = ("initial", tuple(sorted((k, str(v)) for k, v in form.initial.items())))
    return _cached((version, "situation", get_language(), values), render)


def _cached(key, render):
    with _lock:
        html = _rendered.get(key)
        if html is not None:
            _rendered.move_to_end(key)
            return html
    html = mark_safe(render())  # noqa: S308 # nosec B308 B703 — rendered by the template, escaped there
    with _lock:
        _rendered[key] = html
        while len(_rendered) > MAX_ENTRIES:
            _rendered.popitem(last=False)
    return html
