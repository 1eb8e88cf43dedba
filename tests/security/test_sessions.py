"""Sessions: in the database, HttpOnly, SameSite=Lax, Secure in production, idle timeout (its
activity stamp written at most once a minute, never letting a session outlive its idle time)."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.hjo_safety.factories import TEST_PASSWORD
from tests.security.settings_probe import PRODUCTION, probe_settings

pytestmark = pytest.mark.django_db


def test_session_settings():
    from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

    from hjo_safety.sessions import SessionStore

    # Database sessions (every instance sees a logout at once), idle timeout by our middleware.
    assert settings.SESSION_ENGINE == "hjo_safety.sessions"
    assert issubclass(SessionStore, DatabaseSessionStore)
    assert "hjo_safety.sessions.IdleTimeoutSessionMiddleware" in settings.MIDDLEWARE
    assert "django.contrib.sessions.middleware.SessionMiddleware" not in settings.MIDDLEWARE
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is False  # the middleware stamps once a minute


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


def test_the_activity_stamp_is_written_at_most_once_a_minute(client, reporter_a):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(reporter_a)
    session = Session.objects.get()
    # Stamped 30 s ago: the expiry is at most a minute behind; the request writes nothing.
    half_a_minute_ago = timezone.now() + timedelta(minutes=30, seconds=-30)
    Session.objects.update(expire_date=half_a_minute_ago)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/personal/").status_code == 200
    assert not [q for q in ctx.captured_queries if q["sql"].startswith("UPDATE")]
    session.refresh_from_db()
    assert session.expire_date == half_a_minute_ago
    # Stamped 61 s ago: this request moves the expiry to 30 minutes from now.
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=30, seconds=-61))
    assert client.get("/personal/").status_code == 200
    session.refresh_from_db()
    assert session.expire_date > timezone.now() + timedelta(minutes=29, seconds=59)


def test_a_session_never_outlives_its_idle_minutes(client, reporter_a):
    """Whatever the stamping skipped, the session ends at most 30 minutes after the last
    request: its expiry is never later than that."""
    client.force_login(reporter_a)
    for _ in range(3):
        before = timezone.now()
        assert client.get("/personal/").status_code == 200
        expiry = Session.objects.get().expire_date
        assert expiry <= timezone.now() + timedelta(minutes=30)
        assert expiry >= before + timedelta(minutes=29)  # ended no more than a minute early


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
