"""Rebuild the situation picture's summary table (``IncidentCount``) from the incidents.

The triggers of migration ``0009_incident_counts`` keep the table exact on every write; the
migration backfilled it. Rebuild it after restoring only the incident table, or check it. A
rebuild bumps the data version (``hjo_safety.cache.bump``) in the same transaction, so every
worker renews the pictures it kept from the old counts:

    manage.py rebuild_incident_counts            # replace every row with a recount
    manage.py rebuild_incident_counts --check    # compare with a recount; exit 1 if different
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from est_incidents.counts import DAY, counts_maintained, expected_rollups, rebuild, stored_rollups
from hjo_safety import cache


class Command(BaseCommand):
    help = "Bygg om lägesbildens sammanräkning (IncidentRollup) från händelserna."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Jämför bara med en omräkning; fel om de skiljer."
        )

    def handle(self, *args, check=False, **_options):
        if not counts_maintained():
            self.stdout.write("Sammanräkningen används bara med PostgreSQL; inget att göra.")
            return
        if check:
            stored, counted = stored_rollups(), expected_rollups()
            if stored != counted:
                differing = len(set(stored.items()) ^ set(counted.items()))
                raise CommandError(
                    f"Sammanräkningen skiljer sig från händelserna på {differing} rader. "
                    "Kör manage.py rebuild_incident_counts för att bygga om den."
                )
            incidents = sum(n for key, (n, _k) in stored.items() if key[:2] == (0, DAY))
            self.stdout.write(f"Sammanräkningen stämmer ({incidents} händelser).")
            return
        with transaction.atomic():
            rows = rebuild()
            cache.bump()  # the summary has no version trigger of its own: its writer bumps
        self.stdout.write(self.style.SUCCESS(f"Sammanräkningen är ombyggd: {rows} rader."))
