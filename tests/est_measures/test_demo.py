"""The demo data of est_measures: loads once, reloads nothing, and the pages show it.

One test, since seeding a demo year of incidents is slow."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from est_measures.models import Intervention, SafetyWalk
from hjo_safety.personal_data import find_personal_data

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_the_demo_interventions_and_walk(client):
    call_command("seed_demo", verbosity=0)
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

    call_command("seed_demo", verbosity=0)  # idempotent
    assert Intervention.objects.count() == 4 and SafetyWalk.objects.count() == 1
    call_command("seed_demo", reset=True, verbosity=0)
    assert Intervention.objects.count() == 4 and SafetyWalk.objects.count() == 1
