"""Print what a restored database must match: each table's row count and highest id.

For the restore drill (docs/operations.md): run it against the live database when the backup
is taken (or against the dump restored twice) and against the restored copy, and compare. It
reads through the application's models, so it also proves that the app starts on the restored
database, and it refuses (exit status 1) a database whose migrations lag behind the code. JSON on stdout, one key per model (``app_label.model``: ``{"count", "latest_pk"}``);
``--model`` limits it to some. Reads only.

    manage.py database_fingerprint
    manage.py database_fingerprint --model est_incidents.incident
"""

import json

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Max


class Command(BaseCommand):
    help = "Skriv ut antal rader och högsta id per tabell (för återläsningsövningen)."

    def add_arguments(self, parser):
        parser.add_argument("--model", action="append", default=[], help="app_label.model")

    def handle(self, *args, model, **options):
        executor = MigrationExecutor(connection)
        unapplied = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if unapplied:
            raise CommandError(
                f"{len(unapplied)} migrations are not applied to this database: "
                "restore a newer dump, or run manage.py migrate after checking why."
            )
        wanted = {label.lower() for label in model}
        fingerprint = {}
        for each in apps.get_models():
            meta = each._meta
            if not meta.managed or meta.proxy or (wanted and meta.label_lower not in wanted):
                continue
            row = each._base_manager.aggregate(latest_pk=Max("pk"))
            fingerprint[meta.label_lower] = {
                "count": each._base_manager.count(),
                "latest_pk": row["latest_pk"],
            }
        self.stdout.write(json.dumps(fingerprint, sort_keys=True, default=str))
