"""The council in the admin: the strategist builds and re-orders an agenda, sees the time plan,
creates the next meeting, moves the workflow; organisation admins and reporters cannot."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from bra_council.models import (
    FOLLOW_UP_TITLE,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    CouncilMeeting,
    MeetingStatus,
    MinutesCorrection,
)
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:bra_council_councilmeeting_add")
LIST_URL = reverse("admin:bra_council_councilmeeting_changelist")


def change_url(meeting):
    return reverse("admin:bra_council_councilmeeting_change", args=[meeting.pk])


def management(prefix, total, initial):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def meeting_data(starts="2026-12-10", place="Stadshuset, Hjo"):
    return {
        "starts_at_0": starts,
        "starts_at_1": "13:00",
        "ends_at_0": starts,
        "ends_at_1": "15:00",
        "place": place,
        "public_notes": "",
        "adjuster": "",
        **management("attendance", 0, 0),
    }


def item_data(index, title, position, minutes=10, kind=AgendaKind.INFORMATION, pk=None, **extra):
    data = {
        f"items-{index}-title": title,
        f"items-{index}-position": str(position),
        f"items-{index}-kind": kind,
        f"items-{index}-planned_minutes": str(minutes),
        f"items-{index}-is_public": "on",
        f"items-{index}-presenter_member": "",
        f"items-{index}-presenter_organisation": "",
    }
    if pk:
        data[f"items-{index}-id"] = str(pk)
    data.update({f"items-{index}-{key}": value for key, value in extra.items()})
    return data


def test_strategist_builds_an_agenda_with_a_time_plan(client_for, coordinator):
    client = client_for(coordinator)
    assert client.get(ADD_URL).status_code == 200
    data = meeting_data()
    data["ends_at_1"] = "13:45"  # booked 45 minutes, planned 55
    data.update(management("items", 3, 0))
    data.update(item_data(0, "Mötets öppnande", 1, minutes=5))
    data.update(item_data(1, "Polisens lägesbild", 2, minutes=20))
    data.update(item_data(2, "Trygghetsvandring", "", minutes=30, kind=AgendaKind.DECISION))

    response = client.post(ADD_URL, data)

    assert response.status_code == 302, response.context and response.context["errors"]
    meeting = CouncilMeeting.objects.get()
    assert meeting.status == MeetingStatus.PLANNED
    assert list(meeting.items.values_list("position", "title")) == [
        (1, "Mötets öppnande"),
        (2, "Polisens lägesbild"),
        (3, "Trygghetsvandring"),  # an empty position goes last
    ]
    page = client.get(change_url(meeting)).content.decode()
    # The running total, computed on the server: 5, 25, 55 minutes; start times 13:00, 13:05, 13:25.
    for text in ("13:05", "13:25", ">55<", "dagordningen är för lång"):
        assert text in page


def test_strategist_reorders_the_agenda(client_for, coordinator):
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    a = AgendaItemFactory(meeting=meeting, title="A")
    b = AgendaItemFactory(meeting=meeting, title="B")
    c = AgendaItemFactory(meeting=meeting, title="C")
    local = timezone.localtime(meeting.starts_at)
    data = meeting_data(starts=local.strftime("%Y-%m-%d"))
    data["starts_at_1"] = local.strftime("%H:%M")
    data["ends_at_1"] = (local + datetime.timedelta(hours=2)).strftime("%H:%M")
    data.update(management("items", 4, 3))
    # C first, then A; B deleted; a new item D with the same number as A.
    data.update(item_data(0, "A", 2, pk=a.pk))
    data.update(item_data(1, "B", 2, pk=b.pk, DELETE="on"))
    data.update(item_data(2, "C", 1, pk=c.pk))
    data.update(item_data(3, "D", 2))

    response = client_for(coordinator).post(change_url(meeting), data)

    assert response.status_code == 302, response.context and response.context["errors"]
    assert list(meeting.items.values_list("position", "title")) == [(1, "C"), (2, "A"), (3, "D")]
    assert not AgendaItem.objects.filter(pk=b.pk).exists()


def test_a_new_item_lands_before_the_closing_items(client_for, coordinator):
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    opening = AgendaItemFactory(meeting=meeting, title="Mötets öppnande")
    other = AgendaItemFactory(meeting=meeting, title="Övriga frågor", is_closing=True)
    closing = AgendaItemFactory(meeting=meeting, title="Mötets avslutande", is_closing=True)
    local = timezone.localtime(meeting.starts_at)
    data = meeting_data(starts=local.strftime("%Y-%m-%d"))
    data["starts_at_1"] = local.strftime("%H:%M")
    data["ends_at_1"] = (local + datetime.timedelta(hours=2)).strftime("%H:%M")
    data.update(management("items", 5, 3))
    data.update(item_data(0, "Mötets öppnande", 1, pk=opening.pk))
    data.update(item_data(1, "Övriga frågor", 2, pk=other.pk, is_closing="on"))
    data.update(item_data(2, "Mötets avslutande", 3, pk=closing.pk, is_closing="on"))
    data.update(item_data(3, "Trygghetsvandring i Guldkroken", ""))  # the add row: no number
    data.update(item_data(4, "Skolans lägesbild", 9))  # a number after the closing items

    response = client_for(coordinator).post(change_url(meeting), data)

    assert response.status_code == 302, response.context and response.context["errors"]
    assert list(meeting.items.values_list("position", "title")) == [
        (1, "Mötets öppnande"),
        (2, "Skolans lägesbild"),
        (3, "Trygghetsvandring i Guldkroken"),
        (4, "Övriga frågor"),
        (5, "Mötets avslutande"),
    ]


def test_the_next_meeting_keeps_the_closing_items_last(client_for, coordinator):
    source = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    AgendaItemFactory(meeting=source, title="Öppnande", is_standing=True)
    AgendaItemFactory(meeting=source, title="Engångspunkt")
    AgendaItemFactory(meeting=source, title="Mötets avslutande", is_standing=True, is_closing=True)
    ActionFactory()
    client_for(coordinator).post(
        LIST_URL, {"action": "create_next_meeting", "_selected_action": [source.pk]}
    )
    new = CouncilMeeting.objects.order_by("-pk").first()
    titles = list(new.items.values_list("title", "is_closing"))
    assert ("Uppföljning av åtgärder", False) in titles
    assert titles[-1] == ("Mötets avslutande", True)


def test_next_meeting_action_copies_standing_items_and_carries_open_actions(
    client_for, coordinator, org_a
):
    source = CouncilMeetingFactory(approved=True)
    opening = AgendaItemFactory(meeting=source, title="Mötets öppnande", is_standing=True)
    topic = AgendaItemFactory(meeting=source, title="Engångsfråga")
    AgendaItemFactory(meeting=source, title="Övriga frågor", is_standing=True, planned_minutes=7)
    open_1 = ActionFactory(origin=topic, responsible_organisation=org_a, what="Byt belysning")
    open_2 = ActionFactory(origin=opening, responsible_organisation=org_a, what="Skriv rutin")
    ActionFactory(origin=topic, status=ActionStatus.DONE, what="Klar sedan länge")
    ActionFactory(origin=topic, status=ActionStatus.DROPPED, what="Avskriven")

    response = client_for(coordinator).post(
        LIST_URL, {"action": "create_next_meeting", "_selected_action": [source.pk]}
    )

    assert response.status_code == 302
    new = CouncilMeeting.objects.exclude(pk=source.pk).get()
    assert new.status == MeetingStatus.PLANNED
    assert new.starts_at > source.starts_at
    assert new.ends_at - new.starts_at == source.ends_at - source.starts_at
    titles = list(new.items.values_list("position", "title"))
    assert titles == [(1, "Mötets öppnande"), (2, FOLLOW_UP_TITLE), (3, "Övriga frågor")]
    follow_up = new.items.get(title=FOLLOW_UP_TITLE)
    assert set(follow_up.follow_up_actions.all()) == {open_1, open_2}
    assert (
        "Byt belysning" in follow_up.description and "Klar sedan länge" not in follow_up.description
    )
    assert not follow_up.is_public
    assert new.items.get(title="Övriga frågor").planned_minutes == 7
    # The source meeting is untouched.
    assert source.items.count() == 3


def test_next_meeting_without_open_actions_has_no_follow_up_item(client_for, coordinator):
    source = CouncilMeetingFactory(approved=True)
    AgendaItemFactory(meeting=source, title="Stående", is_standing=True)
    client_for(coordinator).post(
        LIST_URL, {"action": "create_next_meeting", "_selected_action": [source.pk]}
    )
    new = CouncilMeeting.objects.exclude(pk=source.pk).get()
    assert list(new.items.values_list("title", flat=True)) == ["Stående"]


def test_workflow_actions_publish_and_refuse_skips(client_for, coordinator):
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    empty = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    AgendaItemFactory(meeting=meeting)
    client = client_for(coordinator)
    client.post(
        LIST_URL,
        {
            "action": "publish_agenda",
            "_selected_action": [meeting.pk, empty.pk],
            "confirm": "yes",
        },
    )
    meeting.refresh_from_db()
    empty.refresh_from_db()
    assert meeting.status == MeetingStatus.AGENDA_PUBLISHED
    assert empty.status == MeetingStatus.PLANNED
    client.post(
        LIST_URL, {"action": "mark_held", "_selected_action": [meeting.pk], "confirm": "yes"}
    )
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.AGENDA_PUBLISHED  # it has not started yet


@pytest.mark.parametrize(
    ("action", "question", "button", "status", "done"),
    [
        (
            "publish_agenda",
            "Publicera dagordningen?",
            "Ja, publicera dagordningen",
            MeetingStatus.AGENDA_PUBLISHED,
            "Dagordningen är publicerad för 1 möte.",
        ),
        (
            "mark_held",
            "Markera mötet som genomfört?",
            "Ja, markera som genomfört",
            MeetingStatus.HELD,
            "1 möte markerat som genomfört.",
        ),
    ],
)
def test_irreversible_actions_ask_for_confirmation_first(
    client_for, coordinator, action, question, button, status, done
):
    meeting = CouncilMeetingFactory(
        status=MeetingStatus.AGENDA_PUBLISHED if action == "mark_held" else MeetingStatus.PLANNED,
        past=action == "mark_held",
    )
    AgendaItemFactory(meeting=meeting)
    before = meeting.status
    client = client_for(coordinator)
    response = client.post(LIST_URL, {"action": action, "_selected_action": [meeting.pk]})
    page = response.content.decode()
    assert response.status_code == 200
    assert question in page and button in page and "kan inte ångras" in page
    meeting.refresh_from_db()
    assert meeting.status == before  # nothing happened yet
    # The page's own form (no JavaScript) confirms.
    from tests.form_scraper import form_data

    data = form_data(page, "confirm-form")
    response = client.post(LIST_URL, data, follow=True)
    meeting.refresh_from_db()
    assert meeting.status == status
    assert done in response.content.decode()
    assert "(n)" not in response.content.decode()


def test_list_filters_by_status_and_year_and_searches(client_for, coordinator):
    CouncilMeetingFactory(place="Stadshuset")
    last_year = CouncilMeetingFactory(approved=True, place="Biblioteket")
    last_year.starts_at = last_year.starts_at.replace(year=2024)
    last_year.ends_at = last_year.ends_at.replace(year=2024)
    last_year.save()
    AgendaItemFactory(meeting=last_year, title="Klotter i hamnen")
    client = client_for(coordinator)
    assert client.get(LIST_URL, {"ar": "2024"}).context["cl"].result_count == 1
    assert (
        client.get(LIST_URL, {"status__exact": "minutes_approved"}).context["cl"].result_count == 1
    )
    assert client.get(LIST_URL, {"q": "klotter"}).context["cl"].result_count == 1


@pytest.mark.parametrize(
    ("role", "refused"),
    # An organisation admin may use the admin site but not the council's pages: 403. A reporter
    # may not use the admin site at all: sent to the staff start page.
    [("org_admin_a", 403), ("reporter_a", 302)],
)
def test_organisation_admins_and_reporters_cannot_edit_the_council(
    client_for, request, role, refused
):
    user = request.getfixturevalue(role)
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED, place="Original")
    item = AgendaItemFactory(meeting=meeting, title="Original")
    client = client_for(user)

    for url in (LIST_URL, ADD_URL, change_url(meeting)):
        response = client.get(url)
        assert response.status_code == refused, url
    data = meeting_data(place="Ändrat")
    data.update(management("items", 1, 1))
    data.update(item_data(0, "Ändrat", 1, pk=item.pk))
    response = client.post(change_url(meeting), data)
    assert response.status_code == refused
    if refused == 302:  # the admin site's login, which sends a reporter on to /personal/
        assert response["Location"].startswith("/admin/login/?next=")
    response = client.post(
        LIST_URL, {"action": "create_next_meeting", "_selected_action": [meeting.pk]}
    )
    assert response.status_code == refused
    response = client.post(
        reverse("admin:bra_council_agendaitem_delete", args=[item.pk]), {"post": "yes"}
    )
    assert response.status_code == refused

    meeting.refresh_from_db()
    item.refresh_from_db()
    assert (meeting.place, item.title) == ("Original", "Original")
    assert CouncilMeeting.objects.count() == 1
    if role == "org_admin_a":  # the admin index does not even list the council
        assert "bra_council" not in client.get(reverse("admin:index")).content.decode()


def test_approved_minutes_are_read_only_in_the_admin(client_for, coordinator):
    meeting = CouncilMeetingFactory(approved=True)
    item = AgendaItemFactory(meeting=meeting, minutes="Justerad text", decision="Beslut")
    client = client_for(coordinator)
    item_url = reverse("admin:bra_council_agendaitem_change", args=[item.pk])
    page = client.get(item_url)
    assert page.status_code == 200
    assert 'name="minutes"' not in page.content.decode()
    client.post(item_url, {"minutes": "Ändrad i efterhand", "decision": "Nytt"})
    item.refresh_from_db()
    assert item.minutes == "Justerad text"
    meeting_page = client.get(change_url(meeting)).content.decode()
    assert 'name="items-0-minutes"' not in meeting_page


def test_a_correction_in_the_admin_is_recorded(client_for, coordinator):
    meeting = CouncilMeetingFactory(approved=True)
    item = AgendaItemFactory(meeting=meeting, minutes="Fel", decision="Beslut")
    response = client_for(coordinator).post(
        reverse("admin:bra_council_minutescorrection_add"),
        {"item": item.pk, "new_minutes": "Rätt", "new_decision": "Beslut", "reason": "Stavfel"},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.minutes == "Rätt"
    correction = MinutesCorrection.objects.get()
    assert (correction.old_minutes, correction.made_by, correction.revision) == (
        "Fel",
        coordinator,
        1,
    )


def test_minutes_are_written_per_item_once_held(client_for, coordinator):
    member = CouncilMemberFactory()
    meeting = CouncilMeetingFactory(past=True)
    item = AgendaItemFactory(meeting=meeting, title="Punkt")
    local = timezone.localtime(meeting.starts_at)
    data = meeting_data(starts=local.strftime("%Y-%m-%d"))
    data["starts_at_1"] = local.strftime("%H:%M")
    data["ends_at_1"] = timezone.localtime(meeting.ends_at).strftime("%H:%M")
    data.update(management("attendance", 1, 0))
    data.update({"attendance-0-member": member.pk, "attendance-0-status": "present"})
    data.update(management("items", 1, 1))
    data.update(
        {"items-0-id": item.pk, "items-0-minutes": "Vi diskuterade.", "items-0-decision": "Ja"}
    )
    # The agenda inline is read-only now; it still sends its management form.
    data.update(management("items-2", 1, 1))
    data["items-2-0-id"] = item.pk

    response = client_for(coordinator).post(change_url(meeting), data)

    assert response.status_code == 302, response.context and response.context["errors"]
    item.refresh_from_db()
    assert (item.minutes, item.decision, item.title) == ("Vi diskuterade.", "Ja", "Punkt")
    assert meeting.attendance.get().member == member


def test_agenda_item_links_are_chosen_from_est_meetings_and_promises(
    client_for, coordinator, reporter_a
):
    from tests.citizen_promises.factories import CitizenPromiseFactory
    from tests.est_incidents.meeting_factories import EstMeetingFactory

    item = AgendaItemFactory()
    est_meeting = EstMeetingFactory()
    promise = CitizenPromiseFactory()
    page = client_for(coordinator).get(f"/admin/bra_council/agendaitem/{item.pk}/change/")
    html = page.content.decode()
    assert f'<option value="{est_meeting.pk}">' in html
    assert f'<option value="{promise.pk}">' in html
    # Once linked, the staff agenda shows the way to that meeting's situation picture.
    AgendaItem.objects.filter(pk=item.pk).update(est_meeting_id=est_meeting.pk)
    agenda = (
        client_for(reporter_a)
        .get(reverse("bra:meeting_agenda", args=[item.meeting_id]))
        .content.decode()
    )
    assert f'href="/personal/est-moten/{est_meeting.pk}/"' in agenda
