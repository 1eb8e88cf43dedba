"""Account security pages: log in (with the second factor), the throttled password reset,
two-factor set-up and verification, recovery codes, and the coordinators' read-only audit log.

Templates: ``registration/login.html``, ``registration/otp_setup.html``,
``registration/otp_verify.html``, ``registration/otp_recovery_codes.html``,
``hjo_safety/audit_log.html``. Models: django-otp's ``TOTPDevice`` and ``StaticDevice``,
``AuditEvent`` and the historical models (see ``hjo_safety.audit``).
"""

import base64
import hashlib
import logging
from urllib.parse import quote

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, transaction
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_ratelimit.core import is_ratelimited

from hjo_safety import access_log as access_log_search
from hjo_safety.audit import AuditFilterForm, build_page
from hjo_safety.decorators import coordinator_required
from hjo_safety.forms import LoginForm
from hjo_safety.middleware import OTP_PENDING_SESSION_KEY, two_factor_required
from hjo_safety.models import AuditEvent
from hjo_safety.security import client_ip

RECOVERY_CODE_COUNT = 10
RECOVERY_CODES_SESSION_KEY = "hjo_recovery_codes"


class LoginView(auth_views.LoginView):
    """Django's login, with a button per single sign-on provider beside the password form."""

    def get_context_data(self, **kwargs):
        from hjo_safety.sso import ENDED_PARAM, providers

        return super().get_context_data(**kwargs) | {
            "sso_providers": list(providers().values()),
            "sso_ended": ENDED_PARAM in self.request.GET,
        }


_login_view = LoginView.as_view(authentication_form=LoginForm)
PASSWORD_RESET_WINDOW_SECONDS = 60 * 60
logger = logging.getLogger(__name__)


def _safe_next(request, default="staff_home"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse(default)


LOGIN_RATE_LIMIT_GROUP = "hjo_safety.login"


def _client_key(group, request):
    return client_ip(request) or "okänd"


def login_throttled(request) -> bool:
    """Count this login attempt for its client address; True when over the hourly limit.

    django-axes locks a user name after a few failures; an address is only throttled here, at a
    much higher count, because one address is often a whole office behind NAT."""
    return is_ratelimited(
        request,
        group=LOGIN_RATE_LIMIT_GROUP,
        key=_client_key,
        rate=settings.LOGIN_RATE_LIMIT_PER_ADDRESS,
        method=["POST"],
        increment=True,
    )


def login(request):
    """Django's login; a user with a two-factor device goes on to enter a code. Too many
    attempts from one address in an hour get a 429 page without trying the password."""
    if request.method == "POST" and login_throttled(request):
        logger.warning("Login throttled from %s", client_ip(request))
        return TemplateResponse(request, "registration/login_throttled.html", status=429)
    response = _login_view(request)
    user = request.user
    if (
        request.method == "POST"
        and response.status_code == 302
        and user.is_authenticated
        and user_has_device(user)
    ):
        request.session[OTP_PENDING_SESSION_KEY] = True
        return redirect(f"{reverse('otp_verify')}?next={quote(response.url)}")
    return response


def _count_and_check(key: str, limit: int) -> bool:
    """Count one more request under ``key`` in this hour's window; True when over ``limit``."""
    cache = caches["throttle"]
    cache.add(key, 0, timeout=PASSWORD_RESET_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=PASSWORD_RESET_WINDOW_SECONDS)
        count = 1
    return count > limit


def password_reset_throttled(request, email: str) -> bool:
    """Whether this password reset request is over the hourly limit for its client address or
    for the e-mail address asked for. Both counters always count, so an attacker cannot learn
    from the limits whether an account exists. The e-mail is hashed: no address is stored."""
    account = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    try:
        over_address = _count_and_check(
            f"password-reset:ip:{client_ip(request) or 'unknown'}",
            settings.PASSWORD_RESET_LIMIT_PER_ADDRESS,
        )
        over_account = _count_and_check(
            f"password-reset:account:{account}", settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT
        )
    except DatabaseError:  # the cache table is missing (createcachetable not run)
        logger.exception("Password reset throttle unavailable: run manage.py migrate")
        return False
    return over_address or over_account


class ThrottledPasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, limited per client address and per e-mail address. Over a
    limit, no mail is sent but the answer is the same "check your e-mail" page, as it is for an
    address without an account: the page never tells which case applies."""

    def form_valid(self, form):
        if password_reset_throttled(self.request, form.cleaned_data["email"]):
            logger.warning("Password reset throttled from %s", client_ip(self.request))
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Kod"),
        max_length=16,
        strip=True,
        error_messages={"required": _("Skriv koden från appen eller en reservkod.")},
    )

    def __init__(self, *args, numeric=False, **kwargs):
        super().__init__(*args, **kwargs)
        attrs = {"autocomplete": "one-time-code", "spellcheck": "false"}
        if numeric:
            attrs["inputmode"] = "numeric"
            self.fields["token"].label = _("Kod från appen (6 siffror)")
        self.fields["token"].widget.attrs.update(attrs)

    def clean_token(self):
        return "".join(self.cleaned_data["token"].split())


def _qr_data_uri(text: str) -> str:
    """The otpauth URL as an SVG QR code in a data: URI (allowed by the CSP's img-src)."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    return "data:image/svg+xml;base64," + base64.b64encode(image.to_string()).decode("ascii")


def _grouped_secret(device: TOTPDevice) -> str:
    secret = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes with ten new single-use codes."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="Reservkoder", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def _confirmed_totp(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@never_cache
@login_required
def otp_setup(request):
    """Set up two-factor authentication: scan the QR code, confirm with a code, get recovery
    codes. With TOTP already on, offers new recovery codes (after verification)."""
    user = request.user
    confirmed = _confirmed_totp(user)
    if confirmed is not None:
        if not user.is_verified():
            return redirect(f"{reverse('otp_verify')}?next={quote(request.get_full_path())}")
        if request.method == "POST" and "new_codes" in request.POST:
            with transaction.atomic():
                request.session[RECOVERY_CODES_SESSION_KEY] = _new_recovery_codes(user)
            return redirect("otp_recovery_codes")
        return TemplateResponse(
            request, "registration/otp_setup.html", {"enabled": True, "device": confirmed}
        )

    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Autentiseringsapp", confirmed=False)
    form = TokenForm(request.POST or None, numeric=True)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            with transaction.atomic():
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                codes = _new_recovery_codes(user)
                AuditEvent.objects.record(AuditEvent.Kind.OTP_ENABLED, request=request, user=user)
            otp_login(request, device)
            request.session.pop(OTP_PENDING_SESSION_KEY, None)
            request.session[RECOVERY_CODES_SESSION_KEY] = codes
            next_url = _safe_next(request)
            return redirect(f"{reverse('otp_recovery_codes')}?next={quote(next_url)}")
        form.add_error(
            "token",
            _(
                "Koden stämmer inte. Kontrollera att telefonens klocka går rätt och skriv "
                "den kod som visas just nu."
            ),
        )
    return TemplateResponse(
        request,
        "registration/otp_setup.html",
        {
            "enabled": False,
            "form": form,
            "qr_code": _qr_data_uri(device.config_url),
            "secret": _grouped_secret(device),
            "required": two_factor_required(user),
            "next": _safe_next(request),
        },
    )


@never_cache
@login_required
def otp_recovery_codes(request):
    """The new recovery codes, shown once (they are taken out of the session)."""
    codes = request.session.pop(RECOVERY_CODES_SESSION_KEY, None)
    return TemplateResponse(
        request,
        "registration/otp_recovery_codes.html",
        {"codes": codes, "next": _safe_next(request)},
    )


@never_cache
@login_required
def otp_verify(request):
    """Second step of the login: a code from the app or one recovery code."""
    user = request.user
    next_url = _safe_next(request)
    if user.is_verified():
        return redirect(next_url)
    if not user_has_device(user):
        if two_factor_required(user):
            return redirect(f"{reverse('otp_setup')}?next={quote(next_url)}")
        request.session.pop(OTP_PENDING_SESSION_KEY, None)
        return redirect(next_url)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            device = next(
                (
                    candidate
                    for candidate in devices_for_user(user, for_verify=True)
                    if candidate.verify_token(form.cleaned_data["token"])
                ),
                None,
            )
        if device is not None:
            otp_login(request, device)
            request.session.pop(OTP_PENDING_SESSION_KEY, None)
            return redirect(next_url)
        AuditEvent.objects.record(AuditEvent.Kind.OTP_FAILED, request=request, user=user)
        form.add_error(
            "token",
            _(
                "Koden stämmer inte. Skriv den kod som visas i appen just nu, eller en av dina "
                "reservkoder. Efter flera fel får du vänta en stund innan nästa försök."
            ),
        )
    return TemplateResponse(
        request, "registration/otp_verify.html", {"form": form, "next": next_url}
    )


@require_GET
@coordinator_required
def audit_log(request):
    """Coordinators' read-only audit log: account events and every change to audited data,
    newest first, filtered by type, user and dates (``hjo_safety.audit``)."""
    form = AuditFilterForm(request.GET or None)
    filters = {}
    if form.is_bound:
        form.is_valid()
        filters = {key: value for key, value in form.cleaned_data.items() if value}
    page = build_page(filters, request.GET.get("page"))
    return TemplateResponse(
        request, "hjo_safety/audit_log.html", {"form": form, "page": page, "filters": filters}
    )


@never_cache
@login_required
def access_log(request):
    """Who read and exported what (``hjo_safety.access_log``): for the coordinator and the data
    protection officer, searched by user, organisation, kind, object and dates. Anyone else gets
    403, like the audit log (the page's existence is not a secret). The officer needs the second
    factor when the coordinators do."""
    if not access_log_search.may_search(request.user):
        raise PermissionDenied
    if settings.OTP_REQUIRED_FOR_ADMINS and not request.user.is_verified():
        target = "otp_verify" if user_has_device(request.user) else "otp_setup"
        return redirect(f"{reverse(target)}?next={quote(request.get_full_path())}")
    form = access_log_search.AccessLogFilterForm(request.GET or None)
    filters = {}
    if form.is_bound and form.is_valid():
        filters = {key: value for key, value in form.cleaned_data.items() if value}
    page = access_log_search.build_page(filters, request.GET.get("page"))
    return TemplateResponse(
        request,
        "hjo_safety/access_log.html",
        {
            "form": form,
            "page": page,
            "retention_days": settings.ACCESS_LOG_RETENTION_DAYS,
        },
    )


@never_cache
@require_POST
def stay_signed_in(request):
    """ "Fortsätt vara inloggad" in the session-timeout warning (js/session-timeout.js): a POST
    (with the CSRF token) that saves the session, which pushes its idle expiry forward. 401 when
    the session has already ended, so the page can say so instead of showing a login page."""
    if not request.user.is_authenticated:
        return JsonResponse({"signed_in": False}, status=401)
    request.session.modified = True
    return JsonResponse({"signed_in": True})
