"""Photos and papers (issue 25, point 6): re-encoded without metadata, limits with Swedish
errors, served only through the access-checked view, removed by the purge."""

import io
import time
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from citizen_tips.forms import started_value
from hjo_safety.models import Attachment, attachment_storage
from tests.bra_council.factories import CouncilMeetingFactory
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.est_measures.factories import SafetyWalkFactory, SafetyWalkFindingFactory

pytestmark = pytest.mark.django_db

GPS_LATITUDE = 0x0002
GPS_IFD = 0x8825
BODY_SERIAL = 0xA431
MAKE = 0x010F


def jpeg_with_gps(size=(640, 480)) -> bytes:
    """A JPEG carrying EXIF with a GPS position, a camera make and a body serial number."""
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    exif[MAKE] = "Kamerafabriken"
    exif[0x8769] = {BODY_SERIAL: "SERIE-123456"}
    exif[GPS_IFD] = {1: "N", GPS_LATITUDE: (58.0, 18.0, 0.0), 3: "E", 4: (14.0, 17.0, 0.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def upload(data: bytes, name="IMG_0001.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def add_url(slug, pk):
    return reverse("attachments:add", args=[slug, pk])


def test_a_photo_is_stored_without_its_metadata_and_served_only_to_those_who_see_it(
    client_for, reporter_a, reporter_b, org_a
):
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the test's premise
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)

    client = client_for(reporter_a)
    response = client.post(add_url("handelse", incident.pk), {"file": upload(original)})
    assert response.status_code == 302
    assert response["Location"].endswith(f"#bilagor-handelse-{incident.pk}")
    attachment = Attachment.objects.get()
    assert "IMG_0001" not in attachment.file.name  # the uploaded name is not kept
    stored = attachment_storage().open(attachment.file.name).read()
    assert b"Exif" not in stored and b"SERIE-123456" not in stored
    assert b"Kamerafabriken" not in stored
    reread = Image.open(io.BytesIO(stored))
    assert reread.format == "JPEG" and not reread.getexif()
    assert reread.size == (640, 480)

    page = client.get(reverse("est:incident_detail", args=[incident.pk]))
    file_url = reverse("attachments:file", args=[attachment.public_id])
    assert file_url in page.content.decode()
    response = client.get(file_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert b"".join(response.streaming_content) == stored

    # Another organisation, and a visitor, never get the file (nor learn that it exists).
    assert client_for(reporter_b).get(file_url).status_code == 404
    assert (
        client_for(reporter_b)
        .post(reverse("attachments:delete", args=[attachment.public_id]))
        .status_code
        == 404
    )
    assert client_for(None).get(file_url).status_code == 302


def test_limits_and_types_are_refused_with_swedish_errors(client_for, reporter_a, org_a, settings):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    client = client_for(reporter_a)
    url = add_url("handelse", incident.pk)

    response = client.post(url, {"file": upload(b"%PDF-1.4 not a photo", "a.jpg")})
    assert response.status_code == 400
    assert "Filen går inte att läsa som en bild" in response.content.decode()

    settings.ATTACHMENT_MAX_IMAGE_MB = 0
    response = client.post(url, {"file": upload(jpeg_with_gps())})
    assert response.status_code == 400
    assert "Filen är för stor" in response.content.decode()

    response = client.post(url, {})
    assert "Välj en fil att ladda upp." in response.content.decode()
    assert not Attachment.objects.exists()


def test_meeting_papers_are_pdf_only_and_added_by_the_coordinator(
    client_for, coordinator, reporter_a
):
    meeting = EstMeetingFactory()
    url = add_url("est-mote", meeting.pk)
    assert (
        client_for(reporter_a).post(url, {"file": upload(b"%PDF-1.7\n", "p.pdf")}).status_code
        == 403
    )

    client = client_for(coordinator)
    response = client.post(url, {"file": upload(b"GIF89a", "p.pdf", "application/pdf")})
    assert "Filen är ingen PDF" in response.content.decode()
    assert client.post(url, {"file": upload(b"%PDF-1.7\n%%EOF\n", "p.pdf")}).status_code == 302
    paper = Attachment.objects.get()
    response = client_for(reporter_a).get(reverse("attachments:file", args=[paper.public_id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")

    council = CouncilMeetingFactory()
    response = client_for(coordinator).get(reverse("bra:meeting_agenda", args=[council.pk]))
    assert "Lägg till en handling (PDF)" in response.content.decode()


def test_a_citizen_attaches_a_photo_to_a_tip_seen_only_by_its_handlers(
    client, client_for, coordinator, reporter_a
):
    data = {
        "started": started_value(time.time() - 60),
        "place_description": "Gångtunneln under järnvägen",
        "kind": "lighting",
        "time_of_day": "evening",
        "text": "Belysningen i tunneln är trasig.",
        "photo": upload(jpeg_with_gps()),
    }
    response = client.post(reverse("tips:create"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    photo = Attachment.objects.get()
    assert b"Exif" not in attachment_storage().open(photo.file.name).read()
    url = reverse("attachments:file", args=[photo.public_id])
    assert client_for(coordinator).get(url).status_code == 200
    assert client_for(reporter_a).get(url).status_code == 404


def test_a_finding_photo_is_added_by_the_walk_organisations(
    client_for, reporter_a, reporter_b, org_a
):
    finding = SafetyWalkFindingFactory(walk=SafetyWalkFactory(organisations=[org_a]))
    url = add_url("fynd", finding.pk)
    assert client_for(reporter_b).post(url, {"file": upload(jpeg_with_gps())}).status_code == 403
    response = client_for(reporter_a).post(url, {"file": upload(jpeg_with_gps())})
    assert response["Location"].endswith(f"#bilagor-fynd-{finding.pk}")
    page = client_for(reporter_a).get(finding.walk.get_absolute_url())
    assert "Bild 1, uppladdad" in page.content.decode()


def test_the_purge_deletes_expired_and_orphaned_attachments_and_stray_files(
    client_for, reporter_a, org_a, settings
):
    client = client_for(reporter_a)
    old = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    new = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    gone = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    for incident in (old, new, gone):
        client.post(add_url("handelse", incident.pk), {"file": upload(jpeg_with_gps())})
    type(old).objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=800))
    gone_file = Attachment.objects.of(gone).get().file.name
    type(gone).objects.filter(pk=gone.pk).delete()
    storage = attachment_storage()
    stray = storage.save("image/2020/01/stray.jpg", io.BytesIO(b"x"))

    call_command("purge_attachments", verbosity=0)

    assert list(Attachment.objects.values_list("object_id", flat=True)) == [new.pk]
    assert not storage.exists(gone_file)
    # The stray file is newer than a day: left alone until the next night.
    assert storage.exists(stray)
