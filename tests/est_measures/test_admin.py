"""The admin of est_measures: kinds are the coordinator's, interventions scoped, texts guarded."""

import pytest
from django.urls import reverse

from est_measures.models import InterventionKind
from tests.est_measures.factories import InterventionFactory, SafetyWalkFactory

pytestmark = pytest.mark.django_db


def test_an_organisation_admin_sees_only_its_interventions(client_for, org_admin_a, org_a, org_b):
    InterventionFactory(organisation=org_a, description="Vår insats vid torget.")
    InterventionFactory(organisation=org_b, description="Deras insats vid hamnen.")
    page = client_for(org_admin_a).get(reverse("admin:est_measures_intervention_changelist"))
    assert page.status_code == 200
    assert len(page.context["cl"].result_list) == 1
    assert page.context["cl"].result_list[0].organisation == org_a


def test_kinds_are_the_coordinators(client_for, org_admin_a, coordinator):
    url = reverse("admin:est_measures_interventionkind_changelist")
    assert client_for(org_admin_a).get(url).status_code == 403
    assert client_for(coordinator).get(url).status_code == 200
    response = client_for(coordinator).post(
        reverse("admin:est_measures_interventionkind_add"),
        {"name": "Ordningsvakter", "code": "ordningsvakter", "position": 90, "is_active": "on"},
    )
    assert response.status_code == 302
    assert InterventionKind.objects.filter(code="ordningsvakter").exists()


def test_the_admin_guards_the_intervention_text(client_for, org_admin_a, org_a):
    intervention = InterventionFactory(organisation=org_a)
    response = client_for(org_admin_a).post(
        reverse("admin:est_measures_intervention_change", args=[intervention.pk]),
        {
            "kind": intervention.kind_id,
            "organisation": org_a.pk,
            "description": "Kontakt: kalle@example.com",
            "starts_at_0": "2026-10-01",
            "starts_at_1": "22:00",
        },
    )
    assert response.status_code == 200
    assert "e-postadress" in response.content.decode()
    intervention.refresh_from_db()
    assert "kalle" not in intervention.description


def test_the_admin_guards_the_walk_notes(client_for, coordinator, org_a):
    walk = SafetyWalkFactory(organisations=[org_a])
    response = client_for(coordinator).post(
        reverse("admin:est_measures_safetywalk_change", args=[walk.pk]),
        {
            "date": "2026-10-01",
            "area": walk.area,
            "organisations": [org_a.pk],
            "residents_count": 5,
            "notes": "Boende 850101-1236 hörde av sig.",
            "findings-TOTAL_FORMS": 0,
            "findings-INITIAL_FORMS": 0,
            "findings-MIN_NUM_FORMS": 0,
            "findings-MAX_NUM_FORMS": 1000,
        },
    )
    assert response.status_code == 200
    assert "personnummer" in response.content.decode()
