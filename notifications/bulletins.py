"""Bulletins between the EST meetings: who may send them, who receives them, and how.

The kommunpolis (a member of an organisation of the kind "Polisen") or the coordinator writes
a bulletin to every EST participant or to chosen organisations (``BulletinForm``, guarded
against personal data). Each active member of an addressed organisation with an address gets
it through the outbox as they chose on ``/personal/installningar/`` (``NotificationSettings.
bulletin``):

- ``instant``: one mail per bulletin, queued when it is sent (``send_bulletin``);
- ``weekly``: one mail on Monday with the past week's bulletins (``queue_bulletin_weeks``, run
  hourly by ``send_notifications``), except an urgent warning, which goes at once;
- ``none``: no mail; the bulletins are still on the "Utskick" page.

The outbox stores only the bulletin's id: the text is read from the bulletin row when each mail
is sent (``notifications.compose``).

**Early warnings**: see ``notifications/bulletin_warnings.py``.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from hjo_safety import permissions
from hjo_safety.models import Membership, Organisation
from notifications.mail import queue
from notifications.models import (
    Bulletin,
    BulletinDelivery,
    BulletinKind,
    MailKind,
    MailTemplate,
    NotificationSettings,
    OutboxMessage,
)


def may_send(user) -> bool:
    """The coordinator, and members of a police organisation (the kommunpolis)."""
    if permissions.is_coordinator(user):
        return True
    return Organisation.objects.filter(
        pk__in=permissions.organisation_ids(user), kind=Organisation.Kind.POLICE, is_active=True
    ).exists()


def recipients(bulletin):
    """Active users with an address who are members of an organisation the bulletin is for."""
    user_ids = Membership.objects.filter(
        organisation__in=bulletin.organisations.all(), organisation__is_active=True
    ).values("user_id")
    return (
        get_user_model()
        .objects.filter(pk__in=user_ids, is_active=True)
        .exclude(email="")
        .select_related("notification_settings")
        .order_by("pk")
    )


def _event_key(bulletin, user) -> str:
    return f"bulletin:{bulletin.pk}:user{user.pk}"


def send_bulletin(bulletin) -> tuple[int, int]:
    """Queue the bulletin's mail for everyone who wants it now; ``(queued now, waiting for the
    weekly mail)``. Call inside the transaction that saved the bulletin."""
    now = weekly = 0
    for user in recipients(bulletin):
        delivery = NotificationSettings.for_user(user).bulletin
        if delivery == BulletinDelivery.NONE:
            continue
        if delivery == BulletinDelivery.WEEKLY and bulletin.kind != BulletinKind.WARNING:
            weekly += 1
            continue
        message = queue(
            event_key=_event_key(bulletin, user),
            kind=MailKind.BULLETIN,
            template=MailTemplate.BULLETIN,
            user=user,
            about=bulletin,
        )
        now += message is not None
    return now, weekly


def last_week(now: datetime.datetime) -> tuple[datetime.datetime, datetime.datetime, str]:
    """The last complete week (Monday to Monday, local time) before ``now`` and its ISO name."""
    today = timezone.localtime(now).date()
    monday = today - datetime.timedelta(days=today.weekday())
    start_day = monday - datetime.timedelta(days=7)
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(start_day, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(monday, datetime.time.min, tzinfo=zone)
    year, week, _ = start_day.isocalendar()
    return start, end, f"{year}-W{week:02d}"


def queue_bulletin_weeks(now: datetime.datetime | None = None) -> int:
    """Queue one mail per weekly reader with last week's bulletins they have not been mailed
    (once per week and reader: the event key); return how many were queued."""
    start, end, week = last_week(now or timezone.now())
    bulletins = list(Bulletin.objects.filter(sent_at__gte=start, sent_at__lt=end))
    if not bulletins:
        return 0
    queued = 0
    readers = {}
    for bulletin in bulletins:
        for user in recipients(bulletin):
            if NotificationSettings.for_user(user).bulletin == BulletinDelivery.WEEKLY:
                readers.setdefault(user.pk, (user, []))[1].append(bulletin.pk)
    for user, ids in readers.values():
        already = set(
            OutboxMessage.objects.filter(
                event_key__in=[f"bulletin:{pk}:user{user.pk}" for pk in ids]
            ).values_list("event_key", flat=True)
        )
        ids = [pk for pk in ids if f"bulletin:{pk}:user{user.pk}" not in already]
        if not ids:
            continue
        with transaction.atomic():
            message = queue(
                event_key=f"bulletins:{week}:user{user.pk}",
                kind=MailKind.BULLETIN,
                template=MailTemplate.BULLETIN_WEEK,
                user=user,
                params={"bulletins": sorted(ids), "week": week},
            )
        queued += message is not None
    return queued
