"""Compose, queue and deliver notification e-mail.

``queue()`` writes an ``OutboxMessage`` in the caller's transaction and asks for delivery once it
commits; ``deliver()`` sends what is unsent and leaves failures queued for the next run of
``send_notifications``.
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from notifications.models import MailKind, NotificationSettings, OutboxMessage

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "notifications.unsubscribe"


def absolute(path: str) -> str:
    """``path`` on the portal's public address (``PUBLIC_BASE_URL``)."""
    return f"{settings.PUBLIC_BASE_URL}{path}"


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


def queue(
    *,
    event_key: str,
    kind: str,
    user,
    subject: str,
    paragraphs: list[str],
    link: str = "",
    link_text: str = "",
    items: list[tuple[str, str]] | None = None,
    to_address: str = "",
) -> OutboxMessage | None:
    """Queue one message for ``user`` unless they have turned ``kind`` off or it was queued before.

    ``items`` are ``(text, absolute url)`` rows listed under the paragraphs (digests).
    Returns the queued message, or ``None`` when nothing was queued.
    """
    address = to_address or getattr(user, "email", "")
    if not address or (user is not None and not user.is_active):
        return None
    if user is not None and not NotificationSettings.for_user(user).wants(kind):
        return None
    if OutboxMessage.objects.filter(event_key=event_key).exists():
        return None
    unsubscribe_url = ""
    if user is not None and kind != MailKind.ACCOUNT:
        unsubscribe_url = absolute(
            reverse("notifications:unsubscribe", args=[unsubscribe_token(user, kind)])
        )
    context = {
        "name": (user.get_full_name() or user.get_username()) if user is not None else "",
        "paragraphs": paragraphs,
        "link": link,
        "link_text": link_text,
        "items": items or [],
        "unsubscribe_url": unsubscribe_url,
        "kind_label": MailKind(kind).label,
        "settings_url": absolute(reverse("notifications:settings")),
        "portal_url": absolute("/"),
    }
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                event_key=event_key,
                kind=kind,
                recipient=user,
                to_address=address,
                subject=subject,
                body_text=render_to_string("notifications/email.txt", context),
                body_html=render_to_string("notifications/email.html", context),
                unsubscribe_url=unsubscribe_url,
            )
    except IntegrityError:  # queued concurrently by another process
        return None
    transaction.on_commit(lambda: deliver([message.pk]))
    return message


def _email(message: OutboxMessage) -> EmailMultiAlternatives:
    headers = {"Auto-Submitted": "auto-generated"}
    if message.unsubscribe_url:
        # RFC 8058: mail clients may offer one-click unsubscription by POSTing to this URL.
        headers["List-Unsubscribe"] = f"<{message.unsubscribe_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to_address],
        headers=headers,
    )
    email.attach_alternative(message.body_html, "text/html")
    return email


def deliver(ids: list[int] | None = None) -> tuple[int, int]:
    """Send unsent messages (those in ``ids``, or all); return ``(sent, failed)``.

    Each message is locked while it is sent (``skip_locked``), so a command and a web request
    running at once never send the same message twice. A failure keeps the message queued.
    """
    sent = failed = 0
    pending = OutboxMessage.objects.filter(sent_at__isnull=True)
    if ids is not None:
        pending = pending.filter(pk__in=ids)
    for pk in pending.order_by("created_at", "pk").values_list("pk", flat=True):
        with transaction.atomic():
            message = (
                OutboxMessage.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, sent_at__isnull=True)
                .first()
            )
            if message is None:
                continue
            message.attempts += 1
            try:
                _email(message).send()
            except Exception as error:  # noqa: BLE001 — any transport error keeps it queued
                logger.warning("Mail %s to %s not sent: %s", message.pk, message.to_address, error)
                message.last_error = f"{type(error).__name__}: {error}"[:2000]
                message.save(update_fields=["attempts", "last_error"])
                failed += 1
                continue
            message.sent_at = timezone.now()
            message.last_error = ""
            message.save(update_fields=["attempts", "last_error", "sent_at"])
            sent += 1
    return sent, failed
