"""Sharing reaches people: the reporter hears that their incident went onward and what the
receiver wrote; the receiving organisation's admins find it in their digest."""

import pytest
from django.core import mail
from django.core.management import call_command

from est_incidents.models import IncidentShare
from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db


def share_page(incident):
    return f"/personal/handelser/{incident.pk}/dela/"


def test_sharing_tells_the_reporter_once(
    client_for, reporter_a, org_admin_a, org_a, org_b, on_commit
):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    with on_commit():
        response = client_for(org_admin_a).post(
            share_page(incident), {"organisation": org_b.pk, "note": "Kan ni laga lampan?"}
        )
    assert response.status_code == 302
    assert IncidentShare.objects.filter(incident=incident, organisation=org_b).exists()
    to_reporter = [m for m in mail.outbox if m.to == [reporter_a.email]]
    assert len(to_reporter) == 1
    assert org_b.name in to_reporter[0].body
    call_command("send_notifications", verbosity=0)  # a later run sends nothing again
    assert len([m for m in mail.outbox if m.to == [reporter_a.email]]) == 1


def test_receivers_note_reaches_the_reporter(
    client_for, reporter_a, reporter_b, org_a, org_b, on_commit
):
    from est_incidents.services import share_incident

    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    share = share_incident(incident=incident, organisation=org_b, note="", acting_user=reporter_a)
    mail.outbox.clear()
    with on_commit():
        response = client_for(reporter_b).post(
            f"/personal/handelser/{incident.pk}/delningar/{share.pk}/hantering/",
            {
                f"s{share.pk}-handling_status": "in_progress",
                f"s{share.pk}-note": "Vi skickar en elektriker i morgon.",
            },
        )
    assert response.status_code == 302
    to_reporter = [m for m in mail.outbox if m.to == [reporter_a.email]]
    assert len(to_reporter) == 1
    assert "Vi skickar en elektriker i morgon." in to_reporter[0].body


def test_digest_lists_incidents_shared_with_the_organisation(reporter_a, org_admin_b, org_a, org_b):
    from est_incidents.services import share_incident

    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    share_incident(incident=incident, organisation=org_b, note="", acting_user=reporter_a)
    mail.outbox.clear()
    call_command("send_notifications", verbosity=0)
    to_b = [m for m in mail.outbox if m.to == [org_admin_b.email]]
    # The share's own mail to B (issue 24: nobody in B handles shares, so its admin) and the digest.
    assert sorted(m.subject.split(":")[0] for m in to_b) == [f"Delat med {org_b}", "Sammanfattning"]
    digests = [m for m in to_b if m.subject.startswith("Sammanfattning")]
    body = digests[0].body
    assert "1 händelse har delats med din organisation av andra organisationer." in body
    assert f"delad med er av {org_a.name}" in body
