"""The police's crime statistics (reported crimes, as Brå publishes them) and Hjo's population.

``CrimeStatistic`` rows come from ``manage.py import_crime_statistics`` (Brå's CSV export). A row
without a month is a whole year; a file with months gives one row per month. ``Population`` is the
number of inhabitants per year, edited by the coordinator in the admin, for the "per 1,000
inhabitants" figures.
"""

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from hjo_safety.cache import version_triggers
from hjo_safety.dates import MAX_YEAR, MIN_YEAR


def category_key(name: str) -> str:
    """A stable key for Brå's category text: ``"Skadegörelsebrott "`` → ``"skadegorelsebrott"``."""
    return slugify(" ".join(name.split()))[:120]


class CrimeStatisticQuerySet(models.QuerySet):
    def in_year(self, year: int):
        return self.filter(year=year)

    def yearly_counts(self) -> dict[tuple[int, str], int]:
        """``{(year, category key): reported crimes}`` (see ``yearly_counts``). One query."""
        return yearly_counts(self.values_list("year", "month", "category_key", "count"))


def yearly_counts(rows) -> dict[tuple[int, str], int]:
    """``{(year, category key): count}`` from (year, month, key, count) rows: a year's own row
    where the file had one, else the sum of its months."""
    whole, monthly = {}, defaultdict(int)
    for year, month, key, count in rows:
        if month is None:
            whole[(year, key)] = count
        else:
            monthly[(year, key)] += count
    return {**monthly, **whole}


class CrimeStatistic(models.Model):
    """Reported crimes (anmälda brott) in Hjo in one year (or month) and crime category."""

    year = models.PositiveSmallIntegerField(_("år"))
    month = models.PositiveSmallIntegerField(
        _("månad"), null=True, blank=True, help_text=_("Tom när raden gäller hela året.")
    )
    category = models.CharField(
        _("brottskategori"), max_length=200, help_text=_("Kategorin som Brå skriver den.")
    )
    category_key = models.SlugField(
        _("kategorinyckel"),
        max_length=120,
        help_text=_("Kategorin normaliserad, så att samma kategori känns igen mellan filer."),
    )
    count = models.PositiveIntegerField(_("antal anmälda brott"))
    imported_at = models.DateTimeField(_("importerad"), auto_now_add=True)
    source_file = models.CharField(_("källfil"), max_length=255, blank=True)

    objects = CrimeStatisticQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["-year", "month", "category"]
        verbose_name = _("anmälda brott (statistik)")
        verbose_name_plural = _("anmälda brott (statistik)")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "category_key"],
                condition=Q(month__isnull=True),
                name="crimestatistic_unique_year_category",
            ),
            models.UniqueConstraint(
                fields=["year", "month", "category_key"],
                condition=Q(month__isnull=False),
                name="crimestatistic_unique_month_category",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="crimestatistic_year_range",
            ),
            models.CheckConstraint(
                condition=Q(month__isnull=True) | Q(month__gte=1, month__lte=12),
                name="crimestatistic_month_range",
            ),
            models.CheckConstraint(condition=Q(count__gte=0), name="crimestatistic_count_positive"),
        ]
        indexes = [models.Index(fields=["year", "category_key"], name="crimestatistic_year_idx")]

    def __str__(self):
        period = f"{self.year}-{self.month:02d}" if self.month else str(self.year)
        return f"{self.category} {period}: {self.count}"


class PopulationQuerySet(models.QuerySet):
    def by_year(self) -> dict[int, int]:
        return dict(self.values_list("year", "inhabitants"))


class Population(models.Model):
    """Hjo's inhabitants in a year (SCB's figure for 31 December), for rates per 1,000."""

    year = models.PositiveSmallIntegerField(_("år"), unique=True)
    inhabitants = models.PositiveIntegerField(
        _("invånare"), help_text=_("Folkmängden den 31 december enligt SCB.")
    )
    note = models.CharField(
        _("anmärkning"),
        max_length=200,
        blank=True,
        help_text=_("T.ex. källa, eller ”exempeldata” tills SCB:s siffra är inlagd."),
    )

    objects = PopulationQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["-year"]
        verbose_name = _("folkmängd")
        verbose_name_plural = _("folkmängd")
        constraints = [
            models.CheckConstraint(
                condition=Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="population_year_range",
            ),
            models.CheckConstraint(condition=Q(inhabitants__gt=0), name="population_positive"),
        ]

    def __str__(self):
        return f"{self.year}: {self.inhabitants}"


def per_thousand(count: int, inhabitants: int | None) -> Decimal | None:
    """Reported crimes per 1,000 inhabitants, one decimal; None without a population."""
    if not inhabitants:
        return None
    return (Decimal(count) * 1000 / Decimal(inhabitants)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
