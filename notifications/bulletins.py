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

**Early warnings.** A bulletin carries the early warnings ("Ovanligt många: Hamnen,
skadegörelse (9 mot normalt 3)", ``est_incidents.early_warning``) of the last 14 days as they
were when it was sent: stored on the bulletin (``Bulletin.early_warnings``), added to its mail
and shown on its page. It goes to several organisations, so it stores the outsiders' version
(``warnings_for_outsiders``: the small-count rule for a reader in none of the reporting
organisations): a warning of fewer than 5 incidents is left out and a usual level from fewer
than 5 is "visas inte", whoever reads it. Shown again, each count passes the same rule.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from est_incidents.disclosure import Disclosed
from est_incidents.disclosure import count as disclosed_count
from est_incidents.early_warning import Warning as EarlyWarning
from est_incidents.early_warning import start_page_period, warnings_for_outsiders
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


def early_warnings_now(today=None) -> dict:
    """The early warnings of the last 14 days as a bulletin stores them (outsiders' version)."""
    period = start_page_period(today)
    items = [
        {
            "place": warning.place,
            "category": warning.category,
            "count": warning.count.shown,
            "usual": warning.usual.shown,
        }
        for warning in warnings_for_outsiders(period)
    ]
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "items": items}


@dataclass(frozen=True)
class CarriedWarnings:
    """The early warnings a bulletin carries, as anyone it went to may read them."""

    start: datetime.date
    end: datetime.date
    warnings: list  # of early_warning.Warning


def early_warnings_of(bulletin) -> CarriedWarnings | None:
    """A bulletin's stored warnings, each count shown under the outsiders' rule again; None for
    a bulletin sent before warnings were carried."""
    stored = bulletin.early_warnings or {}
    if "start" not in stored:
        return None
    return CarriedWarnings(
        start=datetime.date.fromisoformat(stored["start"]),
        end=datetime.date.fromisoformat(stored["end"]),
        warnings=[
            EarlyWarning(
                place=item["place"],
                category=item["category"],
                count=disclosed_count(item["count"], exact=False),
                usual=Disclosed(item["usual"], masked=item["usual"] is None, secondary=True),
            )
            for item in stored.get("items", [])
        ],
    )


def early_warning_text(bulletin) -> str:
    """The warnings as a paragraph of the mail ("" when it carries none)."""
    carried = early_warnings_of(bulletin)
    if carried is None or not carried.warnings:
        return ""
    lines = [
        _("Tidiga varningar %(start)s–%(end)s (fler händelser än vanligt):")
        % {
            "start": date_format(carried.start, "j F"),
            "end": date_format(carried.end, "j F Y"),
        }
    ]
    lines += [
        _("Ovanligt många: %(place)s, %(category)s (%(count)s mot normalt %(usual)s)")
        % {
            "place": warning.place,
            "category": warning.category.lower(),
            "count": warning.count,
            "usual": warning.usual,
        }
        for warning in carried.warnings
    ]
    return "\n".join(lines)


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
