"""Single sign-on against a real OpenID Connect provider (``local_idp`` on loopback, started
once per run by ``conftest.py``): every login walks the provider's real redirects, its login
form and its token, JWKS and userinfo endpoints."""

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from hjo_safety.models import AuditEvent, Role, SsoIdentity
from tests.hjo_safety.factories import member
from tests.sso.provider import at_provider, back_to_portal, provider_redirect

pytestmark = pytest.mark.django_db


def _logged_in_as(client):
    response = client.get(reverse("staff_home"))
    return response.status_code == 200 and response.wsgi_request.user


def test_first_login_waits_for_an_admin_of_a_mapped_organisation(
    client, sso_login, local_idp, org_a, org_admin_a, org_admin_b, coordinator, client_for
):
    local_idp.person("nyanstalld")
    response = sso_login(client, "nyanstalld")
    assert response.status_code == 200
    assert "Kontot väntar på godkännande" in response.content.decode()
    user = get_user_model().objects.get(email="nyanstalld@testkommun.se")
    assert not user.memberships.exists() and not user.has_usable_password()
    identity = SsoIdentity.objects.get(user=user)
    assert identity.status == SsoIdentity.Status.PENDING
    assert not client.session.get("_auth_user_id")
    assert AuditEvent.objects.filter(kind="sso_pending", user=user, detail="Testkommun").exists()

    # The admin of another organisation (not served by this provider) sees nothing and gets 404.
    other = client_for(org_admin_b)
    assert "nyanstalld" not in other.get(reverse("sso_approvals")).content.decode()
    approve = reverse("sso_approve", args=[identity.pk])
    posted = {f"a{identity.pk}-organisation": org_a.pk, f"a{identity.pk}-action": "approve"}
    assert other.post(approve, posted).status_code == 404
    assert not user.memberships.exists()

    admin = client_for(org_admin_a)
    assert "nyanstalld@testkommun.se" in admin.get(reverse("sso_approvals")).content.decode()
    assert admin.post(approve, posted).status_code == 302
    assert user.memberships.get().role == Role.REPORTER
    assert AuditEvent.objects.filter(kind="sso_approved", user=user).exists()

    client.logout()
    response = sso_login(client, "nyanstalld")
    assert response.status_code == 302 and response["Location"] == reverse("staff_home")
    assert _logged_in_as(client) == user
    login = AuditEvent.objects.filter(kind="sso_login", user=user).get()
    assert login.detail == "Testkommun" and login.ip_address == "127.0.0.1"
    audit_page = client_for(coordinator).get(reverse("audit_log") + "?model=konto")
    assert "Inloggning via identitetsleverantör" in audit_page.content.decode()
    assert "Testkommun" in audit_page.content.decode()


def test_an_invited_user_is_found_by_verified_email_and_only_within_the_providers_organisations(
    client, sso_login, local_idp, org_a, org_b
):
    invited = member(org_a, Role.REPORTER, username="inbjuden", email="inbjuden@testkommun.se")
    local_idp.person("inbjuden-idp", email="inbjuden@testkommun.se")
    response = sso_login(client, "inbjuden-idp", next_url=reverse("est:incident_list"))
    assert response["Location"] == reverse("est:incident_list")
    assert _logged_in_as(client) == invited
    assert SsoIdentity.objects.get(user=invited).status == SsoIdentity.Status.APPROVED

    # An e-mail address the provider does not vouch for links nothing.
    member(org_a, Role.REPORTER, username="overifierad", email="overifierad@testkommun.se")
    local_idp.person("overifierad", groups=["unverified-email"])
    client.logout()
    response = sso_login(client, "overifierad")
    assert response["Location"] == reverse("login")
    assert "bekräftad e-postadress" in client.get(response["Location"]).content.decode()

    # An account of another organisation (not served by the provider) is not taken over.
    member(org_b, Role.REPORTER, username="annan", email="annan@testkommun.se")
    local_idp.person("annan")
    response = sso_login(client, "annan")
    assert response["Location"] == reverse("login")
    assert not SsoIdentity.objects.filter(user__username="annan").exists()
    refused = AuditEvent.objects.filter(kind="sso_refused").values_list("detail", flat=True)
    assert any("outside the provider" in detail for detail in refused)


def test_role_claims_give_memberships_only_through_the_providers_role_map(
    client, sso_settings, sso_login, local_idp, org_a, settings
):
    local_idp.person("gruppchef", groups=["fritid-chefer"])
    sso_login(client, "gruppchef")  # no role_map: the groups claim gives nothing
    user = get_user_model().objects.get(username="gruppchef")
    assert not user.memberships.exists()

    org_name = org_a.name
    settings.OIDC_PROVIDERS = [
        local_idp.provider_settings(
            role_claim="groups",
            role_map={
                "fritid-chefer": [[org_name, "org_admin"]],
                "fritid": [[org_name, "reporter"]],
            },
        )
    ]
    settings.OTP_REQUIRED_FOR_ADMINS = True
    client.logout()
    response = sso_login(client, "gruppchef")
    assert user.memberships.get().role == Role.ORG_ADMIN
    assert SsoIdentity.objects.get(user=user).status == SsoIdentity.Status.APPROVED
    # A single-factor login to an admin role still needs the portal's own TOTP.
    assert client.get(response["Location"])["Location"].startswith(reverse("otp_setup"))

    # Multi-factor at the provider (amr "mfa") counts; the claim now gives a reporter's role.
    local_idp.person("gruppchef", groups=["fritid", "mfa"])
    client.logout()
    response = sso_login(client, "gruppchef")
    assert user.memberships.get().role == Role.REPORTER
    assert client.get(response["Location"]).status_code == 200
    assert AuditEvent.objects.filter(kind="sso_login", detail="Testkommun (flerfaktor)").exists()

    local_idp.person("gruppchef", groups=["fritid-chefer", "mfa"])
    client.logout()
    response = sso_login(client, "gruppchef")
    assert client.get(response["Location"]).status_code == 200  # an admin, verified by the provider
    assert client.get(reverse("sso_approvals")).status_code == 200

    # No group any more: the mapped membership goes.
    local_idp.person("gruppchef", groups=[])
    client.logout()
    sso_login(client, "gruppchef")
    assert not user.memberships.exists()


def test_deactivation_at_the_provider_ends_the_session_at_the_next_request(
    client, sso_settings, sso_login, local_idp, org_a, settings
):
    settings.OIDC_PROVIDERS = [local_idp.provider_settings(session_check_seconds=0)]
    user = member(org_a, Role.REPORTER, username="slutar", email="slutar@testkommun.se")
    local_idp.person("slutar")
    sso_login(client, "slutar")
    assert client.get(reverse("est:incident_list")).status_code == 200  # checked, still valid
    assert client.get(reverse("est:incident_list")).status_code == 200

    local_idp.person("slutar", is_active=False)
    response = client.get(reverse("est:incident_list"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert "har upphört" in client.get(response["Location"]).content.decode()
    assert client.get(reverse("staff_home")).status_code == 302
    ended = AuditEvent.objects.get(kind="sso_ended", user=user)
    assert ended.detail == "Testkommun: ended at the provider"


def test_back_channel_logout_from_the_provider_ends_the_session(
    client, sso_login, local_idp, org_a
):
    user = member(org_a, Role.REPORTER, username="bakkanal", email="bakkanal@testkommun.se")
    local_idp.person("bakkanal")
    sso_login(client, "bakkanal")
    assert _logged_in_as(client) == user

    from django.test import Client

    provider = Client()  # the provider's server-to-server POST: no session, no CSRF token
    url = reverse("sso_backchannel_logout", args=["testkommun"])
    assert provider.post(url, {"logout_token": "inte.en.jwt"}).status_code == 400
    token = local_idp.control(action="logout_token", username="bakkanal", client_id="hjo-portal")
    assert provider.post(url, token).status_code == 200
    response = client.get(reverse("staff_home"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert AuditEvent.objects.filter(kind="sso_ended", detail__contains="back-channel").exists()
    # The logout marks the identity, not the person forever: a new login works.
    sso_login(client, "bakkanal")
    assert _logged_in_as(client) == user


def _with_state(location, state):
    parts = urlsplit(location)
    query = {key: values[0] for key, values in parse_qs(parts.query).items()} | {"state": state}
    return f"{parts.scheme}://{parts.netloc}{parts.path}?{urlencode(query)}"


def test_a_tampered_state_a_wrong_audience_and_an_expired_token_are_refused(
    client, sso_settings, local_idp, org_a
):
    member(org_a, Role.REPORTER, username="angripen", email="angripen@testkommun.se")
    local_idp.person("angripen")
    location = at_provider(provider_redirect(client), "angripen")
    response = back_to_portal(client, _with_state(location, "förfalskat-state"))
    assert response["Location"] == reverse("login")
    assert "påbörjats här" in client.get(response["Location"]).content.decode()
    # The real state is still unused, but a code is single-use: replaying works once only.
    assert back_to_portal(client, location)["Location"] == reverse("staff_home")
    client.logout()
    assert back_to_portal(client, location)["Location"] == reverse("login")

    for group, detail in (("test-wrong-audience", "wrong audience"), ("test-expired", "expired")):
        local_idp.person("angripen", groups=[group])
        response = back_to_portal(client, at_provider(provider_redirect(client), "angripen"))
        assert response["Location"] == reverse("login"), group
        assert not client.session.get("_auth_user_id")
        assert AuditEvent.objects.filter(kind="sso_refused", detail__contains=detail).exists()


def test_the_login_page_shows_a_button_per_provider_and_the_password_form(
    client, sso_settings, settings
):
    page = client.get(reverse("login")).content.decode()
    assert "Logga in med Testkommuns konto" in page
    assert 'name="password"' in page
    settings.OIDC_PROVIDERS = []
    page = client.get(reverse("login")).content.decode()
    assert "Logga in med" not in page
    assert client.get(reverse("sso_start", args=["testkommun"])).status_code == 404
