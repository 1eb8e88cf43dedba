"""The installable app (issue 25, point 7): manifest, icons drawn by our code, the service
worker at the root, and a safety walk sent twice (the offline queue's retry) saved once."""

import io
import uuid

import pytest
from django.urls import reverse
from PIL import Image

from est_measures.models import SafetyWalk

pytestmark = pytest.mark.django_db


def test_manifest_icons_and_service_worker(client):
    manifest = client.get("/manifest.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    data = manifest.json()
    assert data["start_url"] == "/personal/" and data["display"] == "standalone"
    for icon in data["icons"]:
        png = client.get(icon["src"])
        image = Image.open(io.BytesIO(png.content))
        assert f"{image.width}x{image.height}" == icon["sizes"]
        assert image.getpixel((2, 2)) == (11, 61, 98)  # full-bleed blue: maskable
        assert image.getpixel((image.width // 2, image.height // 3)) == (255, 255, 255)

    worker = client.get("/sw.js")
    assert worker["Content-Type"] == "text/javascript"
    assert worker["Service-Worker-Allowed"] == "/"
    assert "no-cache" in worker["Cache-Control"]
    assert b"/personal/handelser/ny/" in worker.content
    assert b"/personal/trygghetsvandringar/ny/" in worker.content


def test_a_walk_sent_twice_is_saved_once(client_for, reporter_a, org_a):
    client = client_for(reporter_a)
    form = client.get(reverse("measures:walk_create")).content.decode()
    assert 'name="submission_token"' in form and "data-offline-form" in form
    token = str(uuid.uuid4())
    data = {
        "submission_token": token,
        "date": "2026-10-15",
        "area": "Hamnen och Strandpromenaden",
        "organisations": [org_a.pk],
        "residents_count": "4",
        "notes": "",
        "fynd-TOTAL_FORMS": "0",
        "fynd-INITIAL_FORMS": "0",
        "fynd-MIN_NUM_FORMS": "0",
        "fynd-MAX_NUM_FORMS": "1000",
    }
    first = client.post(reverse("measures:walk_create"), data)
    second = client.post(reverse("measures:walk_create"), data)
    walk = SafetyWalk.objects.get()
    assert first["Location"] == second["Location"] == walk.get_absolute_url()
    assert str(walk.submission_token) == token
