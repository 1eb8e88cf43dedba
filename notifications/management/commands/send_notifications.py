"""Queue the scheduled e-mail (digests, action reminders, weekly bulletins, new figures for
citizens who subscribe to them), delete citizens' subscriptions left unconfirmed, and send
everything unsent.

Run it every hour (docs/notifications.md): digests go out once a day or week per user,
reminders once per action and stage, and mail that failed before is retried.
"""

from django.core.management.base import BaseCommand

from notifications.bulletins import queue_bulletin_weeks
from notifications.mail import deliver
from notifications.models import OutboxMessage
from notifications.scheduled import queue_digests, queue_reminders
from notifications.subscriptions import purge_unconfirmed, queue_figure_releases


class Command(BaseCommand):
    help = "Skicka sammanfattningar och påminnelser, och försök igen med e-post som inte kom iväg."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Visa bara hur många meddelanden som väntar; köa och skicka inget.",
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        if dry_run:
            pending = OutboxMessage.objects.filter(
                sent_at__isnull=True, dropped_at__isnull=True
            ).count()
            self.stdout.write(f"{pending} meddelanden väntar på att skickas.")
            return
        digests = queue_digests()
        reminders = queue_reminders()
        figures = queue_figure_releases()
        purged = purge_unconfirmed()
        bulletin_weeks = queue_bulletin_weeks()
        sent, failed = deliver()
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"{digests} sammanfattningar, {reminders} påminnelser, "
                    f"{bulletin_weeks} veckans utskick och {figures} "
                    f"mejl om nya siffror köade; {purged} obekräftade prenumerationer borttagna; "
                    f"{sent} skickade, {failed} misslyckades (försöks igen vid nästa körning)."
                )
            )
        if failed:
            self.stderr.write(f"{failed} meddelanden kunde inte skickas; de ligger kvar i kön.")
