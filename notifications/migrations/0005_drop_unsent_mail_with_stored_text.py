"""Mail queued before its text was composed at send time cannot be composed now: stop it."""

from django.db import migrations
from django.utils import timezone


def drop_unsent(apps, schema_editor):
    OutboxMessage = apps.get_model("notifications", "OutboxMessage")
    OutboxMessage.objects.filter(sent_at__isnull=True, dropped_at__isnull=True).update(
        dropped_at=timezone.now(), drop_reason="legacy"
    )


class Migration(migrations.Migration):
    dependencies = [("notifications", "0004_outbox_composed_at_send_time")]

    operations = [migrations.RunPython(drop_unsent, migrations.RunPython.noop)]
