"""The filter forms' fields written in Python (``hjo_safety.field_html``) are crispy's markup:
the same elements, attributes, ids, classes, errors and help text (whitespace aside), for every
field of the incident list's, the map's and the situation picture's filter forms, unbound,
bound and valid, and bound with errors."""

import pytest
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django.http import QueryDict
from django.template.loader import render_to_string
from django.test.html import parse_html

from est_incidents.filters import IncidentFilter
from est_incidents.meeting_forms import SituationFilterForm
from est_incidents.models import Incident
from hjo_safety.field_html import field_html
from tests.est_incidents.factories import CategoryFactory, PlaceFactory

QUERIES = [
    None,
    "status=handled&mina=1&q=klotter&fran=2026-01-01",
    "fran=2026-13-45&till=nej&status=okänd&plats=999999&kategori=x&organisation=0",
]


def same(make_form) -> None:
    """Each field of two forms made alike, one rendered by each (both set the widget's
    classes on the widget itself)."""
    ours, theirs = make_form(), make_form()
    for name in ours.fields:
        html, expected = field_html(ours[name]), as_crispy_field(theirs[name])
        assert parse_html(html) == parse_html(expected), f"{name}:\n{html}\n!=\n{expected}"


@pytest.fixture
def choices(db):
    place = PlaceFactory(name="Torget <&>")
    vandalism = CategoryFactory(name="Skadegörelse & <annat>")
    CategoryFactory(name="Klotter", parent=vandalism)
    return place


@pytest.mark.parametrize("query", QUERIES)
def test_incident_filter_fields_are_crispys(choices, coordinator, query):
    def make():
        data = QueryDict(query) if query else None
        filterset = IncidentFilter(data, queryset=Incident.objects.all(), user=coordinator)
        if data is not None:
            filterset.is_valid()
            assert bool(filterset.form.errors) == (query == QUERIES[2])
        return filterset.form

    same(make)


@pytest.mark.parametrize("query", QUERIES)
def test_situation_filter_fields_are_crispys(choices, query):
    def make():
        form = SituationFilterForm(QueryDict(query) if query else None)
        if query:
            assert form.is_valid() == (query != QUERIES[2])
        return form

    same(make)


def test_field_with_help_text_errors_and_required():
    from django import forms

    class Form(forms.Form):
        name = forms.CharField(label="Namn <b>", help_text="Som i <i>passet</i>")
        pick = forms.ChoiceField(choices=[("a", "A"), ("b", "B")], help_text="Välj")
        ok = forms.BooleanField(label="Jag godkänner", help_text="Obligatoriskt")
        day = forms.DateField(required=False)

    for data in (None, {"day": "nej"}, {"name": "x", "pick": "a", "ok": "on"}):

        def make(data=data):
            form = Form(data)
            if data is not None:
                form.is_valid()
            return form

        same(make)


def test_filter_templates_render_the_fields(choices, coordinator):
    """The list's and the picture's field templates use the Python rendering end to end."""
    filterset = IncidentFilter(
        QueryDict(QUERIES[2]), queryset=Incident.objects.all(), user=coordinator
    )
    filterset.is_valid()
    html = render_to_string("est_incidents/incident_filter_fields.html", {"filter": filterset})
    assert 'aria-invalid="true"' in html and "invalid-feedback" in html
    assert "Torget &lt;&amp;&gt;" in html
    form = SituationFilterForm(QueryDict(QUERIES[2]))
    form.is_valid()
    html = render_to_string("est_incidents/situation_filter_fields.html", {"form": form})
    assert 'id="div_id_fran"' in html and "is-invalid" in html


def test_options_read_without_instances_are_the_same(choices, coordinator):
    """Fields with ``label_field`` (places, organisations) or their own ``options`` (the list's
    categories and places, from statements compiled once) offer the same values and labels as
    when each option is an instance (``str(obj)``)."""
    from est_incidents.models import Category
    from hjo_safety.models import Organisation
    from tests.hjo_safety.factories import OrganisationFactory

    OrganisationFactory(name="Polisen & <Hjo>")
    filterset = IncidentFilter(None, queryset=Incident.objects.all(), user=coordinator)
    form = SituationFilterForm(None)
    fields = [
        (filterset.form.fields["kategori"], Category.objects.in_tree_order()),
        (filterset.form.fields["plats"], choices.__class__.objects.order_by("name")),
        (
            filterset.form.fields["organisation"],
            Organisation.objects.visible_to(coordinator).order_by("name"),
        ),
        (form.fields["place"], choices.__class__.objects.all()),
        (form.fields["organisation"], Organisation.objects.active()),
    ]
    for field, queryset in fields:
        assert field.label_field == "name" or field.options is not None
        shown = [(str(value), str(label)) for value, label in field.choices]
        expected = [("", str(field.empty_label))] + [(str(o.pk), str(o)) for o in queryset]
        assert shown == expected
        assert len(shown) > 1
