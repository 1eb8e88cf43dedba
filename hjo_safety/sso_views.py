"""Single sign-on pages: the provider's answer (callback), the waiting page of a new account,
the organisation admins' approval of new accounts, and the back-channel logout endpoint.

Templates: ``registration/sso_pending.html``, ``hjo_safety/sso_approvals.html``. Models:
``SsoIdentity``, ``Membership``, ``AuditEvent``. The logic is in ``hjo_safety.sso``.
"""

import logging
from urllib.parse import quote

from django import forms
from django.contrib import auth, messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_otp import user_has_device

from hjo_safety import permissions, sso
from hjo_safety.middleware import OTP_PENDING_SESSION_KEY
from hjo_safety.models import AuditEvent, Membership, Organisation, SsoIdentity
from hjo_safety.roles import Role

logger = logging.getLogger(__name__)


def _refuse(request, provider, reason: str, detail: str = ""):
    AuditEvent.objects.record(
        AuditEvent.Kind.SSO_REFUSED,
        request=request,
        detail=f"{provider.name if provider else '?'}: {detail or reason}",
    )
    messages.error(request, sso.refusal_message(reason))
    return redirect("login")


def _safe(request, target) -> str:
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("staff_home")


@never_cache
def sso_callback(request):
    """``/konto/sso/svar/``: the provider sends the browser back here with ``code`` and
    ``state``. A state this session did not start is refused (and used states are gone)."""
    states = request.session.get("oidc_states") or {}
    state = request.GET.get("state", "")
    entry = states.pop(state, None) if state else None
    request.session["oidc_states"] = states
    provider = sso.providers().get(entry.get("provider")) if entry else None
    if entry is None or provider is None:
        return _refuse(request, provider, "state", "unknown state")
    if request.GET.get("error") or not request.GET.get("code"):
        return _refuse(request, provider, "denied", request.GET.get("error", "no code")[:60])
    backend = sso.SsoBackend()
    try:
        user = backend.authenticate(
            request,
            sso_provider=provider,
            nonce=entry.get("nonce"),
            code_verifier=entry.get("code_verifier"),
        )
    except sso.SsoPending as pending:
        return TemplateResponse(
            request,
            "registration/sso_pending.html",
            {"provider": provider, "identity": pending.identity},
        )
    except sso.SsoRefused as refused:
        return _refuse(request, provider, refused.reason, refused.detail)
    if request.user.is_authenticated:
        auth.logout(request)  # another account's session in this browser ends first
    auth.login(request, user, backend=sso.BACKEND_PATH)
    sso.start_session(request, user, backend)
    next_url = _safe(request, entry.get("next"))
    if not user.hjo_sso["mfa"] and user_has_device(user):
        request.session[OTP_PENDING_SESSION_KEY] = True
        return redirect(f"{reverse('otp_verify')}?next={quote(next_url)}")
    return redirect(next_url)


@csrf_exempt
@require_POST
def sso_backchannel_logout(request, key):
    """``/konto/sso/<provider>/utloggning/``: OpenID Connect Back-Channel Logout 1.0. The
    provider POSTs a signed ``logout_token``; the named person's portal sessions end at their
    next request. Only for providers with ``backchannel_logout`` on."""
    provider = sso.provider_or_404(key)
    if not provider.backchannel_logout:
        raise Http404
    try:
        sso.backchannel_logout(provider, request.POST.get("logout_token", ""))
    except Exception as exc:  # noqa: BLE001 - any bad token is a 400
        # Logged, not audited: anyone can POST here, and junk must not fill the audit log.
        logger.warning("Back-channel logout for %s refused: %s", key, type(exc).__name__)
        response = HttpResponseBadRequest("invalid logout_token\n", content_type="text/plain")
    else:
        response = HttpResponse(status=200)
    response["Cache-Control"] = "no-store"
    return response


class ApprovalForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=gettext_lazy("Organisation"),
        queryset=Organisation.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": gettext_lazy("Välj en av organisationerna i listan.")},
    )
    action = forms.ChoiceField(choices=[("approve", "approve"), ("reject", "reject")])

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


def _approvable_organisations(user, identity):
    provider = sso.providers().get(identity.provider)
    if provider is None:
        return Organisation.objects.none()
    return (
        Organisation.objects.administered_by(user)
        .active()
        .filter(pk__in=provider.organisation_ids())
    )


def _admin_required(request):
    if not permissions.can_use_admin(request.user):
        raise PermissionDenied


@never_cache
@login_required
def sso_approvals(request):
    """``/personal/nya-konton/``: accounts that a first single sign-on created, waiting for an
    admin of an organisation their provider serves (a coordinator sees them all)."""
    _admin_required(request)
    waiting = list(
        SsoIdentity.objects.awaiting(request.user, sso.provider_organisations()).select_related(
            "user"
        )
    )
    rows = []
    for identity in waiting:
        provider = sso.providers().get(identity.provider)
        rows.append(
            {
                "identity": identity,
                "provider": provider,
                "form": ApprovalForm(
                    organisations=_approvable_organisations(request.user, identity),
                    prefix=f"a{identity.pk}",
                ),
            }
        )
    return TemplateResponse(request, "hjo_safety/sso_approvals.html", {"rows": rows})


@require_POST
@login_required
def sso_approve(request, pk):
    """Approve (a reporter's membership in the chosen organisation) or reject (the account is
    deactivated) one waiting account. Another organisation's account is a 404."""
    _admin_required(request)
    try:
        identity = (
            SsoIdentity.objects.awaiting(request.user, sso.provider_organisations())
            .select_related("user")
            .get(pk=pk)
        )
    except SsoIdentity.DoesNotExist as exc:
        raise Http404 from exc
    form = ApprovalForm(
        request.POST,
        organisations=_approvable_organisations(request.user, identity),
        prefix=f"a{identity.pk}",
    )
    if not form.is_valid():
        messages.error(request, _("Välj en organisation i listan och försök igen."))
        return redirect("sso_approvals")
    user = identity.user
    organisation = form.cleaned_data["organisation"]
    with transaction.atomic():
        if form.cleaned_data["action"] == "reject":
            user.is_active = False
            user.save(update_fields=["is_active"])
            AuditEvent.objects.record(
                AuditEvent.Kind.SSO_REFUSED,
                request=request,
                user=user,
                detail=f"Avvisad av {request.user.get_username()}",
            )
            messages.success(request, _("Kontot %(name)s avvisades.") % {"name": user.username})
        else:
            Membership.objects.get_or_create(
                user=user, organisation=organisation, defaults={"role": Role.REPORTER}
            )
            identity.status = SsoIdentity.Status.APPROVED
            identity.save(update_fields=["status"])
            AuditEvent.objects.record(
                AuditEvent.Kind.SSO_APPROVED,
                request=request,
                user=user,
                detail=f"{organisation.display_name}, av {request.user.get_username()}",
            )
            messages.success(
                request,
                _("%(name)s är nu rapportör för %(organisation)s.")
                % {"name": user.get_full_name() or user.username, "organisation": organisation},
            )
    return redirect("sso_approvals")
