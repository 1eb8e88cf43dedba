"""Issue 11, point 8: every date and datetime, in the portal and the admin, lies within
2000–2100 — one definition (``hjo_safety.dates``), validated by the forms with a Swedish message
and refused by the database (a check constraint on every date and datetime column)."""

from datetime import UTC, date, datetime

import pytest
from django.apps import apps
from django.db import IntegrityError, models, transaction

from est_incidents.models import Category, Incident, Place
from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db

OUR_APPS = ("hjo_safety", "est_incidents", "bra_council", "citizen_promises")


def _bounded(model, field) -> bool:
    if any(getattr(v, "limit_value", None) in (date(2000, 1, 1),) for v in field.validators):
        return True
    return any(
        isinstance(c, models.CheckConstraint) and c.name.endswith(f"_{field.name}_in_range")
        for c in model._meta.constraints
    )


def test_every_date_and_datetime_field_is_bounded():
    missing = []
    for app in OUR_APPS:
        for model in apps.get_app_config(app).get_models():
            if model.__name__.startswith("Historical"):
                continue  # history rows copy values the model already refused outside the range
            if model._meta.proxy:
                continue  # no columns of its own (the version triggers' proxies, hjo_safety/cache.py)
            for field in model._meta.concrete_fields:
                if isinstance(field, models.DateField) and not _bounded(model, field):
                    missing.append(f"{model._meta.label}.{field.name}")
    assert not missing, (
        "Date/datetime fields without the 2000–2100 check constraint "
        "(add them with hjo_safety.dates.date_range_constraints in Meta.constraints): "
        + ", ".join(missing)
    )


def test_admin_add_incident_in_year_1_is_a_form_error_and_nothing_is_stored(
    client_for, org_admin_a, org_a, est_reference_data
):
    """The issue's case: `0001-01-01 00:30` in the admin."""
    data = {
        "organisation": org_a.pk,
        "category": Category.objects.filter(parent__isnull=False).first().pk,
        "status": "new",
        "handling_note": "",
        "occurred_at_0": "0001-01-01",
        "occurred_at_1": "00:30",
        "place": Place.objects.first().pk,
        "place_description": "",
        "description": "Klotter på väggen.",
        "police_notified": "no",
        "people_involved": "",
    }
    response = client_for(org_admin_a).post("/admin/est_incidents/incident/add/", data)
    assert response.status_code == 200
    assert "från år 2000 till och med år 2100" in response.content.decode()
    assert not Incident.objects.exists()
    # The incident list and the export still answer.
    assert client_for(org_admin_a).get("/admin/est_incidents/incident/").status_code == 200


def test_the_database_refuses_a_raw_year_1(org_a):
    incident = IncidentFactory(organisation=org_a)
    with pytest.raises(IntegrityError), transaction.atomic():
        Incident.objects.filter(pk=incident.pk).update(
            occurred_at=datetime(1, 1, 1, 0, 30, tzinfo=UTC)
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        Incident.objects.filter(pk=incident.pk).update(
            occurred_at=datetime(2101, 1, 1, 12, tzinfo=UTC)
        )
