"""How the provider ends a portal session, against the real local provider: the session check
at the ID token's expiry and then every ``session_check_seconds`` (refresh token at the
provider's token endpoint), and OpenID Connect Back-Channel Logout 1.0 with logout tokens the
provider signs with its own key (``/control/`` of ``local_idp``): with only ``sid``, with only
``sub``, and every kind of token the portal must refuse."""

import time

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from hjo_safety import sso
from hjo_safety.models import AuditEvent, Role, SsoIdentity
from tests.hjo_safety.factories import member
from tests.sso.provider import CLIENT_ID

pytestmark = pytest.mark.django_db

INCIDENTS = "est:incident_list"


def _signed_in(client) -> bool:
    return client.get(reverse("staff_home")).status_code == 200


def _ended(client) -> bool:
    response = client.get(reverse(INCIDENTS))
    return response.status_code == 302 and response["Location"].startswith(reverse("login"))


@pytest.fixture
def colleague(org_a):
    return member(org_a, Role.REPORTER, username="kollega", email="kollega@testkommun.se")


def test_the_first_check_is_at_the_id_tokens_expiry_then_every_session_check_seconds(
    client, sso_settings, sso_login, local_idp, colleague, settings
):
    settings.OIDC_PROVIDERS = [local_idp.provider_settings(session_check_seconds=900)]
    local_idp.person("kollega")
    sso_login(client, "kollega")
    info = client.session[sso.SESSION_KEY]
    tokens = client.session[sso.TOKENS_KEY]
    assert tokens["refresh"], "the provider issues a refresh token"
    # The local provider's ID tokens live 10 minutes: the first check is then, not in 15.
    assert info["login_at"] + 590 <= info["check_at"] <= info["login_at"] + 610

    with time_machine.travel(info["check_at"] - 5, tick=False):
        assert client.get(reverse(INCIDENTS)).status_code == 200  # not due: nothing asked
    assert client.session[sso.TOKENS_KEY] == tokens

    # At the expiry the portal asks the provider with the refresh token: a new access token,
    # the same person, and the next check a whole session_check_seconds later ("ok", not the
    # 30 s retry of an unreachable provider).
    moment = info["check_at"] + 1
    with time_machine.travel(moment, tick=False):
        assert client.get(reverse(INCIDENTS)).status_code == 200
    after = client.session
    assert after[sso.TOKENS_KEY]["access"] != tokens["access"]
    assert after[sso.SESSION_KEY]["check_at"] == pytest.approx(moment + 900, abs=1)

    # Deactivated at the provider: nothing happens before the next check is due …
    local_idp.person("kollega", is_active=False)
    with time_machine.travel(moment + 600, tick=False):
        assert client.get(reverse(INCIDENTS)).status_code == 200
    # … and the first request after it ends the session.
    with time_machine.travel(moment + 901, tick=False):
        assert _ended(client)
    assert not _signed_in(client)
    ended = AuditEvent.objects.get(kind="sso_ended", user=colleague)
    assert ended.detail == "Testkommun: ended at the provider"


def test_without_a_refresh_token_the_userinfo_endpoint_decides(
    client, sso_settings, sso_login, local_idp, colleague, settings
):
    settings.OIDC_PROVIDERS = [local_idp.provider_settings(session_check_seconds=0)]
    local_idp.person("kollega")
    sso_login(client, "kollega")
    session = client.session
    session[sso.TOKENS_KEY] = {**session[sso.TOKENS_KEY], "refresh": ""}
    session.save()
    assert client.get(reverse(INCIDENTS)).status_code == 200  # userinfo answers for the person
    local_idp.person("kollega", is_active=False)  # its access tokens are revoked
    assert _ended(client)


def _logout(local_idp, **data):
    return local_idp.control(action="logout_token", client_id=CLIENT_ID, **data)


def _post(token):
    url = reverse("sso_backchannel_logout", args=["testkommun"])
    return Client().post(url, token)  # the provider's server-to-server POST: no session


def test_a_logout_token_with_only_sid_ends_the_sessions_of_that_provider_session(
    sso_login, local_idp, colleague, org_a
):
    other = member(org_a, Role.REPORTER, username="annan", email="annan@testkommun.se")
    local_idp.person("kollega")
    local_idp.person("annan")
    first, second, others = Client(), Client(), Client()
    sso_login(first, "kollega")  # two browsers, two sessions at the provider
    sso_login(second, "kollega")
    sso_login(others, "annan")
    sid = first.session[sso.SESSION_KEY]["sid"]
    assert sid and sid != second.session[sso.SESSION_KEY]["sid"]
    assert SsoIdentity.objects.get(user=colleague).last_sid != sid  # not the latest login's

    token = _logout(local_idp, sid=sid)
    assert "sub" not in _claims(token["logout_token"])
    response = _post(token)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert _ended(first)
    assert _ended(second)  # the person's earlier portal sessions through the provider end too
    assert _signed_in(others)
    assert AuditEvent.objects.filter(
        kind="sso_ended", user=colleague, detail="Testkommun: back-channel logout"
    ).exists()
    assert not AuditEvent.objects.filter(kind="sso_ended", user=other).exists()

    # The latest login's sid is found without reading the sessions.
    sso_login(first, "kollega")
    assert _post(_logout(local_idp, sid=first.session[sso.SESSION_KEY]["sid"])).status_code == 200
    assert _ended(first)
    # A sid nobody has: accepted (200, as the spec asks), and nobody's session ends.
    assert _post(_logout(local_idp, sid="okänd-session")).status_code == 200
    assert _signed_in(others)


def test_a_logout_token_with_only_sub_ends_every_session_of_the_person(
    sso_login, local_idp, colleague
):
    local_idp.person("kollega")
    first, second = Client(), Client()
    sso_login(first, "kollega")
    sso_login(second, "kollega")
    token = _logout(local_idp, username="kollega")
    assert "sid" not in _claims(token["logout_token"])
    assert _post(token).status_code == 200
    assert _ended(first) and _ended(second)
    sso_login(first, "kollega")  # the logout ends sessions, it does not lock the person out
    assert _signed_in(first)


def _claims(token):
    import jwt

    return jwt.decode(token, options={"verify_signature": False})


@pytest.mark.parametrize(
    "change",
    [
        {"claims": {"aud": "another-portal"}},
        {"claims": {"iss": "http://127.0.0.1:1/oidc"}},
        {"claims": {"exp": int(time.time()) - 3600, "iat": int(time.time()) - 3700}},
        {"claims": {"iat": int(time.time()) + 3600}},
        {"claims": {"nonce": "n-0S6_WzA2Mj"}},  # an ID token, not a logout token
        {"drop": ["events"]},
        {"claims": {"events": {"http://schemas.openid.net/event/backchannel-logout": "ja"}}},
        {"claims": {"events": {"https://example.test/another-event": {}}}},
        {"drop": ["iat"]},
        {"drop": ["exp"]},
        {"drop": ["jti"]},
        {"drop": ["sub"]},  # neither sub nor sid
    ],
    ids=[
        "wrong-aud",
        "wrong-iss",
        "expired",
        "issued-in-the-future",
        "nonce",
        "no-events",
        "event-not-an-object",
        "another-event",
        "no-iat",
        "no-exp",
        "no-jti",
        "no-sub-no-sid",
    ],
)
def test_a_logout_token_the_spec_refuses_is_a_400_and_ends_nothing(
    change, sso_login, local_idp, colleague
):
    local_idp.person("kollega")
    client = Client()
    sso_login(client, "kollega")
    assert _post(_logout(local_idp, username="kollega", **change)).status_code == 400
    assert _signed_in(client)
    assert SsoIdentity.objects.get(user=colleague).logged_out_at is None


def test_a_replayed_or_forged_logout_token_is_a_400(sso_login, local_idp, colleague):
    local_idp.person("kollega")
    client = Client()
    sso_login(client, "kollega")
    token = _logout(local_idp, username="kollega")["logout_token"]
    header, payload, signature = token.split(".")
    forged = f"{header}.{payload}.{signature[:-4]}AAAA"
    assert _post({"logout_token": forged}).status_code == 400
    assert _post({"logout_token": ""}).status_code == 400
    assert _signed_in(client)
    assert _post({"logout_token": token}).status_code == 200
    assert _ended(client)
    sso_login(client, "kollega")
    # The same token again (its jti seen) would end the new login: refused.
    assert _post({"logout_token": token}).status_code == 400
    assert _signed_in(client)
