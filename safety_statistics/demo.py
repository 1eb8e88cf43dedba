"""Demo data for safety_statistics, called by ``manage.py seed_demo`` (idempotent).

Imports the shipped SAMPLE file (invented numbers in the layout of Brå's export, 2023–2025) the
same way ``import_crime_statistics`` does; the population rows come from the data migration.
"""

from pathlib import Path

from safety_statistics.bra_csv import parse_bra_csv
from safety_statistics.models import CrimeStatistic
from safety_statistics.services import replace_crime_statistics

SAMPLE_FILE = Path(__file__).resolve().parent / "sample_data" / "bra_anmalda_brott_hjo_SAMPLE.csv"


def seed(*, command, verbosity=1):
    parsed = parse_bra_csv(SAMPLE_FILE.read_bytes())
    _deleted, created = replace_crime_statistics(parsed=parsed, source_file=SAMPLE_FILE.name)
    if verbosity > 1:
        command.stdout.write(f"  {created} crime statistics rows (sample data) imported")


def reset(*, command, verbosity=1):
    CrimeStatistic.objects.filter(source_file=SAMPLE_FILE.name).delete()
