"""The outbox's gauges for ``/metrics`` (registered in ``hjo_safety.metrics.APP_REGISTRY`` by
``NotificationsConfig.ready``): how many mails wait, and how long the oldest has waited. A queue
that grows, or an age beyond an hour or two, means ``send_notifications`` is not running or the
mail server refuses (docs/operations.md)."""

from django.db.models import Count, Min
from django.utils import timezone
from prometheus_client.core import GaugeMetricFamily

from notifications.models import OutboxMessage


class OutboxCollector:
    def collect(self):
        unsent = OutboxMessage.objects.filter(
            sent_at__isnull=True, dropped_at__isnull=True
        ).aggregate(count=Count("pk"), oldest=Min("created_at"))
        yield GaugeMetricFamily(
            "hjo_outbox_unsent_messages",
            "Mails in the outbox waiting to be sent (not sent, not dropped).",
            value=unsent["count"],
        )
        oldest = unsent["oldest"]
        age = (timezone.now() - oldest).total_seconds() if oldest else 0
        yield GaugeMetricFamily(
            "hjo_outbox_oldest_unsent_age_seconds",
            "How long the oldest unsent mail has waited (0: none waiting).",
            value=age,
        )
