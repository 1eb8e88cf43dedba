"""The incident list's rows written in Python (``est_list_tags``) are the markup the template
wrote, with every value escaped."""

import re
from datetime import UTC, datetime

import pytest
from django.template import Context, Template

from est_incidents.models import Incident
from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db

# The template loops the tags replaced, verbatim.
CARDS = """{% for incident in page_obj %}
    <li class="card mb-2"><div class="card-body p-3">
      <p class="h6 card-title mb-1"><a href="{% url 'est:incident_detail' incident.pk %}">{{ incident.category }}</a></p>
      <p class="mb-1 small"><time datetime="{{ incident.occurred_at|date:'Y-m-d\\TH:i:sO' }}">{{ incident.occurred_at|date:"Y-m-d H:i" }}</time> · {{ incident.place.name|default:incident.place_description|default:"–"|truncatechars:60 }}{% if show_organisation %} · {{ incident.organisation.display_name }}{% endif %}</p>
      <p class="mb-1 incident-snippet">{{ incident.description|truncatechars:120 }}</p>
      <span class="badge status-badge status-{{ incident.status }}">{{ incident.get_status_display }}</span>{% if incident.duplicate_of_id %} <span class="badge text-bg-light border same-event-badge">Samma händelse – räknas med en annan rapport</span>{% elif incident.same_event_reports %} <span class="badge text-bg-light border same-event-badge">Samma händelse: {{ incident.same_event_reports }} {{ incident.same_event_reports|pluralize:"rapport,rapporter" }} till</span>{% endif %}
    </div></li>
    {% endfor %}"""
ROWS = """{% for incident in page_obj %}
      <tr>
        <td class="text-nowrap"><a href="{% url 'est:incident_detail' incident.pk %}">{{ incident.occurred_at|date:"Y-m-d H:i" }}</a></td>
        <td>{{ incident.category }}</td>
        <td>{{ incident.place.name|default:incident.place_description|default:"–"|truncatechars:60 }}</td>
        {% if show_organisation %}<td>{{ incident.organisation.display_name }}</td>{% endif %}
        <td><span class="badge status-badge status-{{ incident.status }}">{{ incident.get_status_display }}</span>{% if incident.duplicate_of_id %} <span class="badge text-bg-light border same-event-badge">Samma händelse – räknas med en annan rapport</span>{% elif incident.same_event_reports %} <span class="badge text-bg-light border same-event-badge">Samma händelse: {{ incident.same_event_reports }} {{ incident.same_event_reports|pluralize:"rapport,rapporter" }} till</span>{% endif %}</td>
      </tr>
    {% endfor %}"""


def _same(html):
    return re.sub(r"\s+", " ", html).strip()


@pytest.mark.parametrize("show_organisation", [True, False])
def test_the_rows_are_the_templates_markup(org_a, show_organisation):
    IncidentFactory(
        organisation=org_a,
        occurred_at=datetime(2026, 3, 29, 0, 59, 30, 123456, tzinfo=UTC),  # DST night
        description='<script>alert("x")</script> & "citat" ' + "lång text " * 30,
    )
    IncidentFactory(
        organisation=org_a,
        place=None,
        place_description="Bakom <skolan> & " + "väldigt långt " * 10,
        status=Incident.Status.HANDLED,
    )
    last = IncidentFactory(organisation=org_a, place=None, place_description="")
    IncidentFactory(organisation=org_a, duplicate_of=last)
    page = list(
        Incident.objects.select_related("category", "place", "organisation").with_same_event_count()
    )
    context = {"page_obj": page, "show_organisation": show_organisation}
    tags = "{% load est_list_tags %}"
    for loop, tag in ((CARDS, "incident_cards"), (ROWS, "incident_table_rows")):
        expected = Template(loop).render(Context(context))
        written = Template(f"{tags}{{% {tag} page_obj show_organisation %}}").render(
            Context(context)
        )
        assert _same(written) == _same(expected)
        assert "<script>" not in written and "&lt;skolan&gt;" in written
