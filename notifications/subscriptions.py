"""Citizens' e-mail subscriptions (issue 26): double opt-in, one-click unsubscription, and the
mail each topic gets.

- ``subscribe()`` stores an unconfirmed ``Subscription`` and queues one confirmation mail with a
  signed link (``subscription_links``); nothing else is sent until it is confirmed.
- ``confirm()`` / ``unsubscribe()`` take the signed tokens from the links; unsubscribing deletes
  the row and its outbox messages, so the address is kept only while subscribed.
- The handlers turn the core apps' events (a follow-up or a safety walk published, an agenda
  published, minutes approved) into outbox messages for the confirmed subscribers;
  ``queue_figure_releases`` mails the figures' subscribers on a release day of
  ``est_incidents.publication`` (from ``send_notifications``), and ``purge_unconfirmed``
  deletes subscriptions left unconfirmed.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from hjo_safety import events
from hjo_safety.dates import local_midnight
from notifications.mail import queue
from notifications.models import MailKind, MailTemplate, Subscription, Topic


def subscribe(*, email: str, topic: str, promise=None, place=None) -> Subscription | None:
    """Store an unconfirmed subscription and queue its confirmation mail.

    An address already subscribed (or waiting) to the topic gets nothing new, and the caller
    shows the same page either way, so the form does not tell who subscribes to what.
    """
    email = email.strip().lower()
    try:
        with transaction.atomic():
            subscription = Subscription.objects.create(
                email=email,
                topic=topic,
                promise=promise if topic == Topic.FOLLOW_UP else None,
                place=place if topic == Topic.FIGURES else None,
            )
    except IntegrityError:
        return None
    queue(
        event_key=f"subscription:{subscription.pk}:confirm",
        kind=MailKind.SUBSCRIPTION,
        template=MailTemplate.SUBSCRIPTION_CONFIRM,
        user=None,
        about=subscription,
        to_address=email,
        subscription=subscription,
    )
    return subscription


def confirm(subscription: Subscription) -> None:
    if subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])


def unsubscribe(subscription: Subscription) -> None:
    """Delete the subscription; its outbox messages (and the address in them) go with it."""
    subscription.delete()


def purge_unconfirmed(now=None) -> int:
    """Delete subscriptions left unconfirmed for ``SUBSCRIPTION_CONFIRM_HOURS``."""
    cutoff = (now or timezone.now()) - timedelta(hours=settings.SUBSCRIPTION_CONFIRM_HOURS)
    deleted, _by_model = Subscription.objects.unconfirmed_before(cutoff).delete()
    return deleted


def _queue_for(subscriptions, *, key: str, template: str, about, params=None) -> int:
    count = 0
    for subscription in subscriptions.order_by("pk"):
        message = queue(
            event_key=f"subscription:{subscription.pk}:{key}",
            kind=MailKind.SUBSCRIPTION,
            template=template,
            user=None,
            about=about,
            params=params,
            to_address=subscription.email,
            subscription=subscription,
        )
        count += message is not None
    return count


# --- Events from the core apps ---------------------------------------------------------------


def follow_up_published(*, follow_up, **_ignored):
    from citizen_promises.models import FollowUp

    if not FollowUp.objects.published().filter(pk=follow_up.pk).exists():
        return  # a follow-up of a promise that is not public yet
    _queue_for(
        Subscription.objects.confirmed().filter(
            topic=Topic.FOLLOW_UP, promise_id=follow_up.promise_id
        ),
        key=f"followup:{follow_up.pk}",
        template=MailTemplate.SUBSCRIPTION_FOLLOW_UP,
        about=follow_up,
    )


def safety_walk_published(*, walk, **_ignored):
    _queue_for(
        Subscription.objects.confirmed().filter(topic=Topic.SAFETY_WALK),
        key=f"walk:{walk.pk}",
        template=MailTemplate.SUBSCRIPTION_WALK,
        about=walk,
    )


def council_agenda_published(*, meeting, **_ignored):
    _queue_for(
        Subscription.objects.confirmed().filter(topic=Topic.COUNCIL),
        key=f"council:{meeting.pk}:agenda",
        template=MailTemplate.SUBSCRIPTION_AGENDA,
        about=meeting,
    )


def council_minutes_approved(*, meeting, **_ignored):
    _queue_for(
        Subscription.objects.confirmed().filter(topic=Topic.COUNCIL),
        key=f"council:{meeting.pk}:minutes",
        template=MailTemplate.SUBSCRIPTION_MINUTES,
        about=meeting,
    )


def queue_figure_releases(today=None) -> int:
    """On and after a release day, mail the figures' subscribers who were subscribed when the
    figures were released, each their area's figures (once per release and subscription: the
    event key, so the hourly job can run any number of times)."""
    from est_incidents.publication import current_release

    release = current_release(today)
    released_at = local_midnight(release.released_on)
    month = release.last_month.isoformat()
    subscribers = Subscription.objects.confirmed().filter(
        topic=Topic.FIGURES, confirmed_at__lt=released_at
    )
    count = 0
    for place_id in subscribers.order_by().values_list("place_id", flat=True).distinct():
        params = {"month": month} if place_id is None else {"month": month, "place": place_id}
        count += _queue_for(
            subscribers.filter(place_id=place_id),
            key=f"figures:{month}",
            template=MailTemplate.SUBSCRIPTION_FIGURES,
            about=None,
            params=params,
        )
    return count


def register():
    events.subscribe(events.FOLLOW_UP_PUBLISHED, follow_up_published)
    events.subscribe(events.SAFETY_WALK_PUBLISHED, safety_walk_published)
    events.subscribe(events.COUNCIL_AGENDA_PUBLISHED, council_agenda_published)
    events.subscribe(events.COUNCIL_MINUTES_APPROVED, council_minutes_approved)
