"""Organisations are kept apart: people, memberships and the admin follow one policy."""

import pytest

from hjo_safety import permissions
from hjo_safety.models import Membership, Organisation, Role
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db


def test_visible_to_scopes_organisations_and_memberships(
    org_a, org_b, reporter_a, org_admin_a, reporter_b, coordinator
):
    assert list(Organisation.objects.visible_to(reporter_a)) == [org_a]
    assert set(Organisation.objects.visible_to(coordinator)) >= {org_a, org_b}
    assert set(Membership.objects.visible_to(reporter_a)) == set(reporter_a.memberships.all())
    admin_sees = Membership.objects.visible_to(org_admin_a)
    assert {m.user for m in admin_sees} == {reporter_a, org_admin_a}
    assert not Membership.objects.visible_to(org_admin_a).filter(organisation=org_b).exists()


def test_get_visible_or_404_hides_other_organisations(org_a, org_b, reporter_a):
    from django.http import Http404

    assert permissions.get_visible_or_404(Organisation.objects, reporter_a, pk=org_a.pk) == org_a
    with pytest.raises(Http404):
        permissions.get_visible_or_404(Organisation.objects, reporter_a, pk=org_b.pk)


def test_anonymous_and_outsider_have_no_access(outsider, org_a):
    from django.contrib.auth.models import AnonymousUser

    for user in (AnonymousUser(), outsider):
        assert not permissions.is_member(user)
        assert not Organisation.objects.visible_to(user).exists()


def test_reporter_has_no_admin_access(client_for, reporter_a):
    client = client_for(reporter_a)
    for url in ["/admin/", "/admin/auth/user/", "/admin/hjo_safety/membership/"]:
        response = client.get(url, follow=True)
        assert response.redirect_chain[-1][0] == "/personal/"
        assert "Min start" in response.content.decode()


def test_anonymous_admin_goes_to_the_portal_login(client):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/konto/logga-in/")


def test_org_admin_sees_only_own_users_in_the_admin(
    client_for, org_admin_a, reporter_a, reporter_b, coordinator
):
    client = client_for(org_admin_a)
    html = client.get("/admin/auth/user/").content.decode()
    assert "reporter_a" in html
    assert "reporter_b" not in html
    assert "strateg" not in html
    assert client.get(f"/admin/auth/user/{reporter_a.pk}/change/").status_code == 200
    # Another organisation's user does not exist, as far as the admin says.
    response = client.get(f"/admin/auth/user/{reporter_b.pk}/change/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get(f"/admin/auth/user/{coordinator.pk}/change/").status_code == 302


def test_org_admin_cannot_see_other_organisations_memberships(client_for, org_admin_a, reporter_b):
    client = client_for(org_admin_a)
    other = reporter_b.memberships.get()
    assert "reporter_b" not in client.get("/admin/hjo_safety/membership/").content.decode()
    response = client.get(f"/admin/hjo_safety/membership/{other.pk}/change/")
    assert response.status_code == 302
    assert Membership.objects.get(pk=other.pk).role == Role.REPORTER


def test_org_admin_cannot_make_anyone_coordinator(client_for, org_a, org_admin_a, reporter_a):
    client = client_for(org_admin_a)
    membership = reporter_a.memberships.get()
    page = client.get(f"/admin/hjo_safety/membership/{membership.pk}/change/").content.decode()
    assert 'value="coordinator"' not in page
    response = client.post(
        f"/admin/hjo_safety/membership/{membership.pk}/change/",
        {"user": reporter_a.pk, "organisation": org_a.pk, "role": Role.COORDINATOR},
    )
    assert response.status_code == 200  # the form is shown again with an error
    assert "Välj ett giltigt alternativ" in response.content.decode()
    membership.refresh_from_db()
    assert membership.role == Role.REPORTER
    permissions.forget(reporter_a)
    assert not permissions.is_coordinator(reporter_a)


def test_org_admin_cannot_move_a_member_to_another_organisation(
    client_for, org_a, org_b, org_admin_a, reporter_a
):
    membership = reporter_a.memberships.get()
    response = client_for(org_admin_a).post(
        f"/admin/hjo_safety/membership/{membership.pk}/change/",
        {"user": reporter_a.pk, "organisation": org_b.pk, "role": Role.REPORTER},
    )
    assert response.status_code == 200
    membership.refresh_from_db()
    assert membership.organisation == org_a


def test_org_admin_adds_a_user_to_own_organisation(client_for, org_a, org_admin_a):
    response = client_for(org_admin_a).post(
        "/admin/auth/user/add/",
        {
            "username": "ny.rapportor",
            "usable_password": "true",
            "password1": "Ett-starkt-losenord-2026",
            "password2": "Ett-starkt-losenord-2026",
            "organisation": org_a.pk,
            "role": Role.REPORTER,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    membership = Membership.objects.get(user__username="ny.rapportor")
    assert membership.organisation == org_a and membership.role == Role.REPORTER


def test_org_admin_cannot_add_a_coordinator_or_to_another_organisation(
    client_for, org_a, org_b, org_admin_a
):
    client = client_for(org_admin_a)
    base = {
        "username": "smygare",
        "usable_password": "true",
        "password1": "Ett-starkt-losenord-2026",
        "password2": "Ett-starkt-losenord-2026",
    }
    for extra in (
        {"organisation": org_a.pk, "role": Role.COORDINATOR},
        {"organisation": org_b.pk, "role": Role.REPORTER},
    ):
        response = client.post("/admin/auth/user/add/", {**base, **extra})
        assert response.status_code == 200
    assert not Membership.objects.filter(user__username="smygare").exists()


def test_coordinator_manages_everything(client_for, coordinator, reporter_b, org_b):
    client = client_for(coordinator)
    assert "reporter_b" in client.get("/admin/auth/user/").content.decode()
    membership = reporter_b.memberships.get()
    response = client.post(
        f"/admin/hjo_safety/membership/{membership.pk}/change/",
        {"user": reporter_b.pk, "organisation": org_b.pk, "role": Role.ORG_ADMIN},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.ORG_ADMIN
    assert client.get("/admin/hjo_safety/contactinfo/").status_code == 200


def test_org_admin_cannot_edit_contact_info_or_organisations(
    client_for, org_admin_a, org_a, contact_info
):
    client = client_for(org_admin_a)
    response = client.get(f"/admin/hjo_safety/contactinfo/{contact_info.pk}/change/")
    assert response.status_code == 403
    response = client.post(
        f"/admin/hjo_safety/organisation/{org_a.pk}/change/",
        {"name": "Omdöpt", "kind": "other", "is_active": "on"},
    )
    assert response.status_code == 403
    org_a.refresh_from_db()
    assert org_a.name != "Omdöpt"


def test_membership_changes_are_kept_in_history(client_for, coordinator, reporter_b, org_b):
    membership = reporter_b.memberships.get()
    client_for(coordinator).post(
        f"/admin/hjo_safety/membership/{membership.pk}/change/",
        {"user": reporter_b.pk, "organisation": org_b.pk, "role": Role.ORG_ADMIN},
    )
    latest = membership.history.latest()
    assert latest.role == Role.ORG_ADMIN
    assert latest.history_user == coordinator


def test_user_with_several_organisations_sees_both(org_a, org_b):
    user = member(org_a, Role.REPORTER, username="dubbel")
    Membership.objects.create(user=user, organisation=org_b, role=Role.REPORTER)
    assert set(Organisation.objects.visible_to(user)) == {org_a, org_b}


def test_membership_is_unique_per_user_and_organisation(org_a, reporter_a):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=reporter_a, organisation=org_a, role=Role.ORG_ADMIN)


def test_invalid_role_is_refused_by_the_database(org_a, reporter_a):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.filter(user=reporter_a).update(role="superboss")
