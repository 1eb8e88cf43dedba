"""Issue 21 B6 and C10: the outbox keeps no copy of what people typed, and a mail about an
object goes only to someone who may see that object when it is sent.

- A handling note, a receiver's note or a moderator's note is read from its object when the mail
  is sent: a correction before sending is what goes out, and no outbox column holds the text
  before or after (nothing to redact or purge). The admin shows the mail without its text.
- A reporter who moved to another organisation is no longer mailed about the old one's incident:
  not queued once they have moved, and dropped at sending when they moved after the queueing.
"""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from citizen_tips import services as tip_services
from est_incidents import services
from hjo_safety.models import Membership, Organisation
from hjo_safety.redaction import redact_replaced_text
from hjo_safety.roles import Role
from notifications.models import OutboxMessage
from tests.citizen_tips.factories import CitizenTipFactory
from tests.est_incidents.factories import IncidentFactory
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db
DOWN = "tests.notifications.backends.DownServerBackend"
NAME = "Kalle Karlsson"


def outbox_text() -> str:
    """Every column of every outbox row, as one string."""
    return " ".join(str(row) for row in OutboxMessage.objects.values())


def write_note(incident, text, acting_user):
    old_status, old_note = incident.status, incident.handling_note
    incident.handling_note = text
    incident._history_user = acting_user
    incident.save()
    services.announce_handling(
        incident, old_status=old_status, old_note=old_note, acting_user=acting_user
    )


def correct_note(incident, text, acting_user):
    incident.handling_note = text
    incident._history_user = acting_user
    incident.save()
    redact_replaced_text(incident, ["handling_note"], acting_user=acting_user)


def test_a_sent_note_leaves_no_copy_of_its_text_in_the_outbox(
    reporter_a, org_admin_a, org_a, on_commit
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with on_commit():
        write_note(incident, f"Pratade med {NAME} om klottret.", org_admin_a)
    assert NAME in mail.outbox[0].body
    assert OutboxMessage.objects.get().sent_at is not None
    correct_note(incident, "Pratade med en boende om klottret.", org_admin_a)
    assert NAME not in outbox_text()
    assert NAME not in str(list(incident.history.values_list("handling_note", flat=True)))


def test_a_correction_before_sending_is_what_is_sent(reporter_a, org_admin_a, org_a, on_commit):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with override_settings(EMAIL_BACKEND=DOWN), on_commit():
        write_note(incident, f"Pratade med {NAME}.", org_admin_a)
    queued = OutboxMessage.objects.get()
    assert queued.sent_at is None and NAME not in outbox_text()
    correct_note(incident, "Pratade med en boende.", org_admin_a)
    call_command("send_notifications", verbosity=0)
    (sent,) = [m for m in mail.outbox if m.to == [reporter_a.email]]
    assert "Pratade med en boende." in sent.body and NAME not in sent.body
    assert NAME not in sent.alternatives[0][0]


def test_a_receivers_note_is_read_when_sent_and_not_kept(
    reporter_a, reporter_b, org_a, org_b, on_commit
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    share = services.share_incident(
        incident=incident, organisation=org_b, note=f"Fråga {NAME}.", acting_user=reporter_a
    )
    mail.outbox.clear()
    with override_settings(EMAIL_BACKEND=DOWN), on_commit():
        note = services.handle_share(
            share=share,
            handling_status="in_progress",
            note=f"Vi ringde {NAME}.",
            acting_user=reporter_b,
        )
    assert NAME not in outbox_text()
    note.text = "Vi ringde en boende."
    note.save()
    call_command("send_notifications", verbosity=0)
    to_reporter = [m for m in mail.outbox if m.to == [reporter_a.email]]
    assert len(to_reporter) == 1
    assert "Vi ringde en boende." in to_reporter[0].body and NAME not in to_reporter[0].body
    assert NAME not in outbox_text()


def test_a_moderators_note_is_read_when_sent_and_not_kept(
    coordinator, org_b, org_admin_b, on_commit
):
    tip = CitizenTipFactory()
    with on_commit():
        tip_services.forward_tip(
            tip=tip, organisation=org_b, note="Staketet vid lekplatsen.", acting_user=coordinator
        )
    (sent,) = [m for m in mail.outbox if m.to == [org_admin_b.email]]
    assert "Staketet vid lekplatsen." in sent.body
    assert "Staketet" not in outbox_text()


def test_the_admin_shows_mail_history_without_its_text(
    client_for, coordinator, reporter_a, org_admin_a, org_a, on_commit
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with on_commit():
        write_note(incident, "Sanerat av fastigheten.", org_admin_a)
    message = OutboxMessage.objects.get()
    client = client_for(coordinator)
    page = client.get(f"/admin/notifications/outboxmessage/{message.pk}/change/")
    html = page.content.decode()
    assert page.status_code == 200
    assert f"{org_a} har skrivit om din händelse" in html
    assert reporter_a.email in html and "Skickad" in html
    assert "Sanerat av fastigheten." not in html
    listing = client.get("/admin/notifications/outboxmessage/").content.decode()
    assert "Skickad" in listing and "Sanerat" not in listing


def test_an_action_reminders_stored_subject_holds_no_free_text(org_admin_a, org_a):
    from django.utils import timezone

    from tests.est_incidents.meeting_factories import EstActionFactory

    EstActionFactory(
        responsible_organisation=org_a, what="Prata med Kalle", due_date=timezone.localdate()
    )
    call_command("send_notifications", verbosity=0)
    sent = [m for m in mail.outbox if m.to == [org_admin_a.email] and "Prata" in m.subject]
    assert len(sent) == 1  # the mail says what; the outbox does not keep it
    assert "Prata med Kalle" not in outbox_text()


def test_outbox_parameters_refuse_text():
    from notifications.mail import check_params

    assert check_params({"note": 3, "own": [1, 2], "since": "2026-12-01T10:00:00+00:00"})
    with pytest.raises(ValueError):
        check_params({"note": "Pratade med Kalle"})


def test_every_template_has_a_composer():
    from notifications.compose import COMPOSERS
    from notifications.models import MailTemplate

    assert set(COMPOSERS) == set(MailTemplate.values)


def test_a_mail_about_an_object_without_a_policy_is_refused(reporter_a):
    from notifications.mail import may_see
    from notifications.models import NotificationSettings

    with pytest.raises(TypeError):
        may_see(reporter_a, NotificationSettings(user=reporter_a, pk=1))


# --- C10: only to someone who may see the object now -------------------------------------------


@pytest.fixture
def fritid_and_skola(db):
    fritid_org = Organisation.objects.create(name="Fritid (test)", short_name="Fritid")
    skola_org = Organisation.objects.create(name="Skola (test)", short_name="Skola")
    fritid = member(fritid_org, Role.REPORTER, username="fritid", email="fritid@example.se")
    admin = member(fritid_org, Role.ORG_ADMIN, username="fritid.admin")
    return fritid, fritid_org, skola_org, admin


def move(user, old, new):
    Membership.objects.filter(user=user, organisation=old).update(organisation=new)


def test_a_reporter_who_moved_is_not_mailed_about_the_old_incident(
    client_for, fritid_and_skola, on_commit
):
    fritid, fritid_org, skola_org, admin = fritid_and_skola
    incident = IncidentFactory(organisation=fritid_org, reported_by=fritid)
    move(fritid, fritid_org, skola_org)
    assert client_for(fritid).get(f"/personal/handelser/{incident.pk}/").status_code == 404
    with on_commit():
        services.set_incident_status(incident=incident, status="reviewed", acting_user=admin)
        write_note(incident, "Sanerat av fastigheten.", admin)
    other = Organisation.objects.create(name="Tredje (test)", short_name="Tredje")
    receiver = member(other, Role.REPORTER, username="mottagare")
    share = services.share_incident(
        incident=incident, organisation=other, note="", acting_user=admin
    )
    with on_commit():
        services.handle_share(
            share=share, handling_status="done", note="Lagat.", acting_user=receiver
        )
    assert [m for m in mail.outbox if m.to == [fritid.email]] == []
    assert not OutboxMessage.objects.filter(recipient=fritid).exists()


def test_a_mail_queued_before_the_move_is_dropped_when_sent(fritid_and_skola, on_commit):
    fritid, fritid_org, skola_org, admin = fritid_and_skola
    incident = IncidentFactory(organisation=fritid_org, reported_by=fritid)
    with override_settings(EMAIL_BACKEND=DOWN), on_commit():
        services.set_incident_status(incident=incident, status="reviewed", acting_user=admin)
        write_note(incident, "Sanerat av fastigheten.", admin)
    assert OutboxMessage.objects.filter(recipient=fritid, sent_at__isnull=True).count() == 2
    move(fritid, fritid_org, skola_org)
    call_command("send_notifications", verbosity=0)
    assert [m for m in mail.outbox if m.to == [fritid.email]] == []
    dropped = OutboxMessage.objects.filter(recipient=fritid)
    assert {(m.sent_at, m.drop_reason) for m in dropped} == {(None, "not_visible")}
    call_command("send_notifications", verbosity=0)  # dropped stays dropped
    assert [m for m in mail.outbox if m.to == [fritid.email]] == []


def test_a_withdrawn_share_is_no_longer_in_the_receivers_digest(
    reporter_a, org_a, org_b, org_admin_b, settings
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    share = services.share_incident(
        incident=incident, organisation=org_b, note="", acting_user=reporter_a
    )
    settings.EMAIL_BACKEND = DOWN
    call_command("send_notifications", verbosity=0, stderr=open("/dev/null", "w"))
    assert OutboxMessage.objects.filter(recipient=org_admin_b, kind="digest").exists()
    services.withdraw_share(share=share, acting_user=reporter_a)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_notifications", verbosity=0)
    assert [m for m in mail.outbox if m.to == [org_admin_b.email]] == []
