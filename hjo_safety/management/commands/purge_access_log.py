"""Delete access-log events older than the access log's retention period.

The access log (``hjo_safety.models.AccessEvent``: who read and exported incidents, frozen
pictures and yearly documents) is personal data about staff, kept only as long as an audit of
reads needs it: ``ACCESS_LOG_RETENTION_DAYS`` days (``--older-than-days`` overrides it).

    manage.py purge_access_log                       # the configured period (730 days)
    manage.py purge_access_log --older-than-days 365
    manage.py purge_access_log --dry-run -v 2        # how many would go, and from when

Run it nightly, next to ``purge_incident_text`` (docs/security.md has the timers). Idempotent.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from hjo_safety.models import AccessEvent


class Command(BaseCommand):
    help = "Tar bort poster i åtkomstloggen som är äldre än lagringstiden."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than-days",
            type=int,
            default=None,
            help="Lagringstid i dagar (standard: ACCESS_LOG_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Visa bara hur många som skulle tas bort."
        )

    def handle(self, *args, older_than_days=None, dry_run=False, verbosity=1, **options):
        days = settings.ACCESS_LOG_RETENTION_DAYS if older_than_days is None else older_than_days
        if days < 1:
            raise CommandError("--older-than-days måste vara minst 1.")
        cutoff = timezone.now() - timedelta(days=days)
        with transaction.atomic():
            old = AccessEvent.objects.older_than(cutoff)
            if dry_run:
                count = old.count()
                verb = "skulle tas bort"
            else:
                count, _ = old.delete()
                verb = "borttagna"
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Åtkomstloggen: {count} poster äldre än {days} dagar "
                    f"(före {cutoff:%Y-%m-%d %H:%M} UTC) {verb}."
                )
            )
