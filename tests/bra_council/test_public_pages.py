"""Citizens' council pages, the iCalendar feed, the staff agenda and minutes, and the tags on
the start and staff pages: internal items and unpublished agendas are never shown."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from bra_council.models import ActionStatus, AttendanceStatus, MeetingStatus, SeatKind
from hjo_safety.models import Role
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    AttendanceFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.citizen_promises.factories import CitizenPromiseFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db

INDEX = reverse("bra:index")
ICS = reverse("bra:meetings_ics")


def detail(meeting):
    return reverse("bra:meeting_detail", args=[meeting.pk])


def agenda(meeting):
    return reverse("bra:meeting_agenda", args=[meeting.pk])


def minutes(meeting):
    return reverse("bra:meeting_minutes", args=[meeting.pk])


# --- /bra/ ----------------------------------------------------------------------------------


def test_index_explains_the_council_and_lists_current_members_by_seat(client):
    today = timezone.localdate()
    CouncilMemberFactory(
        name="Anna Svensson",
        title="Kommunstyrelsens ordförande",
        seat_kind=SeatKind.POLITICAL_LEADERSHIP,
        is_chair=True,
    )
    CouncilMemberFactory(name="Lena Strand", title="Kommunpolis", seat_kind=SeatKind.POLICE)
    CouncilMemberFactory(
        name="Avgången Ledamot",
        term_start=today - datetime.timedelta(days=900),
        term_end=today - datetime.timedelta(days=1),
    )
    page = client.get(INDEX).content.decode()
    assert "Följa hur brottsligheten" in page
    assert page.index("Politisk ledning") < page.index("Anna Svensson") < page.index("Polisen")
    assert "Lena Strand" in page and "Kommunpolis" in page
    assert "Avgången Ledamot" not in page


def test_index_shows_next_published_meeting_and_past_ones_paginated(client):
    planned = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    upcoming = CouncilMeetingFactory(
        starts_at=timezone.now() + datetime.timedelta(days=20),
        ends_at=timezone.now() + datetime.timedelta(days=20, hours=2),
    )
    past = [CouncilMeetingFactory(approved=True) for _ in range(12)]
    response = client.get(INDEX)
    page = response.content.decode()
    assert response.context["next_meeting"] == upcoming
    assert detail(upcoming) in page
    assert detail(planned) not in page
    assert len(response.context["past_page"].object_list) == 10
    second = client.get(INDEX, {"sida": 2})
    assert len(second.context["past_page"].object_list) == 2
    assert {m.pk for m in second.context["past_page"].object_list} < {m.pk for m in past}


# --- /bra/moten/<id>/ -----------------------------------------------------------------------


def test_meeting_page_shows_only_public_items(client):
    meeting = CouncilMeetingFactory()
    AgendaItemFactory(meeting=meeting, title="Trygghetsvandring i centrum")
    AgendaItemFactory(meeting=meeting, title="Hot mot enskild tjänsteman", is_public=False)
    response = client.get(detail(meeting))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Trygghetsvandring i centrum" in page
    assert "Hot mot enskild tjänsteman" not in page


def test_public_agenda_is_numbered_without_gaps_where_internal_items_are_hidden(client):
    meeting = CouncilMeetingFactory()
    AgendaItemFactory(meeting=meeting, title="Mötets öppnande")
    AgendaItemFactory(meeting=meeting, title="Hot mot enskild tjänsteman", is_public=False)
    AgendaItemFactory(meeting=meeting, title="Trygghetsvandring i centrum")
    page = client.get(detail(meeting)).content.decode()
    agenda = page.split('<ol class="council-agenda">', 1)[1].split("</ol>", 1)[0]
    assert agenda.count("<li value=") == 2
    assert '<li value="1">' in agenda and '<li value="2">' in agenda
    assert '<li value="3">' not in agenda  # the hidden item leaves no gap
    assert agenda.index("Mötets öppnande") < agenda.index("Trygghetsvandring i centrum")


def test_unpublished_agenda_is_not_shown_even_to_a_coordinator(client_for, coordinator):
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    AgendaItemFactory(meeting=meeting, title="Utkast")
    for user in (None, coordinator):
        assert client_for(user).get(detail(meeting)).status_code == 404
    assert b"Utkast" not in client_for(None).get(INDEX).content


def test_unknown_meeting_is_404(client):
    assert client.get(reverse("bra:meeting_detail", args=[987654])).status_code == 404


def test_approved_public_minutes_are_shown_internal_ones_never(client):
    meeting = CouncilMeetingFactory(approved=True)
    public = AgendaItemFactory(
        meeting=meeting, title="Belysning", minutes="Teknik redovisade.", decision="Godkänt."
    )
    AgendaItemFactory(
        meeting=meeting,
        title="Internt",
        is_public=False,
        minutes="Hemlig anteckning",
        decision="Internt beslut",
    )
    ActionFactory(origin=public, what="Byt lampor")
    present = CouncilMemberFactory(name="Närvarande Person")
    AttendanceFactory(meeting=meeting, member=present)
    AttendanceFactory(
        meeting=meeting,
        member=CouncilMemberFactory(name="Frånvarande Person"),
        status=AttendanceStatus.APOLOGIES,
    )
    page = client.get(detail(meeting)).content.decode()
    for text in (
        "Teknik redovisade.",
        "Godkänt.",
        "Byt lampor",
        "Närvarande Person",
        "Frånvarande Person",
    ):
        assert text in page
    for text in ("Internt", "Hemlig anteckning", "Internt beslut"):
        assert text not in page


def test_minutes_of_a_held_but_unapproved_meeting_are_not_public(client):
    meeting = CouncilMeetingFactory(past=True)
    AgendaItemFactory(meeting=meeting, title="Punkt", minutes="Ej justerad anteckning")
    page = client.get(detail(meeting)).content.decode()
    assert "Punkt" in page
    assert "Ej justerad anteckning" not in page


def test_promise_link_is_shown_to_the_public_only_once_the_promise_is_published(client):
    meeting = CouncilMeetingFactory()
    promise = CitizenPromiseFactory(title="Tryggare centrum")
    AgendaItemFactory(meeting=meeting, title="Medborgarlöftet", promise=promise)
    page = client.get(detail(meeting)).content.decode()
    assert "Medborgarlöftet" in page
    assert "Tryggare centrum" not in page
    promise.status = promise.Status.PUBLISHED
    promise.published_at = timezone.now()
    promise.save()
    page = client.get(detail(meeting)).content.decode()
    assert f'href="/medborgarloften/{promise.slug}/"' in page


def test_est_link_only_for_staff(client_for, reporter_a):
    meeting = CouncilMeetingFactory()
    AgendaItemFactory(meeting=meeting, title="Lägesbild", est_meeting=EstMeetingFactory())
    assert "EST-möte" not in client_for(None).get(detail(meeting)).content.decode()
    assert "EST-möte" in client_for(reporter_a).get(detail(meeting)).content.decode()


# --- iCalendar ------------------------------------------------------------------------------


def test_ical_feed_has_published_meetings_with_uid_dtstamp_and_stockholm_time(client):
    published = CouncilMeetingFactory(place="Stadshuset, Hjo")
    AgendaItemFactory(meeting=published, title="Publik punkt")
    AgendaItemFactory(meeting=published, title="Intern punkt", is_public=False)
    approved = CouncilMeetingFactory(approved=True)
    CouncilMeetingFactory(status=MeetingStatus.PLANNED)

    response = client.get(ICS)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Stockholm"]
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        f"bra-mote-{published.pk}@trygghet.hjo.se",
        f"bra-mote-{approved.pk}@trygghet.hjo.se",
    }
    event = events[f"bra-mote-{published.pk}@trygghet.hjo.se"]
    assert "DTSTAMP" in event
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event.decoded("DTSTART") == published.starts_at
    assert event.decoded("DTEND") == published.ends_at
    assert str(event["LOCATION"]) == "Stadshuset, Hjo"
    description = str(event["DESCRIPTION"])
    assert "Publik punkt" in description and "Intern punkt" not in description
    assert str(event["URL"]).endswith(detail(published))


# --- Staff documents ------------------------------------------------------------------------


def test_printable_agenda_for_members_has_internal_items_and_start_times(
    client_for, reporter_a, org_a
):
    CouncilMemberFactory(organisation=org_a)  # internal items: organisations with a seat only
    meeting = CouncilMeetingFactory()
    local_start = timezone.localtime(meeting.starts_at)
    AgendaItemFactory(meeting=meeting, title="Öppnande", planned_minutes=5)
    AgendaItemFactory(meeting=meeting, title="Internt ärende", is_public=False, planned_minutes=25)
    AgendaItemFactory(meeting=meeting, title="Avslutning", planned_minutes=5)
    response = client_for(reporter_a).get(agenda(meeting))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Internt ärende" in page
    for minutes_in in (0, 5, 30):
        assert (local_start + datetime.timedelta(minutes=minutes_in)).strftime("%H.%M") in page
    assert "css/bra_council.css" in page  # the A4 print styles


def test_printable_agenda_is_for_members_only(client_for, outsider, coordinator, reporter_a):
    meeting = CouncilMeetingFactory()
    anonymous = client_for(None).get(agenda(meeting))
    assert anonymous.status_code == 302 and "logga-in" in anonymous["Location"]
    assert client_for(outsider).get(agenda(meeting)).status_code == 403
    draft = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    assert client_for(reporter_a).get(agenda(draft)).status_code == 404
    assert client_for(coordinator).get(agenda(draft)).status_code == 200


def test_staff_minutes_page_and_signing_by_the_linked_chair(client_for, org_a, coordinator):
    chair_user = member(org_a, Role.REPORTER, username="ordforande")
    chair = CouncilMemberFactory(is_chair=True, user=chair_user, organisation=org_a)
    adjuster = CouncilMemberFactory()
    meeting = CouncilMeetingFactory(past=True, adjuster=adjuster)
    AttendanceFactory(meeting=meeting, member=chair)
    AttendanceFactory(meeting=meeting, member=adjuster)
    AgendaItemFactory(meeting=meeting, title="Internt", is_public=False, minutes="Intern text")
    client = client_for(chair_user)
    page = client.get(minutes(meeting)).content.decode()
    assert "Intern text" in page
    assert "Justera protokollet som ordförande" in page
    assert "som justerare" not in page

    response = client.post(reverse("bra:meeting_sign", args=[meeting.pk]), {"role": "adjuster"})
    assert response.status_code == 403
    client.post(reverse("bra:meeting_sign", args=[meeting.pk]), {"role": "chair"})
    client_for(coordinator).post(
        reverse("bra:meeting_sign", args=[meeting.pk]), {"role": "adjuster"}
    )
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.MINUTES_APPROVED


def test_approving_the_minutes_asks_for_confirmation_without_javascript(client_for, org_a, org_b):
    chair_user = member(org_a, Role.REPORTER, username="ordforande")
    chair = CouncilMemberFactory(is_chair=True, user=chair_user, organisation=org_a)
    meeting = CouncilMeetingFactory(past=True, adjuster=CouncilMemberFactory())
    AttendanceFactory(meeting=meeting, member=chair)
    client = client_for(chair_user)
    sign = reverse("bra:meeting_sign", args=[meeting.pk])
    page = client.get(minutes(meeting)).content.decode()
    # The minutes page's button is a GET form to the confirmation page.
    assert f'<form method="get" action="{sign}"' in page
    confirm = client.get(sign, {"role": "chair"})
    text = confirm.content.decode()
    assert confirm.status_code == 200
    assert "Bekräfta justeringen" in text and "Justeringen kan inte ångras." in text
    assert "Ja, justera protokollet som ordförande" in text
    assert not meeting.approvals.exists()  # looking at it signs nothing
    # A role the user may not give: no confirmation page either.
    assert client.get(sign, {"role": "adjuster"}).status_code == 404
    assert client.get(sign, {"role": "x"}).status_code == 404
    from tests.form_scraper import form_data

    response = client.post(sign, form_data(text, action=sign), follow=True)
    assert "Justeringen är registrerad." in response.content.decode()
    assert meeting.approvals.get().role == "chair"


# --- Tags on the start and staff pages ------------------------------------------------------


def test_start_page_shows_the_next_published_meeting(client):
    CouncilMeetingFactory(status=MeetingStatus.PLANNED, place="Hemligt rum")
    meeting = CouncilMeetingFactory(place="Stadshuset, Hjo")
    page = client.get(reverse("home")).content.decode()
    assert "Stadshuset, Hjo" in page and detail(meeting) in page
    assert "Hemligt rum" not in page


def test_staff_page_lists_my_organisations_actions_due(
    client_for, reporter_a, org_a, org_b, coordinator
):
    today = timezone.localdate()
    ActionFactory(what="Min åtgärd", responsible_organisation=org_a, due_date=today)
    ActionFactory(
        what="Försenad åtgärd",
        responsible_organisation=org_a,
        due_date=today - datetime.timedelta(days=3),
    )
    ActionFactory(
        what="Senare åtgärd",
        responsible_organisation=org_a,
        due_date=today + datetime.timedelta(days=30),
    )
    ActionFactory(
        what="Klar åtgärd", responsible_organisation=org_a, status=ActionStatus.DONE, due_date=today
    )
    ActionFactory(what="Andras åtgärd", responsible_organisation=org_b, due_date=today)
    page = client_for(reporter_a).get(reverse("staff_home")).content.decode()
    assert "Min åtgärd" in page and "Försenad åtgärd" in page and "försenad" in page
    for text in ("Senare åtgärd", "Klar åtgärd", "Andras åtgärd"):
        assert text not in page
    page = client_for(coordinator).get(reverse("staff_home")).content.decode()
    assert "Andras åtgärd" in page and "Min åtgärd" in page


# --- Query counts ---------------------------------------------------------------------------


def test_index_query_count_is_constant(
    client, assert_constant_queries, django_assert_max_num_queries
):
    CouncilMemberFactory()
    CouncilMeetingFactory()
    CouncilMeetingFactory(approved=True)

    def grow():
        for seat in SeatKind.values:
            CouncilMemberFactory.create_batch(3, seat_kind=seat)
        CouncilMeetingFactory.create_batch(5)
        CouncilMeetingFactory.create_batch(15, approved=True)

    count = assert_constant_queries(lambda: client.get(INDEX), grow)
    with django_assert_max_num_queries(count):
        client.get(INDEX)
    assert count <= 8


@pytest.mark.parametrize("view", ["detail", "agenda", "ics"])
def test_meeting_pages_query_count_is_constant(
    view, client_for, coordinator, assert_constant_queries, django_assert_max_num_queries
):
    meeting = CouncilMeetingFactory(approved=True)
    client = client_for(None if view != "agenda" else coordinator)
    url = {"detail": detail(meeting), "agenda": agenda(meeting), "ics": ICS}[view]

    promise, est_meeting = CitizenPromiseFactory(published=True), EstMeetingFactory()

    def add(n):
        for _ in range(n):
            item = AgendaItemFactory(
                meeting=meeting,
                presenter_member=CouncilMemberFactory(),
                promise=promise,
                est_meeting=est_meeting,
            )
            ActionFactory(origin=item)
            AttendanceFactory(meeting=meeting, member=CouncilMemberFactory())
            AttendanceFactory(
                meeting=CouncilMeetingFactory(approved=True), member=CouncilMemberFactory()
            )

    add(2)
    count = assert_constant_queries(lambda: client.get(url), lambda: add(10))
    with django_assert_max_num_queries(count):
        assert client.get(url).status_code == 200
    assert count <= 12


# --- Demo data ------------------------------------------------------------------------------


@pytest.mark.slow
def test_demo_council_has_seats_three_years_of_meetings_and_actions_in_every_state(shared_demo):
    from bra_council.models import Action, CouncilMeeting, CouncilMember

    seats = set(CouncilMember.objects.current().values_list("seat_kind", flat=True))
    assert seats == set(SeatKind.values)
    statuses = list(CouncilMeeting.objects.values_list("status", flat=True))
    assert statuses.count(MeetingStatus.MINUTES_APPROVED) == 15  # five a year, three years
    held = CouncilMeeting.objects.filter(status=MeetingStatus.MINUTES_APPROVED)
    first = held.order_by("starts_at").first().starts_at.date()
    assert (timezone.localdate() - first).days >= 2 * 365 + 300
    years = {meeting.starts_at.year for meeting in held}
    assert len(years) >= 3
    # An earlier year's actions are settled: nothing long past is still open.
    old = Action.objects.filter(
        origin__meeting__starts_at__lt=timezone.now() - datetime.timedelta(days=400)
    )
    assert old.exists() and not old.filter(status=ActionStatus.OPEN).exists()
    assert statuses.count(MeetingStatus.AGENDA_PUBLISHED) == 1
    assert statuses.count(MeetingStatus.PLANNED) == 1
    assert set(Action.objects.values_list("status", flat=True)) == set(ActionStatus.values)
    assert CouncilMeeting.objects.public().upcoming().exists()
