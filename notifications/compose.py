"""The text of every mail, composed from the live objects when the mail is sent.

One composer per ``MailTemplate``; each takes the recipient, the object the mail is about and
the message's ``params`` (ids and codes, never text) and returns a ``Composed`` mail, or
``None`` when what it would tell is gone. ``notifications.mail`` calls them twice: when queueing
(for the stored subject, which holds no free text: ``record_subject``) and when sending (for the
text that goes out). Free text (a handling note, a receiver's note, a moderator's note, an
action's wording) is read from its object at that moment, so a correction or a purge made
before sending is what is sent, and the outbox never holds a copy to redact.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from notifications.links import absolute, password_link
from notifications.models import MailTemplate


@dataclass
class Composed:
    subject: str
    paragraphs: list[str]
    link: str = ""
    link_text: str = ""
    items: list[tuple[str, str]] = field(default_factory=list)
    # The subject kept in the outbox; set when ``subject`` holds free text.
    record: str = ""

    @property
    def record_subject(self) -> str:
        return self.record or self.subject


COMPOSERS = {}


def composer(template):
    def register(function):
        COMPOSERS[template] = function
        return function

    return register


def compose(template: str, *, user, about, params: dict) -> Composed | None:
    return COMPOSERS[template](user=user, about=about, params=params)


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def _name(user_id) -> str:
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


# --- Incidents -------------------------------------------------------------------------------


def _incident_link(incident):
    return {"link": absolute(incident.get_absolute_url()), "link_text": _("Se händelsen")}


@composer(MailTemplate.INCIDENT_STATUS)
def incident_status(*, user, about, params):
    incident = about
    label = incident.get_status_display()
    return Composed(
        subject=_("Din händelse har fått status ”%(status)s”") % {"status": label},
        paragraphs=[
            _("Händelsen du rapporterade (%(incident)s) har nu status ”%(status)s”.")
            % {"incident": incident, "status": label},
        ],
        **_incident_link(incident),
    )


def _note_mail(incident, text, *, organisation, state):
    """A handling note, naming the organisation that wrote it and the state it left."""
    return Composed(
        subject=_("%(organisation)s har skrivit om din händelse: %(state)s")
        % {"organisation": organisation, "state": state},
        paragraphs=[
            _(
                "%(organisation)s har skrivit en hanteringsanteckning på händelsen du "
                "rapporterade (%(incident)s):"
            )
            % {"organisation": organisation, "incident": incident},
            text,
            _("Händelsen har nu status ”%(state)s”.") % {"state": state},
        ],
        **_incident_link(incident),
    )


@composer(MailTemplate.INCIDENT_NOTE)
def incident_note(*, user, about, params):
    """The incident's own handling note as it reads now; nothing if it was emptied."""
    from hjo_safety.models import Organisation

    if not about.handling_note.strip():
        return None
    organisation = (
        Organisation.objects.filter(pk=params.get("organisation")).first() or about.organisation
    )
    return _note_mail(
        about, about.handling_note, organisation=organisation, state=about.get_status_display()
    )


@composer(MailTemplate.SHARE_NOTE)
def share_note(*, user, about, params):
    """A receiving organisation's note (``ShareHandlingNote``) on the incident, as it reads now,
    with that organisation's handling state."""
    from est_incidents.models import ShareHandlingNote

    note = (
        ShareHandlingNote.objects.filter(pk=params.get("note"), share__incident=about)
        .select_related("share__organisation")
        .first()
    )
    if note is None or not note.text.strip():
        return None
    return _note_mail(
        about,
        note.text,
        organisation=note.share.organisation,
        state=note.share.get_handling_status_display(),
    )


@composer(MailTemplate.INCIDENT_SHARED)
def incident_shared(*, user, about, params):
    from hjo_safety.models import Organisation

    organisation = Organisation.objects.filter(pk=params.get("organisation")).first()
    if organisation is None:
        return None
    return Composed(
        subject=_("Din händelse har delats med %(organisation)s") % {"organisation": organisation},
        paragraphs=[
            _(
                "Händelsen du rapporterade (%(incident)s) har delats med %(organisation)s, "
                "som kan hantera den."
            )
            % {"incident": about, "organisation": organisation},
        ],
        **_incident_link(about),
    )


@composer(MailTemplate.SHARE_RECEIVED)
def share_received(*, user, about, params):
    """The receiving organisation hears of a share: who shared what, and where to handle it.
    The sharer's message stays behind the login."""
    from hjo_safety.models import Organisation

    organisation = Organisation.objects.filter(pk=params.get("organisation")).first()
    if organisation is None:
        return None
    paragraphs = [
        _(
            "%(sender)s har delat en händelse med %(organisation)s (%(incident)s), så att ni kan "
            "hantera den. Läs den och ange er hantering i portalen."
        )
        % {"sender": about.organisation, "organisation": organisation, "incident": about},
    ]
    if params.get("fallback"):
        paragraphs.append(
            _(
                "Du får mejlet som administratör eftersom ingen i %(organisation)s har valt att "
                "hantera delade händelser. Den som ska göra det väljer det under Inställningar "
                "för e-post."
            )
            % {"organisation": organisation}
        )
    return Composed(
        subject=_("Delat med %(organisation)s: en händelse väntar på hantering")
        % {"organisation": organisation},
        paragraphs=paragraphs,
        link=absolute(about.get_absolute_url()),
        link_text=_("Se och hantera händelsen"),
    )


@composer(MailTemplate.DIGEST)
def digest(*, user, about, params):
    """New incidents of the admin's organisations and those shared with them, as far as the
    admin may still see them."""
    from est_incidents.models import Incident

    visible = Incident.objects.visible_to(user).select_related("category__parent", "organisation")
    by_pk = visible.in_bulk(params.get("own", []) + params.get("shared", []))
    incidents = [by_pk[pk] for pk in params.get("own", []) if pk in by_pk]
    shared = [by_pk[pk] for pk in params.get("shared", []) if pk in by_pk]
    if not incidents and not shared:
        return None
    since = timezone.localtime(parse_datetime(params["since"])).strftime("%Y-%m-%d %H:%M")
    count = len(incidents) + len(shared)
    items = [
        (f"{incident} · {incident.organisation}", absolute(incident.get_absolute_url()))
        for incident in incidents[:50]
    ] + [
        (
            _("%(incident)s · delad med er av %(organisation)s")
            % {"incident": incident, "organisation": incident.organisation},
            absolute(incident.get_absolute_url()),
        )
        for incident in shared[:50]
    ]
    paragraphs = [
        ngettext(
            "%(count)d ny händelse har registrerats för din organisation sedan %(since)s.",
            "%(count)d nya händelser har registrerats för din organisation sedan %(since)s.",
            len(incidents),
        )
        % {"count": len(incidents), "since": since}
    ]
    if shared:
        paragraphs.append(
            ngettext(
                "%(count)d händelse har delats med din organisation av andra organisationer.",
                "%(count)d händelser har delats med din organisation av andra organisationer.",
                len(shared),
            )
            % {"count": len(shared)}
        )
    if params.get("more"):
        paragraphs.append(_("De 50 första visas här; resten finns i händelselistan."))
    return Composed(
        subject=ngettext(
            "Sammanfattning: %(count)d ny händelse",
            "Sammanfattning: %(count)d nya händelser",
            count,
        )
        % {"count": count},
        paragraphs=paragraphs,
        items=items,
        link=absolute(reverse("est:incident_list")),
        link_text=_("Öppna händelselistan"),
    )


# --- The council -----------------------------------------------------------------------------


@composer(MailTemplate.COUNCIL_AGENDA)
def council_agenda(*, user, about, params):
    from bra_council.models import AgendaItem

    meeting = about
    agenda_url = absolute(reverse("bra:meeting_agenda", args=[meeting.pk]))
    items = [
        (str(item), agenda_url)
        for item in AgendaItem.objects.visible_to(user).filter(meeting=meeting)
    ]
    return Composed(
        subject=_("Dagordning: %(meeting)s") % {"meeting": meeting},
        paragraphs=[
            _("Dagordningen till %(meeting)s, %(when)s i %(where)s, är publicerad.")
            % {"meeting": meeting, "when": _local(meeting.starts_at), "where": meeting.place}
        ],
        items=items,
        link=agenda_url,
        link_text=_("Läs dagordningen"),
    )


@composer(MailTemplate.COUNCIL_MINUTES)
def council_minutes(*, user, about, params):
    return Composed(
        subject=_("Justerat protokoll: %(meeting)s") % {"meeting": about},
        paragraphs=[_("Protokollet från %(meeting)s är justerat.") % {"meeting": about}],
        link=absolute(reverse("bra:meeting_minutes", args=[about.pk])),
        link_text=_("Läs protokollet"),
    )


# --- Reminders -------------------------------------------------------------------------------


@composer(MailTemplate.ACTION_REMINDER)
def action_reminder(*, user, about, params):
    """An EST action (``EstAction``) or a council action (``Action``) due soon or overdue."""
    from est_incidents.models import EstAction

    action = about
    if action.status != "open":
        return None
    if isinstance(action, EstAction):
        label = _("EST-åtgärd")
        url = absolute(reverse("est:meeting_detail", args=[action.meeting_id]))
    else:
        label = _("Åtgärd från rådet")
        url = absolute(reverse("admin:bra_council_action_change", args=[action.pk]))
    due = action.due_date.strftime("%Y-%m-%d")
    if params.get("stage") == "overdue":
        subject = _("Försenad åtgärd: %(what)s") % {"what": action.what}
        record = _("Försenad åtgärd: %(label)s %(id)s") % {"label": label, "id": action.pk}
        text = _("%(label)s ”%(what)s” skulle ha varit klar %(due)s och är fortfarande öppen.")
    else:
        subject = _("Påminnelse: %(what)s ska vara klar %(due)s") % {
            "what": action.what,
            "due": due,
        }
        record = _("Påminnelse: %(label)s %(id)s ska vara klar %(due)s") % {
            "label": label,
            "id": action.pk,
            "due": due,
        }
        text = _("%(label)s ”%(what)s” ska vara klar senast %(due)s.")
    return Composed(
        subject=subject,
        record=record,
        paragraphs=[
            text % {"label": label, "what": action.what, "due": due},
            _("Ansvarig organisation: %(organisation)s. Uppdatera status när åtgärden är klar.")
            % {"organisation": action.responsible_organisation},
        ],
        link=url,
        link_text=_("Se åtgärden"),
    )


@composer(MailTemplate.AGREEMENT_REMINDER)
def agreement_reminder(*, user, about, params):
    """The coordinators' reminder that the cooperation agreement (``about``) ends soon."""
    agreement = about
    end = date_format(agreement.valid_to, "j F Y")
    return Composed(
        subject=_("Samverkansöverenskommelsen upphör %(end)s") % {"end": end},
        paragraphs=[
            _(
                "”%(title)s” mellan polisen och Hjo kommun gäller till och med %(end)s. Börja "
                "arbetet med en ny överenskommelse i tid: en ny problembild, prioriterade "
                "områden och undertecknare."
            )
            % {"title": agreement.title, "end": end},
            _(
                "När den nya överenskommelsen är registrerad i portalen kommer inga fler "
                "påminnelser om den här."
            ),
        ],
        link=absolute(
            reverse("admin:citizen_promises_cooperationagreement_change", args=[agreement.pk])
        ),
        link_text=_("Öppna överenskommelsen"),
        record=_("Samverkansöverenskommelse %(id)s upphör %(end)s")
        % {"id": agreement.pk, "end": agreement.valid_to.isoformat()},
    )


@composer(MailTemplate.COVERAGE_REMINDER)
def coverage_reminder(*, user, about, params):
    """The coordinator's reminder to a quiet organisation's admins (about: the organisation)."""
    start, end = parse_date(params["start"]), parse_date(params["end"])
    return Composed(
        subject=_("Påminnelse: rapportera händelser till EST"),
        paragraphs=[
            _(
                "Under perioden %(start)s–%(end)s har %(organisation)s rapporterat färre "
                "händelser till EST än vanligt. Lägesbilden bygger på att alla deltagande "
                "organisationer rapporterar, så att den inte blir skev."
            )
            % {
                "start": date_format(start, "j F Y"),
                "end": date_format(end, "j F Y"),
                "organisation": about.name,
            },
            _("Påminn gärna era medarbetare om att registrera otrygghetsskapande händelser."),
            _("Hälsningar\n%(sender)s, säkerhetsstrateg") % {"sender": _name(params.get("sender"))},
        ],
        link=absolute(reverse("est:incident_create")),
        link_text=_("Registrera en händelse"),
    )


# --- Citizens' tips --------------------------------------------------------------------------


@composer(MailTemplate.TIP_FORWARDED)
def tip_forwarded(*, user, about, params):
    """A moderator forwarded a citizen's tip: the moderator's note as it reads now, and the link
    to the tip's page. The citizen's own text stays behind the login."""
    tip = about
    organisation = tip.forwarded_to
    if organisation is None:
        return None
    paragraphs = [
        _(
            "Ett tips från en medborgare har skickats vidare till %(organisation)s, som kan "
            "åtgärda platsen. Tipset gäller: %(kind)s."
        )
        % {"organisation": organisation.name, "kind": tip.get_kind_display()},
    ]
    if tip.forward_note:
        paragraphs.append(
            _("Meddelande från %(sender)s:\n%(note)s")
            % {"sender": _name(params.get("sender")), "note": tip.forward_note}
        )
    paragraphs.append(_("Tipset finns i portalen när du har loggat in."))
    return Composed(
        subject=_("Ett medborgartips har skickats till %(organisation)s")
        % {"organisation": organisation.name},
        paragraphs=paragraphs,
        link=absolute(tip.get_absolute_url()),
        link_text=_("Läs tipset"),
    )


# --- Citizens' subscriptions (notifications.subscriptions) ----------------------------------
# Sent to an address, not a user: each composer checks that what it tells is public now.


@composer(MailTemplate.SUBSCRIPTION_CONFIRM)
def subscription_confirm(*, user, about, params):
    from notifications.subscription_links import confirm_link

    if about.confirmed_at is not None:
        return None
    return Composed(
        subject=_("Bekräfta din prenumeration från Hjo Trygghet"),
        paragraphs=[
            _("Någon, förhoppningsvis du, vill få e-post från Hjo Trygghet om: %(topic)s.")
            % {"topic": about.label},
            _(
                "Bekräfta med länken nedan inom %(hours)s timmar. Annars skickar vi inget mer "
                "och tar bort adressen. Har du inte bett om det kan du bortse från mejlet."
            )
            % {"hours": settings.SUBSCRIPTION_CONFIRM_HOURS},
        ],
        link=confirm_link(about),
        link_text=_("Bekräfta prenumerationen"),
    )


@composer(MailTemplate.SUBSCRIPTION_FOLLOW_UP)
def subscription_follow_up(*, user, about, params):
    from citizen_promises.models import FollowUp

    if not FollowUp.objects.published().filter(pk=about.pk).exists():
        return None
    return Composed(
        subject=_("Ny uppföljning: %(promise)s") % {"promise": about.promise},
        paragraphs=[
            _("Medborgarlöftet ”%(promise)s” har fått en ny uppföljning, daterad %(date)s.")
            % {"promise": about.promise, "date": date_format(about.date, "j F Y")}
        ],
        link=absolute(about.get_absolute_url()),
        link_text=_("Läs uppföljningen"),
    )


def _public_meeting(meeting, status):
    from bra_council.models import CouncilMeeting

    return CouncilMeeting.objects.public().filter(pk=meeting.pk, status__in=status).exists()


@composer(MailTemplate.SUBSCRIPTION_AGENDA)
def subscription_agenda(*, user, about, params):
    if not _public_meeting(about, [about.status]):
        return None
    return Composed(
        subject=_("Dagordning: %(meeting)s") % {"meeting": about},
        paragraphs=[
            _("Dagordningen till %(meeting)s, %(when)s i %(where)s, är publicerad.")
            % {"meeting": about, "when": _local(about.starts_at), "where": about.place}
        ],
        link=absolute(reverse("bra:meeting_agenda", args=[about.pk])),
        link_text=_("Läs dagordningen"),
    )


@composer(MailTemplate.SUBSCRIPTION_MINUTES)
def subscription_minutes(*, user, about, params):
    from bra_council.models import MeetingStatus

    if not _public_meeting(about, [MeetingStatus.MINUTES_APPROVED]):
        return None
    return Composed(
        subject=_("Justerat protokoll: %(meeting)s") % {"meeting": about},
        paragraphs=[_("Protokollet från %(meeting)s är justerat.") % {"meeting": about}],
        link=absolute(reverse("bra:meeting_minutes", args=[about.pk])),
        link_text=_("Läs protokollet"),
    )


@composer(MailTemplate.SUBSCRIPTION_WALK)
def subscription_walk(*, user, about, params):
    if not about.is_published:
        return None
    return Composed(
        subject=_("Trygghetsvandring: %(walk)s") % {"walk": about},
        paragraphs=[
            _("Sammanfattningen av trygghetsvandringen %(walk)s är publicerad.") % {"walk": about}
        ],
        link=absolute(reverse("walks:public_detail", args=[about.pk])),
        link_text=_("Läs sammanfattningen"),
    )


@composer(MailTemplate.SUBSCRIPTION_FIGURES)
def subscription_figures(*, user, about, params):
    """The release's figures for the subscriber's area (or the whole of Hjo) exactly as
    ``/trygghet-i-siffror/`` shows them: ``Disclosed`` cells of the page's area table, so a
    count under 5 reads "färre än 5" here too."""
    from est_incidents.models import Place
    from est_incidents.publication import Release
    from safety_statistics.public_figures import area_release_figures

    month = parse_date(params["month"])
    place = None
    if params.get("place") is not None:
        place = Place.objects.filter(pk=params["place"]).first()
        if place is None:
            return None
    figures = area_release_figures(Release(last_month=month), place.pk if place else None)
    paragraphs = [
        _("Siffrorna till och med %(month)s är publicerade.") % {"month": date_format(month, "F Y")}
    ]
    if figures is not None:
        area = place.name if place else _("hela Hjo kommun (summan av de antal som visas)")
        paragraphs.append(
            _("Rapporterade händelser i %(area)s i %(period)s: %(count)s.")
            % {"area": area, "period": figures.month_label, "count": figures.month_count}
        )
        if figures.quarter:
            paragraphs.append(
                _("Rapporterade händelser i %(area)s under %(period)s: %(count)s.")
                % {"area": area, "period": figures.quarter_label, "count": figures.quarter_count}
            )
        paragraphs.append(
            _(
                "Antal under 5 visas som ”färre än 5”, och ett antal som annars skulle avslöja "
                "ett litet antal visas inte."
            )
        )
    return Composed(
        subject=_("Nya siffror i Trygghet i siffror"),
        paragraphs=paragraphs,
        link=absolute(reverse("statistics:public_figures")),
        link_text=_("Se siffrorna"),
    )


@composer(MailTemplate.TIP_RECEIVED)
def tip_received(*, user, about, params):
    """A new citizen's tip to moderate: its kind and reference; the citizen's text stays behind
    the login."""
    tip = about
    if tip.is_closed:
        return None
    return Composed(
        subject=_("Nytt medborgartips att granska (%(reference)s)") % {"reference": tip.reference},
        paragraphs=[
            _("Ett nytt tips från en medborgare har kommit in. Tipset gäller: %(kind)s.")
            % {"kind": tip.get_kind_display()},
            _("Tipset finns i portalen när du har loggat in."),
        ],
        link=absolute(tip.get_absolute_url()),
        link_text=_("Granska tipset"),
    )


# --- Bulletins between the EST meetings ----------------------------------------------------


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]


@composer(MailTemplate.BULLETIN)
def bulletin(*, user, about, params):
    """One bulletin, its title and text as they read now (the outbox keeps only its id), and
    the early warnings it carries (the outsiders' version, stored when it was sent)."""
    from notifications.bulletin_warnings import early_warning_text

    kind = about.get_kind_display()
    sender = _name(about.sent_by_id)
    paragraphs = _paragraphs(about.text)
    warnings = early_warning_text(about)
    if warnings:
        paragraphs.append(warnings)
    if sender:
        paragraphs.append(_("Hälsningar\n%(sender)s") % {"sender": sender})
    return Composed(
        subject=_("%(kind)s: %(title)s") % {"kind": kind, "title": about.title},
        record=_("%(kind)s (utskick %(id)s)") % {"kind": kind, "id": about.pk},
        paragraphs=paragraphs,
        link=absolute(about.get_absolute_url()),
        link_text=_("Läs utskicket i portalen"),
    )


@composer(MailTemplate.BULLETIN_WEEK)
def bulletin_week(*, user, about, params):
    """The week's bulletins for a weekly reader, as far as they may still see them."""
    from notifications.bulletin_warnings import early_warning_text
    from notifications.models import Bulletin

    found = list(
        Bulletin.objects.visible_to(user)
        .filter(pk__in=params.get("bulletins", []))
        .order_by("sent_at", "pk")
    )
    if not found:
        return None
    week = str(params.get("week", "")).partition("-W")[2].lstrip("0")
    paragraphs = [
        ngettext(
            "Här är veckans utskick till EST-deltagarna (vecka %(week)s).",
            "Här är veckans %(count)d utskick till EST-deltagarna (vecka %(week)s).",
            len(found),
        )
        % {"count": len(found), "week": week}
    ]
    for item in found:
        paragraphs.append(
            f"{item.get_kind_display()}: {item.title} ({_local(item.sent_at)})\n\n"
            + "\n\n".join(_paragraphs(item.text) + [early_warning_text(item)]).strip()
        )
    return Composed(
        subject=_("Veckans utskick, vecka %(week)s") % {"week": week},
        paragraphs=paragraphs,
        items=[(str(item), absolute(item.get_absolute_url())) for item in found],
        link=absolute(reverse("notifications:bulletin_list")),
        link_text=_("Alla utskick"),
    )


# --- Accounts --------------------------------------------------------------------------------


def _account_mail(user, subject, paragraphs):
    paragraphs.append(
        _(
            "Länken fungerar en gång och i %(days)s dagar. Har du inte väntat dig mejlet kan du bortse från det."
        )
        % {"days": settings.INVITATION_VALID_DAYS}
    )
    # The link (a one-time token) is made when the mail is sent, and never stored.
    return Composed(
        subject=subject,
        paragraphs=paragraphs,
        link=password_link(user),
        link_text=_("Välj lösenord"),
    )


@composer(MailTemplate.INVITATION)
def invitation(*, user, about, params):
    return _account_mail(
        user,
        _("Välkommen till Hjo Trygghet"),
        [
            _(
                "%(inviter)s har skapat ett konto åt dig i Hjo Trygghet, Hjo kommuns portal för trygghetsarbete."
            )
            % {"inviter": _name(params.get("inviter"))},
            _("Ditt användarnamn är %(username)s. Välj ett lösenord med länken nedan.")
            % {"username": user.get_username()},
        ],
    )


@composer(MailTemplate.PASSWORD_LINK)
def password_link_mail(*, user, about, params):
    return _account_mail(
        user,
        _("Länk för nytt lösenord till Hjo Trygghet"),
        [
            _("Här är en länk för att välja ett nytt lösenord till ditt konto %(username)s.")
            % {"username": user.get_username()},
        ],
    )


@composer(MailTemplate.LEGACY)
def legacy(*, user, about, params):
    return None
