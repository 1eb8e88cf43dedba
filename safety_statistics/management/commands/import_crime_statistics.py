"""Import reported crimes (anmälda brott) for Hjo from a CSV exported from Brå's statistics
database (docs/statistics.md describes the layout).

    manage.py import_crime_statistics --file anmalda_brott_hjo.csv
    manage.py import_crime_statistics --file anmalda_brott_hjo.csv --dry-run -v 2

Re-importing a year replaces that year's rows. A file that does not match the layout stops the
import with the line and what was expected; nothing is stored.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from safety_statistics.bra_csv import BraFileError, parse_bra_csv
from safety_statistics.services import replace_crime_statistics


class Command(BaseCommand):
    help = "Import Brå's reported-crime statistics for Hjo from a CSV export."

    def add_arguments(self, parser):
        parser.add_argument("--file", required=True, help="The CSV file exported from Brå.")
        parser.add_argument(
            "--region", default="Hjo", help="The municipality to read from the file (Hjo)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Read and check the file; store nothing."
        )

    def handle(self, *args, file, region, dry_run=False, verbosity=1, **options):
        path = Path(file)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}. Check the path.") from exc
        try:
            parsed = parse_bra_csv(raw, region=region)
        except BraFileError as exc:
            raise CommandError(f"{path.name}: {exc} Nothing was imported.") from exc
        if verbosity > 1:
            self.stdout.write(f"Read {path.name} as {parsed.encoding}.")
            for row in parsed.rows:
                period = f"{row.year}-{row.month:02d}" if row.month else str(row.year)
                self.stdout.write(f"  line {row.line}: {period} {row.category}: {row.count}")
        if parsed.other_regions and verbosity:
            self.stdout.write(
                "Skipped rows of other regions: " + ", ".join(sorted(parsed.other_regions))
            )
        years = ", ".join(str(year) for year in parsed.years)
        if dry_run:
            if verbosity:
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Dry run: {len(parsed.rows)} rows for {years} are valid; "
                        "nothing was stored."
                    )
                )
            return
        with transaction.atomic():
            deleted, created = replace_crime_statistics(parsed=parsed, source_file=path.name)
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Imported {created} rows for {years} (replaced {deleted} earlier rows)."
                )
            )
