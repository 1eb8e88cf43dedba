"""Writes of the fact base that touch several rows at once."""

from django.db import transaction

from hjo_safety import cache
from safety_statistics.bra_csv import ParsedFile
from safety_statistics.models import CrimeStatistic


@transaction.atomic
def replace_crime_statistics(*, parsed: ParsedFile, source_file: str = "") -> tuple[int, int]:
    """Store the file's rows, replacing every row of the years the file covers.

    Returns (rows deleted, rows created). The version triggers on the statistics bump the
    shared data version; the explicit bump keeps every kept page (the year's situation picture,
    the public figures) renewed even if a bulk path ever bypasses them.
    """
    deleted, _by_model = CrimeStatistic.objects.filter(year__in=parsed.years).delete()
    created = CrimeStatistic.objects.bulk_create(
        CrimeStatistic(
            year=row.year,
            month=row.month,
            category=row.category,
            category_key=row.category_key,
            count=row.count,
            source_file=source_file[:255],
        )
        for row in parsed.rows
    )
    cache.bump()
    return deleted, len(created)
