"""The Prometheus endpoint ``/metrics``: django-prometheus's request, view and database metrics
plus the portal's own gauges, readable only with the token or from the internal network.

Access: ``Authorization: Bearer <METRICS_TOKEN>``, or a client address (``security.client_ip``,
so ``TRUSTED_PROXY_COUNT`` applies) inside ``METRICS_ALLOWED_NETWORKS``. Anyone else gets the
ordinary 404: the endpoint's existence is not advertised.

The portal's gauges are read from the database at each scrape, so every gunicorn worker reports
the same values: the scheduled jobs' last success and whether they are overdue (``JobRun``), and
failed logins and locked-out names/addresses. Apps above the core add their own collectors to
``APP_REGISTRY`` in their ``AppConfig.ready()`` (the outbox: ``notifications.metrics``).
django-prometheus's own metrics are per process; with several gunicorn workers, set
``PROMETHEUS_MULTIPROC_DIR`` (deploy/gunicorn.conf.py does) and they are summed over the workers.
"""

import hmac
import ipaddress
import os
from datetime import timedelta

import prometheus_client
from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from prometheus_client import multiprocess
from prometheus_client.core import GaugeMetricFamily

from hjo_safety.models import AuditEvent, JobRun
from hjo_safety.security import client_ip

# The portal's own collectors (database-backed): never in the per-process default registry,
# which multiprocess mode replaces.
APP_REGISTRY = prometheus_client.CollectorRegistry()
FAILED_LOGIN_WINDOW = timedelta(hours=1)


def may_read_metrics(request) -> bool:
    token = settings.METRICS_TOKEN
    header = request.headers.get("Authorization", "")
    if token and header.startswith("Bearer "):
        if hmac.compare_digest(header.removeprefix("Bearer ").strip().encode(), token.encode()):
            return True
    address = client_ip(request)
    if address is None or not settings.METRICS_ALLOWED_NETWORKS:
        return False
    ip = ipaddress.ip_address(address)
    return any(
        ip in ipaddress.ip_network(network, strict=False)
        for network in settings.METRICS_ALLOWED_NETWORKS
    )


def _process_registry():
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = prometheus_client.CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    return prometheus_client.REGISTRY


@never_cache
def metrics(request):
    """The Prometheus text format: django-prometheus's metrics, then the portal's own."""
    if not may_read_metrics(request):
        raise Http404
    body = prometheus_client.generate_latest(
        _process_registry()
    ) + prometheus_client.generate_latest(APP_REGISTRY)
    return HttpResponse(body, content_type=prometheus_client.CONTENT_TYPE_LATEST)


class JobsCollector:
    """Each scheduled job's last success (Unix time, 0 when never) and whether it is overdue."""

    def collect(self):
        last_success = GaugeMetricFamily(
            "hjo_job_last_success_timestamp_seconds",
            "When the scheduled job last succeeded (Unix time; 0: never).",
            labels=["job"],
        )
        overdue = GaugeMetricFamily(
            "hjo_job_overdue",
            "1 when the job's last success is older than its allowed interval (SCHEDULED_JOBS).",
            labels=["job"],
        )
        late = {job.name for job in JobRun.objects.overdue()}
        successes = dict(JobRun.objects.values_list("name", "last_success"))
        for name in settings.SCHEDULED_JOBS:
            success = successes.get(name)
            last_success.add_metric([name], success.timestamp() if success else 0)
            overdue.add_metric([name], 1 if name in late else 0)
        yield last_success
        yield overdue


class LoginCollector:
    """Failed logins in the last hour (the audit log) and current lockouts (django-axes)."""

    def collect(self):
        from axes.models import AccessAttempt

        since = timezone.now() - FAILED_LOGIN_WINDOW
        failed = AuditEvent.objects.filter(
            kind=AuditEvent.Kind.LOGIN_FAILED, created_at__gte=since
        ).count()
        yield GaugeMetricFamily(
            "hjo_login_failures_last_hour", "Failed logins in the last hour.", value=failed
        )
        locked = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
        yield GaugeMetricFamily(
            "hjo_login_lockouts",
            "User names or addresses locked out after too many failed logins (django-axes).",
            value=locked.count(),
        )


APP_REGISTRY.register(JobsCollector())
APP_REGISTRY.register(LoginCollector())
