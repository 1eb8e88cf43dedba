"""The situation picture's pre-aggregated incident counts (kept by triggers; see
``est_incidents/counts.py`` for how they are kept and read)."""

from django.db import models
from django.db.models import Q

from hjo_safety.dates import date_range_constraints


class IncidentCount(models.Model):
    """The number of incidents ``n`` of one combination of dimensions (maintained by triggers)."""

    day = models.DateField()  # in Europe/Stockholm
    hour = models.PositiveSmallIntegerField()  # 0–23, Europe/Stockholm
    # The incident's category (a subcategory or a main one) and organisation: foreign keys for
    # the joins to their names, without constraints (the summary follows the incidents, whose
    # own keys are constrained).
    category = models.ForeignKey(
        "est_incidents.Category",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_column="category_key",
        related_name="+",
    )
    place_key = models.IntegerField()  # the place id, NO_PLACE without one
    organisation = models.ForeignKey(
        "hjo_safety.Organisation",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_column="organisation_key",
        related_name="+",
    )
    cell_y = models.IntegerField()  # floor(latitude / CELL_LAT), 0 without a point
    cell_x = models.IntegerField()  # floor(longitude / CELL_LNG), 0 without a point
    n = models.IntegerField()

    class Meta:
        constraints = [
            *date_range_constraints("incidentcount", dates=("day",)),
            models.UniqueConstraint(
                fields=[
                    "day",
                    "hour",
                    "category",
                    "place_key",
                    "organisation",
                    "cell_y",
                    "cell_x",
                ],
                name="incident_count_dimensions",
            ),
        ]
        indexes = [
            # The trigger deletes the rows that fell to zero: this index holds only those.
            models.Index(fields=["n"], condition=Q(n=0), name="incident_count_zero_idx"),
        ]

    def __str__(self):
        return f"{self.day} {self.hour}: {self.n}"
