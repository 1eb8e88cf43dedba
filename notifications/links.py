"""Absolute links in mail: the portal's public address and the one-time password link."""

from django.conf import settings
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from notifications.tokens import invitation_token_generator


def absolute(path: str) -> str:
    """``path`` on the portal's public address (``PUBLIC_BASE_URL``)."""
    return f"{settings.PUBLIC_BASE_URL}{path}"


def password_link(user) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = invitation_token_generator.make_token(user)
    return absolute(reverse("notifications:set_password", args=[uid, token]))
