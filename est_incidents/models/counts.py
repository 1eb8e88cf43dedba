"""The situation picture's pre-aggregated incident counts (kept by triggers; see
``est_incidents/counts.py`` for how they are kept and read)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from hjo_safety.dates import date_range_constraints


class IncidentRollup(models.Model):
    """The number of incidents ``n`` of one combination of the dimensions in ``grouping``, over
    one Stockholm day, calendar month or all time (maintained by triggers).

    ``grouping`` is a bit mask of the dimensions the row keeps (``counts.CATEGORY`` … ``CELL``);
    a dimension it does not keep is 0 in the row. So one table holds coarse summaries — per day
    alone, per day and category, per month and place, … — and a reader sums only the grouping
    it needs, a few rows per day or month whatever the number of incidents.
    """

    class Span(models.IntegerChoices):
        DAY = 1, _("dag")
        MONTH = 2, _("månad")
        TOTAL = 3, _("hela tiden")

    grouping = models.PositiveSmallIntegerField()
    span = models.PositiveSmallIntegerField(choices=Span.choices)
    # in Europe/Stockholm; a month's first day for MONTH rows, 2000-01-01 for TOTAL rows
    day = models.DateField()
    weekhour = models.PositiveSmallIntegerField()  # (ISO weekday - 1) × 24 + hour, Stockholm
    # The incident's category (a subcategory or a main one) and organisation: foreign keys for
    # the joins to their names, without constraints (the summary follows the incidents, whose
    # own keys are constrained; 0 where the grouping does not keep them).
    category = models.ForeignKey(
        "est_incidents.Category",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,  # read through the unique index; a second index only slows the upserts
        db_column="category_key",
        related_name="+",
    )
    place_key = models.IntegerField()  # the place id, NO_PLACE without one
    organisation = models.ForeignKey(
        "hjo_safety.Organisation",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,  # read through the unique index; a second index only slows the upserts
        db_column="organisation_key",
        related_name="+",
    )
    cell_y = models.IntegerField()  # floor(latitude / CELL_LAT), 0 without a point
    cell_x = models.IntegerField()  # floor(longitude / CELL_LNG), 0 without a point
    # The incident's status where the grouping keeps it (``counts.STATUS``), else empty.
    status = models.CharField(max_length=10, blank=True, default="")
    n = models.IntegerField()
    # The sum of the incidents' record keys (``Incident.record_key``); a cell's key is the sum
    # over its rows modulo ``RECORD_KEY_MODULUS`` (``est_incidents.disclosure``).
    k = models.BigIntegerField(default=0)

    class Meta:
        ordering = ["grouping", "span", "day"]
        verbose_name = _("sammanräkning av händelser")
        verbose_name_plural = _("sammanräkningar av händelser")
        constraints = [
            *date_range_constraints("incidentrollup", dates=("day",)),
            models.CheckConstraint(
                condition=Q(span__in=[1, 2, 3]), name="incident_rollup_span_valid"
            ),
            models.UniqueConstraint(
                # Organisation and status before the place: the map reads one organisation's
                # TOTAL rows of one status as one short range of this index.
                fields=[
                    "grouping",
                    "span",
                    "day",
                    "category",
                    "organisation",
                    "status",
                    "place_key",
                    "weekhour",
                    "cell_y",
                    "cell_x",
                ],
                name="incident_rollup_dimensions",
            ),
        ]
        indexes = [
            # The trigger deletes the rows that fell to zero: this index holds only those.
            models.Index(fields=["n"], condition=Q(n=0), name="incident_rollup_zero_idx"),
        ]

    def __str__(self):
        return f"{self.grouping}/{self.span} {self.day}: {self.n}"
