"""Import the Swedish Police's open events for Hjo, from a file or from the feed.

    manage.py import_police_events                      # fetch the feed for Hjo
    manage.py import_police_events --location Hjo       # the same, explicitly
    manage.py import_police_events --file events.json   # a saved response (or a recorded file)
    manage.py import_police_events --dry-run            # parse and count, store nothing

Idempotent: events are unique on the police's id; a second run updates instead of duplicating.
Only events whose location is ``--location`` are stored. A file or response that is not valid
JSON, or an event without its fields, stops the import with a clear error and stores nothing.
Schedule it with cron or a systemd timer (docs/situation.md), a few times an hour at most.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from est_incidents import police


class Command(BaseCommand):
    help = "Import the police's open events for a location (default Hjo) from a file or the feed."

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, help="Read events from this JSON file.")
        parser.add_argument(
            "--location",
            default=police.DEFAULT_LOCATION,
            help="The location name as the police write it (default: Hjo).",
        )
        parser.add_argument(
            "--feed-url", default=police.FEED_URL, help="The feed's address (default: polisen.se)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and count, but store nothing."
        )

    def handle(self, *args, file=None, location, feed_url, dry_run=False, verbosity=1, **options):
        if file is not None:
            try:
                raw = file.read_bytes()
            except OSError as exc:
                raise CommandError(f"Kan inte läsa {file}: {exc.strerror or exc}") from exc
        else:
            try:
                raw = police.PoliceFetcher(feed_url=feed_url).fetch(location)
            except police.PoliceFeedError as exc:
                raise CommandError(str(exc)) from exc
        try:
            events = police.parse_events(raw)
        except police.PoliceFeedError as exc:
            raise CommandError(f"{exc} Inget sparades.") from exc

        with transaction.atomic():
            result = police.store_events(events, location=location)
            if dry_run:
                transaction.set_rollback(True)
        if verbosity:
            verb = "would import" if dry_run else "imported"
            self.stdout.write(
                self.style.SUCCESS(
                    f"Police events for {location} {verb}: {result.created} new, "
                    f"{result.updated} updated, {result.skipped} for other locations skipped."
                )
            )
