"""Events ahead (arrangemang; issue 25, point 5): participants add them, every participant sees
them in the situation picture and the next EST meeting, and the calendar feed works with the
participant's signed address only."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from est_incidents.models import Place
from est_measures.models import PlannedEvent
from est_measures.planned_events import feed_token
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = pytest.mark.django_db


def test_an_event_ahead_is_added_shown_and_in_the_feed(
    org_a, reporter_a, reporter_b, outsider, client, client_for
):
    starts = timezone.localtime() + timedelta(days=3)
    data = {
        "title": "Hjo-marknaden",
        "kind": "marknad",
        "starts_at": starts.strftime("%Y-%m-%dT10:00"),
        "ends_at": starts.strftime("%Y-%m-%dT16:00"),
        "place": Place.objects.get(name="Hamnen").pk,
        "place_text": "",
        "note": "Cirka 5 000 besökare, ring 070-123 45 67.",
    }
    response = client_for(reporter_a).post(reverse("measures:planned_event_create"), data)
    assert response.status_code == 200 and not PlannedEvent.objects.exists()  # the guard
    data["note"] = "Cirka 5 000 besökare, vakter vid hamnplan."
    response = client_for(reporter_a).post(reverse("measures:planned_event_create"), data)
    assert response.status_code == 302
    event = PlannedEvent.objects.get()
    assert event.organisation == org_a and event.created_by == reporter_a

    # Every participant sees it in the situation picture and the next meeting ...
    picture = client_for(reporter_b).get(reverse("est:situation_picture")).content.decode()
    assert "Hjo-marknaden" in picture
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=1))
    page = client_for(reporter_b).get(reverse("est:meeting_detail", args=[meeting.pk]))
    assert "Hjo-marknaden" in page.content.decode()
    # ... but only its organisation changes it.
    update = reverse("measures:planned_event_update", args=[event.pk])
    assert client_for(reporter_b).get(update).status_code == 404
    delete = reverse("measures:planned_event_delete", args=[event.pk])
    assert client_for(reporter_b).post(delete).status_code == 404

    # The feed: the participant's signed address, no login.
    client.logout()
    feed = client.get(reverse("walks:planned_events_ics", args=[feed_token(reporter_b)]))
    assert feed.status_code == 200
    [vevent] = Calendar.from_ical(feed.content).walk("VEVENT")
    assert str(vevent["summary"]) == "Hjo-marknaden (Marknad eller mässa)"
    assert str(vevent["location"]) == "Hamnen"
    for token in ("fel", feed_token(outsider), feed_token(reporter_b)[:-2] + "xx"):
        assert client.get(reverse("walks:planned_events_ics", args=[token])).status_code == 404
    reporter_b.memberships.all().delete()
    assert (
        client.get(reverse("walks:planned_events_ics", args=[feed_token(reporter_b)])).status_code
        == 404
    )
