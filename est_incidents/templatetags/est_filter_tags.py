"""The filter forms' fields (the incident list and map, the situation picture), rendered once per
(choices, user scope, query string).

The list and the map render the same filter form on every view: seven fields through crispy's
templates and long selects of every place, category and organisation — about 40 % of the list's
CPU. Its HTML depends only on the choice tables, on which organisations the user may choose
(everyone's for a coordinator, else their own), on the filter parameters in the query string
and on the language. ``{% filter_fields filter %}`` keeps rendered fields in
``caches["fragments"]`` (``hjo_safety.cache``) under a key of exactly those, where the choice
tables are represented by the **shared data version** (``hjo_safety.cache.shared_version()``):
the version triggers on the place, category and organisation tables bump it in the same
transaction as any insert, update or delete, on every instance at once, so a new or renamed place
shows in the next page view; entries of old versions are never read again and fall out. Another
organisation's options cannot appear: the user's scope is part of the key. Elsewhere (SQLite)
the fields are rendered every time.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from hjo_safety import cache, permissions

register = template.Library()

FIELDS_TEMPLATE = "est_incidents/incident_filter_fields.html"
SITUATION_FIELDS_TEMPLATE = "est_incidents/situation_filter_fields.html"


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
    version = cache.shared_version() if cache.keeps() else None
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

    version = cache.shared_version() if cache.keeps() else None
    if version is None:
        return render()
    if form.is_bound:
        values = tuple(sorted((name, tuple(form.data.getlist(name))) for name in form.data))
    else:
        values = ("initial", tuple(sorted((k, str(v)) for k, v in form.initial.items())))
    return _cached((version, "situation", get_language(), values), render)


def _cached(key, render):
    return mark_safe(cache.get_or_set("filter-fields", key, lambda: str(render())))  # nosec B308 B703 — rendered by the template, escaped there
