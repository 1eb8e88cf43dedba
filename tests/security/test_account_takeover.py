"""Issue 11, point 1: an organisation admin manages only users whose every membership lies in
organisations it administers. A user who is also a member elsewhere is read-only to it; only a
coordinator changes that user's password, e-mail, active flag or two-factor devices."""

import pytest
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from hjo_safety import permissions
from hjo_safety.models import Role
from tests.hjo_safety.factories import TEST_PASSWORD, MembershipFactory, member
from tests.sso.provider import LOGIN_METHODS

pytestmark = pytest.mark.django_db


@pytest.fixture(params=LOGIN_METHODS)
def login_method(request):
    """Each test signs in with a password and, again, through single sign-on (the red-team
    repros run for SSO users too: docs/security.md, "Single sign-on")."""
    return request.param


NEW_PASSWORD = "Nytt-losenord-2026!"  # noqa: S105


@pytest.fixture
def shared_user(org_a, org_b):
    """Reporter in Fritid (A) and in Polisen (B)."""
    user = member(org_a, Role.REPORTER, username="delad", email="delad@example.se")
    MembershipFactory(user=user, organisation=org_b, role=Role.REPORTER)
    return user


def _password_form(user):
    return {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}


def test_policy_names_the_users_an_org_admin_manages(
    org_admin_a, reporter_a, shared_user, reporter_b, coordinator
):
    from django.contrib.auth import get_user_model

    manageable = set(permissions.users_manageable_by(org_admin_a, get_user_model().objects.all()))
    assert reporter_a in manageable
    assert shared_user not in manageable
    assert reporter_b not in manageable
    assert coordinator not in manageable
    assert permissions.can_manage_user(coordinator, shared_user)
    assert not permissions.can_manage_user(org_admin_a, shared_user)
    assert permissions.can_manage_user(org_admin_a, reporter_a)


def test_org_admin_cannot_set_the_password_of_a_user_of_another_organisation_too(
    client_for, org_admin_a, shared_user
):
    """The issue's exact attack: refused, and the password is unchanged."""
    client = client_for(org_admin_a)
    url = f"/admin/auth/user/{shared_user.pk}/password/"
    assert client.get(url).status_code in (403, 404)
    response = client.post(url, _password_form(shared_user))
    assert response.status_code in (403, 404)
    shared_user.refresh_from_db()
    assert shared_user.check_password(TEST_PASSWORD)
    assert not shared_user.check_password(NEW_PASSWORD)


def test_coordinator_sets_the_password_of_a_shared_user(client_for, coordinator, shared_user):
    client = client_for(coordinator)
    response = client.post(
        f"/admin/auth/user/{shared_user.pk}/password/", _password_form(shared_user)
    )
    assert response.status_code == 302
    shared_user.refresh_from_db()
    assert shared_user.check_password(NEW_PASSWORD)


def test_org_admin_still_sets_the_password_of_its_own_user(client_for, org_admin_a, reporter_a):
    client = client_for(org_admin_a)
    response = client.post(
        f"/admin/auth/user/{reporter_a.pk}/password/", _password_form(reporter_a)
    )
    assert response.status_code == 302
    reporter_a.refresh_from_db()
    assert reporter_a.check_password(NEW_PASSWORD)


def test_org_admin_cannot_change_email_or_active_flag_of_a_shared_user(
    client_for, org_admin_a, shared_user
):
    client = client_for(org_admin_a)
    url = f"/admin/auth/user/{shared_user.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200  # read-only
    html = page.content.decode()
    assert 'name="email"' not in html
    assert 'name="is_active"' not in html
    response = client.post(
        url,
        {
            "username": "delad",
            "first_name": "X",
            "last_name": "Y",
            "email": "angripare@example.com",
            "is_active": "",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 403
    shared_user.refresh_from_db()
    assert shared_user.email == "delad@example.se"
    assert shared_user.is_active


def test_org_admin_changes_email_of_its_own_user(client_for, org_admin_a, reporter_a):
    client = client_for(org_admin_a)
    html = client.get(f"/admin/auth/user/{reporter_a.pk}/change/").content.decode()
    assert 'name="email"' in html


@pytest.mark.parametrize("model", [TOTPDevice, StaticDevice])
def test_org_admin_cannot_touch_two_factor_devices_of_a_shared_user(
    client_for, org_admin_a, shared_user, coordinator, model
):
    device = model.objects.create(user=shared_user, name="enhet", confirmed=True)
    label = model._meta.model_name
    client = client_for(org_admin_a)
    for path in ("change", "delete"):
        url = f"/admin/otp_{label.removesuffix('device')}/{label}/{device.pk}/{path}/"
        assert client.get(url).status_code in (302, 403, 404)
        client.post(url, {"post": "yes"})
    assert model.objects.filter(pk=device.pk).exists()
    # The coordinator may reset it (a lost phone).
    url = f"/admin/otp_{label.removesuffix('device')}/{label}/{device.pk}/delete/"
    client_for(coordinator).post(url, {"post": "yes"})
    assert not model.objects.filter(pk=device.pk).exists()
