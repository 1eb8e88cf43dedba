"""What ``send_notifications`` queues on a schedule: digests for organisation admins,
reminders of actions that are due in a week or overdue, and the coordinators' reminder that the
cooperation agreement ends (its ``reminder_days`` before the end)."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from bra_council.models import Action, ActionStatus
from citizen_promises.models import CooperationAgreement
from est_incidents.models import EstAction, Incident, IncidentShare
from hjo_safety.models import Membership
from hjo_safety.roles import Role
from notifications.mail import queue
from notifications.models import (
    DigestFrequency,
    DigestRun,
    MailKind,
    MailTemplate,
    NotificationSettings,
)

REMINDER_DAYS_AHEAD = 7
PERIODS = {
    DigestFrequency.DAILY: datetime.timedelta(days=1),
    DigestFrequency.WEEKLY: datetime.timedelta(days=7),
}
# A run a little earlier than exactly one period later still counts (cron jitter).
SLACK = datetime.timedelta(hours=2)


def _admins_by_user():
    """``{user: {organisation ids they administer}}`` for active users with an address."""
    rows = Membership.objects.filter(
        role=Role.ORG_ADMIN, user__is_active=True, organisation__is_active=True
    ).exclude(user__email="")
    result: dict[int, set[int]] = {}
    for user_id, org_id in rows.values_list("user_id", "organisation_id"):
        result.setdefault(user_id, set()).add(org_id)
    return result


def queue_digests(now: datetime.datetime | None = None) -> int:
    """Queue each due organisation admin's digest of new incidents; return how many were queued."""
    now = now or timezone.now()
    queued = 0
    admins = _admins_by_user()
    users = get_user_model().objects.in_bulk(list(admins))
    for user_id, org_ids in admins.items():
        user = users[user_id]
        frequency = NotificationSettings.for_user(user).digest
        if frequency == DigestFrequency.NONE:
            continue
        period = PERIODS[DigestFrequency(frequency)]
        run = DigestRun.objects.filter(user=user).first()
        since = run.covered_until if run else now - period
        if now - since < period - SLACK:
            continue
        incidents = list(
            Incident.objects.filter(
                organisation_id__in=org_ids, created_at__gt=since, created_at__lte=now
            )
            .select_related("category__parent", "organisation")
            .order_by("created_at")
        )
        # Incidents other organisations shared with this one in the same window (still active).
        shared = list(
            IncidentShare.objects.filter(
                organisation_id__in=org_ids,
                shared_at__gt=since,
                shared_at__lte=now,
                withdrawn_at__isnull=True,
            )
            .select_related("incident__category__parent", "incident__organisation")
            .order_by("shared_at")
        )
        with transaction.atomic():
            if (incidents or shared) and _queue_digest(
                user, incidents, since, now, frequency, shared=[s.incident for s in shared]
            ):
                queued += 1
            DigestRun.objects.update_or_create(user=user, defaults={"covered_until": now})
    return queued


def _queue_digest(user, incidents, since, now, frequency, *, shared=()) -> bool:
    """Queue the digest: the incidents' ids; the list is composed (and checked against what the
    admin may see) when the mail is sent."""
    return (
        queue(
            event_key=f"digest:user{user.pk}:{frequency}:{timezone.localtime(now):%Y-%m-%d}",
            kind=MailKind.DIGEST,
            template=MailTemplate.DIGEST,
            user=user,
            params={
                "own": [incident.pk for incident in incidents[:50]],
                "shared": [incident.pk for incident in list(shared)[:50]],
                "more": int(len(incidents) > 50 or len(shared) > 50),
                "since": since.isoformat(),
            },
        )
        is not None
    )


def _reminder_targets(today):
    """``[(kind key, action)]`` for open EST and council actions due soon or overdue."""
    horizon = today + datetime.timedelta(days=REMINDER_DAYS_AHEAD)
    rows = []
    for action in EstAction.objects.open().filter(due_date__lte=horizon):
        rows.append((f"estaction:{action.pk}", action))
    for action in Action.objects.filter(status=ActionStatus.OPEN, due_date__lte=horizon):
        rows.append((f"councilaction:{action.pk}", action))
    return rows


def queue_reminders(today: datetime.date | None = None) -> int:
    """Remind the responsible organisation's admins once a week before the due date and once
    when it has passed; return how many messages were queued."""
    today = today or timezone.localdate()
    admins = _admins_by_user()
    users = get_user_model().objects.in_bulk(list(admins))
    queued = 0
    for key, action in _reminder_targets(today):
        stage = "overdue" if action.due_date < today else "week"
        due = action.due_date.strftime("%Y-%m-%d")
        for user_id, org_ids in admins.items():
            if action.responsible_organisation_id not in org_ids:
                continue
            with transaction.atomic():
                message = queue(
                    event_key=f"{key}:{stage}:{due}:user{user_id}",
                    kind=MailKind.ACTION_REMINDER,
                    template=MailTemplate.ACTION_REMINDER,
                    user=users[user_id],
                    about=action,
                    params={"stage": stage},
                )
            queued += message is not None
    return queued + queue_agreement_reminders(today)


def _coordinators():
    return list(
        get_user_model()
        .objects.filter(
            memberships__role=Role.COORDINATOR,
            is_active=True,
            memberships__organisation__is_active=True,
        )
        .exclude(email="")
        .distinct()
    )


def queue_agreement_reminders(today: datetime.date | None = None) -> int:
    """Remind every coordinator once that a published cooperation agreement ends soon: from its
    reminder date to its last day, unless a later agreement has been recorded already."""
    today = today or timezone.localdate()
    queued = 0
    agreements = [
        agreement
        for agreement in CooperationAgreement.objects.published().filter(valid_to__gte=today)
        if agreement.reminder_date() <= today
        and not CooperationAgreement.objects.filter(
            valid_from__gt=agreement.valid_from, valid_to__gt=agreement.valid_to
        ).exists()
    ]
    if not agreements:
        return 0
    coordinators = _coordinators()
    for agreement in agreements:
        for user in coordinators:
            with transaction.atomic():
                message = queue(
                    event_key=f"agreement:{agreement.pk}:{agreement.valid_to:%Y-%m-%d}:user{user.pk}",
                    kind=MailKind.ACTION_REMINDER,
                    template=MailTemplate.AGREEMENT_REMINDER,
                    user=user,
                    about=agreement,
                )
            queued += message is not None
    return queued
