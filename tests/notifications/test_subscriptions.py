"""Issue 26, point 1: citizens follow by e-mail with double opt-in and one-click unsubscription.

Nothing but the confirmation mail goes out before the address is confirmed; every mail carries
the signed unsubscribe link and the List-Unsubscribe header; a tampered link is 404; an
unconfirmed subscription is deleted by the scheduled job; each event mails only its topic.
"""

import re
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from bra_council.models import MeetingStatus
from est_measures.models import SafetyWalk
from hjo_safety import events
from hjo_safety.dates import local_midnight
from notifications.models import OutboxMessage, Subscription, Topic
from notifications.subscriptions import queue_figure_releases
from tests.bra_council.factories import AgendaItemFactory, CouncilMeetingFactory
from tests.citizen_promises.factories import CitizenPromiseFactory, FollowUpFactory
from tests.est_measures.factories import SafetyWalkFactory
from tests.est_measures.test_walks import walk_data

pytestmark = pytest.mark.django_db

SUBSCRIBE = reverse("notifications:subscribe")
LINK = re.compile(r"https://trygghet\.example\.se(/folj/(?:bekrafta|avsluta)/[^/\s]+/)")


def links(message):
    found = LINK.findall(message.body)
    return [path for path in found if "/bekrafta/" in path], [p for p in found if "/avsluta/" in p]


def subscribe(client, on_commit, email="ann@example.org", **data):
    with on_commit():
        response = client.post(
            SUBSCRIBE, {"email": email, "topic": Topic.SAFETY_WALK, **data}, REMOTE_ADDR="192.0.2.1"
        )
    assert response.status_code == 302
    assert response.url == reverse("notifications:subscription_sent")
    return response


def confirmed(email, topic, promise=None):
    return Subscription.objects.create(
        email=email, topic=topic, promise=promise, confirmed_at=timezone.now()
    )


def test_double_opt_in_then_one_click_unsubscription(client, on_commit):
    assert client.get(SUBSCRIBE).status_code == 200
    subscribe(client, on_commit, email="Ann@Example.org")
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.confirmed_at) == ("ann@example.org", None)
    [confirmation] = mail.outbox
    assert confirmation.to == ["ann@example.org"]
    confirm_path, [unsubscribe_path] = links(confirmation)
    assert confirmation.extra_headers["List-Unsubscribe"].endswith(f"{unsubscribe_path}>")
    assert confirmation.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # The same address again: the same page, and no second mail (nothing to learn from it).
    subscribe(client, on_commit, email="ann@example.org")
    assert len(mail.outbox) == 1

    # Before confirmation nothing else is sent.
    walk = SafetyWalkFactory(is_published=True)
    with on_commit():
        events.emit(events.SAFETY_WALK_PUBLISHED, walk=walk)
    assert len(mail.outbox) == 1

    # GET only asks (link scanners); POST confirms.
    assert client.get(confirm_path[0]).status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None
    response = client.post(confirm_path[0])
    assert "Klart" in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None

    other = SafetyWalkFactory(is_published=True)
    with on_commit():
        events.emit(events.SAFETY_WALK_PUBLISHED, walk=other)
    news = mail.outbox[-1]
    assert len(mail.outbox) == 2 and str(other.pk) in news.body
    [walk_unsubscribe] = links(news)[1]
    assert news.extra_headers["List-Unsubscribe"].endswith(f"{walk_unsubscribe}>")

    # One click from the mail client (RFC 8058: a POST without session or CSRF token).
    client.get(walk_unsubscribe)
    assert Subscription.objects.exists()
    assert client.post(walk_unsubscribe).status_code == 200
    assert not Subscription.objects.exists()
    assert not OutboxMessage.objects.filter(to_address="ann@example.org").exists()
    assert "avslutad" in client.get(walk_unsubscribe).content.decode()


def test_tampered_or_expired_links_are_404(client, on_commit, settings):
    subscribe(client, on_commit)
    [confirm_path], [unsubscribe_path] = links(mail.outbox[0])
    for path in (confirm_path, unsubscribe_path):
        token = path.split("/")[-2]
        tampered = path.replace(token, token[:-2] + ("AA" if token[-2:] != "AA" else "BB"))
        assert client.get(tampered).status_code == 404
        assert client.post(tampered).status_code == 404
    # One link does not open the other (different salts).
    swapped = reverse("notifications:subscription_confirm", args=[unsubscribe_path.split("/")[-2]])
    assert client.post(swapped).status_code == 404
    settings.SUBSCRIPTION_CONFIRM_HOURS = 0
    assert client.post(confirm_path).status_code == 404
    assert Subscription.objects.get().confirmed_at is None


def test_form_errors_and_rate_limit(client, settings):
    response = client.post(SUBSCRIBE, {"email": "x@example.org", "topic": Topic.FOLLOW_UP})
    assert response.status_code == 400
    assert "Välj vilket medborgarlöfte" in response.content.decode()
    settings.SUBSCRIPTION_RATE_LIMIT = "2/h"
    data = {"email": "y@example.org", "topic": Topic.COUNCIL}
    for _ in range(2):
        assert client.post(SUBSCRIBE, data, REMOTE_ADDR="192.0.2.77").status_code == 302
    assert client.post(SUBSCRIBE, data, REMOTE_ADDR="192.0.2.77").status_code == 429
    # A promise's page links here with the promise chosen.
    promise = CitizenPromiseFactory(published=True)
    page = client.get(SUBSCRIBE, {"lofte": promise.slug}).content.decode()
    assert f'<option value="{promise.pk}" selected>' in page


def test_the_job_runner_deletes_unconfirmed_subscriptions(settings):
    old = timezone.now() - timedelta(hours=settings.SUBSCRIPTION_CONFIRM_HOURS + 1)
    stale = Subscription.objects.create(email="old@example.org", topic=Topic.COUNCIL)
    Subscription.objects.filter(pk=stale.pk).update(created_at=old)
    fresh = Subscription.objects.create(email="new@example.org", topic=Topic.COUNCIL)
    kept = confirmed("kept@example.org", Topic.COUNCIL)
    Subscription.objects.filter(pk=kept.pk).update(created_at=old)
    call_command("run_job", "send_notifications", verbosity=0)
    assert set(Subscription.objects.values_list("pk", flat=True)) == {fresh.pk, kept.pk}


def test_each_event_mails_its_own_topic(client_for, coordinator, on_commit):
    coordinator_org = coordinator.memberships.first().organisation
    promise, other_promise = CitizenPromiseFactory.create_batch(2, published=True)
    follower = confirmed("follow@example.org", Topic.FOLLOW_UP, promise)
    confirmed("other@example.org", Topic.FOLLOW_UP, other_promise)
    confirmed("council@example.org", Topic.COUNCIL)
    confirmed("walks@example.org", Topic.SAFETY_WALK)
    Subscription.objects.create(email="waiting@example.org", topic=Topic.COUNCIL)

    def sent():
        addresses = sorted(address for message in mail.outbox for address in message.to)
        mail.outbox.clear()
        return addresses

    # A follow-up published in the admin (the list's action).
    follow_up = FollowUpFactory(promise=promise, is_published=False)
    admin = client_for(coordinator)
    with on_commit():
        admin.post(
            reverse("admin:citizen_promises_followup_changelist"),
            {"action": "publish", "_selected_action": [follow_up.pk]},
        )
    assert sent() == ["follow@example.org"]
    assert OutboxMessage.objects.get(subscription=follower).about == follow_up

    # The council's agenda published and minutes approved; the coordinator is no member.
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED)
    AgendaItemFactory(meeting=meeting)
    with on_commit():
        meeting.transition_to(MeetingStatus.AGENDA_PUBLISHED)
    assert sent() == ["council@example.org"]
    meeting.starts_at = timezone.now() - timedelta(days=1)
    meeting.ends_at = meeting.starts_at + timedelta(hours=2)
    meeting.save()
    meeting.transition_to(MeetingStatus.HELD)
    with on_commit():
        meeting.transition_to(MeetingStatus.MINUTES_APPROVED)
    assert sent() == ["council@example.org"]

    # A walk: when the coordinator publishes it in the portal, not before.
    with on_commit():
        admin.post(reverse("measures:walk_create"), walk_data([coordinator_org], []))
    assert sent() == []
    walk = SafetyWalk.objects.get()
    with on_commit():
        admin.post(
            reverse("measures:walk_update", args=[walk.pk]),
            walk_data([coordinator_org], [], is_published="on"),
        )
    assert sent() == ["walks@example.org"]
    hidden = SafetyWalkFactory(is_published=False)
    with on_commit():
        events.emit(events.SAFETY_WALK_PUBLISHED, walk=hidden)  # composed only if published
    assert sent() == []

    # New figures: once per release, to those subscribed when the figures were released.
    today = date(2026, 12, 20)  # the November figures came out on 15 December
    released = local_midnight(date(2026, 12, 15))
    early = confirmed("figures@example.org", Topic.FIGURES)
    late = confirmed("late@example.org", Topic.FIGURES)
    Subscription.objects.filter(pk=early.pk).update(confirmed_at=released - timedelta(days=3))
    Subscription.objects.filter(pk=late.pk).update(confirmed_at=released + timedelta(days=1))
    with on_commit():
        assert queue_figure_releases(today) == 1
    assert queue_figure_releases(today) == 0
    [figures] = mail.outbox
    assert figures.to == ["figures@example.org"] and "november 2026" in figures.body
    assert "/trygghet-i-siffror/" in figures.body
