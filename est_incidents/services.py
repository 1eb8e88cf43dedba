"""Writes of est_incidents that reach beyond one model or must leave an audit record.

Sharing (``share_incident``, ``withdraw_share``, ``record_share_view``, ``handle_share``), the
coordinator's reminder to a quiet organisation (``send_coverage_reminder``) and a status change
outside the incident form (``set_incident_status``, the admin's bulk actions). Every function takes
keyword-only arguments including ``acting_user``; the history records they leave (simple-history,
with ``history_user`` set to the acting user) are the audit log. E-mail (the notifications app)
hooks in through ``hjo_safety.events``: queued in the transaction, sent after it commits.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from est_incidents.coverage import REMINDER_INTERVAL
from est_incidents.models import (
    CoverageReminder,
    EstMeeting,
    Incident,
    IncidentShare,
    ShareHandlingNote,
)
from est_incidents.models.meetings import NOT_STARTED_MESSAGE
from est_incidents.situation import situation_with_parts
from hjo_safety import events
from hjo_safety.cache import bump
from hjo_safety.dates import Period
from hjo_safety.models import Membership, Organisation
from hjo_safety.roles import Role


def frozen_picture_of(period, *, actions_before, now) -> dict:
    """The picture a held meeting keeps: exact, with each organisation's own part of every count
    beside it (``own_parts``), so a reader of the frozen copy sees their own part exactly and
    the rest perturbed, as the live picture showed it (``disclosure.picture_for_viewer``).
    Organisations without incidents in it have no part."""
    picture, parts = situation_with_parts(
        period, every_part=True, include_points=False, actions_before=actions_before, now=now
    )
    picture["own_parts"] = {
        str(row["id"]): {cell: list(value) for cell, value in parts[row["id"]].items() if value[0]}
        for row in picture["by_organisation"]
    }
    return picture


def mark_meeting_held(meeting: EstMeeting, *, acting_user, now=None) -> None:
    """Freeze the situation picture of the meeting's period into it and mark it held.

    The picture is stored as structured data with its time of computation, so later
    corrections of incidents never change what the meeting saw. A meeting that has not started
    cannot be held (``ValidationError``): the picture would miss the days up to the meeting.
    """
    if meeting.is_held:
        return
    now = now or timezone.now()
    if meeting.starts_at > now:
        raise ValidationError(NOT_STARTED_MESSAGE, code="not_started")
    picture = frozen_picture_of(meeting.period, actions_before=meeting.starts_at, now=now)
    meeting.frozen_picture = picture
    meeting.picture_computed_at = now
    meeting.status = EstMeeting.Status.HELD
    meeting.held_by = acting_user
    meeting.save(update_fields=["frozen_picture", "picture_computed_at", "status", "held_by"])


# --- Sharing ----------------------------------------------------------------------------------


def _with_history_user(obj, user):
    """Let simple-history record ``user`` as the one who made this change."""
    obj._history_user = user
    return obj


@transaction.atomic
def share_incident(
    *, incident: Incident, organisation: Organisation, note: str, acting_user
) -> IncidentShare:
    """Share ``incident`` with ``organisation``; the caller has checked the permission.

    Refused (``ValidationError``) for the incident's own organisation, an inactive organisation
    and an organisation it is already shared with. Whether the receiver sees the reporter's name
    is the reporting organisation's setting at this moment.
    """
    if organisation.pk == incident.organisation_id:
        raise ValidationError(
            _("Händelsen tillhör redan %(organisation)s. Välj en annan organisation.")
            % {"organisation": organisation.name}
        )
    if not organisation.is_active:
        raise ValidationError(_("Organisationen är inaktiv. Välj en aktiv organisation."))
    share = _with_history_user(
        IncidentShare(
            incident=incident,
            organisation=organisation,
            note=note,
            show_reporter=incident.organisation.share_reporter_name,
            shared_by=acting_user,
        ),
        acting_user,
    )
    try:
        with transaction.atomic():
            share.save()
    except IntegrityError as exc:
        raise ValidationError(
            _("Händelsen är redan delad med %(organisation)s.")
            % {"organisation": organisation.name}
        ) from exc
    events.emit(
        events.INCIDENT_SHARED,
        incident=incident,
        organisation=organisation,
        acting_user=acting_user,
        share_id=share.pk,
    )
    return share


def withdraw_share(*, share: IncidentShare, acting_user, now=None) -> bool:
    """Withdraw an active share: the receiver no longer sees the incident. False if it was
    already withdrawn (a second click changes nothing)."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = IncidentShare.objects.select_for_update().get(pk=share.pk)
        if locked.withdrawn_at is not None:
            return False
        locked.withdrawn_at = now
        locked.withdrawn_by = acting_user
        _with_history_user(locked, acting_user).save(update_fields=["withdrawn_at", "withdrawn_by"])
    share.withdrawn_at, share.withdrawn_by = locked.withdrawn_at, locked.withdrawn_by
    return True


def record_share_view(*, share: IncidentShare, acting_user, now=None) -> bool:
    """Record the receiving organisation's first view of a shared incident (once)."""
    if share.first_viewed_at is not None or share.withdrawn_at is not None:
        return False
    with transaction.atomic():
        locked = IncidentShare.objects.select_for_update().get(pk=share.pk)
        if locked.first_viewed_at is not None:
            return False
        locked.first_viewed_at = now or timezone.now()
        locked.first_viewed_by = acting_user
        _with_history_user(locked, acting_user).save(
            update_fields=["first_viewed_at", "first_viewed_by"]
        )
    share.first_viewed_at, share.first_viewed_by = locked.first_viewed_at, acting_user
    return True


@transaction.atomic
def handle_share(
    *, share: IncidentShare, handling_status: str, note: str, acting_user
) -> ShareHandlingNote | None:
    """The receiver sets its handling status and, optionally, adds a handling note."""
    if share.handling_status != handling_status:
        share.handling_status = handling_status
        _with_history_user(share, acting_user).save(update_fields=["handling_status"])
    if not note.strip():
        return None
    handling_note = ShareHandlingNote(share=share, text=note.strip(), written_by=acting_user)
    _with_history_user(handling_note, acting_user).save()
    # The reporter hears what the receiving organisation did.
    events.emit(
        events.INCIDENT_NOTE_ADDED,
        incident=share.incident,
        acting_user=acting_user,
        note_id=handling_note.pk,
    )
    return handling_note


# --- Reporting coverage -----------------------------------------------------------------------


def coverage_reminder_recipients(organisation: Organisation):
    """The organisation's active admins with an e-mail address, by address."""
    admin_ids = Membership.objects.filter(organisation=organisation, role=Role.ORG_ADMIN).values(
        "user_id"
    )
    return (
        get_user_model()
        .objects.filter(pk__in=admin_ids, is_active=True)
        .exclude(email="")
        .order_by("email", "pk")
    )


def send_coverage_reminder(
    *, organisation: Organisation, period: Period, link: str, acting_user, now=None
) -> CoverageReminder | None:
    """Remind the organisation's admins by e-mail to report, once a day at most.

    Returns the new reminder, or None if one was sent in the last day (a double click, or two
    coordinators at once: the organisation row is locked while deciding). ``link`` is the
    portal's page for logging an incident, as an absolute URL. Raises
    ``ValidationError`` when the organisation has no admin with an e-mail address.

    The mail itself is the notifications app's (``events.COVERAGE_REMINDER_SENT``): it is
    queued in its outbox in this transaction, leaves after commit, and a mail server that is
    down leaves it queued for the next ``send_notifications`` run, never sent twice.
    """
    now = now or timezone.now()
    with transaction.atomic():
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        if CoverageReminder.objects.filter(
            organisation=organisation, sent_at__gt=now - REMINDER_INTERVAL
        ).exists():
            return None
        recipients = list(coverage_reminder_recipients(organisation))
        if not recipients:
            raise ValidationError(
                _(
                    "%(organisation)s har ingen administratör med e-postadress. Lägg till en "
                    "i administrationen och försök igen."
                )
                % {"organisation": organisation.name}
            )
        reminder = _with_history_user(
            CoverageReminder(
                organisation=organisation,
                period_start=period.start,
                period_end=period.end,
                recipients="\n".join(user.email for user in recipients),
                sent_by=acting_user,
                sent_at=now,
            ),
            acting_user,
        )
        reminder.save()
        events.emit(
            events.COVERAGE_REMINDER_SENT,
            reminder=reminder,
            organisation=organisation,
            period=period,
            recipients=recipients,
            link=link,
            acting_user=acting_user,
        )
    return reminder


# --- Notifications ----------------------------------------------------------------------------


@transaction.atomic
def set_incident_status(*, incident: Incident, status: str, acting_user) -> bool:
    """Give ``incident`` a new status, as the incident form does: one history version with
    ``acting_user`` (the audit log) and the status event (the reporter's mail). False when it
    already had that status (nothing is written or announced)."""
    old_status = incident.status
    if old_status == status:
        return False
    incident.status = status
    _with_history_user(incident, acting_user).save(update_fields=["status", "updated_at"])
    announce_handling(
        incident, old_status=old_status, old_note=incident.handling_note, acting_user=acting_user
    )
    return True


def announce_handling(incident: Incident, *, old_status: str, old_note: str, acting_user) -> None:
    """Tell listeners (the reporter's e-mail) that an incident's status or handling note changed:
    one event per save (a new note with a new status is the note event, ``status_changed``).

    Call it in the transaction that saved ``incident``, with the values it had before; nothing is
    announced when neither changed.
    """
    status_changed = incident.status != old_status
    if incident.handling_note.strip() and incident.handling_note != old_note:
        # One save, one mail: the note mail names the new state as well.
        events.emit(
            events.INCIDENT_NOTE_ADDED,
            incident=incident,
            acting_user=acting_user,
            status_changed=status_changed,
        )
    elif status_changed:
        events.emit(
            events.INCIDENT_STATUS_CHANGED,
            incident=incident,
            old_status=old_status,
            acting_user=acting_user,
        )


# --- One event counted once (issue 25, point 1) -------------------------------------------------


@transaction.atomic
def link_same_event(*, incident: Incident, other: Incident, acting_user) -> Incident:
    """Link ``incident`` to ``other`` as the same event; returns the group's primary.

    ``incident`` joins ``other``'s group (its primary: ``other`` or what ``other`` is linked to)
    and stops being counted on its own; reports linked to ``incident`` move with it, so groups
    stay flat. The caller has checked that the user may correct ``incident`` (``other`` may be
    another organisation's: it is not changed, only its organisation's kept pages renewed).
    One history version per changed report, with ``acting_user``.
    """
    primary = Incident.objects.select_for_update().get(pk=other.duplicate_of_id or other.pk)
    if primary.pk == incident.pk or incident.duplicate_of_id == primary.pk:
        return primary
    now = timezone.now()
    moved = list(Incident.objects.select_for_update().filter(duplicate_of=incident.pk))
    for report in [incident, *moved]:
        report.duplicate_of = primary
        report.duplicate_linked_by = acting_user
        report.duplicate_linked_at = now
        _with_history_user(report, acting_user).save(
            update_fields=[
                "duplicate_of",
                "duplicate_linked_by",
                "duplicate_linked_at",
                "updated_at",
            ]
        )
    bump(primary.organisation_id)  # its list and page now show the link
    return primary


@transaction.atomic
def unlink_same_event(*, incident: Incident, acting_user) -> None:
    """Counted on its own again: ``incident`` leaves its group (a linked report only)."""
    if incident.duplicate_of_id is None:
        return
    primary_organisation = incident.duplicate_of.organisation_id
    incident.duplicate_of = None
    incident.duplicate_linked_by = acting_user
    incident.duplicate_linked_at = timezone.now()
    _with_history_user(incident, acting_user).save(
        update_fields=["duplicate_of", "duplicate_linked_by", "duplicate_linked_at", "updated_at"]
    )
    bump(primary_organisation)
