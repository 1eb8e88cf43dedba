"""Demo data for bra_council, called by ``manage.py seed_demo`` (idempotent).

The council with realistic seats and three years of meetings (five a year, as a small
municipality holds): past meetings held with approved minutes, decisions and actions in every
state, one coming meeting with a published agenda and one planned. The two earlier years take up
the same yearly topics (the safety walk, the promise, the situation picture), their actions long
done, so the council's history reads like a real one. Meeting dates follow the current week,
so the demo always has a past and a future; demo meetings are recognised by their place, and a
re-seed in a later week replaces them.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from bra_council.models import (
    FOLLOW_UP_TITLE,
    Action,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Attendance,
    AttendanceStatus,
    CouncilMeeting,
    CouncilMember,
    MeetingStatus,
    MinutesApproval,
    SeatKind,
    SignatureRole,
)
from citizen_promises.models import CitizenPromise
from est_incidents.models import EstMeeting
from est_measures.models import Intervention
from hjo_safety import demo as cast
from hjo_safety.models import Organisation

DEMO_PLACE = "Stadshuset, sammanträdesrum Vättern, Bangatan 1 B, Hjo"
TERM_START = datetime.date(2023, 1, 1)


def _seat(person, seat, *, chair=False, secretary=False):
    """(name, public title, seat, organisation short name, chair, secretary, username or None)"""
    return (
        person.name,
        person.title,
        seat,
        person.organisation,
        chair,
        secretary,
        person.username,
    )


# The council's seats, filled from the demo's one cast (hjo_safety.demo).
MEMBERS = [
    _seat(cast.CHAIR, SeatKind.POLITICAL_LEADERSHIP, chair=True),
    _seat(cast.MUNICIPAL_DIRECTOR, SeatKind.MUNICIPAL_MANAGEMENT),
    _seat(cast.HEAD_OF_SOCIAL_SERVICES, SeatKind.HEAD_OF_SERVICE),
    _seat(cast.HEAD_OF_SCHOOLS, SeatKind.HEAD_OF_SERVICE),
    _seat(cast.HEAD_OF_LEISURE, SeatKind.HEAD_OF_SERVICE),
    _seat(cast.STRATEGIST, SeatKind.SECURITY_STRATEGIST, secretary=True),
    _seat(cast.COMMUNITY_POLICE_OFFICER, SeatKind.POLICE),
    _seat(cast.HOUSING_MANAGER, SeatKind.BUSINESS),
    _seat(cast.ENERGY_CEO, SeatKind.BUSINESS),
    _seat(cast.NIGHT_WALKERS_COORDINATOR, SeatKind.NON_PROFIT),
    _seat(cast.DEACON, SeatKind.NON_PROFIT),
]
# Names earlier versions of the demo gave to seats now held by someone of the cast.
RETIRED_NAMES = ["Ulrika Berg"]
FORMER_MEMBER = ("Bo Andersson", "Verksamhetschef skola", SeatKind.HEAD_OF_SERVICE, "Skola")

# One topic per past meeting: (title, kind, public, presenter, minutes, decision,
#   [(action, organisation, person, due in days from today, status)])
TOPICS = [
    (
        "Trygghetsvandring i centrum och vid hamnen",
        AgendaKind.DECISION,
        True,
        cast.STRATEGIST.name,
        "Trygghetsvandringen för tre veckor sedan samlade 34 deltagare. Dålig belysning på "
        "Hamngatan och skymd sikt i Stadsparken var de vanligaste synpunkterna.",
        "Rådet ställer sig bakom förslagen och ger Teknik i uppdrag att åtgärda belysningen.",
        [
            ("Byta armaturer längs Hamngatan", "Teknik", "Gatuchef", -200, ActionStatus.DONE),
            ("Beskära buskage i Stadsparken", "Teknik", "Parkförman", -180, ActionStatus.DONE),
        ],
    ),
    (
        "Skollov: ungdomar, fritid och nattvandring",
        AgendaKind.DISCUSSION,
        True,
        cast.NIGHT_WALKERS_COORDINATOR.name,
        "Nattvandrarna och fritidsgården planerar gemensamma kvällar under skolloven. "
        "Polisen berättade om erfarenheterna från förra årets lovhelger.",
        "Fritid och Nattvandrarna samordnar ett schema för sommaren.",
        [
            (
                "Schema för nattvandring under loven",
                "Nattvandrarna",
                cast.NIGHT_WALKERS_COORDINATOR.name,
                -120,
                ActionStatus.DONE,
            ),
            (
                "Öppen fritidsgård fredagar under loven",
                "Fritid",
                cast.HEAD_OF_LEISURE.name,
                -110,
                ActionStatus.DROPPED,
            ),
        ],
    ),
    (
        "Medborgarlöftet: uppföljning",
        AgendaKind.INFORMATION,
        True,
        cast.COMMUNITY_POLICE_OFFICER.name,
        "Polisen och kommunen redovisade årets aktiviteter i medborgarlöftet hittills. Fler "
        "synliga insatser i centrum under helgkvällar har genomförts.",
        "Rådet noterar informationen.",
        [
            (
                "Medborgardialog om medborgarlöftet på torget",
                "Polisen",
                cast.COMMUNITY_POLICE_OFFICER.name,
                10,
                ActionStatus.OPEN,
            ),
        ],
    ),
    (
        "Samverkan skola och socialtjänst kring unga i riskzon",
        AgendaKind.DISCUSSION,
        False,
        cast.HEAD_OF_SOCIAL_SERVICES.name,
        "Skolan och socialtjänsten beskrev hur orosanmälningar hanteras och hur samverkan "
        "med polisen (SSPF) kan utvecklas. Inga enskilda ärenden togs upp.",
        "Socialtjänsten tar fram en rutin för SSPF-samverkan tillsammans med skolan.",
        [
            (
                "Rutin för SSPF-samverkan",
                "Socialtjänst",
                cast.HEAD_OF_SOCIAL_SERVICES.name,
                -5,
                ActionStatus.OPEN,
            ),
            (
                "Information till rektorer om rutinen",
                "Skola",
                cast.HEAD_OF_SCHOOLS.name,
                12,
                ActionStatus.OPEN,
            ),
        ],
    ),
    (
        "Skadegörelse i Hjo Bostäders områden",
        AgendaKind.DECISION,
        True,
        cast.HOUSING_MANAGER.name,
        "Hjo Bostäder redovisade kostnaderna för skadegörelse och klotter det senaste året. "
        "Kameraövervakning diskuterades men bedömdes inte som första åtgärd.",
        "Rådet rekommenderar bättre belysning och grannsamverkan före kameror.",
        [
            (
                "Starta grannsamverkan på Knektagatan",
                "Hjo Bostäder",
                cast.HOUSING_MANAGER.name,
                40,
                ActionStatus.OPEN,
            ),
            ("Belysning vid garagen på Knektagatan", "Fastighet", "", 60, ActionStatus.OPEN),
        ],
    ),
]
UPCOMING_TOPIC = (
    "Lägesbild inför jul och nyår",
    AgendaKind.DISCUSSION,
    True,
    cast.COMMUNITY_POLICE_OFFICER.name,
)
INTERNAL_UPCOMING = (
    "Hot mot verksamheter – säkerhetsläget",
    AgendaKind.INFORMATION,
    False,
    cast.STRATEGIST.name,
)

# Weeks from this week's Thursday: five past meetings a year for three years, one published,
# one planned. The last year's five carry the actions in every state.
EARLIER_WEEKS = [-151, -141, -131, -121, -111, -99, -89, -79, -69, -59]
LAST_YEAR_WEEKS = [-47, -37, -27, -17, -7]
PAST_WEEKS = [*EARLIER_WEEKS, *LAST_YEAR_WEEKS]
PUBLISHED_WEEKS = 3
PLANNED_WEEKS = 13
ADJUSTERS = [
    cast.COMMUNITY_POLICE_OFFICER.name,
    cast.HOUSING_MANAGER.name,
    cast.NIGHT_WALKERS_COORDINATOR.name,
    cast.HEAD_OF_SOCIAL_SERVICES.name,
    cast.MUNICIPAL_DIRECTOR.name,
]
APOLOGIES = [
    [cast.ENERGY_CEO.name],
    [cast.DEACON.name],
    [cast.HEAD_OF_SCHOOLS.name, cast.ENERGY_CEO.name],
    [],
    [cast.HEAD_OF_LEISURE.name],
]


def _meeting_start(weeks: int) -> datetime.datetime:
    today = timezone.localdate()
    thursday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(days=3)
    day = thursday + datetime.timedelta(weeks=weeks)
    # No council meetings in the July holidays or over Christmas and New Year.
    if day.month == 7:
        day += datetime.timedelta(weeks=4)
    elif (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 7):
        day += datetime.timedelta(weeks=2)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(13, 0)))


def _schedule():
    return [_meeting_start(w) for w in [*PAST_WEEKS, PUBLISHED_WEEKS, PLANNED_WEEKS]]


def _promise_id(year: int):
    """The citizen promise of the meeting's own year, if there is one."""
    promises = CitizenPromise.objects.filter(period_start__year=year).order_by("pk")
    return promises.values_list("pk", flat=True).first()


def _est_meeting_id(before: datetime.datetime):
    return (
        EstMeeting.objects.filter(starts_at__lt=before)
        .order_by("-starts_at")
        .values_list("pk", flat=True)
        .first()
    )


def _seed_members(organisations):
    User = get_user_model()
    users = {
        user.username: user
        for user in User.objects.filter(username__in=[row[6] for row in MEMBERS if row[6]])
    }
    Attendance.objects.filter(member__name__in=RETIRED_NAMES).delete()
    CouncilMember.objects.filter(name__in=RETIRED_NAMES).delete()
    members = {}
    for name, title, seat, org, chair, secretary, username in MEMBERS:
        member, _created = CouncilMember.objects.update_or_create(
            name=name,
            title=title,
            defaults={
                "seat_kind": seat,
                "organisation": organisations[org],
                "term_start": TERM_START,
                "term_end": None,
                "is_chair": chair,
                "is_secretary": secretary,
                "user": users.get(username),
            },
        )
        members[name] = member
    name, title, seat, org = FORMER_MEMBER
    CouncilMember.objects.update_or_create(
        name=name,
        title=title,
        defaults={
            "seat_kind": seat,
            "organisation": organisations[org],
            "term_start": datetime.date(2019, 1, 1),
            "term_end": datetime.date(2022, 12, 31),
        },
    )
    return members


def _item(meeting, position, title, **fields):
    item, _created = AgendaItem.objects.update_or_create(
        meeting=meeting, position=position, defaults={"title": title, **fields}
    )
    return item


def _standing_opening(meeting, members, est_id):
    _item(
        meeting,
        1,
        "Mötets öppnande och val av justerare",
        kind=AgendaKind.INFORMATION,
        is_standing=True,
        planned_minutes=5,
        presenter_member=members[cast.CHAIR.name],
    )
    _item(
        meeting,
        2,
        "Gemensam lägesbild från EST",
        kind=AgendaKind.INFORMATION,
        is_standing=True,
        planned_minutes=20,
        presenter_member=members[cast.STRATEGIST.name],
        est_meeting_id=est_id,
        description="Sammanfattning av de senaste EST-mötenas lägesbild och den "
        "otrygghetsskapande händelsekartläggningen.",
    )
    _item(
        meeting,
        3,
        "Polisens lägesbild",
        kind=AgendaKind.INFORMATION,
        is_standing=True,
        planned_minutes=15,
        presenter_member=members[cast.COMMUNITY_POLICE_OFFICER.name],
    )


def _standing_closing(meeting, position, members):
    _item(
        meeting,
        position,
        "Övriga frågor",
        kind=AgendaKind.DISCUSSION,
        is_standing=True,
        is_closing=True,
        planned_minutes=10,
    )
    _item(
        meeting,
        position + 1,
        "Mötets avslutande",
        kind=AgendaKind.INFORMATION,
        is_standing=True,
        is_closing=True,
        planned_minutes=5,
        presenter_member=members[cast.CHAIR.name],
    )


def _follow_up(meeting, position, actions, minutes=""):
    item = _item(
        meeting,
        position,
        FOLLOW_UP_TITLE,
        kind=AgendaKind.DISCUSSION,
        is_public=False,
        planned_minutes=max(10, 3 * len(actions)),
        minutes=minutes,
        description="\n".join(
            f"– {a.what} ({a.responsible_organisation.display_name})" for a in actions
        ),
    )
    item.follow_up_actions.set(actions)
    return item


def seed(*, command, verbosity=1):
    """Create or update this app's demo rows."""
    schedule = _schedule()
    stale = CouncilMeeting.objects.filter(place=DEMO_PLACE).exclude(starts_at__in=schedule)
    if stale.exists():  # a re-seed in a later week: start the council's year over
        reset(command=command, verbosity=0)
    organisations = {o.short_name: o for o in Organisation.objects.all() if o.short_name}
    members = _seed_members(organisations)

    today = timezone.localdate()
    user = get_user_model().objects.filter(username=cast.STRATEGIST.username).first()
    carried = []
    for position_in_schedule, starts_at in enumerate(schedule[: len(PAST_WEEKS)]):
        earlier = position_in_schedule < len(EARLIER_WEEKS)
        index = position_in_schedule % len(LAST_YEAR_WEEKS)
        meeting, _created = CouncilMeeting.objects.update_or_create(
            place=DEMO_PLACE,
            starts_at=starts_at,
            defaults={
                "ends_at": starts_at + datetime.timedelta(hours=2, minutes=30),
                "status": MeetingStatus.MINUTES_APPROVED,
                "minutes_approved_at": starts_at + datetime.timedelta(days=7),
                "adjuster": members[ADJUSTERS[index]],
                "public_notes": "Mötet är inte öppet för allmänheten. Protokollets publika "
                "delar publiceras här när det har justerats.",
            },
        )
        _standing_opening(meeting, members, _est_meeting_id(starts_at))
        position = 4
        if carried:
            _follow_up(
                meeting,
                position,
                carried,
                minutes="Åtgärderna gicks igenom. Status uppdaterades i listan.",
            )
            position += 1
        title, kind, public, presenter, minutes, decision, actions = TOPICS[index]
        topic = _item(
            meeting,
            position,
            title,
            kind=kind,
            is_public=public,
            planned_minutes=30,
            presenter_member=members[presenter],
            minutes=minutes,
            decision=decision,
            promise_id=_promise_id(starts_at.year) if "Medborgarlöftet" in title else None,
        )
        AgendaItem.objects.filter(meeting=meeting, position__gt=position + 2).delete()
        _standing_closing(meeting, position + 1, members)
        for item in meeting.items.exclude(pk=topic.pk).filter(minutes=""):
            if item.title == "Polisens lägesbild":
                item.minutes = "Kommunpolisen redovisade brottsutvecklingen sedan förra mötet."
                item.save(update_fields=["minutes"])
        for what, org, person, due_days, status in actions:
            if earlier:  # an earlier year's action: due some weeks after its meeting, settled
                due_date = starts_at.date() + datetime.timedelta(days=42 + abs(due_days) % 60)
                status = (
                    ActionStatus.DROPPED if status == ActionStatus.DROPPED else ActionStatus.DONE
                )
            else:
                due_date = today + datetime.timedelta(days=due_days)
            action, _created = Action.objects.update_or_create(
                origin=topic,
                what=what,
                defaults={
                    "responsible_organisation": organisations[org],
                    "responsible_person": person,
                    "due_date": due_date,
                    "status": status,
                },
            )
            # The responsible organisation's interventions carry the action out, so its
            # story page has interventions and an effect to show.
            action.interventions.set(
                Intervention.objects.filter(organisation=organisations[org])[:3]
            )
        carried = list(
            Action.objects.open()
            .filter(origin__meeting__place=DEMO_PLACE, origin__meeting__starts_at__lte=starts_at)
            .select_related("responsible_organisation")
        )
        for name, member in members.items():
            status = (
                AttendanceStatus.APOLOGIES if name in APOLOGIES[index] else AttendanceStatus.PRESENT
            )
            Attendance.objects.update_or_create(
                meeting=meeting, member=member, defaults={"status": status}
            )
        for role, member in (
            (SignatureRole.CHAIR, members[cast.CHAIR.name]),
            (SignatureRole.ADJUSTER, members[ADJUSTERS[index]]),
        ):
            MinutesApproval.objects.update_or_create(
                meeting=meeting,
                role=role,
                defaults={
                    "member": member,
                    "recorded_by": user,
                    "approved_at": starts_at + datetime.timedelta(days=7),
                },
            )

    # The coming meeting, agenda published; and the one after, planned.
    published_at = schedule[len(PAST_WEEKS)]
    meeting, _created = CouncilMeeting.objects.update_or_create(
        place=DEMO_PLACE,
        starts_at=published_at,
        defaults={
            "ends_at": published_at + datetime.timedelta(hours=2, minutes=30),
            "status": MeetingStatus.AGENDA_PUBLISHED,
            "adjuster": members[cast.DEACON.name],
            "public_notes": "Frågor till rådet kan skickas till kontaktcenter@hjo.se senast "
            "en vecka före mötet.",
        },
    )
    _standing_opening(meeting, members, _est_meeting_id(published_at))
    carried = list(
        Action.objects.open()
        .filter(origin__meeting__place=DEMO_PLACE)
        .select_related("responsible_organisation")
    )
    _follow_up(meeting, 4, carried)
    title, kind, public, presenter = UPCOMING_TOPIC
    _item(
        meeting,
        5,
        title,
        kind=kind,
        is_public=public,
        planned_minutes=25,
        presenter_member=members[presenter],
        description="Polisen och kommunen går igenom erfarenheter från tidigare år och "
        "planerar insatser kring jul, nyår och trettonhelgen.",
    )
    title, kind, public, presenter = INTERNAL_UPCOMING
    _item(
        meeting,
        6,
        title,
        kind=kind,
        is_public=public,
        planned_minutes=15,
        presenter_member=members[presenter],
        description="Intern punkt: inträffade hot mot kommunens verksamheter.",
    )
    _standing_closing(meeting, 7, members)

    planned_at = schedule[-1]
    meeting, _created = CouncilMeeting.objects.update_or_create(
        place=DEMO_PLACE,
        starts_at=planned_at,
        defaults={
            "ends_at": planned_at + datetime.timedelta(hours=2, minutes=30),
            "status": MeetingStatus.PLANNED,
        },
    )
    _standing_opening(meeting, members, None)
    _standing_closing(meeting, 4, members)
    if verbosity:
        command.stdout.write(
            f"  {CouncilMember.objects.count()} council members, "
            f"{CouncilMeeting.objects.filter(place=DEMO_PLACE).count()} council meetings, "
            f"{Action.objects.filter(origin__meeting__place=DEMO_PLACE).count()} actions"
        )


def reset(*, command, verbosity=1):
    """Delete this app's demo rows (for ``seed_demo --reset``)."""
    demo_meetings = CouncilMeeting.objects.filter(place=DEMO_PLACE)
    Action.objects.filter(origin__meeting__in=demo_meetings).delete()
    Attendance.objects.filter(meeting__in=demo_meetings).delete()
    MinutesApproval.objects.filter(meeting__in=demo_meetings).delete()
    demo_meetings.delete()
    names = [row[0] for row in MEMBERS] + [FORMER_MEMBER[0], *RETIRED_NAMES]
    CouncilMember.objects.filter(name__in=names).delete()
