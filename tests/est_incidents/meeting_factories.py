"""Factories for EST meetings, reports, actions and police events (factory-boy).

Kept apart from ``factories.py`` (incidents), which is developed in parallel.
"""

from datetime import timedelta

import factory
from django.utils import timezone

from est_incidents.models import EstAction, EstMeeting, EstMeetingReport, PoliceEvent
from tests.hjo_safety.factories import OrganisationFactory


class EstMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EstMeeting

    # A fortnight apart, within the last four years: how many meetings earlier tests of the
    # process made must not send one back to 2015 (a yearly document's test reads the years).
    starts_at = factory.Sequence(lambda n: timezone.now() - timedelta(days=14 * (n % 100 + 1)))
    location = "Stadshuset"
    period_start = factory.LazyAttribute(
        lambda m: timezone.localdate(m.starts_at) - timedelta(days=14)
    )
    period_end = factory.LazyAttribute(
        lambda m: timezone.localdate(m.starts_at) - timedelta(days=1)
    )


class EstMeetingReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EstMeetingReport

    meeting = factory.SubFactory(EstMeetingFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    text = "Lugnt i verksamheten."


class EstActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EstAction

    meeting = factory.SubFactory(EstMeetingFactory)
    what = factory.Sequence(lambda n: f"Åtgärd {n}")
    responsible_organisation = factory.SubFactory(OrganisationFactory)
    due_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))


class PoliceEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PoliceEvent

    police_id = factory.Sequence(lambda n: 500000 + n)
    occurred_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=3))
    name = "Skadegörelse, Hjo"
    event_type = "Skadegörelse"
    location_name = "Hjo"
    gps = "58.301201,14.286616"
