"""Citizens read a promise's and a council meeting's state in their own words, not workflow states."""

import datetime
from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from bra_council.models import MeetingStatus
from citizen_promises.models import CitizenPromise
from tests.bra_council.factories import CouncilMeetingFactory
from tests.citizen_promises.factories import CitizenPromiseFactory

pytestmark = pytest.mark.django_db

WORKFLOW_WORDS = [
    "Publicerat</",
    "Uppföljt</",
    "Arkiverat</",
    "Dagordning publicerad",
    "Protokoll justerat",
]


def _promise(start, end, status=CitizenPromise.Status.PUBLISHED):
    return CitizenPromiseFactory(published=True, status=status, period_start=start, period_end=end)


def test_promise_list_and_page_say_current_coming_and_ended(client, contact_info):
    year = timezone.localdate().year
    current = _promise(date(year, 1, 1), date(year, 12, 31))
    coming = _promise(date(year + 1, 1, 1), date(year + 1, 12, 31))
    ended = _promise(
        date(year - 1, 1, 1), date(year - 1, 12, 31), CitizenPromise.Status.FOLLOWED_UP
    )
    archived = _promise(
        date(year - 2, 1, 1), date(year - 2, 12, 31), CitizenPromise.Status.ARCHIVED
    )
    html = client.get("/medborgarloften/").content.decode()
    assert "· Gäller nu</p>" in html and "· Kommande</p>" in html
    assert "· Avslutat och uppföljt</p>" in html and "· Avslutat</p>" in html
    for promise, words in [
        (current, "Status: Gäller nu"),
        (coming, "Status: Kommande"),
        (ended, "Status: Avslutat och uppföljt"),
        (archived, "Status: Avslutat"),
    ]:
        page = client.get(promise.get_absolute_url()).content.decode()
        assert words in page
        assert "Status: Publicerat" not in page and "Status: Uppföljt" not in page


def test_citizen_status_of_a_promise_follows_the_day():
    promise = CitizenPromise(
        status=CitizenPromise.Status.PUBLISHED,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    assert promise.citizen_status(date(2025, 12, 31)) == "Kommande"
    assert promise.citizen_status(date(2026, 6, 1)) == "Gäller nu"
    assert promise.citizen_status(date(2027, 1, 1)) == "Avslutat"


@pytest.mark.parametrize(
    ("traits", "words"),
    [
        ({}, "Status: Kommande"),
        ({"past": True}, "Status: Genomfört, protokollet är inte klart än"),
        ({"approved": True}, "Status: Genomfört, protokollet är klart"),
    ],
)
def test_council_meeting_page_says_coming_or_held(client, contact_info, traits, words):
    meeting = CouncilMeetingFactory(**traits)
    html = client.get(reverse("bra:meeting_detail", args=[meeting.pk])).content.decode()
    assert words in html
    for workflow in WORKFLOW_WORDS:
        assert workflow not in html


def test_a_past_meeting_not_yet_marked_held_is_not_called_coming():
    meeting = CouncilMeetingFactory.build(
        starts_at=timezone.now() - datetime.timedelta(days=2),
        ends_at=timezone.now() - datetime.timedelta(days=2, hours=-2),
        status=MeetingStatus.AGENDA_PUBLISHED,
    )
    assert meeting.citizen_status() == "Genomfört, protokollet är inte klart än"
