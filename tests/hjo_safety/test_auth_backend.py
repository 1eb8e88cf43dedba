"""The user and the memberships in one query, still read afresh on every request."""

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY
from django.test import Client

from hjo_safety.models import Membership, Role
from tests.conftest import count_queries
from tests.hjo_safety.factories import UserFactory

pytestmark = pytest.mark.django_db

BACKEND = "hjo_safety.auth_backends.MembershipModelBackend"


def test_logged_in_requests_use_the_membership_backend(client_for, reporter_a):
    client = client_for(reporter_a)
    assert client.session[BACKEND_SESSION_KEY] == BACKEND
    # The single sign-on backend comes after it in the list (only its callback authenticates
    # with it), so it is no longer the last: what matters is that a session it started loads
    # the user the same way, with the memberships in the same one query.
    assert BACKEND in settings.AUTHENTICATION_BACKENDS
    from hjo_safety.permissions import access
    from hjo_safety.sso import SsoBackend

    def load():
        loaded = SsoBackend().get_user(reporter_a.pk)
        return loaded, access(loaded)

    assert count_queries(load) == 1
    assert load()[1].is_member


def test_user_and_memberships_are_one_query(org_a):
    from hjo_safety.auth_backends import MembershipModelBackend
    from hjo_safety.permissions import access

    user = UserFactory(username="two_orgs")
    other = org_a.__class__.objects.create(name="Räddningstjänsten Östra Skaraborg (test)")
    Membership.objects.create(user=user, organisation=org_a, role=Role.REPORTER)
    Membership.objects.create(user=user, organisation=other, role=Role.ORG_ADMIN)

    def load():
        loaded = MembershipModelBackend().get_user(user.pk)
        return loaded, access(loaded)

    queries = count_queries(load)
    loaded, info = load()
    assert queries == 1
    assert info.organisation_ids == {org_a.pk, other.pk}
    assert info.admin_organisation_ids == {other.pk}
    assert not info.coordinator


def test_a_user_without_memberships_has_none(outsider):
    from hjo_safety.auth_backends import MembershipModelBackend
    from hjo_safety.permissions import access

    info = access(MembershipModelBackend().get_user(outsider.pk))
    assert info.organisation_ids == frozenset() and not info.is_member


def test_an_inactive_user_is_not_loaded(reporter_a):
    from hjo_safety.auth_backends import MembershipModelBackend

    reporter_a.is_active = False
    reporter_a.save()
    assert MembershipModelBackend().get_user(reporter_a.pk) is None


def test_a_removed_membership_takes_effect_on_the_next_request(client_for, reporter_a):
    client = client_for(reporter_a)
    assert client.get("/personal/").status_code == 200
    # Removed elsewhere (another app server, the admin): the next request no longer has it.
    Membership.objects.filter(user=reporter_a).delete()
    other_server = Client()
    other_server.cookies = client.cookies
    assert other_server.get("/personal/handelser/").status_code == 403
