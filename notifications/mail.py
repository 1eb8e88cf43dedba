"""Queue and deliver notification e-mail.

``queue()`` writes an ``OutboxMessage`` in the caller's transaction and asks for delivery once it
commits; ``deliver()`` sends what is pending and leaves failures queued for the next run of
``send_notifications``.

A message stores no free text. ``queue()`` records the template, the object the mail is about
and ``params`` (ids, codes, dates: checked by ``check_params``); ``deliver()`` composes the text
from the live objects at the moment of sending (``notifications.compose``). Both ask the
object's own policy, ``visible_to(recipient)``: a mail about something the recipient may no
longer see (they left the organisation, a share was withdrawn) is dropped, never sent.
"""

import logging
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from notifications.compose import compose
from notifications.links import absolute
from notifications.models import (
    DropReason,
    MailKind,
    MailTemplate,
    NotificationSettings,
    OutboxMessage,
)

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
# A stored parameter is a number, a list of numbers, or a code/date/path: no spaces, so no
# sentence a person typed can be stored in the outbox through it.
CODE = re.compile(r"^[\w:./+\-]{0,80}$")


def unsubscribe_token(user, kind: str) -> str:
    return signing.dumps({"u": user.pk, "k": kind}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    """``(user id, kind)`` for a genuine token, else ``None``."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("k") not in MailKind.values:
        return None
    return data.get("u"), data["k"]


def check_params(params: dict) -> dict:
    """``params`` unchanged if every value is an int, a list of ints or a code (``CODE``)."""
    for key, value in params.items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, bool) or not (
                isinstance(item, int) or (isinstance(item, str) and CODE.match(item))
            ):
                raise ValueError(f"Outbox parameter {key!r} must be ids or codes, not text.")
    return params


def may_see(user, about) -> bool:
    """Whether ``user`` may see ``about`` now, by its model's ``visible_to`` (no object: yes)."""
    if about is None or user is None:
        return True
    policy = getattr(type(about)._default_manager, "visible_to", None)
    if policy is None:  # loud: a mail about it could not be checked against the policy
        raise TypeError(f"{type(about)._meta.label} has no visible_to(user).")
    return policy(user).filter(pk=about.pk).exists()


def queue(
    *,
    event_key: str,
    kind: str,
    template: str,
    user,
    about=None,
    params: dict | None = None,
    to_address: str = "",
    subscription=None,
) -> OutboxMessage | None:
    """Queue one message for ``user`` about ``about`` unless they have turned ``kind`` off, may
    not see ``about``, or it was queued before. Returns the queued message, or ``None``."""
    params = check_params(params or {})
    address = to_address or getattr(user, "email", "")
    if not address or (user is not None and not user.is_active):
        return None
    if user is not None and not NotificationSettings.for_user(user).wants(kind):
        return None
    if not may_see(user, about):
        return None
    if OutboxMessage.objects.filter(event_key=event_key).exists():
        return None
    composed = compose(template, user=user, about=about, params=params)
    if composed is None:
        return None
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                event_key=event_key,
                kind=kind,
                template=template,
                recipient=user,
                to_address=address,
                subject=composed.record_subject[:250],
                about_type=ContentType.objects.get_for_model(about) if about is not None else None,
                about_id=about.pk if about is not None else None,
                params=params,
                unsubscribe_url=_unsubscribe_url(user, kind, subscription),
                subscription=subscription,
            )
    except IntegrityError:  # queued concurrently by another process
        return None
    transaction.on_commit(lambda: deliver([message.pk]))
    return message


def _unsubscribe_url(user, kind, subscription=None) -> str:
    if subscription is not None:
        from notifications.subscription_links import unsubscribe_link

        return unsubscribe_link(subscription)
    # Account mail always goes out; who handles shares is chosen on the settings page (the
    # organisation's admins are told when nobody has chosen it), not by unsubscribing.
    if user is None or kind in (MailKind.ACCOUNT, MailKind.SHARE_RECEIVED):
        return ""
    return absolute(reverse("notifications:unsubscribe", args=[unsubscribe_token(user, kind)]))


def _email(message: OutboxMessage, composed) -> EmailMultiAlternatives:
    user = message.recipient
    context = {
        "name": (user.get_full_name() or user.get_username()) if user is not None else "",
        "paragraphs": composed.paragraphs,
        "link": composed.link,
        "link_text": composed.link_text,
        "items": composed.items,
        "unsubscribe_url": message.unsubscribe_url,
        "kind_label": MailKind(message.kind).label,
        # A citizen's subscription has no account, hence no settings page.
        "settings_url": absolute(reverse("notifications:settings")) if user is not None else "",
        "subscription_label": message.subscription.label if message.subscription else "",
        "portal_url": absolute("/"),
    }
    headers = {"Auto-Submitted": "auto-generated"}
    if message.unsubscribe_url:
        # RFC 8058: mail clients may offer one-click unsubscription by POSTing to this URL.
        headers["List-Unsubscribe"] = f"<{message.unsubscribe_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    email = EmailMultiAlternatives(
        subject=composed.subject,
        body=render_to_string("notifications/email.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to_address],
        headers=headers,
    )
    email.attach_alternative(render_to_string("notifications/email.html", context), "text/html")
    return email


def _drop_reason(message: OutboxMessage, about):
    """Why ``message`` may not go out now, or ``None``."""
    user = message.recipient
    if user is not None and (
        not user.is_active or not NotificationSettings.for_user(user).wants(message.kind)
    ):
        return DropReason.RECIPIENT_INACTIVE
    if (
        message.subscription is not None
        and message.template != MailTemplate.SUBSCRIPTION_CONFIRM
        and message.subscription.confirmed_at is None
    ):  # double opt-in: nothing but the confirmation before the address is confirmed
        return DropReason.RECIPIENT_INACTIVE
    if message.about_type_id is not None and about is None:
        return DropReason.GONE
    if not may_see(user, about):
        return DropReason.NOT_VISIBLE
    return None


def _drop(message: OutboxMessage, reason: str) -> None:
    message.dropped_at = timezone.now()
    message.drop_reason = reason
    message.save(update_fields=["dropped_at", "drop_reason"])


def deliver(ids: list[int] | None = None) -> tuple[int, int]:
    """Send pending messages (those in ``ids``, or all); return ``(sent, failed)``.

    Each message is locked while it is sent (``skip_locked``), so a command and a web request
    running at once never send the same message twice. Its text is composed now, from the live
    objects; a message whose recipient may no longer see its object is dropped. A failure keeps
    the message queued.
    """
    sent = failed = 0
    pending = OutboxMessage.objects.filter(sent_at__isnull=True, dropped_at__isnull=True)
    if ids is not None:
        pending = pending.filter(pk__in=ids)
    for pk in pending.order_by("created_at", "pk").values_list("pk", flat=True):
        with transaction.atomic():
            message = (
                OutboxMessage.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(pk=pk, sent_at__isnull=True, dropped_at__isnull=True)
                .select_related("recipient", "about_type", "subscription__promise")
                .first()
            )
            if message is None:
                continue
            about = None
            if message.about_type_id is not None:
                model = message.about_type.model_class()
                about = model._default_manager.filter(pk=message.about_id).first()
            reason = _drop_reason(message, about)
            composed = None
            if reason is None:
                composed = compose(
                    message.template, user=message.recipient, about=about, params=message.params
                )
                reason = DropReason.GONE if composed is None else None
            if reason is not None:
                _drop(message, reason)
                continue
            message.attempts += 1
            try:
                _email(message, composed).send()
            except Exception as error:  # noqa: BLE001 — any transport error keeps it queued
                logger.warning("Mail %s to %s not sent: %s", message.pk, message.to_address, error)
                message.last_error = f"{type(error).__name__}: {error}"[:2000]
                message.save(update_fields=["attempts", "last_error"])
                failed += 1
                continue
            message.sent_at = timezone.now()
            message.last_error = ""
            message.subject = composed.record_subject[:250]
            message.save(update_fields=["attempts", "last_error", "sent_at", "subject"])
            sent += 1
    return sent, failed
