"""``YearlySituationAnalysis``: the coordinator's analysis texts of the statutory yearly lägesbild
(lag (2023:196) om kommuners ansvar för brottsförebyggande arbete)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from hjo_safety.dates import DATE_BOUNDS_VALIDATORS, MAX_YEAR, MIN_YEAR, date_range_constraints
from hjo_safety.history import HistoricalRecords


class YearlySituationAnalysis(models.Model):
    """The coordinator's analysis texts for the statutory yearly lägesbild and action plan, and
    the action plan's adoption (lag (2023:196) asks the council to adopt it)."""

    class DecisionBody(models.TextChoices):
        MUNICIPAL_COUNCIL = "kommunfullmaktige", _("Kommunfullmäktige")
        EXECUTIVE_BOARD = "kommunstyrelsen", _("Kommunstyrelsen")

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
    plan_decision_body = models.CharField(
        _("antagen av"),
        max_length=20,
        choices=DecisionBody.choices,
        blank=True,
        help_text=_("Det organ som antog åtgärdsplanen."),
    )
    plan_decided_on = models.DateField(
        _("beslutsdatum"), null=True, blank=True, validators=DATE_BOUNDS_VALIDATORS
    )
    plan_diary_number = models.CharField(
        _("diarienummer"), max_length=40, blank=True, help_text=_("T.ex. ”KS 2026/123”.")
    )
    plan_decision_url = models.URLField(
        _("länk till beslutet"),
        blank=True,
        help_text=_("Protokollet eller beslutet i kommunens diarium, om det är publicerat."),
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
            models.CheckConstraint(
                condition=Q(plan_decision_body__in=["", "kommunfullmaktige", "kommunstyrelsen"]),
                name="yearlyanalysis_decision_body_valid",
            ),
            models.CheckConstraint(
                condition=Q(plan_decided_on__isnull=True)
                | Q(plan_decided_on__gte="2000-01-01", plan_decided_on__lte="2100-12-31"),
                name="yearlyanalysis_decided_on_range",
            ),
        ]

    def __str__(self):
        return _("Lägesbild %(year)s") % {"year": self.year}

    @property
    def plan_is_adopted(self) -> bool:
        return bool(self.plan_decision_body and self.plan_decided_on)
