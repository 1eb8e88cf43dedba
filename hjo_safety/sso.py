"""Single sign-on: staff sign in with their organisation's OpenID Connect provider.

The relying party is mozilla-django-oidc (docs/security.md, "Single sign-on", says why): its
authorisation request (state, nonce, PKCE kept in the session) and its token, JWKS and userinfo
calls, given one provider's values at a time (``OIDC_PROVIDERS``, read by ``providers()``).
What the portal adds around it, all here:

- ``SsoBackend.authenticate`` verifies the ID token's signature, issuer, audience (and ``azp``),
  expiry and nonce (the library checks neither issuer nor audience), then ``resolve_user``:
  the provider's ``sub`` already linked, or an invited user with that verified e-mail address
  whose every membership lies in the provider's organisations, or a new account **without any
  membership**, pending until an organisation admin approves it. Group or role claims become
  memberships only through the provider's own ``role_map``.
- ``SsoSessionMiddleware`` ends an SSO session when the provider ends it: a back-channel logout,
  or a failed check with the provider (refresh token, else userinfo) when the ID token expires
  or ``session_check_seconds`` have passed. A login the provider reports as multi-factor
  (``mfa``: e.g. ``amr`` holds ``mfa``) counts as the portal's second factor.
"""

import logging
import re
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import jwt
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth import logout as auth_logout
from django.core import checks
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import View
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import absolutify, import_from_settings
from mozilla_django_oidc.views import OIDCAuthenticationRequestView

from hjo_safety import permissions
from hjo_safety.models import AuditEvent, Membership, Organisation, SsoIdentity
from hjo_safety.roles import Role

logger = logging.getLogger(__name__)

BACKEND_PATH = "hjo_safety.sso.SsoBackend"
ENDED_PARAM = "sso-avslutad"
SESSION_KEY = "hjo_sso"  # provider, login time, next check, multi-factor, sid
TOKENS_KEY = "hjo_sso_tokens"  # access and refresh token (the session lives in the database)
TIMEOUT_SECONDS = 10
LEEWAY_SECONDS = 60  # clock skew between the provider and the portal
RETRY_UNREACHABLE_SECONDS = 30
BACKCHANNEL_EVENT = "http://schemas.openid.net/event/backchannel-logout"
ENDPOINT_NAMES = ("authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri")
ROLE_ORDER = {Role.REPORTER: 1, Role.ORG_ADMIN: 2}
ID_TOKEN_CLAIMS = ("exp", "iat", "iss", "aud", "sub")
LOGOUT_TOKEN_CLAIMS = ("iss", "aud", "iat", "exp", "jti", "events")  # sub or sid: checked apart


class SsoRefused(Exception):
    """A login the portal refuses; ``reason`` is a key of ``REFUSAL_MESSAGES``."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


class SsoPending(Exception):
    """The account exists but waits for an organisation admin's approval."""

    def __init__(self, identity):
        super().__init__("pending")
        self.identity = identity


def refusal_message(reason: str) -> str:
    messages_by_reason = {
        "state": _(
            "Inloggningen kunde inte slutföras: svaret hörde inte till någon inloggning som "
            "påbörjats här. Börja om från inloggningssidan."
        ),
        "token": _(
            "Identitetsleverantörens svar kunde inte godkännas (fel mottagare, utgånget eller "
            "ogiltigt). Försök igen; kontakta säkerhetsstrategen om det upprepas."
        ),
        "provider": _(
            "Identitetsleverantören svarade inte som väntat. Försök igen om en stund, eller "
            "logga in med lösenord."
        ),
        "denied": _("Inloggningen avbröts hos identitetsleverantören."),
        "email": _(
            "Identitetsleverantören lämnade ingen bekräftad e-postadress, så kontot kan inte "
            "kopplas. Kontakta din organisations administratör."
        ),
        "other_organisation": _(
            "Det finns redan ett konto med din e-postadress som hör till en organisation som "
            "inte använder den här inloggningen. Logga in med lösenord, eller be "
            "säkerhetsstrategen om hjälp."
        ),
        "inactive": _("Kontot är avstängt i portalen. Kontakta din organisations administratör."),
    }
    return messages_by_reason.get(reason, messages_by_reason["token"])


# --- Providers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Provider:
    """One OpenID Connect provider of ``OIDC_PROVIDERS`` (docs/security.md lists the keys)."""

    key: str
    name: str
    issuer: str
    client_id: str
    client_secret: str
    organisations: tuple[str, ...]
    scopes: str = "openid email profile"
    endpoints: dict = field(default_factory=dict)
    sign_algo: str = "RS256"
    trust_email: bool = False
    email_verified_claim: str = "email_verified"
    mfa: dict = field(default_factory=lambda: {"amr": ["mfa"]})
    role_claim: str = ""
    role_map: dict = field(default_factory=dict)
    session_check_seconds: int = 300
    backchannel_logout: bool = False
    use_pkce: bool = True
    extra_auth_params: dict = field(default_factory=dict)

    @property
    def name_genitive(self) -> str:
        """Swedish genitive: "Hjo kommun" → "Hjo kommuns", "Polisen" → "Polisens"."""
        return self.name if self.name[-1:].lower() in {"s", "x", "z"} else f"{self.name}s"

    def endpoint(self, name: str) -> str:
        value = self.endpoints.get(name) or discovery(self.issuer).get(name)
        if not value:
            raise ImproperlyConfigured(f"OIDC provider {self.key!r} has no {name}.")
        return value

    def organisation_ids(self) -> frozenset[int]:
        names = list(self.organisations)
        return frozenset(
            Organisation.objects.filter(Q(name__in=names) | Q(short_name__in=names)).values_list(
                "pk", flat=True
            )
        )

    def mapped_memberships(self, claims: dict) -> dict[int, str]:
        """Organisation id → role that the provider's claims give, through ``role_map`` only."""
        if not self.role_claim or not self.role_map:
            return {}
        values = claims.get(self.role_claim) or []
        if isinstance(values, str):
            values = [values]
        wanted: dict[str, str] = {}
        for value in values:
            for organisation, role in self.role_map.get(str(value), []):
                if ROLE_ORDER[role] > ROLE_ORDER.get(wanted.get(organisation), 0):
                    wanted[organisation] = role
        ids = self._ids_by_name(wanted)
        return {ids[name]: role for name, role in wanted.items() if name in ids}

    def managed_organisation_ids(self) -> frozenset[int]:
        """The organisations whose memberships ``role_map`` keeps in step with the claims."""
        names = {org for targets in self.role_map.values() for org, _role in targets}
        return frozenset(self._ids_by_name(names).values())

    @staticmethod
    def _ids_by_name(names) -> dict[str, int]:
        found = {}
        for pk, name, short_name in Organisation.objects.filter(
            Q(name__in=list(names)) | Q(short_name__in=list(names))
        ).values_list("pk", "name", "short_name"):
            for label in (name, short_name):
                if label in names:
                    found[label] = pk
        return found


def _provider(raw: dict) -> Provider:
    missing = [name for name in ("key", "name", "issuer", "client_id") if not raw.get(name)]
    if missing:
        raise ImproperlyConfigured(f"OIDC_PROVIDERS: an entry lacks {', '.join(missing)}.")
    key = raw["key"]
    if not re.fullmatch(r"[a-z0-9-]{1,40}", key) or key == "svar":
        raise ImproperlyConfigured(f"OIDC_PROVIDERS: key {key!r} must be a-z, 0-9 or -.")
    organisations = tuple(raw.get("organisations") or ())
    role_map = {
        str(value): [tuple(pair) for pair in targets]
        for value, targets in (raw.get("role_map") or {}).items()
    }
    for targets in role_map.values():
        for organisation, role in targets:
            if role not in ROLE_ORDER:
                raise ImproperlyConfigured(
                    f"OIDC provider {key!r}: role_map may give {sorted(ROLE_ORDER)} only; "
                    "coordinators are appointed in the portal."
                )
            if organisation not in organisations:
                raise ImproperlyConfigured(
                    f"OIDC provider {key!r}: role_map names {organisation!r}, which is not "
                    "among its organisations."
                )
    secret = raw.get("client_secret", "")
    if raw.get("client_secret_env"):
        import os

        secret = os.environ.get(raw["client_secret_env"], "")
    return Provider(
        key=key,
        name=raw["name"],
        issuer=raw["issuer"].rstrip("/"),
        client_id=raw["client_id"],
        client_secret=secret,
        organisations=organisations,
        scopes=raw.get("scopes", "openid email profile"),
        endpoints={
            name: raw[name] for name in (*ENDPOINT_NAMES, "end_session_endpoint") if raw.get(name)
        },
        sign_algo=raw.get("sign_algo", "RS256"),
        trust_email=bool(raw.get("trust_email", False)),
        email_verified_claim=raw.get("email_verified_claim", "email_verified"),
        mfa=raw.get("mfa", {"amr": ["mfa"]}),
        role_claim=raw.get("role_claim", ""),
        role_map=role_map,
        session_check_seconds=int(raw.get("session_check_seconds", 300)),
        backchannel_logout=bool(raw.get("backchannel_logout", False)),
        use_pkce=bool(raw.get("use_pkce", True)),
        extra_auth_params=dict(raw.get("extra_auth_params") or {}),
    )


_parsed: dict = {"source": None, "providers": {}}


def providers() -> dict[str, Provider]:
    """The configured providers by key, in the order of the setting (parsed once per value)."""
    source = getattr(settings, "OIDC_PROVIDERS", [])
    if _parsed["source"] is not source:
        _parsed["providers"] = {p.key: p for p in map(_provider, source)}
        _parsed["source"] = source
    return _parsed["providers"]


@checks.register(checks.Tags.security)
def check_providers(app_configs=None, **kwargs):
    """``manage.py check`` (and every start) refuses a provider list that does not parse: a
    missing key, a bad ``key``, a ``role_map`` naming another organisation or a coordinator."""
    try:
        providers()
    except (ImproperlyConfigured, TypeError, ValueError, AttributeError) as exc:
        return [checks.Error(str(exc), id="hjo_safety.E101")]
    return []


def provider_or_404(key: str) -> Provider:
    try:
        return providers()[key]
    except KeyError as exc:
        raise Http404 from exc


def provider_organisations() -> dict[str, frozenset[int]]:
    return {key: provider.organisation_ids() for key, provider in providers().items()}


_discovered: dict[str, dict] = {}


def discovery(issuer: str) -> dict:
    """The provider's ``.well-known/openid-configuration``, fetched once per process."""
    if issuer not in _discovered:
        response = requests.get(
            f"{issuer}/.well-known/openid-configuration", timeout=TIMEOUT_SECONDS
        )
        response.raise_for_status()
        metadata = response.json()
        if metadata.get("issuer", "").rstrip("/") != issuer:
            raise ImproperlyConfigured(f"OIDC discovery at {issuer} names another issuer.")
        _discovered[issuer] = metadata
    return _discovered[issuer]


# --- The relying party ------------------------------------------------------------------------


class ProviderSettingsMixin:
    """mozilla-django-oidc reads its configuration through ``get_settings``; these answer it from
    one provider of ``OIDC_PROVIDERS`` instead of the global ``OIDC_*`` settings."""

    provider: Provider

    def get_settings(self, attr, *args):
        provider = self.provider
        values = {
            "OIDC_RP_SCOPES": provider.scopes,
            "OIDC_AUTHENTICATION_CALLBACK_URL": "sso_callback",
            "OIDC_USE_NONCE": True,
            "OIDC_USE_PKCE": provider.use_pkce,
            "OIDC_AUTH_REQUEST_EXTRA_PARAMS": provider.extra_auth_params,
            "OIDC_TIMEOUT": TIMEOUT_SECONDS,
            "OIDC_VERIFY_SSL": True,
            "OIDC_ALLOW_UNSECURED_JWT": False,
            "OIDC_CREATE_USER": False,
        }
        if attr in values:
            return values[attr]
        return import_from_settings(attr, *args)


class SsoStartView(ProviderSettingsMixin, OIDCAuthenticationRequestView):
    """``/konto/sso/<provider>/``: off to the provider, with state, nonce and PKCE in the session
    (the library's request view); the state's entry also remembers the provider and ``next``."""

    def __init__(self, **kwargs):
        View.__init__(self, **kwargs)  # the library's __init__ reads the global settings

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.provider = provider_or_404(kwargs["key"])
        self.OIDC_RP_CLIENT_ID = self.provider.client_id

    def get(self, request, key):
        try:
            self.OIDC_OP_AUTH_ENDPOINT = self.provider.endpoint("authorization_endpoint")
        except (requests.RequestException, ValueError, ImproperlyConfigured):
            logger.warning("OIDC provider %s: no discovery document", key, exc_info=True)
            from django.contrib import messages

            messages.error(request, refusal_message("provider"))
            return redirect("login")
        response = super().get(request)
        state = parse_qs(urlsplit(response.url).query)["state"][0]
        entry = request.session["oidc_states"][state]
        entry["provider"] = self.provider.key
        entry["next"] = request.session.pop("oidc_login_next", None)
        request.session.modified = True
        return response


class SsoBackend(ProviderSettingsMixin, OIDCAuthenticationBackend):
    """mozilla-django-oidc's backend for one provider at a time. Only the callback calls
    ``authenticate`` (with ``sso_provider``); for every other login it answers ``None``."""

    provider = None

    def __init__(self, *args, **kwargs):
        # The library's __init__ reads global OIDC_* settings; ``configure`` sets them per provider.
        self.UserModel = get_user_model()

    def configure(self, provider: Provider):
        self.provider = provider
        self.OIDC_OP_TOKEN_ENDPOINT = provider.endpoint("token_endpoint")
        self.OIDC_OP_USER_ENDPOINT = provider.endpoints.get("userinfo_endpoint") or discovery(
            provider.issuer
        ).get("userinfo_endpoint")
        self.OIDC_OP_JWKS_ENDPOINT = provider.endpoint("jwks_uri")
        self.OIDC_RP_CLIENT_ID = provider.client_id
        self.OIDC_RP_CLIENT_SECRET = provider.client_secret
        self.OIDC_RP_SIGN_ALGO = provider.sign_algo
        self.OIDC_RP_IDP_SIGN_KEY = None
        return self

    def get_user(self, user_id):
        from hjo_safety.auth_backends import MembershipModelBackend

        return MembershipModelBackend().get_user(user_id)

    def _verify_jws(self, payload, key, require=ID_TOKEN_CLAIMS):
        """The signature, and what the library leaves out: issuer, audience, ``azp``, expiry.
        ``require``: the claims the token must carry (a logout token's differ)."""
        try:
            header = jwt.get_unverified_header(payload)
        except jwt.PyJWTError as exc:
            raise SsoRefused("token", "unreadable token") from exc
        if header.get("alg") != self.OIDC_RP_SIGN_ALGO:
            raise SsoRefused("token", f"algorithm {header.get('alg')}")
        try:
            claims = jwt.decode(
                payload,
                key,
                algorithms=[self.OIDC_RP_SIGN_ALGO],
                audience=self.OIDC_RP_CLIENT_ID,
                issuer=self.provider.issuer,
                leeway=LEEWAY_SECONDS,
                options={"require": list(require)},
            )
        except jwt.ExpiredSignatureError as exc:
            raise SsoRefused("token", "expired token") from exc
        except jwt.InvalidAudienceError as exc:
            raise SsoRefused("token", "wrong audience") from exc
        except jwt.InvalidIssuerError as exc:
            raise SsoRefused("token", "wrong issuer") from exc
        except jwt.PyJWTError as exc:
            raise SsoRefused("token", f"invalid token: {type(exc).__name__}") from exc
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.OIDC_RP_CLIENT_ID:
            raise SsoRefused("token", "wrong authorized party")
        return claims

    def authenticate(self, request, sso_provider=None, nonce=None, code_verifier=None, **kwargs):
        """Exchange the code, verify the ID token and find (or create) the portal account.

        Returns the user, with the login's facts in ``user.hjo_sso`` and the tokens in
        ``self.tokens``; raises ``SsoRefused`` or ``SsoPending``."""
        if sso_provider is None or request is None:
            return None
        self.configure(sso_provider)
        self.request = request
        payload = {
            "client_id": self.OIDC_RP_CLIENT_ID,
            "client_secret": self.OIDC_RP_CLIENT_SECRET,
            "grant_type": "authorization_code",
            "code": request.GET.get("code", ""),
            "redirect_uri": absolutify(request, reverse("sso_callback")),
        }
        if code_verifier is not None:
            payload["code_verifier"] = code_verifier
        try:
            token_info = self.get_token(payload)
            id_token_claims = self.verify_token(token_info.get("id_token") or "", nonce=nonce)
            userinfo = {}
            if self.OIDC_OP_USER_ENDPOINT and token_info.get("access_token"):
                userinfo = self.get_userinfo(token_info["access_token"], None, id_token_claims)
        except SuspiciousOperation as exc:  # the library's nonce, key and algorithm checks
            raise SsoRefused("token", str(exc)[:80]) from exc
        except (requests.RequestException, ValueError) as exc:
            raise SsoRefused("provider", type(exc).__name__) from exc
        if userinfo.get("sub", id_token_claims["sub"]) != id_token_claims["sub"]:
            raise SsoRefused("token", "userinfo for another subject")
        # The ID token's claims win; userinfo only adds (e-mail, names, groups).
        claims = {**userinfo, **id_token_claims}
        user, identity = resolve_user(sso_provider, claims)  # commits a new pending account
        if identity.status == SsoIdentity.Status.PENDING:
            raise SsoPending(identity)
        now = time.time()
        user.hjo_sso = {
            "provider": sso_provider.key,
            "provider_name": sso_provider.name,
            "mfa": is_multi_factor(sso_provider, id_token_claims),
            "sid": str(id_token_claims.get("sid", ""))[:255],
            "login_at": now,
            "check_at": min(now + sso_provider.session_check_seconds, id_token_claims["exp"]),
        }
        self.tokens = {
            "access": token_info.get("access_token", ""),
            "refresh": token_info.get("refresh_token", ""),
            "expires_at": now + int(token_info.get("expires_in") or 0),
        }
        identity.last_login_at = timezone.now()
        identity.last_sid = user.hjo_sso["sid"]
        identity.save(update_fields=["last_login_at", "last_sid"])
        return user


def is_multi_factor(provider: Provider, claims: dict) -> bool:
    """Whether the ID token says the person used more than one factor, by the provider's rule
    (``mfa``: claim name → accepted values, e.g. ``{"amr": ["mfa"]}`` or ``{"acr": [...]}``)."""
    for claim, accepted in (provider.mfa or {}).items():
        values = claims.get(claim)
        values = [values] if isinstance(values, str) else (values or [])
        if set(map(str, values)) & set(map(str, accepted)):
            return True
    return False


def verified_email(provider: Provider, claims: dict) -> str | None:
    email = (claims.get("email") or "").strip()
    if not email or "@" not in email:
        return None
    if provider.trust_email or claims.get(provider.email_verified_claim) in (True, "true"):
        return email
    return None


def may_link(provider: Provider, user) -> bool:
    """An existing account may be taken over by this provider only if it belongs to it: active,
    no superuser, and every membership in one of the provider's organisations."""
    if not user.is_active or user.is_superuser:
        return False
    organisation_ids = set(user.memberships.values_list("organisation_id", flat=True))
    return bool(organisation_ids) and organisation_ids <= provider.organisation_ids()


def _new_username(email: str) -> str:
    User = get_user_model()
    base = re.sub(r"[^a-z0-9._-]", "", email.split("@", 1)[0].lower())[:140] or "sso"
    candidate, number = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


@transaction.atomic
def resolve_user(provider: Provider, claims: dict):
    """The portal account for these (verified) claims and its identity, which may be pending
    (see the module's docstring); raises ``SsoRefused`` when no account may be used."""
    User = get_user_model()
    subject = str(claims["sub"])[:255]
    identity = (
        SsoIdentity.objects.select_for_update()
        .select_related("user")
        .filter(provider=provider.key, subject=subject)
        .first()
    )
    if identity is None:
        email = verified_email(provider, claims)
        if email is None:
            raise SsoRefused("email", "no verified e-mail")
        matches = list(User.objects.filter(email__iexact=email)[:2])
        if len(matches) > 1:
            raise SsoRefused("other_organisation", "several accounts with that e-mail")
        if matches:
            user = matches[0]
            if not may_link(provider, user):
                raise SsoRefused("other_organisation", "existing account outside the provider")
            status = SsoIdentity.Status.APPROVED
        else:
            user = User(
                username=_new_username(email),
                email=email,
                first_name=str(claims.get("given_name", ""))[:150],
                last_name=str(claims.get("family_name", ""))[:150],
            )
            user.set_unusable_password()
            user.save()
            status = SsoIdentity.Status.PENDING
        identity = SsoIdentity.objects.create(
            user=user, provider=provider.key, subject=subject, status=status
        )
        if status == SsoIdentity.Status.PENDING:
            AuditEvent.objects.record(AuditEvent.Kind.SSO_PENDING, user=user, detail=provider.name)
    user = identity.user
    if not user.is_active:
        raise SsoRefused("inactive", "account inactive")
    if apply_role_map(provider, user, claims) and identity.status == SsoIdentity.Status.PENDING:
        identity.status = SsoIdentity.Status.APPROVED
        identity.save(update_fields=["status"])
    return user, identity


def apply_role_map(provider: Provider, user, claims: dict) -> bool:
    """Keep the memberships in the organisations the provider's ``role_map`` names in step with
    the claims (create, change, remove; a coordinator's membership is never touched). Returns
    whether the user has a membership the claims gave."""
    managed = provider.managed_organisation_ids()
    if not managed:
        return False
    wanted = provider.mapped_memberships(claims)
    reason = f"Roll från {provider.name}"
    existing = {m.organisation_id: m for m in user.memberships.filter(organisation__in=managed)}
    for organisation_id in managed:
        membership = existing.get(organisation_id)
        role = wanted.get(organisation_id)
        if membership is not None and membership.role == Role.COORDINATOR:
            continue
        if role is None and membership is not None:
            membership._change_reason = reason
            membership.delete()
        elif role is not None and membership is None:
            membership = Membership(user=user, organisation_id=organisation_id, role=role)
            membership._change_reason = reason
            membership.save()
        elif role is not None and membership.role != role:
            membership.role = role
            membership._change_reason = reason
            membership.save(update_fields=["role"])
    permissions.forget(user)
    return bool(wanted)


# --- Sessions ----------------------------------------------------------------------------------


def start_session(request, user, backend: SsoBackend) -> None:
    """After ``auth.login``: what the session check needs later."""
    request.session[SESSION_KEY] = user.hjo_sso
    request.session[TOKENS_KEY] = backend.tokens


def check_with_provider(request, provider: Provider, info: dict) -> str:
    """Ask the provider whether the login still holds: "ok", "ended" or "unreachable"."""
    tokens = request.session.get(TOKENS_KEY) or {}
    backend = SsoBackend().configure(provider)
    backend.request = request
    try:
        if tokens.get("refresh"):
            response = requests.post(
                backend.OIDC_OP_TOKEN_ENDPOINT,
                data={
                    "grant_type": "refresh_token",
                    "refresh_token": tokens["refresh"],
                    "client_id": provider.client_id,
                    "client_secret": provider.client_secret,
                },
                timeout=TIMEOUT_SECONDS,
            )
            if response.status_code in (400, 401, 403):
                return "ended"
            response.raise_for_status()
            token_info = response.json()
            if token_info.get("id_token"):
                claims = backend.verify_token(token_info["id_token"], nonce=None)
                if claims["sub"] != _subject(request, provider):
                    return "ended"
            request.session[TOKENS_KEY] = {
                "access": token_info.get("access_token", ""),
                "refresh": token_info.get("refresh_token") or tokens["refresh"],
                "expires_at": time.time() + int(token_info.get("expires_in") or 0),
            }
            return "ok"
        if not tokens.get("access") or tokens.get("expires_at", 0) <= time.time():
            return "ended"  # no refresh token and the access token has expired: log in again
        response = requests.get(
            backend.OIDC_OP_USER_ENDPOINT,
            headers={"Authorization": f"Bearer {tokens['access']}"},
            timeout=TIMEOUT_SECONDS,
        )
        if response.status_code in (401, 403):
            return "ended"
        response.raise_for_status()
        return "ok" if response.json().get("sub") == _subject(request, provider) else "ended"
    except SsoRefused:
        return "ended"
    except (requests.RequestException, ValueError, SuspiciousOperation):
        logger.warning("OIDC provider %s unreachable for the session check", provider.key)
        return "unreachable"


def _subject(request, provider: Provider) -> str | None:
    return (
        SsoIdentity.objects.filter(user=request.user, provider=provider.key)
        .values_list("subject", flat=True)
        .first()
    )


def session_end_reason(request, info: dict) -> str | None:
    """Why this SSO session must end now, or None."""
    provider = providers().get(info.get("provider"))
    if provider is None:
        return "provider removed from the settings"
    logged_out_at = (
        SsoIdentity.objects.filter(user=request.user, provider=provider.key)
        .values_list("logged_out_at", flat=True)
        .first()
    )
    if logged_out_at is not None and logged_out_at.timestamp() >= info.get("login_at", 0):
        return "back-channel logout"
    if time.time() < info.get("check_at", 0) or not _check_lock(request, acquire=True):
        return None  # not due, or a parallel request of this session is asking the provider
    outcome = check_with_provider(request, provider, info)
    if outcome == "ended":
        return "ended at the provider"
    delay = provider.session_check_seconds if outcome == "ok" else RETRY_UNREACHABLE_SECONDS
    request.session[SESSION_KEY] = {**info, "check_at": time.time() + delay}
    return None


class SsoSessionMiddleware:
    """After django-otp's middleware: ends an SSO session the provider has ended (at the next
    request), and counts the provider's multi-factor login as the portal's second factor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        info = None
        # Without a session cookie there is no SSO session; not touching the session then keeps
        # anonymous answers free of "Vary: Cookie" (the public page cache).
        if settings.SESSION_COOKIE_NAME in request.COOKIES and hasattr(request, "session"):
            info = request.session.get(SESSION_KEY)
        if info and request.user.is_authenticated:
            reason = session_end_reason(request, info)
            if reason:
                user = request.user
                name = info.get("provider_name", info.get("provider", ""))
                AuditEvent.objects.record(
                    AuditEvent.Kind.SSO_ENDED,
                    request=request,
                    user=user,
                    detail=f"{name}: {reason}",
                )
                auth_logout(request)
                # The message middleware comes later; the login page says it (``ENDED_PARAM``).
                return redirect(f"{reverse('login')}?{ENDED_PARAM}=1")
            if info.get("mfa"):
                # The provider's multi-factor login is the second factor (docs/security.md).
                request.user.is_verified = _verified
        try:
            return self.get_response(request)
        finally:
            if getattr(request, "_hjo_sso_check_lock", None):
                _check_lock(request, acquire=False)


def _check_lock(request, *, acquire: bool) -> bool:
    """One check with the provider at a time per session, held until the request that checks
    has answered: a rotated refresh token (the provider forgets the old one) must not make a
    parallel request of the same browser think the provider ended the login. In the shared
    ``throttle`` cache, so it holds across workers."""
    cache = caches["throttle"]
    try:
        if not acquire:  # the key as taken: a logout in between changed the session's key
            cache.delete(request._hjo_sso_check_lock)
            return True
        key = f"hjo-sso-check:{request.session.session_key}"
        taken = cache.add(key, 1, timeout=2 * TIMEOUT_SECONDS)
        request._hjo_sso_check_lock = key if taken else None
        return taken
    except DatabaseError:  # the cache table is missing: check without the lock
        return True


def _verified():
    return True


def verify_logout_token(provider: Provider, logout_token: str) -> dict:
    """The claims of an OpenID Connect Back-Channel Logout 1.0 token, validated as its section
    2.6 says: the signature with the provider's key, ``iss``, ``aud`` (and ``azp``), ``iat``,
    ``exp`` and ``jti`` like an ID token's; ``sub``, ``sid`` or both; the ``events`` claim a JSON
    object with the back-channel logout event; no ``nonce``; and its ``jti`` not seen before
    (a replayed token would end a login made after the logout). Raises ``SsoRefused``."""
    try:
        jwt.get_unverified_header(logout_token)  # no JWT: refused before asking for the keys
    except jwt.PyJWTError as exc:
        raise SsoRefused("token", "unreadable token") from exc
    backend = SsoBackend().configure(provider)
    key = backend.retrieve_matching_jwk(logout_token)
    claims = backend._verify_jws(logout_token, key, require=LOGOUT_TOKEN_CLAIMS)
    events = claims.get("events")
    if not isinstance(events, dict) or not isinstance(events.get(BACKCHANNEL_EVENT), dict):
        raise SsoRefused("token", "no back-channel logout event")
    if "nonce" in claims:
        raise SsoRefused("token", "a nonce in a logout token")
    if not claims.get("sub") and not claims.get("sid"):
        raise SsoRefused("token", "logout token without sub or sid")
    lifetime = max(int(claims["exp"]) - int(time.time()), 0) + 2 * LEEWAY_SECONDS
    try:
        fresh = caches["throttle"].add(
            f"hjo-sso-logout-jti:{provider.key}:{claims['jti']}"[:250], 1, timeout=lifetime
        )
    except DatabaseError:  # the cache table is missing: the signature and expiry still hold
        fresh = True
    if not fresh:
        raise SsoRefused("token", "replayed logout token")
    return claims


def backchannel_logout(provider: Provider, logout_token: str) -> int:
    """Verify a back-channel logout token and mark the identity it names as logged out: its
    sessions that began before now end at their next request. With ``sub``: the person's
    identity with this provider. With only ``sid``: the identity whose latest login carried
    that provider session, else the owner of any open portal session that carries it (a login
    in another browser, made before the person's latest). Returns the number of identities."""
    claims = verify_logout_token(provider, logout_token)
    subject, sid = claims.get("sub"), claims.get("sid")
    identities = SsoIdentity.objects.filter(provider=provider.key)
    if subject:
        identities = identities.filter(subject=str(subject))
    else:
        sid = str(sid)[:255]
        user_ids = set(identities.filter(last_sid=sid).values_list("user_id", flat=True))
        if not user_ids:
            user_ids = users_of_sessions_with_sid(provider, sid)
        identities = identities.filter(user_id__in=user_ids)
    return identities.update(logged_out_at=timezone.now())


def users_of_sessions_with_sid(provider: Provider, sid: str) -> set[int]:
    """The users of the open portal sessions whose SSO login through ``provider`` carried the
    provider session ``sid``. Reads every open session (a logout token is signed by the
    provider, so only the provider can make the portal read them)."""
    from django.contrib.auth import SESSION_KEY as USER_ID_KEY
    from django.contrib.sessions.models import Session

    users = set()
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        data = session.get_decoded()  # {} for a session that does not decode
        info = data.get(SESSION_KEY) or {}
        if info.get("provider") == provider.key and info.get("sid") == sid and USER_ID_KEY in data:
            users.add(int(data[USER_ID_KEY]))
    return users
