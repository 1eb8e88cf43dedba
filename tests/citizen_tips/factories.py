"""Factories for citizens' tips (factory-boy)."""

import factory

from citizen_tips.models import CitizenTip, TipModerator, hash_token
from tests.hjo_safety.factories import OrganisationFactory


class CitizenTipFactory(factory.django.DjangoModelFactory):
    """A new tip. Its status-link token is ``tip.token`` (only the hash is stored)."""

    class Meta:
        model = CitizenTip
        skip_postgeneration_save = True

    token = factory.Sequence(lambda n: f"test-token-{n:06d}-abcdefghijklmnopqrstuvwxyz")
    token_hash = factory.LazyAttribute(lambda tip: hash_token(tip.token))
    kind = CitizenTip.Kind.LIGHTING
    time_of_day = CitizenTip.TimeOfDay.EVENING
    place_description = "Gångvägen bakom idrottshallen"
    text = "Två lyktstolpar är släckta sedan flera veckor, det är helt mörkt."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        token = kwargs.pop("token")
        tip = super()._create(model_class, *args, **kwargs)
        tip.token = token
        return tip


class TipModeratorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TipModerator

    organisation = factory.SubFactory(OrganisationFactory)
