"""``{% crime_statistics_for year as crimes %}``: the crime table for ``year`` and the two years
before it (``crime_figures.CrimeTable`` or None)."""

from django import template

from safety_statistics.crime_figures import crime_table
from safety_statistics.models import MAX_YEAR, MIN_YEAR

register = template.Library()


@register.simple_tag
def crime_statistics_for(year):
    try:
        year = int(year)
    except (TypeError, ValueError):
        return None
    years = [y for y in (year - 2, year - 1, year) if MIN_YEAR <= y <= MAX_YEAR]
    return crime_table(years=years) if years else None
