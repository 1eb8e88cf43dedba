"""Issue 21 B7: after a correction, and after the retention purge, the removed text is nowhere in
the database: not in the rows, their versions, the mail outbox, the admin's change log or the
frozen situation pictures. Checked on a ``pg_dump --data-only`` of the test database, so a copy
in a table nobody thought of fails too.

Transactional: ``pg_dump`` is another connection and sees only committed data (each test takes a
few seconds for the dump and the flush afterwards).
"""

import datetime
import os
import subprocess

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from est_incidents import services
from est_incidents.models import Incident, IncidentShare
from hjo_safety.redaction import redact_replaced_text
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstActionFactory, EstMeetingFactory

pytestmark = pytest.mark.django_db(transaction=True)
NAME = "Kalle Karlsson"


def pg_dump() -> str:
    settings = connection.settings_dict
    command = ["pg_dump", "--data-only", "--no-owner", "-d", settings["NAME"]]
    for option, key in (("-h", "HOST"), ("-p", "PORT"), ("-U", "USER")):
        if settings.get(key):
            command += [option, str(settings[key])]
    env = {**os.environ, "PGPASSWORD": settings.get("PASSWORD") or ""}
    return subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout


def log_admin_change(user, obj):
    LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=str(obj)[:200],
        action_flag=CHANGE,
        change_message="[]",
    )


def corrected(obj, field, text, acting_user):
    setattr(obj, field, text)
    obj._history_user = acting_user
    obj.save()
    redact_replaced_text(obj, [field], acting_user=acting_user)


def test_a_corrected_text_is_nowhere_in_the_database(
    reporter_a, org_admin_a, reporter_b, org_a, org_b
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    # A handling note naming a person, mailed to the reporter, then corrected.
    old_note = incident.handling_note
    incident.handling_note = f"Pratade med {NAME}."
    incident._history_user = org_admin_a
    incident.save()
    services.announce_handling(
        incident, old_status=incident.status, old_note=old_note, acting_user=org_admin_a
    )
    # A receiver's note naming them, mailed and logged in the admin, then corrected.
    share = services.share_incident(
        incident=incident, organisation=org_b, note="", acting_user=org_admin_a
    )
    note = services.handle_share(
        share=share, handling_status="done", note=f"Ringde {NAME}.", acting_user=reporter_b
    )
    log_admin_change(reporter_b, note)
    # An EST action naming them, copied into a held meeting's frozen picture, then corrected.
    now = timezone.now()
    earlier = EstMeetingFactory(starts_at=now - datetime.timedelta(days=30))
    action = EstActionFactory(meeting=earlier, what=f"Prata med {NAME}")
    held = EstMeetingFactory(starts_at=now - datetime.timedelta(days=2))
    services.mark_meeting_held(held, acting_user=org_admin_a)
    assert any(NAME in m.body for m in mail.outbox)
    assert NAME in pg_dump()  # the check below can see the text where it is

    corrected(incident, "handling_note", "Pratade med en boende.", org_admin_a)
    corrected(note, "text", "Ringde en boende.", org_admin_a)
    corrected(action, "what", "Prata med en boende", org_admin_a)

    dump = pg_dump()
    assert NAME not in dump
    assert "Pratade med en boende." in dump and "Prata med en boende" in dump


def test_a_purged_text_is_nowhere_in_the_database(
    reporter_a, org_admin_a, reporter_b, org_a, org_b
):
    incident = IncidentFactory(
        organisation=org_a, reported_by=reporter_a, description=f"{NAME} skrek vid kiosken."
    )
    old_note = incident.handling_note
    incident.handling_note = f"Ringde {NAME}s pappa."
    incident.save()
    services.announce_handling(
        incident, old_status=incident.status, old_note=old_note, acting_user=org_admin_a
    )
    share = services.share_incident(
        incident=incident, organisation=org_b, note=f"Om {NAME}.", acting_user=org_admin_a
    )
    note = services.handle_share(
        share=share, handling_status="done", note=f"Talat med {NAME}.", acting_user=reporter_b
    )
    log_admin_change(reporter_b, note)
    when = timezone.now() - datetime.timedelta(days=800)
    Incident.objects.filter(pk=incident.pk).update(created_at=when)
    Incident.history.filter(id=incident.pk).update(created_at=when)
    assert IncidentShare.objects.filter(note__contains=NAME).exists()
    assert NAME in pg_dump()

    call_command("purge_incident_text", "--older-than", "24m", verbosity=0)

    assert NAME not in pg_dump()
