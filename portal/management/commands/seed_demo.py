"""Load demo data for Hjo Trygghet: organisations, users of every role and each app's rows.

Idempotent: running it twice leaves the same rows. ``--reset`` deletes the demo rows first.
Each app contributes through its ``demo`` module (``seed`` and ``reset`` functions), in the
order of ``DEMO_MODULES``, so an app's demo data can rely on the apps before it.
"""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from hjo_safety.records import lift_record_locks_in_this_transaction

DEMO_MODULES = [
    "hjo_safety.demo",
    "est_incidents.demo",
    "est_measures.demo",
    "citizen_promises.demo",
    "bra_council.demo",
    "citizen_tips.demo",
    "safety_statistics.demo",
    "portal.attachments_demo",  # photos and papers on the rows above (issue 25)
    # citizens' e-mail subscriptions (after the promises they follow) and EST bulletins
    "notifications.demo",
]


class Command(BaseCommand):
    help = "Load (or with --reset, reload) the demo data and print the demo logins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete the demo rows before loading them."
        )

    def handle(self, *args, reset=False, verbosity=1, **options):
        modules = [import_module(name) for name in DEMO_MODULES]
        with transaction.atomic():
            # The demo's held meetings and approved minutes are invented: it may rewrite them.
            lift_record_locks_in_this_transaction()
            if reset:
                for module in reversed(modules):
                    module.reset(command=self, verbosity=verbosity)
                if verbosity:
                    self.stdout.write("Demo data deleted.")
            for name, module in zip(DEMO_MODULES, modules, strict=True):
                if verbosity > 1:
                    self.stdout.write(f"Seeding {name}…")
                module.seed(command=self, verbosity=verbosity)
        if verbosity:
            self.stdout.write(self.style.SUCCESS("Demo data loaded."))
            self.print_logins()

    def print_logins(self):
        from django.conf import settings

        from hjo_safety.demo import demo_logins

        # The address the demo is served on: ``make run`` sets PUBLIC_BASE_URL from PORT.
        self.stdout.write(f"\nDemo logins ({settings.PUBLIC_BASE_URL}/konto/logga-in/):")
        self.stdout.write(f"  {'username':<14} {'password':<15} {'organisation':<15} role")
        for username, password, organisation, role in demo_logins():
            self.stdout.write(f"  {username:<14} {password:<15} {organisation:<15} {role}")
