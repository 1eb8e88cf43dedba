"""/metrics (hjo_safety/metrics.py): only the token or the internal network may read it, and it
reports django-prometheus's request metrics plus the portal's own gauges."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from hjo_safety.models import AuditEvent, JobRun
from notifications.models import DropReason, MailKind, MailTemplate, OutboxMessage

pytestmark = pytest.mark.django_db

TOKEN = "metrics-token-for-the-tests-0123456789"
URL = "/metrics"


@pytest.fixture(autouse=True)
def metrics_settings(settings):
    settings.METRICS_TOKEN = TOKEN
    settings.METRICS_ALLOWED_NETWORKS = ["10.20.0.0/16"]
    settings.TRUSTED_PROXY_COUNT = 0


def scrape(client) -> dict[str, dict[tuple, float]]:
    response = client.get(URL, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    values: dict[str, dict[tuple, float]] = {}
    for family in text_string_to_metric_families(response.content.decode()):
        for sample in family.samples:
            key = tuple(sorted(sample.labels.items()))
            values.setdefault(sample.name, {})[key] = sample.value
    return values


def test_without_the_token_or_an_internal_address_it_is_a_404(client):
    assert client.get(URL).status_code == 404
    assert client.get(URL, headers={"Authorization": "Bearer fel-token"}).status_code == 404
    assert client.get(URL, headers={"Authorization": TOKEN}).status_code == 404  # not "Bearer"


def test_an_empty_token_setting_lets_no_empty_bearer_in(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get(URL, headers={"Authorization": "Bearer "}).status_code == 404


def test_the_internal_network_reads_without_a_token(client):
    assert client.get(URL, REMOTE_ADDR="10.20.3.4").status_code == 200
    assert client.get(URL, REMOTE_ADDR="192.0.2.7").status_code == 404


def test_request_metrics_per_view_and_database_time_are_exported(client):
    client.get("/")
    values = scrape(client)
    assert any(
        dict(labels).get("view") == "home"
        for labels in values.get("django_http_requests_latency_seconds_by_view_method_count", {})
    )
    assert "django_db_execute_total" in values or "django_db_query_duration_seconds_count" in values


def test_outbox_queue_and_the_age_of_the_oldest_unsent_mail(client):
    values = scrape(client)
    assert values["hjo_outbox_unsent_messages"][()] == 0
    assert values["hjo_outbox_oldest_unsent_age_seconds"][()] == 0
    now = timezone.now()
    for n, sent, dropped in ((1, None, None), (2, None, None), (3, now, None), (4, None, now)):
        OutboxMessage.objects.create(
            event_key=f"test-{n}",
            kind=MailKind.INCIDENT_STATUS,
            to_address=f"mottagare{n}@example.se",
            subject="Ämne",
            template=MailTemplate.INCIDENT_STATUS,
            sent_at=sent,
            dropped_at=dropped,  # a dropped mail waits for nothing
            drop_reason=DropReason.GONE if dropped else "",
        )
    OutboxMessage.objects.filter(event_key="test-1").update(
        created_at=timezone.now() - timedelta(hours=2)
    )
    values = scrape(client)
    assert values["hjo_outbox_unsent_messages"][()] == 2
    assert 7100 < values["hjo_outbox_oldest_unsent_age_seconds"][()] < 7300


def test_failed_logins_and_lockouts(client, settings):
    AuditEvent.objects.record(AuditEvent.Kind.LOGIN_FAILED, username="x")
    AuditEvent.objects.record(AuditEvent.Kind.LOGIN_FAILED, username="y")
    old = AuditEvent.objects.record(AuditEvent.Kind.LOGIN_FAILED, username="z")
    AuditEvent.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=3))
    AccessAttempt.objects.create(
        username="x",
        ip_address="192.0.2.1",
        user_agent="",
        failures_since_start=settings.AXES_FAILURE_LIMIT,
    )
    values = scrape(client)
    assert values["hjo_login_failures_last_hour"][()] == 2
    assert values["hjo_login_lockouts"][()] == 1


def test_each_scheduled_job_reports_its_last_success_and_whether_it_is_overdue(client, settings):
    settings.SCHEDULED_JOBS = {"send_notifications": 3, "backup_database": 26}
    now = timezone.now()
    JobRun.objects.record_success("send_notifications", at=now - timedelta(hours=5))
    JobRun.objects.record_success("backup_database", at=now - timedelta(hours=1))
    values = scrape(client)
    last = values["hjo_job_last_success_timestamp_seconds"]
    assert last[(("job", "backup_database"),)] == pytest.approx(
        (now - timedelta(hours=1)).timestamp()
    )
    overdue = values["hjo_job_overdue"]
    assert overdue[(("job", "send_notifications"),)] == 1
    assert overdue[(("job", "backup_database"),)] == 0
