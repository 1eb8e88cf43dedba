"""Reminders the coordinator sends to an organisation that has gone quiet (reporting coverage).

One row per reminder sent; the row is what keeps a double click from sending twice within a day,
and its history record puts the reminder in the audit log. The write is in
``est_incidents.services.send_coverage_reminder``.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hjo_safety.cache import version_triggers
from hjo_safety.dates import date_range_constraints
from hjo_safety.history import HistoricalRecords
from hjo_safety.models import Organisation
from hjo_safety.permissions import scope_to_organisations


class CoverageReminder(models.Model):
    """A reminder to report, sent to one organisation's admins."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="coverage_reminders",
        verbose_name=_("organisation"),
    )
    period_start = models.DateField(_("periodens första dag"))
    period_end = models.DateField(_("periodens sista dag"))
    recipients = models.TextField(_("mottagare"), help_text=_("E-postadresserna, en per rad."))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skickad av"),
    )
    sent_at = models.DateTimeField(_("skickad"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        triggers = version_triggers()
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("påminnelse om rapportering")
        verbose_name_plural = _("påminnelser om rapportering")
        indexes = [
            models.Index(fields=["organisation", "-sent_at"], name="reminder_org_sent_idx"),
        ]
        constraints = date_range_constraints(
            "coveragereminder", dates=("period_start", "period_end"), datetimes=("sent_at",)
        )

    def __str__(self):
        return f"{self.organisation} {timezone.localtime(self.sent_at):%Y-%m-%d %H:%M}"


class NothingToReportQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The user's organisations' declarations (all for a coordinator)."""
        return scope_to_organisations(self, user)

    def overlapping(self, start, end):
        """Declarations with at least one day in ``start``–``end`` (dates, both included)."""
        return self.filter(period_start__lte=end, period_end__gte=start)


class NothingToReport(models.Model):
    """An organisation's "inget att rapportera" for a period (issue 25, point 4): it had no
    insecurity-creating incidents to report, so the coverage monitor shows it as quiet on
    purpose rather than as having forgotten to report."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="nothing_to_report",
        verbose_name=_("organisation"),
    )
    period_start = models.DateField(_("från och med"))
    period_end = models.DateField(_("till och med"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrerad av"),
    )
    recorded_at = models.DateTimeField(_("registrerad"), default=timezone.now)
    history = HistoricalRecords()

    objects = NothingToReportQuerySet.as_manager()

    class Meta:
        triggers = version_triggers("SELECT r.organisation_id FROM {rows} r")
        ordering = ["-period_end", "-pk"]
        verbose_name = _("inget att rapportera")
        verbose_name_plural = _("inget att rapportera")
        indexes = [
            models.Index(fields=["organisation", "-period_end"], name="nothing_to_report_org_idx"),
        ]
        constraints = [
            *date_range_constraints(
                "nothingtoreport",
                dates=("period_start", "period_end"),
                datetimes=("recorded_at",),
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="nothing_to_report_period_ordered",
            ),
            models.UniqueConstraint(
                fields=["organisation", "period_start", "period_end"],
                name="nothing_to_report_unique_period",
            ),
        ]

    def __str__(self):
        return f"{self.organisation}: {self.period_start}–{self.period_end}"
