"""``/personal/medarbetare/``: an organisation admin invites, resends, withdraws, changes roles and
removes people of their own organisation only; every change is an audit event. (Isolation
between organisations: tests/security/test_isolation_matrix.py.)"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from hjo_safety.models import AuditEvent, Membership, Role
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db
LIST = "/personal/medarbetare/"
INVITE = "/personal/medarbetare/bjud-in/"
NEW_PASSWORD = "Ett-nytt-losenord-Hjo-2026"


def _kinds(user):
    events = AuditEvent.objects.filter(user=user).exclude(kind=AuditEvent.Kind.LOGIN)
    return list(events.order_by("pk").values_list("kind", flat=True))


def test_invite_resend_and_choose_a_password_logs_in(
    client_for, org_admin_a, org_a, django_capture_on_commit_callbacks
):
    admin = client_for(org_admin_a)
    page = admin.get(INVITE).content.decode()
    assert "password" not in page  # no password fields
    assert 'value="coordinator"' not in page  # an admin may not make coordinators
    refused = admin.post(
        INVITE,
        {
            "first_name": "Ny",
            "last_name": "Kollega",
            "email": "x@example.se",
            "role": "coordinator",
        },
    )
    assert refused.status_code == 200 and not get_user_model().objects.filter(email="x@example.se")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            INVITE,
            {
                "first_name": "Anna",
                "last_name": "Berg",
                "email": "Anna.Berg@Example.se",
                "organisation": org_a.pk,
                "role": Role.REPORTER,
            },
        )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="anna.berg@example.se")
    assert user.username == "anna.berg" and not user.has_usable_password()
    assert [m.subject for m in mail.outbox] == ["Välkommen till Hjo Trygghet"]
    listing = admin.get(LIST).content.decode()
    assert "Väntande inbjudningar" in listing and "anna.berg@example.se" in listing
    # The same address again is refused with what to do.
    again = admin.post(
        INVITE, {"first_name": "A", "last_name": "B", "email": user.email, "role": "reporter"}
    )
    assert "Det finns redan ett konto" in again.content.decode()

    membership = user.memberships.get()
    with django_capture_on_commit_callbacks(execute=True):
        assert admin.post(f"{LIST}{membership.pk}/skicka-igen/").status_code == 302
    assert len(mail.outbox) == 2
    assert _kinds(user) == ["invited", "invitation_resent"]
    # The member page is for members, not for invitations.
    assert admin.get(f"{LIST}{membership.pk}/").status_code == 404

    link = re.search(r"(/konto/losenord/valj/\S+/)", mail.outbox[1].body).group(1)
    browser = Client()
    form = browser.get(link, follow=True)
    done = browser.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert done["Location"] == "/personal/"
    start = browser.get("/personal/")
    assert start.status_code == 200 and "du är inloggad" in start.content.decode()


def test_change_role_and_remove(client_for, org_admin_a, org_a, org_b, reporter_a):
    admin = client_for(org_admin_a)
    membership = reporter_a.memberships.get()
    page = admin.get(f"{LIST}{membership.pk}/")
    assert page.status_code == 200 and 'value="coordinator"' not in page.content.decode()
    # A role the admin may not give is refused; another one is saved.
    assert admin.post(f"{LIST}{membership.pk}/", {"role": "coordinator"}).status_code == 200
    assert admin.post(f"{LIST}{membership.pk}/", {"role": Role.ORG_ADMIN}).status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.ORG_ADMIN
    # Someone who is also a member elsewhere keeps the account.
    shared = member(org_a, Role.REPORTER, username="delad")
    Membership.objects.create(user=shared, organisation=org_b, role=Role.REPORTER)
    assert (
        admin.post(f"{LIST}{shared.memberships.get(organisation=org_a).pk}/ta-bort/").status_code
        == 302
    )
    shared.refresh_from_db()
    assert shared.is_active and list(shared.memberships.values_list("organisation", flat=True)) == [
        org_b.pk
    ]
    # With no membership left the account is deactivated: its session ends.
    reporter_session = Client()
    reporter_session.force_login(reporter_a)
    assert reporter_session.get("/personal/").status_code == 200
    confirm = admin.get(f"{LIST}{membership.pk}/ta-bort/")
    assert "Ja, ta bort" in confirm.content.decode()
    assert admin.post(f"{LIST}{membership.pk}/ta-bort/").status_code == 302
    reporter_a.refresh_from_db()
    assert not reporter_a.is_active
    assert reporter_session.get("/personal/").status_code == 302  # to the login page
    assert _kinds(reporter_a) == ["role_changed", "member_removed", "deactivated"]
    # The admin cannot change or remove themselves.
    own = org_admin_a.memberships.get()
    assert admin.post(f"{LIST}{own.pk}/ta-bort/").status_code == 404


def test_withdraw_an_invitation(client_for, org_admin_a, org_a):
    invited = member(org_a, Role.REPORTER, username="inbjuden")
    invited.set_unusable_password()
    invited.save()
    admin = client_for(org_admin_a)
    assert admin.post(f"{LIST}{invited.memberships.get().pk}/dra-tillbaka/").status_code == 302
    invited.refresh_from_db()
    assert not invited.is_active and not invited.memberships.exists()
    assert _kinds(invited) == ["invitation_withdrawn", "deactivated"]
    assert "Inga väntande inbjudningar." in admin.get(LIST).content.decode()


@pytest.mark.parametrize("size", [2, 12])
def test_members_list_queries_do_not_grow(
    client_for, org_admin_a, org_a, size, django_assert_max_num_queries
):
    for number in range(size):
        member(org_a, Role.REPORTER, username=f"person{number}")
    admin = client_for(org_admin_a)
    with django_assert_max_num_queries(14):
        assert admin.get(LIST).status_code == 200


def test_the_list_shows_only_the_admins_organisations(client_for, org_admin_a, reporter_b, org_b):
    html = client_for(org_admin_a).get(LIST).content.decode()
    assert reporter_b.email not in html and org_b.name not in html
    # A reporter has no members page.
    assert client_for(reporter_b).get(LIST).status_code == 403
