"""Rebuild the situation picture's summary table (``IncidentCount``) from the incidents.

The triggers of migration ``0009_incident_counts`` keep the table exact on every write; the
migration backfilled it. Rebuild it after restoring only the incident table, or check it:

    manage.py rebuild_incident_counts            # replace every row with a recount
    manage.py rebuild_incident_counts --check    # compare with a recount; exit 1 if different
"""

from django.core.management.base import BaseCommand, CommandError

from est_incidents.counts import IncidentCount, counts_maintained, grouped, rebuild, recount


class Command(BaseCommand):
    help = "Bygg om lägesbildens sammanräkning (IncidentCount) från händelserna."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Jämför bara med en omräkning; fel om de skiljer."
        )

    def handle(self, *args, check=False, **_options):
        if not counts_maintained():
            self.stdout.write("Sammanräkningen används bara med PostgreSQL; inget att göra.")
            return
        if check:
            stored, counted = grouped(IncidentCount.objects.all()), grouped(recount())
            if stored != counted:
                differing = len(set(stored.items()) ^ set(counted.items()))
                raise CommandError(
                    f"Sammanräkningen skiljer sig från händelserna på {differing} rader. "
                    "Kör manage.py rebuild_incident_counts för att bygga om den."
                )
            self.stdout.write(f"Sammanräkningen stämmer ({sum(stored.values())} händelser).")
            return
        rows = rebuild()
        self.stdout.write(f"Sammanräkningen är ombyggd: {rows} rader.")
