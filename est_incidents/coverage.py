"""Reporting coverage: has every participating organisation reported as usual?

For a period (an EST meeting's, or the start page's "since the last meeting"), each active
organisation's number of incidents in it, against its usual level: the median of its counts in
the ``HISTORY_PERIODS`` periods of the same length just before. An organisation has **gone
quiet** when

- it reported nothing although it usually does (median above 0), or
- its median is at least ``QUIET_MIN_MEDIAN`` and it reported fewer than half of it.

The counts come from one plain statement over the seven periods (``counts.organisation_counts``:
each period's spans of the situation picture's per-day-and-organisation summary rows, as the
picture's totals are read; a recount of the incidents on SQLite), so their cost follows the days,
not the incidents, and are kept per data version
(``picture_cache.versioned``) until an incident changes; the organisations and the last day's
reminders from one query each: five queries (the version, the counts, the reports linked as
"samma händelse" — left out of the summary, counted here for their own organisation —, the
organisations with their declarations, the reminders) whatever the number of organisations or
incidents, three while the counts are kept.

**Quiet or forgot** (issue 25, point 4): an organisation may record "inget att rapportera" for a
period (``NothingToReport``). A declaration with a day in the period marks the organisation's row
(``declared``: from its earliest first day to its latest last day): a quiet organisation that declared is shown as "Inget att rapportera", not "Tyst",
and is not offered a reminder.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

from django.db.models import Max, OuterRef, Subquery
from django.utils import timezone

from est_incidents.counts import organisation_counts
from est_incidents.models import CoverageReminder, Incident, NothingToReport
from hjo_safety.dates import Period
from hjo_safety.models import Organisation

HISTORY_PERIODS = 6
QUIET_MIN_MEDIAN = 2
QUIET_FRACTION = 0.5
REMINDER_INTERVAL = timedelta(days=1)


@dataclass(frozen=True)
class OrganisationCoverage:
    organisation: Organisation
    count: int
    history: tuple[int, ...]  # the earlier periods' counts, the most recent first
    usual: float  # the median of ``history``
    reminded_at: datetime | None  # a reminder sent within the last day
    # "inget att rapportera" declared for days of the period: ((earliest first day, latest last day),)
    declared: tuple = ()

    @property
    def quiet(self) -> bool:
        return is_quiet(self.count, self.usual)

    @property
    def forgot(self) -> bool:
        """Quiet without having said there was nothing to report: worth a reminder."""
        return self.quiet and not self.declared


def reminder_window(now=None) -> str:
    """A ten-minute stamp for the key of a kept coverage table: a reminder shown as sent
    within the last day drops out of it within ten minutes of ``REMINDER_INTERVAL``."""
    now = timezone.localtime(now)
    return now.strftime("%Y-%m-%d %H:") + str(now.minute // 10)


def is_quiet(count: int, usual: float) -> bool:
    """The rule stated on the page (see the module docstring)."""
    if count == 0 and usual > 0:
        return True
    return usual >= QUIET_MIN_MEDIAN and count < QUIET_FRACTION * usual


def _period_counts(periods: tuple) -> dict:
    """Each organisation's counts in ``periods`` (``p0`` … ``p6``, a period without any left
    out) from the summary (``counts.organisation_counts``), kept per data version
    (``picture_cache.versioned``): the same for every viewer until an incident changes."""
    from est_incidents import picture_cache

    def compute():
        rows = {
            pk: {f"p{index}": n for index, n in by_period.items()}
            for pk, by_period in organisation_counts(periods).items()
        }
        # A report linked as "samma händelse" to another (issue 25, point 1) is left out of the
        # summary (counted once, with its group's primary), but its organisation did report:
        # its coverage counts it (one plain query over the few linked reports, each counted in
        # the periods whose instants hold it).
        for organisation_id, occurred_at in Incident.objects.filter(
            duplicate_of__isnull=False,
            occurred_at__gte=min(shown.start_at for shown in periods),
            occurred_at__lt=max(shown.end_at for shown in periods),
        ).values_list("organisation_id", "occurred_at"):
            counted = rows.setdefault(organisation_id, {})
            for index, shown in enumerate(periods):
                if shown.start_at <= occurred_at < shown.end_at:
                    key = f"p{index}"
                    counted[key] = (counted.get(key) or 0) + 1
        return rows

    return picture_cache.versioned(
        "coverage", *((shown.start, shown.end) for shown in periods), compute=compute
    )


def compute_coverage(period: Period, *, organisation_ids=None, now=None) -> list:
    """Every active organisation's coverage in ``period`` (only ``organisation_ids`` if given),
    the quiet ones first, then by name."""
    now = now or timezone.now()
    periods = [period.shifted(index) for index in range(HISTORY_PERIODS + 1)]
    rows = _period_counts(tuple(periods))
    overlapping = NothingToReport.objects.overlapping(period.start, period.end).filter(
        organisation=OuterRef("pk")
    )
    organisations = (
        Organisation.objects.active()
        .annotate(
            declared_from=Subquery(overlapping.order_by("period_start").values("period_start")[:1]),
            declared_to=Subquery(overlapping.order_by("-period_end").values("period_end")[:1]),
        )
        .order_by("name")
    )
    if organisation_ids is not None:
        organisations = organisations.filter(pk__in=organisation_ids)
    reminded = dict(
        CoverageReminder.objects.filter(sent_at__gt=now - REMINDER_INTERVAL)
        .order_by()
        .values("organisation")
        .annotate(last=Max("sent_at"))
        .values_list("organisation", "last")
    )
    result = []
    for organisation in organisations:
        row = rows.get(organisation.pk, {})
        history = tuple(row.get(f"p{index}") or 0 for index in range(1, HISTORY_PERIODS + 1))
        result.append(
            OrganisationCoverage(
                organisation=organisation,
                count=row.get("p0") or 0,
                history=history,
                usual=median(history),
                reminded_at=reminded.get(organisation.pk),
                declared=(
                    ((organisation.declared_from, organisation.declared_to),)
                    if organisation.declared_from
                    else ()
                ),
            )
        )
    result.sort(key=lambda item: (not item.forgot, not item.quiet, item.organisation.name))
    return result
