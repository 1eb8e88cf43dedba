"""One-time links for new staff to set their password.

Django's password-reset tokens become invalid once the password changes or the user logs in (so
a link works once) and expire after ``PASSWORD_RESET_TIMEOUT``; an invitation gets
``INVITATION_VALID_DAYS`` instead, and its own salt, so a reset token is no invitation token.
"""

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.utils.crypto import constant_time_compare
from django.utils.http import base36_to_int


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "notifications.tokens.InvitationTokenGenerator"

    def check_token(self, user, token):
        """As Django's check, with the invitation's validity as the time limit."""
        if not (user and token):
            return False
        try:
            ts_b36, _hash = token.split("-")
            ts = base36_to_int(ts_b36)
        except ValueError:
            return False
        for secret in [self.secret, *self.secret_fallbacks]:
            if constant_time_compare(self._make_token_with_timestamp(user, ts, secret), token):
                break
        else:
            return False
        age = self._num_seconds(self._now()) - ts
        return age <= settings.INVITATION_VALID_DAYS * 24 * 3600


invitation_token_generator = InvitationTokenGenerator()
