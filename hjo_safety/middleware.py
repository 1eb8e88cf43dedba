"""Security middleware: the Permissions-Policy header, NUL characters, two-factor login and
``Cache-Control`` on staff pages.

- ``PermissionsPolicyMiddleware`` denies geolocation, camera and microphone to every page,
  except geolocation on the incident form (``PERMISSIONS_POLICY_GEOLOCATION_PATHS``).
- ``StaffPagesNoStoreMiddleware`` marks every staff answer ``Cache-Control: no-store, private``.
- ``RejectNulCharactersMiddleware`` answers 400 to a NUL character in the path or parameters.
- ``TwoFactorRequiredMiddleware`` (after django-otp's ``OTPMiddleware``) gives a session that
  still owes its second factor no rights at all: every request other than the two-factor pages,
  log-out, static files and ``/healthz`` is sent to the verification page (a device exists, or
  the login asked for a code) or, when ``OTP_REQUIRED_FOR_ADMINS`` is on and the user is a
  coordinator, an organisation admin or a superuser, to the set-up page, with ``next``.
"""

import re
from urllib.parse import quote

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control

from hjo_safety import permissions

OTP_PENDING_SESSION_KEY = "hjo_otp_pending"
# Answers below these paths are never stored by a browser or a proxy, logged in or not.
NO_STORE_PREFIXES = ("/personal/", "/admin/", "/konto/")
# The only URL names an unverified session that owes a second factor may reach.
TWO_FACTOR_OPEN_URL_NAMES = ("otp_setup", "otp_verify", "otp_recovery_codes", "logout", "healthz")
FORM_CONTENT_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", permissions_policy_for(request.path_info))
        return response


def permissions_policy_for(path: str) -> str:
    policy = settings.PERMISSIONS_POLICY_DEFAULT
    if any(re.match(pattern, path) for pattern in settings.PERMISSIONS_POLICY_GEOLOCATION_PATHS):
        policy = policy.replace("geolocation=()", "geolocation=(self)")
    return policy


def two_factor_required(user) -> bool:
    """Coordinators and organisation admins need TOTP when the setting is on."""
    return settings.OTP_REQUIRED_FOR_ADMINS and permissions.can_use_admin(user)


class TwoFactorRequiredMiddleware:
    """Until the second factor is verified, a session that owes one reaches nothing but the
    two-factor step: not the staff pages, the admin, the council's drafts, the minutes approval,
    the password change, nor even the public pages (which it could read anonymously after
    logging out). An allow-list, so that a new page is closed by default."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._open_paths = None

    def __call__(self, request):
        return self.redirect_for(request) or self.get_response(request)

    def open_paths(self) -> frozenset[str]:
        if self._open_paths is None:
            self._open_paths = frozenset(reverse(name) for name in TWO_FACTOR_OPEN_URL_NAMES)
        return self._open_paths

    def redirect_for(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        path = request.path_info
        if path in self.open_paths() or path.startswith(settings.STATIC_URL):
            return None
        if request.session.get(OTP_PENDING_SESSION_KEY):
            return self._to("otp_verify", request)
        if not two_factor_required(user):
            return None
        from django_otp import user_has_device

        return self._to("otp_verify" if user_has_device(user) else "otp_setup", request)

    @staticmethod
    def _to(url_name, request):
        return redirect(f"{reverse(url_name)}?next={quote(request.get_full_path())}")


class StaffPagesNoStoreMiddleware:
    """``Cache-Control: no-store, private`` on every answer below /personal/, /admin/ and
    /konto/ (the CSV export and error pages included) and on every answer to a logged-in user.

    Staff pages hold incidents and personal data: neither the browser's cache (a shared
    computer, the back button after logging out) nor a proxy may keep them. Listed after
    ``AuthenticationMiddleware`` so that ``request.user`` is known; it also covers the redirects
    of the two-factor middleware, which is listed after it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if request.path_info.startswith(NO_STORE_PREFIXES) or (
            user is not None and user.is_authenticated
        ):
            response.headers.pop("Expires", None)
            patch_cache_control(response, no_store=True, private=True)
        return response


class RejectNulCharactersMiddleware:
    """400 for a request with a NUL character in its path or parameters.

    PostgreSQL text cannot hold NUL, so such a value reaching a query (an admin filter, a search,
    an id in the path) would be a 500. Forms already refuse NUL in their fields; this covers
    every other parameter, once, for all views.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._has_nul(request):
            from django.http import HttpResponseBadRequest

            return HttpResponseBadRequest(
                "Ogiltigt tecken (NUL) i adressen eller formuläret.\n",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)

    @staticmethod
    def _has_nul(request):
        if "\x00" in request.path_info:
            return True
        parameters = [request.GET]
        if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
            parameters.append(request.POST)
        return any(
            "\x00" in key or any("\x00" in value for value in values)
            for query in parameters
            for key, values in query.lists()
        )
