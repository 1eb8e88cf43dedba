"""``PoliceEvent``: the Swedish Police's published events for Hjo. Its coordinates are only the
municipality's centre point, so they are kept as text and never plotted as a location."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from hjo_safety import permissions
from hjo_safety.cache import version_triggers
from hjo_safety.dates import date_range_constraints


class PoliceEventQuerySet(models.QuerySet):
    def visible_to(self, user):
        return permissions.members_only(self, user)

    def in_period(self, start, end):
        return self.filter(occurred_at__gte=start, occurred_at__lt=end)


class PoliceEvent(models.Model):
    """An event from the Swedish Police's open events feed (polisen.se/api/events)."""

    police_id = models.PositiveBigIntegerField(_("polisens id"))
    occurred_at = models.DateTimeField(_("tidpunkt"))
    name = models.CharField(_("rubrik"), max_length=300)
    summary = models.TextField(_("sammanfattning"), blank=True)
    url = models.CharField(
        _("länk"), max_length=500, blank=True, help_text=_("Relativ sökväg på polisen.se.")
    )
    event_type = models.CharField(_("händelsetyp"), max_length=120)
    location_name = models.CharField(_("ort"), max_length=120)
    gps = models.CharField(
        _("kommunens mittpunkt"),
        max_length=60,
        blank=True,
        help_text=_(
            "Polisen anger bara kommunens mittpunkt. Den visas aldrig som händelsens plats."
        ),
    )
    category = models.ForeignKey(
        "est_incidents.Category",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="police_events",
        verbose_name=_("motsvarande kategori"),
    )
    imported_at = models.DateTimeField(_("importerad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("uppdaterad"), auto_now=True)

    objects = PoliceEventQuerySet.as_manager()

    class Meta:
        triggers = version_triggers()
        ordering = ["-occurred_at", "-police_id"]
        verbose_name = _("polishändelse")
        verbose_name_plural = _("polishändelser")
        constraints = [
            *date_range_constraints(
                "policeevent", datetimes=("occurred_at", "imported_at", "updated_at")
            ),
            models.UniqueConstraint(fields=["police_id"], name="policeevent_unique_police_id"),
        ]
        indexes = [
            models.Index(fields=["-occurred_at"], name="policeevent_occurred_idx"),
            models.Index(fields=["event_type", "occurred_at"], name="policeevent_type_idx"),
            models.Index(fields=["location_name", "occurred_at"], name="policeevent_location_idx"),
        ]

    def __str__(self):
        return self.name

    @property
    def absolute_url(self):
        if self.url.startswith("/"):
            return f"https://polisen.se{self.url}"
        return self.url
