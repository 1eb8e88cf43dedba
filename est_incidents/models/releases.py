"""The incidents as the monthly releases of the public figures counted them, frozen.

A month's figures are released on its release day (``est_incidents.publication``). Computed from
the live incidents, a release's figures would change when staff later correct an incident it
counted (its category, place or time) or delete it, and two versions of a public page would then
differ by that incident. So the incidents a release counts are copied, with what the public
figures read of them (time, category, place, point), into ``ReleasedIncident`` the first time a
public count asks for a release that is not yet copied (``ReleasedIncident.objects.of_release``),
and every public count reads the copies: a released figure never changes. ``ReleaseSnapshot``
holds the last month copied. The copies hold no text and no organisation.
"""

from django.db import connection, models, transaction
from django.utils.translation import gettext_lazy as _

from est_incidents.publication import Release, next_month
from hjo_safety.dates import date_range_constraints, local_midnight


class ReleasedIncidentQuerySet(models.QuerySet):
    def of_release(self, release: Release, *, copy: bool = True):
        """The incidents ``release``'s figures count, as they were copied when their month was
        released (copied now, from the live rule ``Incident.objects.published``, if not yet).
        ``copy=False``: the caller has just asked with ``copy`` (one query less)."""
        if copy:
            copy_released_months(release)
        return self.filter(occurred_at__lt=local_midnight(release.period_end))


class ReleasedIncident(models.Model):
    """One incident as a monthly release counted it; its id is the incident's."""

    id = models.BigIntegerField(primary_key=True)
    occurred_at = models.DateTimeField(_("inträffade"))
    category = models.ForeignKey(
        "est_incidents.Category",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        verbose_name=_("kategori"),
    )
    place = models.ForeignKey(
        "est_incidents.Place",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        related_name="+",
        verbose_name=_("plats"),
    )
    latitude = models.DecimalField(_("latitud"), max_digits=9, decimal_places=6, null=True)
    longitude = models.DecimalField(_("longitud"), max_digits=9, decimal_places=6, null=True)

    objects = ReleasedIncidentQuerySet.as_manager()

    class Meta:
        ordering = ["occurred_at", "id"]
        verbose_name = _("publicerad händelse")
        verbose_name_plural = _("publicerade händelser")
        indexes = [models.Index(fields=["occurred_at"], name="released_incident_occurred_idx")]
        constraints = date_range_constraints("releasedincident", datetimes=("occurred_at",))

    def __str__(self):
        return f"{self.pk} ({self.occurred_at:%Y-%m})"


class ReleaseSnapshot(models.Model):
    """The last month whose released incidents are copied (one row)."""

    through_month = models.DateField(_("kopierat till och med månaden"))

    class Meta:
        ordering = ["pk"]
        verbose_name = _("publicering (kopia)")
        verbose_name_plural = _("publiceringar (kopior)")
        constraints = date_range_constraints("releasesnapshot", dates=("through_month",))

    def __str__(self):
        return f"{self.through_month:%Y-%m}"


COPIED_FIELDS = ("id", "occurred_at", "category_id", "place_id", "latitude", "longitude")


def copy_released_months(release: Release) -> None:
    """Copy the incidents of every released month up to ``release`` not yet copied (one query
    when they are)."""
    if ReleaseSnapshot.objects.filter(through_month__gte=release.last_month).exists():
        return
    from est_incidents.models.incidents import Incident

    with transaction.atomic():
        snapshot = ReleaseSnapshot.objects.select_for_update().first()
        if snapshot is not None and snapshot.through_month >= release.last_month:
            return  # another request copied them meanwhile
        rows = Incident.objects.published(release).order_by()
        if snapshot is not None:
            rows = rows.filter(occurred_at__gte=local_midnight(next_month(snapshot.through_month)))
        sql, params = rows.values_list(*COPIED_FIELDS).query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {ReleasedIncident._meta.db_table} ({', '.join(COPIED_FIELDS)}) "  # nosec B608 — compiled queryset and its parameters
                f"{sql} ON CONFLICT (id) DO NOTHING",
                params,
            )
        if snapshot is None:
            ReleaseSnapshot.objects.create(through_month=release.last_month)
        else:
            snapshot.through_month = release.last_month
            snapshot.save(update_fields=["through_month"])


def forget_released_copies() -> None:
    """Remove every copy (tests that redraw the incidents; a repair before re-copying)."""
    ReleasedIncident.objects.all().delete()
    ReleaseSnapshot.objects.all().delete()
