"""The reporter hears about their incident: status, handling note, shared onward."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from hjo_safety import events
from notifications.models import NotificationSettings, OutboxMessage
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.test_incident_form import update_data

pytestmark = pytest.mark.django_db
DOWN = "tests.notifications.backends.DownServerBackend"


def set_status(client, incident, status, note=""):
    return client.post(
        f"/personal/handelser/{incident.pk}/andra/",
        update_data(incident, status=status, handling_note=note),
    )


def unsubscribe_path(message):
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    return url.removeprefix("https://trygghet.example.se")


def test_status_change_mails_the_reporter_in_swedish_with_both_parts(
    client_for, reporter_a, org_admin_a, org_a, on_commit
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with on_commit():
        response = set_status(client_for(org_admin_a), incident, "reviewed")
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [reporter_a.email]
    assert message.subject == "Din händelse har fått status ”Granskad”"
    assert "har nu status ”Granskad”" in message.body
    link = f"https://trygghet.example.se/personal/handelser/{incident.pk}/"
    assert link in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f'href="{link}"' in html and 'lang="sv"' in html
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Sluta få den här sortens e-post" in message.body


def test_saving_again_without_a_change_sends_nothing_more(
    client_for, reporter_a, org_admin_a, org_a, on_commit
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    client = client_for(org_admin_a)
    with on_commit():
        set_status(client, incident, "reviewed")
    incident.refresh_from_db()
    with on_commit():
        set_status(client, incident, "reviewed")
    call_command("send_notifications", verbosity=0)
    to_reporter = [m.subject for m in mail.outbox if m.to == [reporter_a.email]]
    assert to_reporter == ["Din händelse har fått status ”Granskad”"]
    assert OutboxMessage.objects.filter(kind="incident_status").count() == 1


def test_handling_note_mails_the_reporter(client_for, reporter_a, org_admin_a, org_a, on_commit):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with on_commit():
        set_status(client_for(org_admin_a), incident, "new", note="Sanerat av fastigheten.")
    assert [m.subject for m in mail.outbox] == [f"{org_a} har skrivit om din händelse: Ny"]
    assert "Sanerat av fastigheten." in mail.outbox[0].body


def test_one_save_with_a_new_status_and_a_note_sends_one_mail_naming_both(
    client_for, reporter_a, org_admin_a, org_a, on_commit
):
    """Issue 24, point 9: one save, one mail; it names the organisation and the new state. A
    reporter who has turned note mail off still hears of the new status, once."""
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with on_commit():
        set_status(client_for(org_admin_a), incident, "handled", note="Lampan är lagad.")
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == f"{org_a} har skrivit om din händelse: Hanterad"
    assert f"{org_a} har skrivit en hanteringsanteckning" in body
    assert "Lampan är lagad." in body and "har nu status ”Hanterad”" in body
    mail.outbox.clear()
    NotificationSettings.objects.create(user=reporter_a, incident_note=False)
    incident.refresh_from_db()
    with on_commit():
        set_status(client_for(org_admin_a), incident, "reviewed", note="Ny anteckning.")
    assert [m.subject for m in mail.outbox] == ["Din händelse har fått status ”Granskad”"]


def test_own_change_is_not_mailed_to_oneself(client_for, org_admin_a, org_a, on_commit):
    incident = IncidentFactory(organisation=org_a, reported_by=org_admin_a)
    with on_commit():
        set_status(client_for(org_admin_a), incident, "handled", note="Klart.")
    assert mail.outbox == []


def test_shared_onward_hook_mails_the_reporter_once(
    reporter_a, org_a, org_b, coordinator, on_commit
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    for _ in range(2):
        with on_commit():
            events.emit(
                events.INCIDENT_SHARED,
                incident=incident,
                organisation=org_b,
                acting_user=coordinator,
                share_id=7,
            )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == f"Din händelse har delats med {org_b}"


def test_switched_off_kind_is_not_sent(client_for, reporter_a, org_admin_a, org_a, on_commit):
    NotificationSettings.objects.create(user=reporter_a, incident_status=False)
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with on_commit():
        set_status(client_for(org_admin_a), incident, "handled")
    assert mail.outbox == []


def test_one_click_unsubscribe_get_confirms_post_turns_off(
    client, client_for, reporter_a, org_admin_a, org_a, on_commit
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with on_commit():
        set_status(client_for(org_admin_a), incident, "reviewed")
    path = unsubscribe_path(mail.outbox[0])
    client.logout()
    page = client.get(path)
    assert page.status_code == 200
    assert "Ja, sluta skicka den här e-posten" in page.content.decode()
    assert NotificationSettings.for_user(reporter_a).incident_status  # a GET changes nothing
    # RFC 8058: the mail client POSTs without session or CSRF token.
    from django.test import Client

    done = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert "Du får inte längre e-post om" in done.content.decode()
    assert not NotificationSettings.objects.get(user=reporter_a).incident_status
    # Other kinds are untouched, and the choice is respected.
    assert NotificationSettings.objects.get(user=reporter_a).incident_note
    incident.refresh_from_db()
    with on_commit():
        set_status(client_for(org_admin_a), incident, "handled")
    assert len(mail.outbox) == 1


def test_forged_unsubscribe_token_is_404(client, reporter_a):
    assert client.get("/e-post/avsluta/inte-en-token/").status_code == 404
    assert client.post("/e-post/avsluta/inte-en-token/").status_code == 404


def test_a_down_mail_server_loses_nothing_and_the_command_retries(
    client_for, reporter_a, org_admin_a, org_a, on_commit
):
    NotificationSettings.objects.create(user=org_admin_a, digest="none")
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with override_settings(EMAIL_BACKEND=DOWN):
        with on_commit():
            response = set_status(client_for(org_admin_a), incident, "reviewed")
        assert response.status_code == 302  # the user's save succeeds regardless
        call_command("send_notifications", verbosity=0, stderr=open("/dev/null", "w"))
    queued = OutboxMessage.objects.get(kind="incident_status")
    assert queued.sent_at is None and queued.attempts == 2  # the save's attempt and the run's
    assert "Connection refused" in queued.last_error
    assert mail.outbox == []
    call_command("send_notifications", verbosity=0)
    assert len(mail.outbox) == 1
    call_command("send_notifications", verbosity=0)
    assert len(mail.outbox) == 1
    queued.refresh_from_db()
    assert queued.sent_at is not None and queued.last_error == ""


def test_rolled_back_change_sends_nothing(reporter_a, org_a, coordinator):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    from django.db import transaction

    from est_incidents.services import announce_handling

    with pytest.raises(RuntimeError):
        with transaction.atomic():
            incident.status = "handled"
            incident.save()
            announce_handling(incident, old_status="new", old_note="", acting_user=coordinator)
            raise RuntimeError
    assert OutboxMessage.objects.count() == 0


def test_settings_page_saves_choices(client_for, reporter_a):
    client = client_for(reporter_a)
    page = client.get("/personal/installningar/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Inställningar för e-post" in html and reporter_a.email in html
    response = client.post(
        "/personal/installningar/",
        {"incident_status": "on", "council": "on", "digest": "weekly"},
    )
    assert response.status_code == 302
    saved = NotificationSettings.objects.get(user=reporter_a)
    assert saved.incident_status and not saved.incident_note and saved.digest == "weekly"
    assert (
        "Dina val för e-post är sparade." in client.get("/personal/installningar/").content.decode()
    )


def test_settings_page_refuses_a_bad_choice_and_needs_login(client, client_for, reporter_a):
    response = client_for(reporter_a).post("/personal/installningar/", {"digest": "hourly"})
    assert response.status_code == 200
    assert "digest" in response.context["form"].errors
    client.logout()
    anonymous = client.get("/personal/installningar/")
    assert anonymous.status_code == 302 and "/logga-in/" in anonymous["Location"]


def test_html_part_escapes_what_users_typed(client_for, reporter_a, org_admin_a, org_a, on_commit):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with on_commit():
        set_status(client_for(org_admin_a), incident, "new", note="<script>x</script> & mer")
    html = mail.outbox[0].alternatives[0][0]
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert re.search(r"<script>x</script> & mer", mail.outbox[0].body)
