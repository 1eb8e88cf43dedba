"""Mail the answers to citizens' tips that could not be mailed when they were given.

An answer is mailed right after it is saved; when the mail server is down it stays pending
(``answer_mailed_at`` empty). This command tries every pending answer again, each at most once
(``citizen_tips.services.send_citizen_mail``). Run it with the nightly jobs, or more often.

    manage.py send_tip_answers
"""

from django.core.management.base import BaseCommand

from citizen_tips.services import send_pending_answers


class Command(BaseCommand):
    help = "Skicka svar på medborgartips som inte kunde mejlas när de skrevs."

    def handle(self, *args, verbosity, **options):
        sent, failed = send_pending_answers()
        if verbosity >= 1:
            style = self.style.SUCCESS if not failed else self.style.WARNING
            self.stdout.write(style(f"Skickade {sent} svar; {failed} misslyckades."))
        if failed:
            raise SystemExit(1)
