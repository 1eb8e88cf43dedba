"""Factories for citizen promises, activities, follow-ups and their parts (factory-boy)."""

from datetime import date, timedelta

import factory
from django.utils import timezone

from citizen_promises.models import (
    CitizenPromise,
    FollowUp,
    FollowUpResult,
    Party,
    PromiseActivity,
    PromiseContact,
    PromiseGoal,
    Signatory,
    Survey,
)


def this_year():
    return timezone.localdate().year


class CitizenPromiseFactory(factory.django.DjangoModelFactory):
    """A draft promise for this year; ``CitizenPromiseFactory(published=True)`` publishes it."""

    class Meta:
        model = CitizenPromise
        skip_postgeneration_save = True

    class Params:
        published = factory.Trait(
            status=CitizenPromise.Status.PUBLISHED,
            published_at=factory.LazyFunction(timezone.now),
        )

    title = factory.Sequence(lambda n: f"Medborgarlöfte {n}")
    slug = factory.Sequence(lambda n: f"medborgarlofte-{n}")
    period_start = factory.LazyFunction(lambda: date(this_year(), 1, 1))
    period_end = factory.LazyFunction(lambda: date(this_year(), 12, 31))
    background = "Många känner sig otrygga i centrum på kvällen."
    basis = "Trygghetsmätningen och medborgardialoger."
    police_url = "https://polisen.se/medborgarloften/hjo"


class PromiseGoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PromiseGoal

    promise = factory.SubFactory(CitizenPromiseFactory)
    text = factory.Sequence(lambda n: f"Mål {n}: fler ska känna sig trygga.")
    position = factory.Sequence(int)


class SignatoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signatory

    promise = factory.SubFactory(CitizenPromiseFactory)
    name = factory.Sequence(lambda n: f"Undertecknare {n}")
    title = "Lokalpolisområdeschef"
    party = Party.POLICE


class PromiseContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PromiseContact

    promise = factory.SubFactory(CitizenPromiseFactory)
    name = factory.Sequence(lambda n: f"Kontakt {n}")
    title = "Kommunpolis"
    party = Party.POLICE
    phone = "114 14"


class PromiseActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PromiseActivity
        skip_postgeneration_save = True

    promise = factory.SubFactory(CitizenPromiseFactory)
    text = factory.Sequence(lambda n: f"Aktivitet {n}: trygghetsvandring i centrum.")
    responsible = PromiseActivity.Responsible.BOTH
    target = "minst 4 trygghetsvandringar"
    status = PromiseActivity.Status.PLANNED
    position = factory.Sequence(int)

    @factory.post_generation
    def places(self, create, extracted, **kwargs):
        if create and extracted:
            self.places.set(extracted)


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUp

    promise = factory.SubFactory(CitizenPromiseFactory)
    date = factory.LazyFunction(lambda: date(this_year(), 7, 1))
    covers_from = factory.LazyFunction(lambda: date(this_year(), 1, 1))
    covers_to = factory.LazyFunction(lambda: date(this_year(), 6, 30))
    summary = factory.Sequence(lambda n: f"Uppföljning {n}: arbetet går enligt plan.")
    is_published = True


class FollowUpResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUpResult

    follow_up = factory.SubFactory(FollowUpFactory)
    activity = factory.SubFactory(
        PromiseActivityFactory, promise=factory.SelfAttribute("..follow_up.promise")
    )
    result = "Tre av fyra vandringar är gjorda."
    status = PromiseActivity.Status.ONGOING


class SurveyFactory(factory.django.DjangoModelFactory):
    """A published safety survey open today (``closed=True``: it closed yesterday)."""

    class Meta:
        model = Survey

    class Params:
        closed = False

    title = factory.Sequence(lambda n: f"Trygghetsmätning {n}")
    slug = factory.Sequence(lambda n: f"matning-{n}")
    is_published = True
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    closes_on = factory.LazyAttribute(
        lambda o: timezone.localdate() - timedelta(days=1 if o.closed else -14)
    )


class CooperationAgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "citizen_promises.CooperationAgreement"

    title = factory.Sequence(lambda n: f"Samverkansöverenskommelse {n}")
    summary = "Polisen och kommunen samverkar mot brott och otrygghet."
    valid_from = factory.LazyFunction(lambda: date(this_year() - 1, 1, 1))
    valid_to = factory.LazyFunction(lambda: date(this_year() + 1, 12, 31))
    is_published = True


class PriorityAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "citizen_promises.PriorityArea"

    agreement = factory.SubFactory(CooperationAgreementFactory)
    title = factory.Sequence(lambda n: f"Område {n}")
    problem = "Skadegörelse vid hamnen."
    causes = "Dålig belysning."
    goals = "Mindre skadegörelse."
    measures = "Bättre belysning\nSnabb sanering"
    position = factory.Sequence(int)
