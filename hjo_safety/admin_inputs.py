"""Admin input that Django itself turns into a 500.

``refuse_unsafe_lookups`` and ``validate_object_path`` run before every admin view (see
``HjoAdminSite.admin_view``). Django's changelist lets any lookup on a model's own fields
through its query string, ``?description__regex=(`` included: PostgreSQL refuses the invalid
regular expression with ``DataError``, a 500. Regular expressions are also an easy way to make
the database work hard (catastrophic backtracking), and no page of ours links to one: they are
refused with a 400 (``DisallowedModelAdminLookup``, a ``SuspiciousOperation``).
django-simple-history's version page (``<id>/history/<version>/``) looks both ids up without
checking them: a non-numeric one raised ``ValueError``; it is a 404 now.

The date hierarchy:

Django's ``ChangeList`` builds the date hierarchy's bounds from ``<field>__year``, ``__month`` and
``__day`` and only catches ``ValueError`` while making the first date: a year such as
``10000000000`` raises ``OverflowError``, and year 9999 fails later when the next year (10000)
is computed. Both were 500s (found by the hypothesis tests in ``tests/security``). The mixin
checks the same arithmetic first and raises ``IncorrectLookupParameters``, which the admin
answers like any other bad filter: a redirect to the list with ``?e=1``.
"""

from datetime import datetime, timedelta

from django.contrib.admin.exceptions import DisallowedModelAdminLookup
from django.contrib.admin.options import IncorrectLookupParameters, ModelAdmin
from django.contrib.admin.utils import unquote
from django.core.exceptions import BadRequest, FieldDoesNotExist, ValidationError
from django.db.models.constants import LOOKUP_SEP
from django.http import Http404
from django.utils.timezone import make_aware

UNSAFE_LOOKUPS = frozenset({"regex", "iregex"})
YEAR_LOOKUPS = frozenset({"year", "iso_year"})
# Years whose bounds (1 January to 31 December, made aware) Python's dates can hold.
YEAR_RANGE = range(1, 9999)


def refuse_unsafe_lookups(request) -> None:
    """400 for a regular-expression lookup in the query string (``?description__regex=(``), and
    for a year lookup outside the years Python's dates hold (``?due_date__year=0`` raised
    ``ValueError`` while the query was compiled, a 500)."""
    for key, values in request.GET.lists():
        parts = set(key.lower().split(LOOKUP_SEP))
        if UNSAFE_LOOKUPS & parts:
            raise DisallowedModelAdminLookup(f"Filtering by {key} not allowed")
        if YEAR_LOOKUPS & parts and not all(_is_year(value) for value in values if value.strip()):
            raise BadRequest(f"{key}: not a year between 1 and 9998")


def _is_year(value: str) -> bool:
    value = value.strip()
    return value.isascii() and value.lstrip("-").isdigit() and int(value) in YEAR_RANGE


def validate_object_path(view, args, kwargs) -> None:
    """404 for an object id the model's primary key cannot hold, or a version id that is not a
    number, before the view runs a query with it."""
    model_admin = getattr(view, "__self__", None)
    if not isinstance(model_admin, ModelAdmin):
        return
    object_id = kwargs.get("object_id", args[0] if args else None)
    version_id = kwargs.get("version_id", args[1] if len(args) > 1 else None)
    if object_id is not None:
        try:
            model_admin.model._meta.pk.to_python(unquote(str(object_id)))
        except (ValidationError, ValueError, OverflowError) as error:
            raise Http404 from error
    if version_id is not None and not (str(version_id).isascii() and str(version_id).isdigit()):
        raise Http404


class SafeDateHierarchyMixin:
    def get_changelist_instance(self, request):
        name = self.date_hierarchy
        if name and f"{name}__year" in request.GET:
            parts = [request.GET.get(f"{name}__{part}") for part in ("year", "month", "day")]
            try:
                start = datetime(*(int(part) if part else 1 for part in parts))
                # The bounds Django computes next: a day, a month (+32 days) or a year later.
                make_aware(start + timedelta(days=32))
                make_aware(start.replace(year=start.year + 1))
            except (OverflowError, ValueError) as error:
                raise IncorrectLookupParameters(error) from error
        return super().get_changelist_instance(request)


class SafeInitialDataMixin:
    """The add form takes initial values from the query string (``?organisation=3``); a value a
    relation's key cannot hold (``?organisation=(``) is dropped instead of failing the page."""

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        for name in list(initial):
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if not field.is_relation or field.target_field is None:
                continue
            values = initial[name] if isinstance(initial[name], list) else [initial[name]]
            try:
                for value in values:
                    field.target_field.to_python(value)
            except (ValidationError, ValueError, TypeError, OverflowError):
                del initial[name]
        return initial
