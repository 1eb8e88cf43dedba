"""Turn the core apps' events (``hjo_safety.events``) into queued e-mail.

Each handler runs inside the transaction of the write that caused the event and only writes
``OutboxMessage`` rows; delivery happens after commit (``notifications.mail.queue``).
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from hjo_safety import events
from hjo_safety.models import Membership
from hjo_safety.roles import Role
from notifications.mail import absolute, queue
from notifications.models import MailKind


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def _reporter_to_tell(incident, acting_user):
    """The incident's reporter, unless they made the change themselves."""
    reporter = incident.reported_by
    if reporter is None or (acting_user is not None and acting_user.pk == reporter.pk):
        return None
    return reporter


def incident_status_changed(*, incident, old_status, acting_user=None, **_ignored):
    reporter = _reporter_to_tell(incident, acting_user)
    if reporter is None:
        return
    label = incident.get_status_display()
    queue(
        event_key=f"incident:{incident.pk}:status:{incident.status}:{timezone.now().isoformat()}",
        kind=MailKind.INCIDENT_STATUS,
        user=reporter,
        subject=_("Din händelse har fått status ”%(status)s”") % {"status": label},
        paragraphs=[
            _("Händelsen du rapporterade (%(incident)s) har nu status ”%(status)s”.")
            % {"incident": incident, "status": label},
        ],
        link=absolute(incident.get_absolute_url()),
        link_text=_("Se händelsen"),
    )


def incident_note_added(*, incident, acting_user=None, note=None, **_ignored):
    """``note`` is the text when it is not the incident's own handling note (a receiving
    organisation's note on a share)."""
    reporter = _reporter_to_tell(incident, acting_user)
    if reporter is None:
        return
    queue(
        event_key=f"incident:{incident.pk}:note:{timezone.now().isoformat()}",
        kind=MailKind.INCIDENT_NOTE,
        user=reporter,
        subject=_("Ny hanteringsanteckning på din händelse"),
        paragraphs=[
            _(
                "Någon har skrivit en hanteringsanteckning på händelsen du rapporterade (%(incident)s):"
            )
            % {"incident": incident},
            note if note is not None else incident.handling_note,
        ],
        link=absolute(incident.get_absolute_url()),
        link_text=_("Se händelsen"),
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
        user=reporter,
        subject=_("Din händelse har delats med %(organisation)s") % {"organisation": organisation},
        paragraphs=[
            _(
                "Händelsen du rapporterade (%(incident)s) har delats med %(organisation)s, "
                "som kan hantera den."
            )
            % {"incident": incident, "organisation": organisation},
        ],
        link=absolute(incident.get_absolute_url()),
        link_text=_("Se händelsen"),
    )


def _council_recipients(meeting):
    from bra_council.models import CouncilMember

    on = timezone.localtime(meeting.starts_at).date()
    user_ids = (
        CouncilMember.objects.current(on)
        .filter(user__isnull=False, user__is_active=True)
        .values_list("user_id", flat=True)
    )
    return get_user_model().objects.filter(pk__in=user_ids).order_by("pk")


def council_agenda_published(*, meeting, **_ignored):
    agenda_url = absolute(reverse("bra:meeting_agenda", args=[meeting.pk]))
    items = [(str(item), agenda_url) for item in meeting.items.all()]
    for user in _council_recipients(meeting):
        queue(
            event_key=f"council:{meeting.pk}:agenda:user{user.pk}",
            kind=MailKind.COUNCIL,
            user=user,
            subject=_("Dagordning: %(meeting)s") % {"meeting": meeting},
            paragraphs=[
                _("Dagordningen till %(meeting)s, %(when)s i %(where)s, är publicerad.")
                % {"meeting": meeting, "when": _local(meeting.starts_at), "where": meeting.place}
            ],
            items=items,
            link=agenda_url,
            link_text=_("Läs dagordningen"),
        )


def council_minutes_approved(*, meeting, **_ignored):
    for user in _council_recipients(meeting):
        queue(
            event_key=f"council:{meeting.pk}:minutes:user{user.pk}",
            kind=MailKind.COUNCIL,
            user=user,
            subject=_("Justerat protokoll: %(meeting)s") % {"meeting": meeting},
            paragraphs=[_("Protokollet från %(meeting)s är justerat.") % {"meeting": meeting}],
            link=absolute(reverse("bra:meeting_minutes", args=[meeting.pk])),
            link_text=_("Läs protokollet"),
        )


def coverage_reminder_sent(
    *, reminder, organisation, period, recipients, link, acting_user, **_ignored
):
    """The coordinator's reminder to a quiet organisation's admins (est_incidents.services)."""
    sender = acting_user.get_full_name() or acting_user.get_username()
    for user in recipients:
        queue(
            event_key=f"coverage:{reminder.pk}:user{user.pk}",
            kind=MailKind.COVERAGE_REMINDER,
            user=user,
            subject=_("Påminnelse: rapportera händelser till EST"),
            paragraphs=[
                _(
                    "Under perioden %(start)s–%(end)s har %(organisation)s rapporterat färre "
                    "händelser till EST än vanligt. Lägesbilden bygger på att alla deltagande "
                    "organisationer rapporterar, så att den inte blir skev."
                )
                % {
                    "start": date_format(period.start, "j F Y"),
                    "end": date_format(period.end, "j F Y"),
                    "organisation": organisation.name,
                },
                _("Påminn gärna era medarbetare om att registrera otrygghetsskapande händelser."),
                _("Hälsningar\n%(sender)s, säkerhetsstrateg") % {"sender": sender},
            ],
            link=link,
            link_text=_("Registrera en händelse"),
        )


def tip_forwarded(*, tip, organisation, note, acting_user, **_ignored):
    """A moderator forwarded a citizen's tip (citizen_tips.services.forward_tip): the receiving
    organisation's admins hear of it, with the moderator's note (guarded by the forward form) and
    the link to the tip's page. The citizen's own text stays behind the login."""
    admin_ids = Membership.objects.filter(organisation=organisation, role=Role.ORG_ADMIN).values(
        "user_id"
    )
    recipients = get_user_model().objects.filter(pk__in=admin_ids, is_active=True).order_by("pk")
    if acting_user is not None:
        recipients = recipients.exclude(pk=acting_user.pk)  # nobody is mailed about their own act
    sender = (acting_user.get_full_name() or acting_user.get_username()) if acting_user else ""
    paragraphs = [
        _(
            "Ett tips från en medborgare har skickats vidare till %(organisation)s, som kan "
            "åtgärda platsen. Tipset gäller: %(kind)s."
        )
        % {"organisation": organisation.name, "kind": tip.get_kind_display()},
    ]
    if note:
        paragraphs.append(
            _("Meddelande från %(sender)s:\n%(note)s") % {"sender": sender, "note": note}
        )
    paragraphs.append(_("Tipset finns i portalen när du har loggat in."))
    link = absolute(tip.get_absolute_url())
    for user in recipients:
        queue(
            event_key=f"tip:{tip.pk}:forwarded:org{organisation.pk}:user{user.pk}",
            kind=MailKind.TIP_FORWARDED,
            user=user,
            subject=_("Ett medborgartips har skickats till %(organisation)s")
            % {"organisation": organisation.name},
            paragraphs=paragraphs,
            link=link,
            link_text=_("Läs tipset"),
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
    events.subscribe(events.COVERAGE_REMINDER_SENT, coverage_reminder_sent)
    events.subscribe(events.TIP_FORWARDED, tip_forwarded)
