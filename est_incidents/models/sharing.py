"""Sharing an incident with another participating organisation, and what the receiver does.

- ``Share``: the abstract base of every kind of share (incidents here, safety walk findings in
  est_measures).
- ``IncidentShare``: one incident shared with one organisation (a note, who shared it and when,
  the first view by the receiver, a withdrawal), and the receiver's handling status for its part.
- ``ShareHandlingNote``: the receiver's notes on how it handles the incident.

Both keep django-simple-history records, so every share, first view, withdrawal and note is in
the audit log. The writes are in ``est_incidents.services``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from est_incidents.models.incidents import Incident
from hjo_safety import permissions
from hjo_safety.cache import version_triggers
from hjo_safety.dates import date_range_constraints
from hjo_safety.history import HistoricalRecords
from hjo_safety.models import Organisation

# The organisations whose data versions a share and its handling notes belong to
# (``hjo_safety/cache.py``): the incident's and the receiving organisation.
SHARE_ORGANISATIONS = (
    "SELECT r.organisation_id FROM {rows} r UNION ALL SELECT i.organisation_id "
    "FROM est_incidents_incident i JOIN {rows} r ON i.id = r.incident_id"
)
NOTE_ORGANISATIONS = (
    "SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN {rows} r "
    "ON s.id = r.share_id UNION ALL SELECT i.organisation_id FROM est_incidents_incident i "
    "JOIN est_incidents_incidentshare s ON i.id = s.incident_id JOIN {rows} r ON s.id = r.share_id"
)


class IncidentShareQuerySet(models.QuerySet):
    def active(self):
        return self.filter(withdrawn_at__isnull=True)

    def visible_to(self, user):
        """The sharing side sees all shares of its incidents; a receiver only its own, active."""
        info = permissions.access(user)
        if info.coordinator:
            return self
        if not info.organisation_ids:
            return self.none()
        return self.filter(
            Q(incident__organisation__in=info.organisation_ids)
            | Q(organisation__in=info.organisation_ids, withdrawn_at__isnull=True)
        )


class HandlingStatus(models.TextChoices):
    RECEIVED = "received", _("Mottagen")
    IN_PROGRESS = "in_progress", _("Under hantering")
    DONE = "done", _("Åtgärdad")
    NOT_OURS = "not_ours", _("Inte vår fråga")


class Share(models.Model):
    """Something shared with one organisation so that it can act on it: the message, who shared
    it and when. The abstract base of ``IncidentShare`` and ``est_measures.FindingShare`` (as
    Oscar's ``abstract_models``); each names what it shares and declares ``organisation``, the
    receiver, with its own reverse name."""

    note = models.TextField(
        _("meddelande"),
        max_length=1000,
        blank=True,
        help_text=_("Kort om varför ni delar och vad ni vill ha hjälp med. Inga namn på personer."),
    )
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("delad av"),
    )
    shared_at = models.DateTimeField(_("delad"), default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["-shared_at", "-pk"]


class IncidentShare(Share):
    """An incident shared with another organisation, so it can act on it."""

    HandlingStatus = HandlingStatus

    incident = models.ForeignKey(
        Incident, on_delete=models.CASCADE, related_name="shares", verbose_name=_("händelse")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="received_shares",
        verbose_name=_("delad med"),
    )
    show_reporter = models.BooleanField(
        _("mottagaren ser rapportörens namn"),
        default=False,
        help_text=_("Från den rapporterande organisationens inställning när händelsen delades."),
    )
    first_viewed_at = models.DateTimeField(_("först läst av mottagaren"), null=True, blank=True)
    first_viewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("först läst av"),
    )
    handling_status = models.CharField(
        _("mottagarens hantering"),
        max_length=20,
        choices=HandlingStatus.choices,
        default=HandlingStatus.RECEIVED,
    )
    withdrawn_at = models.DateTimeField(_("återkallad"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("återkallad av"),
    )
    history = HistoricalRecords()

    objects = IncidentShareQuerySet.as_manager()

    class Meta(Share.Meta):
        triggers = version_triggers(SHARE_ORGANISATIONS)
        verbose_name = _("delning av händelse")
        verbose_name_plural = _("delningar av händelser")
        indexes = [
            models.Index(
                fields=["organisation", "incident"],
                condition=Q(withdrawn_at__isnull=True),
                name="share_active_receiver_idx",
            )
        ]
        constraints = [
            *date_range_constraints(
                "incidentshare", datetimes=("shared_at", "first_viewed_at", "withdrawn_at")
            ),
            models.CheckConstraint(
                condition=Q(handling_status__in=HandlingStatus.values),
                name="incident_share_handling_status_valid",
            ),
            models.UniqueConstraint(
                fields=["incident", "organisation"],
                condition=Q(withdrawn_at__isnull=True),
                name="incident_share_one_active_per_organisation",
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=models.F("shared_at")),
                name="incident_share_withdrawn_after_shared",
            ),
        ]

    def __str__(self):
        return f"{self.incident} → {self.organisation}"

    @property
    def is_active(self):
        return self.withdrawn_at is None


class ShareHandlingNote(models.Model):
    """A receiving organisation's note on how it handles a shared incident."""

    share = models.ForeignKey(
        IncidentShare, on_delete=models.CASCADE, related_name="notes", verbose_name=_("delning")
    )
    text = models.TextField(
        _("anteckning"),
        max_length=2000,
        help_text=_("Vad ni har gjort eller planerar. Inga namn på personer."),
    )
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skriven av"),
    )
    written_at = models.DateTimeField(_("skriven"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        triggers = version_triggers(NOTE_ORGANISATIONS)
        ordering = ["written_at", "pk"]
        verbose_name = _("hanteringsanteckning")
        verbose_name_plural = _("hanteringsanteckningar")
        constraints = date_range_constraints("sharehandlingnote", datetimes=("written_at",))

    def __str__(self):
        return f"{self.share}: {self.text[:40]}"


class HistoricalIncidentShareVersion(IncidentShare.history.model):
    """The shares' history table (shown on the incident's page) with its version trigger: its
    rows change only by a redaction (a new row comes with a write to the share, which bumps)."""

    class Meta:
        proxy = True
        verbose_name = _("delningshistorik")
        verbose_name_plural = _("delningshistorik")
        triggers = version_triggers(SHARE_ORGANISATIONS, inserts=False)
