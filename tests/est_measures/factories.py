"""Factories for interventions (factory-boy)."""

from datetime import timedelta

import factory
from django.utils import timezone

from est_measures.models import Intervention, InterventionKind, SafetyWalk, SafetyWalkFinding
from tests.est_incidents.factories import PlaceFactory
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


class SafetyWalkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SafetyWalk
        skip_postgeneration_save = True

    date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=7))
    area = factory.Sequence(lambda n: f"Område {n}")
    residents_count = 8

    @factory.post_generation
    def organisations(self, create, extracted, **kwargs):
        if create:
            self.organisations.set(extracted or [OrganisationFactory()])


class SafetyWalkFindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SafetyWalkFinding

    walk = factory.SubFactory(SafetyWalkFactory)
    place = factory.SubFactory(PlaceFactory)
    problem_kind = SafetyWalkFinding.ProblemKind.LIGHTING
    description = "Mörkt vid gångvägen."
    proposed_measure = "Sätt upp belysning."
