"""Factories for the council: members, meetings, agenda items, attendance and actions."""

import datetime

import factory
from django.utils import timezone

from bra_council.models import (
    Action,
    AgendaItem,
    Attendance,
    CouncilMeeting,
    CouncilMember,
    MeetingStatus,
    SeatKind,
)
from tests.hjo_safety.factories import OrganisationFactory


class CouncilMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CouncilMember

    name = factory.Sequence(lambda n: f"Ledamot {n}")
    title = "Verksamhetschef"
    seat_kind = SeatKind.HEAD_OF_SERVICE
    organisation = factory.SubFactory(OrganisationFactory)
    term_start = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=365))


def _at_one_pm(days):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(13, 0)))


class CouncilMeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CouncilMeeting

    # At 13:00 Stockholm time, whatever the time the tests run: a meeting two hours long never
    # crosses midnight (an admin form posts the end as a time on the start's day).
    starts_at = factory.LazyFunction(lambda: _at_one_pm(days=14))
    ends_at = factory.LazyAttribute(lambda m: m.starts_at + datetime.timedelta(hours=2))
    place = "Stadshuset, Hjo"
    status = MeetingStatus.AGENDA_PUBLISHED

    class Params:
        past = factory.Trait(
            starts_at=factory.LazyFunction(lambda: _at_one_pm(days=-30)),
            status=MeetingStatus.HELD,
        )
        approved = factory.Trait(
            past=True,
            status=MeetingStatus.MINUTES_APPROVED,
            minutes_approved_at=factory.LazyFunction(timezone.now),
        )


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(CouncilMeetingFactory)
    position = factory.LazyAttribute(lambda item: item.meeting.next_position())
    title = factory.Sequence(lambda n: f"Punkt {n}")
    planned_minutes = 10


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(CouncilMeetingFactory, past=True)
    member = factory.SubFactory(CouncilMemberFactory)


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    what = factory.Sequence(lambda n: f"Åtgärd {n}")
    responsible_organisation = factory.SubFactory(OrganisationFactory)
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=7))
    origin = factory.SubFactory(AgendaItemFactory, meeting__past=True)
