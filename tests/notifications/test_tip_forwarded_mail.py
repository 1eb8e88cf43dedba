"""A forwarded citizen's tip reaches the receiving organisation: its admins get one mail each
through the outbox (none to other organisations), kept while the server is down, with a
one-click way to turn such mail off."""

import pytest
from django.core import mail
from django.core.management import call_command

from citizen_tips import services
from hjo_safety.models import Role
from notifications.models import NotificationSettings, OutboxMessage
from tests.citizen_tips.factories import CitizenTipFactory
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db

SUBJECT = "Ett medborgartips har skickats till Hjo Bostäder AB (test)"
NOTE = "Er fastighet, kan ni laga staketet?"


def forward(client, tip, organisation, note=NOTE):
    return client.post(
        f"/personal/tips/{tip.pk}/",
        {"action": "forward", "forward-organisation": organisation.pk, "forward-note": note},
    )


def tip_mails():
    return [m for m in mail.outbox if m.subject == SUBJECT]


def test_forwarding_mails_each_admin_of_the_receiver_once(
    client_for, coordinator, org_b, org_admin_b, reporter_b, org_admin_a, on_commit
):
    second_admin = member(org_b, Role.ORG_ADMIN, username="admin_b2")
    member(org_b, Role.ORG_ADMIN, username="admin_b_gone", is_active=False)
    member(org_b, Role.ORG_ADMIN, username="admin_b_no_mail", email="")
    tip = CitizenTipFactory(text="Trasigt staket vid lekplatsen.")
    with on_commit():
        assert forward(client_for(coordinator), tip, org_b).status_code == 302
    sent = tip_mails()
    assert sorted(m.to[0] for m in sent) == sorted([org_admin_b.email, second_admin.email])
    # Not the receiver's reporters, not another organisation's admin.
    assert all(m.to[0] not in (reporter_b.email, org_admin_a.email) for m in mail.outbox)
    message = sent[0]
    assert NOTE in message.body
    assert f"https://trygghet.example.se/personal/tips/{tip.pk}/" in message.body
    assert "Trasigt staket" not in message.body  # the citizen's text stays behind the login
    assert OutboxMessage.objects.filter(kind="tip_forwarded").count() == 2
    call_command("send_notifications", verbosity=0)  # a later run sends nothing again
    assert len(tip_mails()) == 2
    # The link opens the tip for the admin.
    page = client_for(org_admin_b).get(f"/personal/tips/{tip.pk}/")
    assert page.status_code == 200 and NOTE in page.content.decode()


def test_a_mail_server_that_is_down_keeps_the_mail_queued(
    client_for, coordinator, org_b, org_admin_b, settings, on_commit
):
    settings.EMAIL_BACKEND = "tests.notifications.backends.DownServerBackend"
    tip = CitizenTipFactory()
    with on_commit():
        assert forward(client_for(coordinator), tip, org_b).status_code == 302
    tip.refresh_from_db()
    assert tip.state == "forwarded"  # the forward stands
    queued = OutboxMessage.objects.get(kind="tip_forwarded")
    assert queued.sent_at is None and queued.attempts == 1 and "refused" in queued.last_error
    assert queued.to_address == org_admin_b.email

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_notifications", verbosity=0)
    call_command("send_notifications", verbosity=0)
    assert [m.to for m in tip_mails()] == [[org_admin_b.email]]
    queued.refresh_from_db()
    assert queued.sent_at is not None


def test_an_admin_can_turn_the_mail_off_in_one_click(
    client_for, coordinator, org_b, org_admin_b, on_commit
):
    with on_commit():
        services.forward_tip(
            tip=CitizenTipFactory(), organisation=org_b, note="", acting_user=coordinator
        )
    (message,) = tip_mails()
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Medborgartips som skickats till min organisation" in message.body
    path = "/" + message.extra_headers["List-Unsubscribe"].strip("<>").split("/", 3)[3]
    assert client_for(None).post(path).status_code == 200
    assert NotificationSettings.for_user(org_admin_b).wants("tip_forwarded") is False

    with on_commit():
        services.forward_tip(
            tip=CitizenTipFactory(), organisation=org_b, note="", acting_user=coordinator
        )
    assert len(tip_mails()) == 1  # switched off: nothing more
    assert OutboxMessage.objects.filter(kind="tip_forwarded").count() == 1


def test_the_switch_is_on_the_settings_page(client_for, org_admin_b):
    client = client_for(org_admin_b)
    page = client.get("/personal/installningar/").content.decode()
    assert "När ett medborgartips skickas vidare till min organisation" in page
    data = {
        "incident_status": "on",
        "incident_note": "on",
        "incident_shared": "on",
        "council": "on",
        "action_reminder": "on",
        "coverage_reminder": "on",
        "digest": "daily",
    }
    assert client.post("/personal/installningar/", data).status_code == 302
    assert NotificationSettings.for_user(org_admin_b).wants("tip_forwarded") is False
