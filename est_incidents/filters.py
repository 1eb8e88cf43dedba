"""The incident filters shared by the list, the CSV export and the map (django-filter).

The parameters are Swedish, short and kept in the URL, so a filtered list can be bookmarked,
shared with a colleague and exported as it is: ``?fran=2026-01-01&till=2026-03-31&kategori=3
&plats=2&organisation=4&status=new&q=klotter&mina=1&delade=1`` (``mina``: the user's own
reports; ``delade=1`` keeps the incidents other organisations have shared with the user's,
``Incident.objects.shared_with``).
"""

from datetime import timedelta

import django_filters
from django.utils.translation import gettext_lazy as _
from django_filters import fields as filter_fields

from est_incidents.models import Category, Incident, Place
from hjo_safety import permissions, widgets
from hjo_safety.dates import DATE_BOUNDS_VALIDATORS, local_midnight
from hjo_safety.models import Organisation
from hjo_safety.statements import Statement
from hjo_safety.widgets import FastSelect, LabelFieldMixin, ListModelChoiceIterator


class _ListChoiceIterator(filter_fields.ModelChoiceIterator, ListModelChoiceIterator):
    """django-filter's iterator (its null choice) over one plain query."""


class _ListModelChoiceField(LabelFieldMixin, filter_fields.ModelChoiceField):
    iterator = _ListChoiceIterator
    widget = FastSelect


class ListModelChoiceFilter(django_filters.ModelChoiceFilter):
    """A model choice filter for long lists (places, organisations): ``hjo_safety.widgets``."""

    field_class = _ListModelChoiceField


# The options of the category and place selects, shown on every view of the list and the map:
# their statements compiled once per process (``hjo_safety.statements``; the category's tree
# order alone took a millisecond to compile), the labels as ``str(category)``/``str(place)``.
_CATEGORY_ROWS = Statement(
    lambda: Category.objects.in_tree_order().values_list("pk", "name", "parent__name")
)
_PLACE_ROWS = Statement(lambda: Place.objects.order_by("name").values_list("pk", "name"))


def category_options() -> list[tuple]:
    return [
        (pk, name if parent is None else f"{parent} – {name}")
        for pk, name, parent in _CATEGORY_ROWS.rows()
    ]


def place_options() -> list[tuple]:
    return _PLACE_ROWS.rows()


# Dates far outside the registry's life are typos (and 9999-12-31 + 1 day overflows).
FILTER_DATE_VALIDATORS = DATE_BOUNDS_VALIDATORS


class FlagCheckbox(widgets.CheckboxInput):
    """A checkbox that submits ``1`` (``?mina=1``), not the browser's default ``on``."""

    def format_value(self, value):
        return "1"


class IncidentFilter(django_filters.FilterSet):
    fran = django_filters.DateFilter(
        label=_("Från och med"),
        method="filter_from",
        widget=widgets.DateInput,
        validators=FILTER_DATE_VALIDATORS,
    )
    till = django_filters.DateFilter(
        label=_("Till och med"),
        method="filter_to",
        widget=widgets.DateInput,
        validators=FILTER_DATE_VALIDATORS,
    )
    kategori = ListModelChoiceFilter(
        label=_("Kategori"),
        queryset=Category.objects.none(),
        method="filter_category",
        empty_label=_("Alla kategorier"),
        options=category_options,  # the rows of Category.objects.in_tree_order()
    )
    plats = ListModelChoiceFilter(
        label=_("Plats"),
        field_name="place",
        queryset=Place.objects.order_by("name"),
        empty_label=_("Alla platser"),
        options=place_options,  # the rows of the queryset above
    )
    organisation = ListModelChoiceFilter(
        label=_("Organisation"),
        field_name="organisation",
        queryset=Organisation.objects.none(),
        empty_label=_("Alla organisationer"),
        label_field="name",  # str(organisation)
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Incident.Status.choices,
        empty_label=_("Alla"),
        widget=widgets.Select,
    )
    q = django_filters.CharFilter(
        label=_("Sök i text"), method="filter_text", widget=widgets.TextInput
    )
    mina = django_filters.BooleanFilter(
        label=_("Mina rapporter"), method="filter_mine", widget=FlagCheckbox
    )
    delade = django_filters.BooleanFilter(
        label=_("Delade med oss"),
        method="filter_shared",
        widget=widgets.CheckboxInput,
        help_text=_("Bara händelser som andra organisationer har delat med er."),
    )

    class Meta:
        model = Incident
        fields = []

    def __init__(self, data=None, *args, user, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.user = user
        self.filters["kategori"].queryset = Category.objects.in_tree_order()
        organisations = Organisation.objects.visible_to(user).order_by("name")
        if permissions.is_coordinator(user) or len(permissions.organisation_ids(user)) > 1:
            self.filters["organisation"].queryset = organisations
        else:
            del self.filters["organisation"]

    def filter_from(self, queryset, name, value):
        return queryset.filter(occurred_at__gte=local_midnight(value))

    def filter_to(self, queryset, name, value):
        return queryset.filter(occurred_at__lt=local_midnight(value + timedelta(days=1)))

    def filter_category(self, queryset, name, value):
        return queryset.in_category(value)

    def filter_mine(self, queryset, name, value):
        return queryset.filter(reported_by=self.user) if value else queryset

    def filter_text(self, queryset, name, value):
        return queryset.search(value) if value.strip() else queryset

    def filter_shared(self, queryset, name, value):
        return queryset.shared_with(self.user) if value else queryset

    @property
    def active_filters(self):
        """Whether any filter is in use (to offer "clear filters")."""
        return self.is_bound and any(
            self.form.cleaned_data.get(name) not in (None, "", False) for name in self.filters
        )


def filtered_incidents(request):
    """The incidents the user may see, filtered by the request's parameters.

    Returns the filterset (for the form) and the queryset, newest first.
    """
    base = Incident.objects.visible_to(request.user)
    filterset = IncidentFilter(request.GET or None, queryset=base, user=request.user)
    return filterset, filterset.qs


def export_description(filterset) -> str:
    """The export's filters for the access log, e.g. ``fran=2026-01-01 kategori=Klotter``.

    The text search's words are typed by staff and may name someone, so only the fact that a
    search was used is kept, never its words."""
    if not filterset.is_bound or not filterset.is_valid():
        return ""
    parts = []
    for name, value in filterset.form.cleaned_data.items():
        if value in (None, "", False):
            continue
        if name == "q":
            parts.append(f"{name}=(sökord, sparas inte)")
        elif value is True:
            parts.append(name)
        else:
            parts.append(f"{name}={value}")
    return " ".join(parts)
