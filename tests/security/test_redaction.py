"""A correction removes what it corrects (issue 11, point 12; GDPR art. 5 and 17).

After a text is corrected, in the portal or the admin, no earlier version of it is readable
anywhere: the incident's history rows, its page, the admin history, the audit log, the CSV
export. The organisation's admins and coordinators can also remove the text of one history
entry; reporters get 403 and other organisations 404; every redaction is in the audit log.
"""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from est_incidents.models import EstMeetingReport, Incident
from hjo_safety.models import AuditEvent
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.form_scraper import form_data

pytestmark = pytest.mark.django_db

NAME = "Kalle Andersson"


def history_texts(obj):
    return [
        " ".join(str(getattr(row, f, "")) for f in ("description", "place_description", "text"))
        for row in obj.history.all()
    ]


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response).decode() if response.streaming else response.content.decode()


@pytest.fixture
def incident(org_a, reporter_a):
    return IncidentFactory(
        organisation=org_a,
        reported_by=reporter_a,
        description=f"{NAME} slog sönder rutan vid entrén.",
        place_description="Vid cykelstället",
    )


def correct_in_portal(client, incident, **changes):
    url = f"/personal/handelser/{incident.pk}/andra/"
    data = form_data(page(client, url), action=url)
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_a_portal_correction_leaves_no_trace_of_the_old_words(
    client_for, reporter_a, org_admin_a, coordinator, incident
):
    correct_in_portal(
        client_for(reporter_a), incident, description="En person slog sönder rutan vid entrén."
    )
    incident.refresh_from_db()
    assert incident.description == "En person slog sönder rutan vid entrén."
    assert incident.history.count() == 2
    assert not any(NAME in text for text in history_texts(incident))

    detail = page(client_for(reporter_a), f"/personal/handelser/{incident.pk}/")
    assert NAME not in detail
    assert "[borttaget vid rättelse" in detail  # who changed what and when stays
    assert (reporter_a.get_full_name() or reporter_a.username) in detail

    admin = client_for(org_admin_a)
    history_url = f"/admin/est_incidents/incident/{incident.pk}/history/"
    assert NAME not in page(admin, history_url)
    for row in incident.history.all():
        assert NAME not in page(admin, f"{history_url}{row.history_id}/")

    coordinator_client = client_for(coordinator)
    audit = page(coordinator_client, "/personal/granskning/")
    assert NAME not in audit
    assert "Text borttagen ur historiken" in audit
    assert NAME not in page(coordinator_client, "/personal/handelser/export.csv")
    event = AuditEvent.objects.get(kind=AuditEvent.Kind.REDACTED)
    assert event.user == reporter_a
    assert NAME not in event.detail


def test_an_admin_correction_redacts_the_history_too(client_for, org_admin_a, incident):
    client = client_for(org_admin_a)
    url = f"/admin/est_incidents/incident/{incident.pk}/change/"
    data = form_data(page(client, url))
    data["description"] = "En person slog sönder rutan."
    assert client.post(url, data).status_code == 302
    assert not any(NAME in text for text in history_texts(incident))
    assert AuditEvent.objects.filter(kind=AuditEvent.Kind.REDACTED, user=org_admin_a).exists()


def test_a_corrected_est_report_keeps_no_earlier_version(client_for, reporter_a, org_a):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=2))
    meeting.organisations_present.set([org_a])
    client = client_for(reporter_a)
    url = f"/personal/est-moten/{meeting.pk}/rapport/{org_a.pk}/"
    # Saved with the name (the writer ticked "Spara ändå" past the warning), then corrected.
    saved = client.post(url, {"text": f"Bråk med {NAME} på fritidsgården.", "spara_anda": "on"})
    assert saved.status_code == 302
    assert client.post(url, {"text": "Bråk på fritidsgården."}).status_code == 302
    report = EstMeetingReport.objects.get()
    assert report.history.count() == 2
    assert not any(NAME in text for text in history_texts(report))


def test_an_unchanged_text_is_not_redacted(client_for, org_admin_a, incident):
    correct_in_portal(client_for(org_admin_a), incident, place_description="Vid bron")
    descriptions = list(incident.history.values_list("description", flat=True))
    assert descriptions == [incident.description] * 2
    assert "[borttaget vid rättelse" in incident.history.earliest().place_description


@pytest.fixture
def old_version(incident):
    """A history written before corrections redacted: the name is in the first version."""
    incident.description = "En person slog sönder rutan vid entrén."
    incident.save()
    return incident.history.earliest()


def redact_url(incident, version):
    return f"/personal/handelser/{incident.pk}/historik/{version.history_id}/ta-bort-text/"


def test_an_org_admin_removes_the_text_of_a_history_entry(
    client_for, org_admin_a, coordinator, incident, old_version
):
    client = client_for(org_admin_a)
    detail = page(client, f"/personal/handelser/{incident.pk}/")
    assert "Ta bort texten i den här versionen" in detail
    confirmation = page(client, redact_url(incident, old_version))
    assert "Det går inte att ångra" in confirmation
    assert "Vad hände?" in confirmation or "beskrivning" in confirmation.lower()
    assert NAME in Incident.history.get(pk=old_version.pk).description  # GET changes nothing

    response = client.post(redact_url(incident, old_version))
    assert response.status_code == 302
    redacted = Incident.history.get(pk=old_version.pk)
    assert NAME not in redacted.description
    assert redacted.description.startswith("[borttaget ur historiken")
    assert redacted.history_user == old_version.history_user  # who and when stay
    assert redacted.history_date == old_version.history_date
    assert NAME not in page(client, f"/personal/handelser/{incident.pk}/")
    event = AuditEvent.objects.get(kind=AuditEvent.Kind.REDACTED)
    assert event.user == org_admin_a
    assert str(old_version.history_id) in event.detail
    assert "Text borttagen ur historiken" in page(client_for(coordinator), "/personal/granskning/")


def test_a_coordinator_may_remove_it_too(client_for, coordinator, incident, old_version):
    assert client_for(coordinator).post(redact_url(incident, old_version)).status_code == 302
    assert NAME not in Incident.history.get(pk=old_version.pk).description


@pytest.mark.parametrize(
    ("who", "status"),
    [("reporter_a", 403), ("reporter_b", 404), ("org_admin_b", 404), ("outsider", 404)],
)
def test_others_may_not_remove_history_text(
    request, client_for, incident, old_version, who, status
):
    client = client_for(request.getfixturevalue(who))
    assert client.get(redact_url(incident, old_version)).status_code in (status, 403)
    assert client.post(redact_url(incident, old_version)).status_code in (status, 403)
    assert NAME in Incident.history.get(pk=old_version.pk).description
    assert not AuditEvent.objects.filter(kind=AuditEvent.Kind.REDACTED).exists()
    detail = client_for(request.getfixturevalue(who)).get(f"/personal/handelser/{incident.pk}/")
    assert "Ta bort texten i den här versionen" not in detail.content.decode()


def test_another_incidents_version_is_a_404(client_for, org_admin_a, org_a, incident, old_version):
    other = IncidentFactory(organisation=org_a)
    url = f"/personal/handelser/{other.pk}/historik/{old_version.history_id}/ta-bort-text/"
    assert client_for(org_admin_a).post(url).status_code == 404
    assert NAME in Incident.history.get(pk=old_version.pk).description


def test_the_current_version_has_nothing_to_remove(client_for, org_admin_a, incident):
    latest = incident.history.latest()
    client = client_for(org_admin_a)
    assert "ingen text att ta bort" in page(client, redact_url(incident, latest))
    assert client.post(redact_url(incident, latest)).status_code == 302
    assert Incident.history.get(pk=latest.pk).description == incident.description
    assert not AuditEvent.objects.filter(kind=AuditEvent.Kind.REDACTED).exists()


def test_the_retention_purge_shares_the_mechanism(incident, old_version):
    Incident.objects.filter(pk=incident.pk).update(created_at=timezone.now() - timedelta(days=800))
    Incident.history.update(created_at=timezone.now() - timedelta(days=800))
    call_command("purge_incident_text", verbosity=0)
    assert not any(NAME in text for text in history_texts(incident))


def test_a_report_corrected_in_the_meeting_admins_inline_is_redacted(
    client_for, coordinator, org_a
):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=2))
    report = EstMeetingReport.objects.create(
        meeting=meeting, organisation=org_a, text=f"Samtal med {NAME}."
    )
    client = client_for(coordinator)
    url = f"/admin/est_incidents/estmeeting/{meeting.pk}/change/"
    data = form_data(page(client, url))
    text_field = next(name for name, value in data.items() if value == f"Samtal med {NAME}.")
    data[text_field] = "Samtal med en boende."
    assert client.post(url, data).status_code == 302
    report.refresh_from_db()
    assert report.text == "Samtal med en boende."
    assert not any(NAME in text for text in history_texts(report))
