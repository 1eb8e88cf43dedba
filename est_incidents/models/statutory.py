"""``YearlySituationAnalysis``: the coordinator's analysis texts of the statutory yearly lägesbild
(lag (2023:196) om kommuners ansvar för brottsförebyggande arbete)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hjo_safety.dates import MAX_YEAR, MIN_YEAR, date_range_constraints


class YearlySituationAnalysis(models.Model):
    """The coordinator's analysis texts for the statutory yearly lägesbild and action plan."""

    year = models.PositiveSmallIntegerField(_("år"))
    extent = models.TextField(
        _("brottslighetens och otrygghetens omfattning"),
        blank=True,
        help_text=_("Vad säger siffrorna? Jämför med tidigare år och med polisens statistik."),
    )
    consequences = models.TextField(
        _("konsekvenser"),
        blank=True,
        help_text=_("Vilka konsekvenser får brottsligheten och otryggheten för invånarna?"),
    )
    analysis = models.TextField(
        _("analys och orsaker"),
        blank=True,
        help_text=_("Varför ser det ut så här? Vilka riskfaktorer och skyddsfaktorer finns?"),
    )
    priorities = models.TextField(
        _("prioriteringar för åtgärdsplanen"),
        blank=True,
        help_text=_("Vilka problem ska åtgärdsplanen prioritera och varför?"),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("senast ändrad av"),
    )
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("årlig lägesbild – analys")
        verbose_name_plural = _("årliga lägesbilder – analyser")
        constraints = [
            *date_range_constraints("yearlysituationanalysis", datetimes=("updated_at",)),
            models.UniqueConstraint(fields=["year"], name="yearlyanalysis_unique_year"),
            models.CheckConstraint(
                condition=Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR),
                name="yearlyanalysis_year_range",
            ),
        ]

    def __str__(self):
        return _("Lägesbild %(year)s") % {"year": self.year}
