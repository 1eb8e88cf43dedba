"""Factories for categories, places and incidents (factory-boy)."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.db.models import F
from django.utils import timezone

from est_incidents.models import Category, Incident, Place
from tests.hjo_safety.factories import OrganisationFactory


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["code"]

    name = factory.Sequence(lambda n: f"Kategori {n}")
    code = factory.Sequence(lambda n: f"kategori-{n}")


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Plats {n}")
    latitude = Decimal("58.304200")
    longitude = Decimal("14.287300")


class IncidentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Incident

    organisation = factory.SubFactory(OrganisationFactory)
    occurred_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=2))
    category = factory.SubFactory(CategoryFactory)
    place = factory.SubFactory(PlaceFactory)
    place_description = "Vid cykelstället"
    description = "Klotter på väggen vid entrén."


def registered_when_they_occurred():
    """Back-date every incident's registration to the moment it occurred, as if each had been
    logged at once: the factory registers incidents now, and the public figures count an
    incident only when it was registered before its month's release day."""
    Incident.objects.update(created_at=F("occurred_at"))
