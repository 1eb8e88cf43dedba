"""The demo data of est_measures, and the pages show it (loading it twice and ``--reset`` give the
same rows: tests/portal/test_seed_demo.py counts every app's)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from est_measures.models import Intervention, SafetyWalk
from hjo_safety.personal_data import find_personal_data

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_the_demo_interventions_and_walk(shared_demo, client):
    assert Intervention.objects.count() == 4
    assert Intervention.objects.filter(recurrence_weekdays="5,6").exists()
    walk = SafetyWalk.objects.get()
    assert walk.is_published and walk.findings.count() == 4
    for text in Intervention.objects.values_list("description", flat=True):
        assert not find_personal_data(text)

    client.force_login(get_user_model().objects.get(username="strateg"))
    assert client.get(reverse("measures:intervention_list")).status_code == 200
    for intervention in Intervention.objects.all():
        page = client.get(reverse("measures:intervention_detail", args=[intervention.pk]))
        assert "Hjälpte det?" in page.content.decode()
