"""Writes on citizens' tips: receive, accept (→ an incident), reject, answer, close; the answer mail.

Each function runs in one transaction, locks the tip, and records what it did as the change
reason of the tip's history (django-simple-history), which is also the tip's row in the
coordinator's audit log. ``acting_user`` is recorded as the history's user.

The answer goes out by mail after the transaction commits, at most once: ``send_answer_mail``
claims the tip under a row lock and records ``answer_mailed_at`` in the same transaction as the
send. A mail server that is down leaves the answer pending; ``manage.py send_tip_answers`` (run
with the nightly jobs) tries again. Closing a tip removes the e-mail address at once, or right
after its pending answer mail has gone out.
"""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from citizen_tips.models import CitizenTip, hash_token, new_token
from est_incidents.models import Incident
from est_incidents.services import share_incident
from hjo_safety import events

logger = logging.getLogger(__name__)


class TipStateError(Exception):
    """The action does not fit the tip's state (e.g. accepting a closed tip)."""


def _save(tip, reason, acting_user=None):
    tip._change_reason = reason[:100]
    if acting_user is not None:
        tip._history_user = acting_user
    tip.save()


def _locked(tip) -> CitizenTip:
    return CitizenTip.objects.select_for_update().get(pk=tip.pk)


def receive_tip(*, tip: CitizenTip) -> tuple[CitizenTip, str]:
    """Store a new tip (from a valid ``TipForm``); return it and its status-link token."""
    token = new_token()
    tip.token_hash = hash_token(token)
    tip.state = CitizenTip.State.NEW
    with transaction.atomic():
        _save(tip, _("Tipset togs emot"))
    return tip, token


def accept_tip(
    *,
    tip,
    organisation,
    category,
    description,
    acting_user,
    share_with=None,
    share_note="",
) -> Incident:
    """The tip becomes an incident of ``organisation`` in the EST mapping and, with
    ``share_with``, is shared with the organisation that can act (the staff loop's sharing:
    the receiver sees it under "Delade med oss"). All or nothing, in one transaction."""
    with transaction.atomic():
        tip = _locked(tip)
        if tip.is_closed or tip.state != CitizenTip.State.NEW:
            raise TipStateError(_("Tipset är redan granskat eller avslutat."))
        incident = Incident(
            organisation=organisation,
            reported_by=acting_user,
            occurred_at=tip.created_at,
            time_is_approximate=True,
            category=category,
            place=tip.place,
            place_description=tip.place_description,
            latitude=tip.latitude,
            longitude=tip.longitude,
            description=description,
            source=Incident.Source.CITIZEN_TIP,  # the mapping counts citizens' tips separately
        )
        incident._change_reason = _("Från medborgartips")
        incident._history_user = acting_user
        incident.full_clean(exclude=["organisation", "category", "place", "reported_by"])
        incident.save()
        reason = _("Godkänt: blev händelse %(id)s (%(org)s)") % {
            "id": incident.pk,
            "org": organisation.display_name,
        }
        if share_with is not None:
            share_incident(
                incident=incident,
                organisation=share_with,
                note=share_note,
                acting_user=acting_user,
            )
            reason = _("Godkänt: blev händelse %(id)s (%(org)s), delad med %(receiver)s") % {
                "id": incident.pk,
                "org": organisation.display_name,
                "receiver": share_with.display_name,
            }
        tip.state = CitizenTip.State.ACCEPTED
        tip.incident = incident
        tip.moderated_at = timezone.now()
        tip.moderated_by = acting_user
        _save(tip, reason, acting_user)
    return incident


def forward_tip(*, tip, organisation, note, acting_user) -> CitizenTip:
    """Send the tip to the organisation that can act, without an incident in the mapping: its
    members read the tip and the note at /personal/tips/.

    ``events.TIP_FORWARDED`` tells the receiving organisation: the notifications app queues a
    mail to its admins in this transaction, sent after commit (never twice)."""
    with transaction.atomic():
        tip = _locked(tip)
        if tip.is_closed or tip.state != CitizenTip.State.NEW:
            raise TipStateError(_("Tipset är redan granskat eller avslutat."))
        tip.state = CitizenTip.State.FORWARDED
        tip.forwarded_to = organisation
        tip.forward_note = note
        tip.moderated_at = timezone.now()
        tip.moderated_by = acting_user
        _save(
            tip,
            _("Vidarebefordrat till %(org)s") % {"org": organisation.display_name},
            acting_user,
        )
        events.emit(
            events.TIP_FORWARDED,
            tip=tip,
            organisation=organisation,
            note=note,
            acting_user=acting_user,
        )
    return tip


def reject_tip(*, tip, reason, acting_user) -> CitizenTip:
    with transaction.atomic():
        tip = _locked(tip)
        if tip.is_closed or tip.state != CitizenTip.State.NEW:
            raise TipStateError(_("Tipset är redan granskat eller avslutat."))
        tip.state = CitizenTip.State.REJECTED
        tip.rejection_reason = reason
        tip.moderated_at = timezone.now()
        tip.moderated_by = acting_user
        _save(tip, _("Avvisat"), acting_user)
    return tip


def _close(tip, acting_user):
    tip.closed_at = timezone.now()
    if not tip.answer_mail_pending:
        tip.email = ""  # kept only until the pending answer has been mailed


def answer_tip(*, tip, answer, close, acting_user) -> CitizenTip:
    """Answer the citizen (status page; mail after commit when there is an address)."""
    with transaction.atomic():
        tip = _locked(tip)
        if tip.is_closed:
            raise TipStateError(_("Tipset är avslutat och kan inte besvaras."))
        if tip.answered_at is not None:
            raise TipStateError(_("Tipset är redan besvarat."))
        tip.answer = answer
        tip.answered_at = timezone.now()
        tip.answered_by = acting_user
        reason = _("Besvarat")
        if close:
            _close(tip, acting_user)
            reason = _("Besvarat och avslutat")
        _save(tip, reason, acting_user)
        if tip.answer_mail_pending:
            transaction.on_commit(partial(send_answer_mail, tip.pk))
    return tip


def close_tip(*, tip, acting_user) -> CitizenTip:
    with transaction.atomic():
        tip = _locked(tip)
        if tip.is_closed:
            raise TipStateError(_("Tipset är redan avslutat."))
        _close(tip, acting_user)
        _save(tip, _("Avslutat"), acting_user)
    return tip


ERASABLE_TEXT = {
    "text": "",
    "place_description": "",
    "rejection_reason": "",
    "answer": "",
    "forward_note": "",
}


def erase_history_text(tip_ids) -> int:
    """Clear the free texts from the history of deleted tips (an erasure request): the history
    keeps who did what and when, not the words. Returns the number of history rows changed."""
    return CitizenTip.history.filter(id__in=list(tip_ids)).update(**ERASABLE_TEXT)


def _answer_message(tip) -> EmailMultiAlternatives:
    context = {"tip": tip, "site_name": _("Trygghet i Hjo")}
    message = EmailMultiAlternatives(
        subject=_("Svar på ditt tips till Hjo kommun"),
        body=render_to_string("citizen_tips/mail/answer.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[tip.email],
    )
    message.attach_alternative(
        render_to_string("citizen_tips/mail/answer.html", context), "text/html"
    )
    return message


def send_answer_mail(tip_id) -> bool:
    """Mail a tip's answer unless it has been mailed already. True when a mail was sent."""
    try:
        with transaction.atomic():
            tip = CitizenTip.objects.select_for_update().filter(pk=tip_id).first()
            if tip is None or not tip.answer_mail_pending:
                return False
            _answer_message(tip).send()
            tip.answer_mailed_at = timezone.now()
            if tip.is_closed:
                tip.email = ""
            _save(tip, _("Svaret mejlades till medborgaren"))
    except Exception:  # the mail server is down: the answer stays pending for the next run
        logger.exception("Could not mail the answer to citizen tip %s", tip_id)
        return False
    return True


def send_pending_answers() -> tuple[int, int]:
    """Mail every pending answer; (sent, failed)."""
    sent = failed = 0
    pending = CitizenTip.objects.exclude(email="").exclude(answer="")
    for tip_id in pending.filter(answer_mailed_at__isnull=True).values_list("pk", flat=True):
        if send_answer_mail(tip_id):
            sent += 1
        else:
            failed += 1
    return sent, failed
