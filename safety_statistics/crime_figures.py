"""Reported crimes per year and category, and per 1,000 inhabitants, as tables to show.

Two queries. Used by /trygghet-i-siffror/ and, through the ``crime_statistics_for`` template
tag, by the staff situation picture's yearly view and the statutory yearly document.
"""

from dataclasses import dataclass, field

from django.utils.formats import number_format

from safety_statistics.models import CrimeStatistic, Population, per_thousand, yearly_counts

TOTAL_KEY = "samtliga-brott"


@dataclass
class CrimeTable:
    years: list[int]
    population: list[str]
    rows: list[dict] = field(default_factory=list)  # {"category", "is_total", "cells": [...]}
    source_files: list[str] = field(default_factory=list)

    @property
    def is_sample(self) -> bool:
        return any("SAMPLE" in name.upper() for name in self.source_files)


def crime_table(years: list[int] | None = None, *, last: int = 3) -> CrimeTable | None:
    """The table for ``years`` (default: the ``last`` years with statistics); None if empty."""
    rows = CrimeStatistic.objects.order_by("year", "month")
    if years:
        rows = rows.filter(year__in=years)
    rows = list(
        rows.values_list("year", "month", "category_key", "category", "count", "source_file")
    )
    if not rows:
        return None
    counts = yearly_counts((year, month, key, count) for year, month, key, _c, count, _s in rows)
    names = {key: name for _y, _m, key, name, _c, _s in rows}  # the latest year's spelling
    sources = sorted({source for *_rest, source in rows})
    chosen = sorted({year for year, _key in counts})[-last:] if not years else sorted(years)
    population = Population.objects.filter(year__in=chosen).by_year()
    keys = sorted(names, key=lambda key: (key == TOTAL_KEY, names[key].lower()))
    table = CrimeTable(
        years=chosen,
        population=[
            number_format(population[y], force_grouping=True) if y in population else "–"
            for y in chosen
        ],
        source_files=[name for name in sources if name],
    )
    for key in keys:
        cells = []
        for year in chosen:
            count = counts.get((year, key))
            rate = per_thousand(count, population.get(year)) if count is not None else None
            cells.append(
                {
                    "count": "–" if count is None else number_format(count, force_grouping=True),
                    "rate": "–" if rate is None else number_format(rate, 1),
                }
            )
        table.rows.append({"category": names[key], "is_total": key == TOTAL_KEY, "cells": cells})
    return table
