"""Writes on citizens' tips: receive, accept (→ an incident), reject, answer, close; the answer mail.

Each function runs in one transaction, locks the tip, and records what it did as the change
reason of the tip's history (django-simple-history), which is also the tip's row in the
coordinator's audit log. ``acting_user`` is recorded as the history's user.

A citizen who gave an address gets a receipt (the status link and the reference) right after
the tip came in (``send_receipt_mail``). The answer and the closing go out by mail after the
transaction commits, each at most once and together when they come together:
``send_citizen_mail`` claims the tip under a row lock and records ``answer_mailed_at`` /
``closing_mailed_at`` in the same transaction as the send. A mail server that is down leaves them
pending; ``manage.py send_tip_answers`` (run with the nightly jobs) tries again. A closed tip's
address is removed right after the mail telling the citizen it is closed has gone out.
"""

import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
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


def receive_tip(*, tip: CitizenTip, status_url=None) -> tuple[CitizenTip, str]:
    """Store a new tip (from a valid ``TipForm``); return it and its status-link token.

    ``status_url(token)`` makes the absolute status link: with an address, the citizen gets it
    by mail after commit, with the tip's reference (the token is never stored, so the receipt
    is sent now or not at all; the page shows the same link). ``events.TIP_RECEIVED`` lets the
    moderators hear of the new tip (the notifications app, by their setting)."""
    token = new_token()
    tip.token_hash = hash_token(token)
    tip.state = CitizenTip.State.NEW
    with transaction.atomic():
        _save(tip, _("Tipset togs emot"))
        events.emit(events.TIP_RECEIVED, tip=tip)
        if tip.email and status_url is not None:
            transaction.on_commit(partial(send_receipt_mail, tip.pk, status_url(token)))
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


def _close(tip, acting_user, closing_note=""):
    """Close the tip; the address is kept only until the citizen has been told (one mail)."""
    tip.closed_at = timezone.now()
    tip.closing_note = closing_note
    if tip.email:
        transaction.on_commit(partial(send_citizen_mail, tip.pk))


def answer_tip(*, tip, answer, close, acting_user, closing_note="") -> CitizenTip:
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
            _close(tip, acting_user, closing_note)
            reason = _("Besvarat och avslutat")
        _save(tip, reason, acting_user)
        if tip.answer_mail_pending and not close:
            transaction.on_commit(partial(send_citizen_mail, tip.pk))
    return tip


def close_tip(*, tip, acting_user, closing_note="") -> CitizenTip:
    """Close the tip, telling the citizen what was done (status page; mail after commit when
    there is an address, then the address is removed)."""
    with transaction.atomic():
        tip = _locked(tip)
        if tip.is_closed:
            raise TipStateError(_("Tipset är redan avslutat."))
        _close(tip, acting_user, closing_note)
        _save(tip, _("Avslutat"), acting_user)
    return tip


ERASABLE_TEXT = {
    "text": "",
    "place_description": "",
    "rejection_reason": "",
    "answer": "",
    "forward_note": "",
    "closing_note": "",
}


def erase_history_text(tip_ids) -> int:
    """Clear the free texts from the history of deleted tips (an erasure request): the history
    keeps who did what and when, not the words. Returns the number of history rows changed."""
    return CitizenTip.history.filter(id__in=list(tip_ids)).update(**ERASABLE_TEXT)


def _citizen_message(tip, template, subject, **context) -> EmailMultiAlternatives:
    context = {"tip": tip, "site_name": _("Trygghet i Hjo"), **context}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"citizen_tips/mail/{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[tip.email],
    )
    message.attach_alternative(
        render_to_string(f"citizen_tips/mail/{template}.html", context), "text/html"
    )
    return message


def send_receipt_mail(tip_id, status_url) -> bool:
    """The receipt: the status link and the reference, once, right after the tip came in. Not
    retried (the token lives only in this request); the citizen has the link on the page."""
    tip = CitizenTip.objects.filter(pk=tip_id).exclude(email="").first()
    if tip is None:
        return False
    try:
        _citizen_message(
            tip,
            "receipt",
            _("Ditt tips till Hjo kommun är mottaget (%(reference)s)")
            % {"reference": tip.reference},
            status_url=status_url,
        ).send()
    except Exception:  # the mail server is down: the page showed the link and the reference
        logger.exception("Could not mail the receipt of citizen tip %s", tip_id)
        return False
    return True


def send_citizen_mail(tip_id) -> bool:
    """Mail what the citizen has not heard yet, in one mail: the answer, the closing (what was
    done), or both. Then, once the tip is closed, remove the address. True when a mail was sent."""
    try:
        with transaction.atomic():
            tip = CitizenTip.objects.select_for_update().filter(pk=tip_id).first()
            if tip is None or not tip.mail_pending:
                return False
            answer = tip.answer_mail_pending
            closing = tip.is_closed
            if answer:
                subject = _("Svar på ditt tips till Hjo kommun (%(reference)s)")
            else:
                subject = _("Ditt tips till Hjo kommun är avslutat (%(reference)s)")
            _citizen_message(
                tip,
                "answer",
                subject % {"reference": tip.reference},
                with_answer=answer,
                closing=closing,
            ).send()
            now = timezone.now()
            if answer:
                tip.answer_mailed_at = now
            if closing:
                tip.closing_mailed_at = now
                tip.email = ""
            _save(tip, _("Svaret mejlades till medborgaren") if answer else _("Avslutet mejlades"))
    except Exception:  # the mail server is down: the mail stays pending for the next run
        logger.exception("Could not mail citizen tip %s", tip_id)
        return False
    return True


def send_pending_answers() -> tuple[int, int]:
    """Mail every pending answer and closing; (sent, failed)."""
    sent = failed = 0
    pending = CitizenTip.objects.exclude(email="").filter(
        Q(answer_mailed_at__isnull=True, answer__gt="")
        | Q(closed_at__isnull=False, closing_mailed_at__isnull=True)
    )
    for tip_id in pending.values_list("pk", flat=True):
        if send_citizen_mail(tip_id):
            sent += 1
        else:
            failed += 1
    return sent, failed
