"""Reminders the coordinator sends to an organisation that has gone quiet (reporting coverage).

One row per reminder sent; the row is what keeps a double click from sending twice within a day,
and its history record puts the reminder in the audit log. The write is in
``est_incidents.services.send_coverage_reminder``.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hjo_safety.cache import version_triggers
from hjo_safety.dates import date_range_constraints
from hjo_safety.history import HistoricalRecords
from hjo_safety.models import Organisation


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
