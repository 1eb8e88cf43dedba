"""The council and promise admins start from what is known: a meeting's attendance lists the
current council members, a follow-up lists the promise's activities."""

import datetime

import pytest
from django.utils import timezone

from bra_council.models import Attendance, AttendanceStatus, MeetingStatus
from citizen_promises.models import FollowUpResult
from tests.bra_council.factories import (
    AttendanceFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.citizen_promises.factories import (
    CitizenPromiseFactory,
    FollowUpFactory,
    FollowUpResultFactory,
    PromiseActivityFactory,
)
from tests.form_scraper import form_data

pytestmark = pytest.mark.django_db


def meeting_url(meeting):
    return f"/admin/bra_council/councilmeeting/{meeting.pk}/change/"


@pytest.fixture
def members(db):
    current = [CouncilMemberFactory(name=f"Ledamot {letter}") for letter in "ABC"]
    CouncilMemberFactory(
        name="Avgången ledamot",
        term_start=timezone.localdate() - datetime.timedelta(days=800),
        term_end=timezone.localdate() - datetime.timedelta(days=400),
    )
    return current


def test_a_held_meeting_lists_the_current_members_as_present(client_for, coordinator, members):
    # A new or a future meeting has no attendance to guess: nobody starts as "Närvarande".
    client = client_for(coordinator)
    for url in ("/admin/bra_council/councilmeeting/add/", meeting_url(CouncilMeetingFactory())):
        assert 'name="attendance-TOTAL_FORMS" value="0"' in client.get(url).content.decode()
    held = CouncilMeetingFactory(starts_at=timezone.now() - datetime.timedelta(hours=3))
    page = client.get(meeting_url(held)).content.decode()
    for member in members:
        assert f'<option value="{member.pk}" selected>{member}</option>' in page
    assert "Avgången ledamot" not in page
    assert 'name="attendance-TOTAL_FORMS" value="3"' in page


def test_saving_the_prefilled_attendance_records_everyone_with_their_choice(
    client_for, coordinator, members
):
    meeting = CouncilMeetingFactory(
        status=MeetingStatus.HELD, starts_at=timezone.now() - datetime.timedelta(days=1)
    )
    client = client_for(coordinator)
    data = form_data(client.get(meeting_url(meeting)).content.decode(), "councilmeeting_form")
    rows = {data[f"attendance-{i}-member"]: i for i in range(3)}
    data[f"attendance-{rows[str(members[1].pk)]}-status"] = AttendanceStatus.APOLOGIES
    data[f"attendance-{rows[str(members[2].pk)]}-member"] = ""  # removed: did not come
    response = client.post(meeting_url(meeting), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert dict(meeting.attendance.values_list("member__name", "status")) == {
        "Ledamot A": AttendanceStatus.PRESENT,
        "Ledamot B": AttendanceStatus.APOLOGIES,
    }


def test_recorded_attendance_is_not_prefilled_again(client_for, coordinator, members):
    meeting = CouncilMeetingFactory(status=MeetingStatus.HELD)
    AttendanceFactory(meeting=meeting, member=members[0])
    page = client_for(coordinator).get(meeting_url(meeting)).content.decode()
    assert 'name="attendance-TOTAL_FORMS" value="1"' in page
    assert Attendance.objects.count() == 1


def test_a_follow_up_lists_the_promise_activities_without_a_result(client_for, coordinator):
    promise = CitizenPromiseFactory(published=True)
    done = PromiseActivityFactory(promise=promise, text="Trafikkontroller vid skolan")
    ongoing = PromiseActivityFactory(promise=promise, text="Trygghetsvandringar", status="ongoing")
    PromiseActivityFactory(text="Ett annat löftes aktivitet")
    follow_up = FollowUpFactory(promise=promise)
    FollowUpResultFactory(follow_up=follow_up, activity=done)
    url = f"/admin/citizen_promises/followup/{follow_up.pk}/change/"
    client = client_for(coordinator)
    page = client.get(url).content.decode()
    assert 'name="results-TOTAL_FORMS" value="2"' in page  # one stored, one prefilled
    data = form_data(page, "followup_form")
    assert data["results-1-activity"] == str(ongoing.pk)
    assert data["results-1-status"] == "ongoing"
    # Untouched, the prefilled row is not saved; with a result written, it is.
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    assert FollowUpResult.objects.count() == 1
    data["results-1-result"] = "Två vandringar gjorda."
    assert client.post(url, data).status_code == 302
    assert follow_up.results.get(activity=ongoing).result == "Två vandringar gjorda."


def test_a_new_follow_up_from_a_promise_lists_its_activities(client_for, coordinator):
    promise = CitizenPromiseFactory(published=True)
    activities = PromiseActivityFactory.create_batch(2, promise=promise)
    page = (
        client_for(coordinator)
        .get(f"/admin/citizen_promises/followup/add/?promise={promise.pk}")
        .content.decode()
    )
    data = form_data(page, "followup_form")
    assert data["promise"] == str(promise.pk)
    assert [data["results-0-activity"], data["results-1-activity"]] == [
        str(a.pk) for a in activities
    ]


def test_a_member_twice_in_attendance_is_explained_in_swedish(client_for, coordinator, members):
    meeting = CouncilMeetingFactory(
        status=MeetingStatus.HELD, starts_at=timezone.now() - datetime.timedelta(days=1)
    )
    client = client_for(coordinator)
    data = form_data(client.get(meeting_url(meeting)).content.decode(), "councilmeeting_form")
    data["attendance-1-member"] = data["attendance-0-member"]
    page = client.post(meeting_url(meeting), data).content.decode()
    assert "Samma uppgift finns på flera rader. Ta bort dubbletten och spara igen." in page
    assert "duplikatdata" not in page and "member." not in page


def test_admin_pages_speak_swedish(client_for, coordinator):
    meeting = CouncilMeetingFactory()
    client = client_for(coordinator)
    pages = [
        "/admin/",
        "/admin/axes/",
        "/admin/bra_council/councilmeeting/",
        meeting_url(meeting),
        f"/admin/bra_council/councilmeeting/{meeting.pk}/delete/",
    ]
    for url in pages:
        text = client.get(url).content.decode()
        for english in (
            "Access attempts",
            "Access failures",
            "Access logs",
            "TOTP devices",
            "Static devices",
            "(n)",
        ):
            assert english not in text, (url, english)
    index = client.get("/admin/").content.decode()
    assert "Senaste ändringar" in index
