"""Turn the core apps' events (``hjo_safety.events``) into queued e-mail.

Each handler runs inside the transaction of the write that caused the event and only writes
``OutboxMessage`` rows (who, about what, which template); the text is composed when the mail is
sent (``notifications.compose``), after commit (``notifications.mail``).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from hjo_safety import events
from hjo_safety.models import Membership
from hjo_safety.roles import Role
from notifications.mail import queue
from notifications.models import MailKind, MailTemplate, NotificationSettings


def _reporter_to_tell(incident, acting_user):
    """The incident's reporter, unless they made the change themselves. Whether they may still
    see the incident is asked by ``queue`` (and again when the mail is sent)."""
    reporter = incident.reported_by
    if reporter is None or (acting_user is not None and acting_user.pk == reporter.pk):
        return None
    return reporter


def incident_status_changed(*, incident, old_status, acting_user=None, **_ignored):
    reporter = _reporter_to_tell(incident, acting_user)
    if reporter is None:
        return
    queue(
        event_key=f"incident:{incident.pk}:status:{incident.status}:{timezone.now().isoformat()}",
        kind=MailKind.INCIDENT_STATUS,
        template=MailTemplate.INCIDENT_STATUS,
        user=reporter,
        about=incident,
    )


def _handling_organisation(incident, acting_user) -> int:
    """The organisation a handling note is written for: the incident's own when the writer is a
    member of it (or nobody is known), else the writer's (a coordinator's municipality)."""
    if acting_user is None:
        return incident.organisation_id
    ids = list(
        Membership.objects.filter(user=acting_user)
        .order_by("organisation__name")
        .values_list("organisation_id", flat=True)
    )
    if not ids or incident.organisation_id in ids:
        return incident.organisation_id
    return ids[0]


def incident_note_added(
    *, incident, acting_user=None, note_id=None, status_changed=False, **_ignored
):
    """The incident's own handling note, or (``note_id``) a receiving organisation's note on a
    share. The text is read when the mail is sent, never stored in the outbox.

    One save that changes the status and adds a note (``status_changed``) yields one mail: the
    note mail, which names the organisation and the new state; a reporter who has turned note
    mail off but not status mail gets the status mail instead."""
    reporter = _reporter_to_tell(incident, acting_user)
    if reporter is None:
        return
    if note_id is not None:
        template, params = MailTemplate.SHARE_NOTE, {"note": note_id}
    else:
        template = MailTemplate.INCIDENT_NOTE
        params = {"organisation": _handling_organisation(incident, acting_user)}
    if status_changed and not NotificationSettings.for_user(reporter).wants(MailKind.INCIDENT_NOTE):
        incident_status_changed(incident=incident, old_status="", acting_user=acting_user)
        return
    queue(
        event_key=f"incident:{incident.pk}:note:{timezone.now().isoformat()}",
        kind=MailKind.INCIDENT_NOTE,
        template=template,
        user=reporter,
        about=incident,
        params=params,
    )


def notify_incident_shared(*, incident, organisation, acting_user=None, share_id=None, **_ignored):
    """The reporter hears that their incident went to ``organisation``.

    The incident-sharing service calls ``events.emit(events.INCIDENT_SHARED, incident=...,
    organisation=..., acting_user=..., share_id=...)`` once the share is saved.
    """
    reporter = _reporter_to_tell(incident, acting_user)
    if reporter is None:
        return
    key = share_id if share_id is not None else f"org{organisation.pk}"
    queue(
        event_key=f"incident:{incident.pk}:shared:{key}",
        kind=MailKind.INCIDENT_SHARED,
        template=MailTemplate.INCIDENT_SHARED,
        user=reporter,
        about=incident,
        params={"organisation": organisation.pk},
    )


def _council_recipients(meeting, acting_user=None):
    """The meeting's current council members with an account, except whoever made the change."""
    from bra_council.models import CouncilMember

    on = timezone.localtime(meeting.starts_at).date()
    user_ids = (
        CouncilMember.objects.current(on)
        .filter(user__isnull=False, user__is_active=True)
        .values_list("user_id", flat=True)
    )
    recipients = get_user_model().objects.filter(pk__in=user_ids).order_by("pk")
    if acting_user is not None:
        recipients = recipients.exclude(pk=acting_user.pk)
    return recipients


def council_agenda_published(*, meeting, acting_user=None, **_ignored):
    for user in _council_recipients(meeting, acting_user):
        queue(
            event_key=f"council:{meeting.pk}:agenda:user{user.pk}",
            kind=MailKind.COUNCIL,
            template=MailTemplate.COUNCIL_AGENDA,
            user=user,
            about=meeting,
        )


def council_minutes_approved(*, meeting, acting_user=None, **_ignored):
    for user in _council_recipients(meeting, acting_user):
        queue(
            event_key=f"council:{meeting.pk}:minutes:user{user.pk}",
            kind=MailKind.COUNCIL,
            template=MailTemplate.COUNCIL_MINUTES,
            user=user,
            about=meeting,
        )


def coverage_reminder_sent(
    *, reminder, organisation, period, recipients, link, acting_user, **_ignored
):
    """The coordinator's reminder to a quiet organisation's admins (est_incidents.services),
    never to the coordinator who sent it."""
    for user in recipients:
        if acting_user is not None and user.pk == acting_user.pk:
            continue
        queue(
            event_key=f"coverage:{reminder.pk}:user{user.pk}",
            kind=MailKind.COVERAGE_REMINDER,
            template=MailTemplate.COVERAGE_REMINDER,
            user=user,
            about=organisation,
            params={
                "start": period.start.isoformat(),
                "end": period.end.isoformat(),
                "sender": acting_user.pk,
            },
        )


def tip_forwarded(*, tip, organisation, note, acting_user, **_ignored):
    """A moderator forwarded a citizen's tip (citizen_tips.services.forward_tip): the receiving
    organisation's admins hear of it, with the moderator's note (read from the tip when the mail
    is sent) and the link to the tip's page."""
    admin_ids = Membership.objects.filter(organisation=organisation, role=Role.ORG_ADMIN).values(
        "user_id"
    )
    recipients = get_user_model().objects.filter(pk__in=admin_ids, is_active=True).order_by("pk")
    if acting_user is not None:
        recipients = recipients.exclude(pk=acting_user.pk)  # nobody is mailed about their own act
    for user in recipients:
        queue(
            event_key=f"tip:{tip.pk}:forwarded:org{organisation.pk}:user{user.pk}",
            kind=MailKind.TIP_FORWARDED,
            template=MailTemplate.TIP_FORWARDED,
            user=user,
            about=tip,
            params={"sender": acting_user.pk if acting_user else 0},
        )


def tip_received(*, tip, **_ignored):
    """A citizen sent a tip: those who moderate tips (coordinators and members of appointed
    organisations) hear of it, by their setting ``tip_received``."""
    from citizen_tips.models import TipModerator

    moderator_orgs = TipModerator.objects.values("organisation_id")
    member_ids = Membership.objects.filter(
        Q(role=Role.COORDINATOR) | Q(organisation__in=moderator_orgs)
    ).values("user_id")
    recipients = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(pk__in=member_ids) | Q(is_superuser=True, email__gt=""))
    )
    for user in recipients.order_by("pk"):
        queue(
            event_key=f"tip:{tip.pk}:received:user{user.pk}",
            kind=MailKind.TIP_RECEIVED,
            template=MailTemplate.TIP_RECEIVED,
            user=user,
            about=tip,
        )


def share_received(*, incident, organisation, acting_user=None, share_id=None, **_ignored):
    """An incident was shared with ``organisation``: its members who handle shares (their
    setting ``handles_shares``) hear of it; when none of them has chosen it, its admins do, so
    a share is never unheard. Never the one who shared it."""
    members = Membership.objects.filter(organisation=organisation)
    handlers = members.filter(user__notification_settings__handles_shares=True)
    chosen = handlers.exists()
    member_ids = (handlers if chosen else members.filter(role=Role.ORG_ADMIN)).values("user_id")
    recipients = get_user_model().objects.filter(pk__in=member_ids, is_active=True)
    if acting_user is not None:
        recipients = recipients.exclude(pk=acting_user.pk)
    key = share_id if share_id is not None else f"org{organisation.pk}"
    for user in recipients.order_by("pk"):
        queue(
            event_key=f"incident:{incident.pk}:share-received:{key}:user{user.pk}",
            kind=MailKind.SHARE_RECEIVED,
            template=MailTemplate.SHARE_RECEIVED,
            user=user,
            about=incident,
            params={"organisation": organisation.pk, "fallback": 0 if chosen else 1},
        )


def user_created(*, user, acting_user, **_ignored):
    from notifications.accounts import send_invitation

    send_invitation(user, acting_user=acting_user, new_user=True)


def register():
    events.subscribe(events.INCIDENT_STATUS_CHANGED, incident_status_changed)
    events.subscribe(events.INCIDENT_NOTE_ADDED, incident_note_added)
    events.subscribe(events.INCIDENT_SHARED, notify_incident_shared)
    events.subscribe(events.COUNCIL_AGENDA_PUBLISHED, council_agenda_published)
    events.subscribe(events.COUNCIL_MINUTES_APPROVED, council_minutes_approved)
    events.subscribe(events.USER_CREATED, user_created)
    events.subscribe(events.INVITATION_RESENT, user_created)  # the same invitation, a new link
    events.subscribe(events.COVERAGE_REMINDER_SENT, coverage_reminder_sent)
    events.subscribe(events.TIP_FORWARDED, tip_forwarded)
    events.subscribe(events.TIP_RECEIVED, tip_received)
    events.subscribe(events.INCIDENT_SHARED, share_received)
