"""Factories for interventions (factory-boy)."""

from datetime import timedelta

import factory
from django.utils import timezone

from est_measures.models import Intervention, InterventionKind
from tests.hjo_safety.factories import OrganisationFactory


class InterventionKindFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InterventionKind
        django_get_or_create = ["code"]

    name = factory.Sequence(lambda n: f"Insatssort {n}")
    code = factory.Sequence(lambda n: f"insatssort-{n}")


class InterventionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Intervention
        skip_postgeneration_save = True

    kind = factory.SubFactory(InterventionKindFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=2))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=3))
    description = "Vi gick runt torget och pratade med ungdomar."

    @factory.post_generation
    def places(self, create, extracted, **kwargs):
        if create and extracted:
            self.places.set(extracted)
