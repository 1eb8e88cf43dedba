"""Issue 11, point 6: an EST meeting is marked held only once it has started, and only after a
confirmation step (a page, no JavaScript needed), since it cannot be undone."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from est_incidents.models import EstMeeting
from est_incidents.services import mark_meeting_held
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = pytest.mark.django_db


def url(meeting):
    return f"/personal/est-moten/{meeting.pk}/genomfort/"


def test_a_meeting_that_has_not_started_cannot_be_marked_held(client_for, coordinator):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=2))
    # Said at once, without a confirmation question first.
    page = client_for(coordinator).get(url(meeting), follow=True).content.decode()
    assert "först när det har börjat" in page and 'name="confirm"' not in page
    response = client_for(coordinator).post(url(meeting), {"confirm": "ja"}, follow=True)
    assert "först när det har börjat" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.status == EstMeeting.Status.PLANNED
    assert meeting.frozen_picture is None


def test_the_service_and_the_model_refuse_a_meeting_not_started(coordinator):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(hours=1))
    with pytest.raises(ValidationError):
        mark_meeting_held(meeting, acting_user=coordinator)
    meeting.refresh_from_db()
    assert meeting.status == EstMeeting.Status.PLANNED
    meeting.status = EstMeeting.Status.HELD
    meeting.frozen_picture = {}
    meeting.picture_computed_at = timezone.now()
    with pytest.raises(ValidationError):
        meeting.full_clean()


def test_marking_held_asks_for_confirmation_first(client_for, coordinator):
    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(hours=1))
    client = client_for(coordinator)
    detail = client.get(f"/personal/est-moten/{meeting.pk}/").content.decode()
    assert f'href="{url(meeting)}"' in detail  # the button leads to the confirmation page
    page = client.get(url(meeting))
    assert page.status_code == 200
    html = page.content.decode()
    assert "kan inte ångras" in html
    assert 'name="confirm"' in html
    # A POST without the confirmation changes nothing and shows the question again.
    response = client.post(url(meeting))
    assert response.status_code == 200
    meeting.refresh_from_db()
    assert meeting.status == EstMeeting.Status.PLANNED
    # Confirmed: held, picture frozen.
    response = client.post(url(meeting), {"confirm": "ja"})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == EstMeeting.Status.HELD
    assert meeting.frozen_picture is not None


def test_the_admin_cannot_mark_a_meeting_held(client_for, coordinator):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=1))
    html = client_for(coordinator).get(f"/admin/est_incidents/estmeeting/{meeting.pk}/change/")
    assert 'name="status"' not in html.content.decode()
