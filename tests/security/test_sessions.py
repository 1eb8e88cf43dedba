"""Sessions: in the database, HttpOnly, SameSite=Lax, Secure in production, idle timeout."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.hjo_safety.factories import TEST_PASSWORD
from tests.security.settings_probe import PRODUCTION, probe_settings

pytestmark = pytest.mark.django_db


def test_session_settings():
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True


def test_login_cookie_flags_and_idle_expiry(client, reporter_a):
    response = client.post(
        "/konto/logga-in/", {"username": "reporter_a", "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    session = Session.objects.get(session_key=cookie.value)
    expected = timezone.now() + timedelta(minutes=30)
    assert abs((session.expire_date - expected).total_seconds()) < 60

    # Every request pushes the expiry forward: the 30 minutes count from the last request.
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() + timedelta(minutes=1))
    assert client.get("/personal/").status_code == 200
    session.refresh_from_db()
    assert session.expire_date > timezone.now() + timedelta(minutes=29)


def test_an_idle_session_has_ended(client, reporter_a):
    client.force_login(reporter_a)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/personal/")
    assert response.status_code == 302 and response["Location"].startswith("/konto/logga-in/")


def test_production_cookies_are_secure_and_idle_minutes_configurable():
    values = probe_settings(
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_AGE",
        **PRODUCTION,
        SESSION_IDLE_MINUTES="10",
    )
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_AGE"] == 600
