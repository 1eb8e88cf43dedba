"""``/control/``: how the tests (and ``make sso-demo``) administer the local provider: add or
change a person (groups, deactivation), register the portal as a client, and have the provider
sign a back-channel logout token. Loopback only, with the bearer token of the settings."""

import hmac
import json
import time
import uuid

import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from oidc_provider.lib.utils.common import get_issuer
from oidc_provider.models import Client, ResponseType, RSAKey


def _allowed(request) -> bool:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    return (
        bool(settings.CONTROL_TOKEN)
        and request.META.get("REMOTE_ADDR") in {"127.0.0.1", "::1"}
        and hmac.compare_digest(token, settings.CONTROL_TOKEN)
    )


def save_user(data: dict) -> dict:
    user, _ = get_user_model().objects.get_or_create(username=data["username"])
    for name in ("email", "first_name", "last_name", "is_active"):
        if name in data:
            setattr(user, name, data[name])
    if data.get("password"):
        user.set_password(data["password"])
    user.save()
    if "groups" in data:
        user.groups.set(Group.objects.get_or_create(name=name)[0] for name in data["groups"])
        user.save()  # the signal sees the final state
    return {"sub": str(user.pk)}


def save_client(data: dict) -> dict:
    client, _ = Client.objects.get_or_create(client_id=data["client_id"])
    client.name = data.get("name", data["client_id"])
    client.client_type = "confidential"
    client.client_secret = data["client_secret"]
    client.redirect_uris = data["redirect_uris"]
    client.require_consent = False
    client.jwt_alg = "RS256"
    client.save()
    client.response_types.set([ResponseType.objects.get(value="code")])
    return {"client_id": client.client_id}


def logout_token(data: dict, request) -> dict:
    """A Back-Channel Logout token, signed with the provider's key: for ``username`` (its
    ``sub``) and/or a provider session ``sid``. For the tests of what the portal refuses,
    ``claims`` overrides claims (e.g. another ``aud``, a ``nonce``) and ``drop`` removes some."""
    key = RSAKey.objects.first()
    now = int(time.time())
    claims = {
        "iss": get_issuer(request=request),
        "aud": data["client_id"],
        "iat": now,
        "exp": now + 120,
        "jti": uuid.uuid4().hex,
        "events": {"http://schemas.openid.net/event/backchannel-logout": {}},
    }
    if data.get("username"):
        claims["sub"] = str(get_user_model().objects.get(username=data["username"]).pk)
    if data.get("sid"):
        claims["sid"] = data["sid"]
    claims.update(data.get("claims") or {})
    for name in data.get("drop") or ():
        claims.pop(name, None)
    token = jwt.encode(
        claims, key.key, algorithm="RS256", headers={"kid": key.kid, "typ": "logout+jwt"}
    )
    return {"logout_token": token}


@csrf_exempt
@require_POST
def control(request):
    if not _allowed(request):
        return HttpResponseForbidden()
    data = json.loads(request.body)
    action = data.pop("action")
    if action == "user":
        return JsonResponse(save_user(data))
    if action == "client":
        return JsonResponse(save_client(data))
    if action == "logout_token":
        return JsonResponse(logout_token(data, request))
    return JsonResponse({"error": "unknown action"}, status=400)
