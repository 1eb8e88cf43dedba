"""New staff: the invitation with a one-time link, and the admin's password-link button."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone

from hjo_safety.models import Role
from notifications.models import OutboxMessage
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "Ett-nytt-losenord-Hjo-2026"


def link_in(message):
    return re.search(
        r"https://trygghet\.example\.se(/konto/losenord/valj/\S+/)", message.body
    ).group(1)


def create_user(client, org, on_commit, email="ny.person@example.se"):
    with on_commit():
        response = client.post(
            "/admin/auth/user/add/",
            {
                "username": "ny.person",
                "email": email,
                "usable_password": "false",
                "organisation": org.pk,
                "role": Role.REPORTER,
            },
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    return get_user_model().objects.get(username="ny.person")


def test_invitation_lets_the_new_user_set_a_password_and_log_in(
    client_for, org_admin_a, org_a, on_commit
):
    user = create_user(client_for(org_admin_a), org_a, on_commit)
    assert not user.has_usable_password()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ny.person@example.se"]
    assert message.subject == "Välkommen till Hjo Trygghet"
    assert "Ditt användarnamn är ny.person" in message.body
    assert "List-Unsubscribe" not in message.extra_headers  # account mail cannot be switched off
    browser = Client()
    form_page = browser.get(link_in(message), follow=True)
    assert form_page.status_code == 200 and "Spara lösenord" in form_page.content.decode()
    done = browser.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert done.status_code == 302
    login = Client().post("/konto/logga-in/", {"username": "ny.person", "password": NEW_PASSWORD})
    assert login.status_code == 302 and "/logga-in/" not in login["Location"]
    # The link works once.
    again = Client().get(link_in(message), follow=True)
    assert "Länken är ogiltig eller redan använd" in again.content.decode()


def test_invitation_expires(client_for, org_admin_a, org_a, on_commit, settings):
    create_user(client_for(org_admin_a), org_a, on_commit)
    link = link_in(mail.outbox[0])
    valid = timedelta(days=settings.INVITATION_VALID_DAYS)
    # Local time (a ZoneInfo), so the travel keeps the process's time zone.
    with time_machine.travel(timezone.localtime() + valid - timedelta(minutes=1)):
        assert Client().get(link).status_code == 302  # still valid: on to the form
    with time_machine.travel(timezone.localtime() + valid + timedelta(minutes=1)):
        page = Client().get(link, follow=True)
    assert "Länken är ogiltig eller redan använd" in page.content.decode()


def test_no_address_no_invitation(client_for, org_admin_a, org_a, on_commit):
    create_user(client_for(org_admin_a), org_a, on_commit, email="")
    assert mail.outbox == []


def test_org_admin_sends_a_password_link_to_own_user(
    client_for, org_admin_a, reporter_a, on_commit
):
    client = client_for(org_admin_a)
    page = client.get(f"/admin/auth/user/{reporter_a.pk}/change/")
    assert "Skicka länk för nytt lösenord" in page.content.decode()
    with on_commit():
        response = client.post(f"/personal/anvandare/{reporter_a.pk}/losenordslank/")
    assert response.status_code == 302
    assert [m.subject for m in mail.outbox] == ["Länk för nytt lösenord till Hjo Trygghet"]
    assert link_in(mail.outbox[0])


def test_password_link_refused_outside_the_admins_users(
    client_for, org_admin_a, reporter_a, reporter_b, org_a, org_b, coordinator
):
    client = client_for(org_admin_a)
    assert client.post(f"/personal/anvandare/{reporter_b.pk}/losenordslank/").status_code == 404
    # A user who also belongs to another organisation is not only ours.
    shared = member(org_a, Role.REPORTER, username="delad")
    from hjo_safety.models import Membership

    Membership.objects.create(user=shared, organisation=org_b, role=Role.REPORTER)
    assert client.post(f"/personal/anvandare/{shared.pk}/losenordslank/").status_code == 404
    assert client.post(f"/personal/anvandare/{coordinator.pk}/losenordslank/").status_code == 404
    # Reporters manage nobody; GET is not allowed.
    reporter = client_for(reporter_a)
    assert reporter.post(f"/personal/anvandare/{reporter_a.pk}/losenordslank/").status_code == 404
    assert (
        client_for(coordinator)
        .get(f"/personal/anvandare/{reporter_a.pk}/losenordslank/")
        .status_code
        == 405
    )
    assert OutboxMessage.objects.count() == 0


def test_coordinator_may_send_anyone_a_link(client_for, coordinator, reporter_b, on_commit):
    with on_commit():
        client_for(coordinator).post(f"/personal/anvandare/{reporter_b.pk}/losenordslank/")
    assert [m.to for m in mail.outbox] == [[reporter_b.email]]


def test_outbox_in_the_admin_is_for_coordinators_only(
    client_for, coordinator, org_admin_a, reporter_b, on_commit
):
    with on_commit():
        client_for(coordinator).post(f"/personal/anvandare/{reporter_b.pk}/losenordslank/")
    page = client_for(coordinator).get("/admin/notifications/outboxmessage/")
    assert page.status_code == 200 and reporter_b.email in page.content.decode()
    assert client_for(org_admin_a).get("/admin/notifications/outboxmessage/").status_code == 403
