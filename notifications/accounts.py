"""Invitations and password links for staff, sent through the outbox like every other mail."""

from django.utils import timezone

from notifications.mail import queue
from notifications.models import MailKind, MailTemplate


def send_invitation(user, *, acting_user, new_user: bool = True):
    """Queue an e-mail with a one-time link to set the password; ``None`` without an address.

    The link is made when the mail is sent (``notifications.compose``), never stored."""
    # The outbox row is the record that a link went out (recipient, time, subject).
    return queue(
        event_key=f"account:{user.pk}:link:{timezone.now().isoformat()}",
        kind=MailKind.ACCOUNT,
        template=MailTemplate.INVITATION if new_user else MailTemplate.PASSWORD_LINK,
        user=user,
        params={"inviter": acting_user.pk} if acting_user is not None else {},
    )
