"""Invitations and password links for staff, sent through the outbox like every other mail."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from notifications.mail import absolute, queue
from notifications.models import MailKind
from notifications.tokens import invitation_token_generator


def password_link(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = invitation_token_generator.make_token(user)
    return absolute(reverse("notifications:set_password", args=[uid, token]))


def send_invitation(user, *, acting_user, new_user: bool = True):
    """Queue an e-mail with a one-time link to set the password; ``None`` without an address."""
    days = settings.INVITATION_VALID_DAYS
    if new_user:
        subject = _("Välkommen till Hjo Trygghet")
        paragraphs = [
            _(
                "%(inviter)s har skapat ett konto åt dig i Hjo Trygghet, Hjo kommuns portal för trygghetsarbete."
            )
            % {"inviter": acting_user.get_full_name() or acting_user.get_username()},
            _("Ditt användarnamn är %(username)s. Välj ett lösenord med länken nedan.")
            % {"username": user.get_username()},
        ]
    else:
        subject = _("Länk för nytt lösenord till Hjo Trygghet")
        paragraphs = [
            _("Här är en länk för att välja ett nytt lösenord till ditt konto %(username)s.")
            % {"username": user.get_username()},
        ]
    paragraphs.append(
        _(
            "Länken fungerar en gång och i %(days)s dagar. Har du inte väntat dig mejlet kan du bortse från det."
        )
        % {"days": days}
    )
    # The outbox row is the record that a link went out (recipient, time, subject).
    return queue(
        event_key=f"account:{user.pk}:link:{timezone.now().isoformat()}",
        kind=MailKind.ACCOUNT,
        user=user,
        subject=subject,
        paragraphs=paragraphs,
        link=password_link(user),
        link_text=_("Välj lösenord"),
    )
