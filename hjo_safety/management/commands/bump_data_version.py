"""Renew every kept part on every worker and instance: bump the shared data version
(``hjo_safety/cache.py``), which every version a kept part is stored under includes.

The version triggers bump it on every write they see. Run this after a write they did not see:
a data-only restore or ``pg_restore --disable-triggers``, ``ALTER TABLE … DISABLE TRIGGER``, or a
bulk load with ``session_replication_role = replica``. Without it, workers keep serving the parts
they rendered before, each its own (README, "Restore").

    manage.py bump_data_version
    manage.py bump_data_version --organisation 3 --organisation 5   # only those organisations
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from hjo_safety import cache


class Command(BaseCommand):
    help = "Förnya alla sparade sidavsnitt: höj dataversionen (efter återläsning utan triggrar)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--organisation",
            type=int,
            action="append",
            default=[],
            help="Höj bara denna organisations version (id; kan upprepas).",
        )

    def handle(self, *args, organisation=(), verbosity=1, **_options):
        with transaction.atomic():
            before = cache.data_version(always=True)
            if before is None:
                if verbosity:
                    self.stdout.write("Inget sparas utan PostgreSQL; inget att göra.")
                return
            cache.bump(*organisation)
            after = cache.data_version(always=True)
        if verbosity > 1:
            self.stdout.write(f"Dataversion före: {before}, efter: {after}.")
        if verbosity:
            scope = (
                "organisation " + ", ".join(str(pk) for pk in sorted(set(organisation)))
                if organisation
                else "alla sparade sidavsnitt"
            )
            self.stdout.write(self.style.SUCCESS(f"Dataversionen är höjd ({scope})."))
