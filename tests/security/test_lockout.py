"""Login lockout (django-axes) per user name, a much higher throttle per address
(django-ratelimit), Swedish pages, unlock by a coordinator in the admin."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings

from hjo_safety.models import AuditEvent
from tests.hjo_safety.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/konto/logga-in/"


def fail(client, username, address="127.0.0.1"):
    return client.post(
        LOGIN, {"username": username, "password": "fel-losenord"}, REMOTE_ADDR=address
    )


def test_lockout_settings():
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AXES_LOCKOUT_PARAMETERS == ["username"]
    assert settings.LOGIN_RATE_LIMIT_PER_ADDRESS == "100/h"
    # django-axes wants its middleware after every other of ours; django-prometheus's closing
    # middleware only measures, and must be the very last.
    assert settings.MIDDLEWARE[-2:] == [
        "axes.middleware.AxesMiddleware",
        "django_prometheus.middleware.PrometheusAfterMiddleware",
    ]


def test_user_is_locked_out_after_five_failures_with_a_swedish_message(client, reporter_a):
    for _ in range(4):
        response = fail(client, "reporter_a")
        assert response.status_code == 200
        assert "Ange korrekt användarnamn och lösenord" in response.content.decode()
    response = fail(client, "reporter_a")
    assert response.status_code == 429
    # Even the right password is refused now.
    response = client.post(LOGIN, {"username": "reporter_a", "password": TEST_PASSWORD})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Inloggningen är tillfälligt spärrad" in html
    assert "efter 5 misslyckade försök" in html
    assert "Vänta 15 minuter" in html
    assert "säkerhetsstrategen" in html
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(
        kind=AuditEvent.Kind.LOCKED_OUT, username="reporter_a"
    ).exists()


def test_user_name_is_locked_from_any_address(client, reporter_a):
    for number in range(5):
        fail(client, "reporter_a", address=f"10.0.0.{number + 1}")
    response = client.post(
        LOGIN, {"username": "reporter_a", "password": TEST_PASSWORD}, REMOTE_ADDR="10.9.9.9"
    )
    assert response.status_code == 429


def test_one_persons_typos_do_not_lock_out_the_office(client, reporter_a, org_admin_a):
    """Issue 21 C11: behind NAT one address is a whole office. Five failures on account X
    from address 1 lock X, not account Y from the same address."""
    for _ in range(5):
        fail(client, "reporter_a", address="192.0.2.10")
    response = client.post(
        LOGIN, {"username": "admin_a", "password": TEST_PASSWORD}, REMOTE_ADDR="192.0.2.10"
    )
    assert response.status_code == 302
    client.logout()
    response = client.post(
        LOGIN, {"username": "reporter_a", "password": TEST_PASSWORD}, REMOTE_ADDR="192.0.2.10"
    )
    assert response.status_code == 429


def test_guessing_many_user_names_from_one_address_is_not_a_lockout(client, reporter_a):
    for number in range(10):
        fail(client, f"gissning{number}", address="192.0.2.10")
    response = client.post(
        LOGIN, {"username": "reporter_a", "password": TEST_PASSWORD}, REMOTE_ADDR="192.0.2.10"
    )
    assert response.status_code == 302


def test_an_address_is_throttled_at_a_much_higher_count(client, reporter_a, settings):
    settings.LOGIN_RATE_LIMIT_PER_ADDRESS = "8/h"  # 100/h in production; fewer posts here
    for number in range(8):
        assert fail(client, f"gissning{number}", address="192.0.2.10").status_code == 200
    response = client.post(
        LOGIN, {"username": "reporter_a", "password": TEST_PASSWORD}, REMOTE_ADDR="192.0.2.10"
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "För många inloggningsförsök från din uppkoppling" in response.content.decode()
    # Another address is not affected.
    response = client.post(
        LOGIN, {"username": "reporter_a", "password": TEST_PASSWORD}, REMOTE_ADDR="192.0.2.11"
    )
    assert response.status_code == 302


def test_a_success_before_the_limit_resets_the_count(client, reporter_a):
    for _ in range(4):
        fail(client, "reporter_a")
    assert (
        client.post(LOGIN, {"username": "reporter_a", "password": TEST_PASSWORD}).status_code == 302
    )
    client.logout()
    for _ in range(4):
        assert fail(client, "reporter_a").status_code == 200


def test_coordinator_unlocks_in_the_admin(client, client_for, reporter_a, coordinator):
    for _ in range(5):
        fail(client, "reporter_a")
    attempt = AccessAttempt.objects.get(username="reporter_a")

    admin = client_for(coordinator)
    listing = admin.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200 and "reporter_a" in listing.content.decode()
    response = admin.post(
        "/admin/axes/accessattempt/",
        {"action": "unlock", "_selected_action": [attempt.pk]},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    event = AuditEvent.objects.get(kind=AuditEvent.Kind.UNLOCKED)
    assert event.user == coordinator and "reporter_a" in event.detail

    admin.logout()
    response = client.post(LOGIN, {"username": "reporter_a", "password": TEST_PASSWORD})
    assert response.status_code == 302


def test_only_coordinators_see_or_remove_lockouts(client, client_for, org_admin_a, reporter_a):
    for _ in range(5):
        fail(client, "reporter_a")
    attempt = AccessAttempt.objects.get()
    org_admin = client_for(org_admin_a)
    assert org_admin.get("/admin/axes/accessattempt/").status_code == 403
    assert org_admin.get(f"/admin/axes/accessattempt/{attempt.pk}/delete/").status_code == 403
    org_admin.post(
        "/admin/axes/accessattempt/", {"action": "unlock", "_selected_action": [attempt.pk]}
    )
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_lockouts_cannot_be_added_or_edited(client, client_for, coordinator, reporter_a):
    fail(client, "reporter_a")
    attempt = AccessAttempt.objects.get()
    admin = client_for(coordinator)
    assert admin.get("/admin/axes/accessattempt/add/").status_code == 403
    response = admin.post(
        f"/admin/axes/accessattempt/{attempt.pk}/change/", {"failures_since_start": 0}
    )
    assert response.status_code == 403
    attempt.refresh_from_db()
    assert attempt.failures_since_start == 1


def test_client_address_behind_a_trusted_proxy(rf, settings):
    from hjo_safety.security import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="10.0.0.1")
    assert client_ip(request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.7"
    request = rf.get("/", HTTP_X_FORWARDED_FOR="inte-en-adress", REMOTE_ADDR="10.0.0.1")
    assert client_ip(request) is None
