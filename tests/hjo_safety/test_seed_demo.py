"""seed_demo loads Hjo-like demo data, prints the logins, and is idempotent."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {"hjo_safety", "bra_council", "est_incidents", "citizen_promises", "auth"}
        and not model._meta.label.startswith("hjo_safety.Historical")
        and "Historical" not in model.__name__
    }


def test_seed_demo_twice_gives_no_duplicates_and_prints_logins():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    first = row_counts()
    call_command("seed_demo", stdout=StringIO())
    assert row_counts() == first
    text = out.getvalue()
    assert "strateg" in text and "hjo-demo-2026" in text
    assert first["hjo_safety.Organisation"] >= 10
    assert first["hjo_safety.Membership"] >= 10


def test_seed_demo_reset_starts_over():
    call_command("seed_demo", stdout=StringIO())
    first = row_counts()
    call_command("seed_demo", "--reset", stdout=StringIO())
    assert row_counts() == first


def test_demo_has_every_role_and_the_police():
    from hjo_safety.models import Membership, Organisation, Role

    call_command("seed_demo", stdout=StringIO())
    roles = set(Membership.objects.values_list("role", flat=True))
    assert roles == {Role.REPORTER, Role.ORG_ADMIN, Role.COORDINATOR}
    assert Organisation.objects.filter(kind=Organisation.Kind.POLICE).exists()
