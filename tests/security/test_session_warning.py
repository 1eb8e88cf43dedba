"""Issue 24, point 1: the session-timeout warning's markup and its keep-alive. (The dialog and
the drafts are walked in tests/browser/test_daily_loop_browser.py.)"""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_staying_signed_in_pushes_the_expiry_and_anonymous_gets_401(client_for, reporter_a):
    client = client_for(reporter_a)
    page = client.get("/personal/").content.decode()
    assert 'id="session-timeout"' in page and "js/session-timeout.js" in page
    assert 'data-idle-seconds="1740"' in page and 'data-warn-seconds="300"' in page
    key = client.session.session_key
    Session.objects.filter(pk=key).update(expire_date=timezone.now() + timedelta(minutes=3))
    response = client.post("/konto/fortsatt-inloggad/")
    assert response.status_code == 200 and response.json() == {"signed_in": True}
    assert Session.objects.get(pk=key).expire_date > timezone.now() + timedelta(minutes=25)
    assert client.get("/konto/fortsatt-inloggad/").status_code == 405
    client.logout()
    assert client.post("/konto/fortsatt-inloggad/").status_code == 401
    public = client.get("/").content.decode()
    assert 'id="session-timeout"' not in public and "js/form-drafts.js" in public


def test_the_long_forms_keep_browser_drafts(client_for, coordinator, est_reference_data):
    client = client_for(coordinator)
    for url, name in (
        ("/personal/handelser/ny/", "incident"),
        ("/personal/trygghetsvandringar/ny/", "walk"),
        ("/tipsa/", "tip"),
    ):
        assert f'data-draft="{name}"' in client.get(url).content.decode(), url
