"""Which incidents are published: the one rule every public figure obeys.

Public figures (``/trygghet-i-siffror/``, its GeoJSON, the evidence and effects on a citizen
promise's page) are released on fixed dates, for completed calendar months only:

- The figures of a month are released on its **release day**: the first day of the next month
  plus ``PUBLIC_STATISTICS_DELAY_DAYS`` (the 15th with the default 14), Stockholm time. Nothing
  moves between two release days, so two days' pages cannot be subtracted from each other.
- An incident is **published** when its month is released and it was **registered before that
  release day** (``created_at`` before Stockholm midnight starting the day). An incident
  registered late for an already released month is never counted, so a released figure does
  not change when it comes in (``docs/statistics.md``).

``Incident.objects.published(release)`` is the queryset verb; every public count starts from it.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db.models import DateTimeField, F, Func, Value
from django.utils import timezone

from hjo_safety.dates import local_midnight


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(start: date) -> date:
    return date(start.year + 1, 1, 1) if start.month == 12 else date(start.year, start.month + 1, 1)


def previous_month(start: date) -> date:
    return date(start.year - 1, 12, 1) if start.month == 1 else date(start.year, start.month - 1, 1)


def release_day(month: date) -> date:
    """The day the figures of ``month`` (any day in it) are released."""
    return next_month(month_start(month)) + timedelta(days=settings.PUBLIC_STATISTICS_DELAY_DAYS)


@dataclass(frozen=True)
class Release:
    """The public figures as of one release: every month up to ``last_month`` (included)."""

    last_month: date  # the first day of the last released month

    @property
    def released_on(self) -> date:
        return release_day(self.last_month)

    @property
    def next_release_on(self) -> date:
        return release_day(self.period_end)

    @property
    def period_end(self) -> date:
        """The first day not published: nothing that occurred on or after it is counted."""
        return next_month(self.last_month)

    @property
    def last_published_day(self) -> date:
        return self.period_end - timedelta(days=1)


def current_release(today: date | None = None) -> Release:
    """The latest release on or before ``today`` (Stockholm)."""
    today = today or timezone.localdate()
    month = previous_month(month_start(today))
    while release_day(month) > today:
        month = previous_month(month)
    return Release(last_month=month)


class ReleaseMoment(Func):
    """The moment (Stockholm midnight, as a timestamp with time zone) the month of a datetime
    expression is released: PostgreSQL computes it per row, so one query decides for rows of
    any month."""

    output_field = DateTimeField()

    def __init__(self, expression):
        super().__init__(
            expression,
            Value(settings.TIME_ZONE),
            Value(int(settings.PUBLIC_STATISTICS_DELAY_DAYS)),
        )

    def as_sql(self, compiler, connection, **extra_context):
        (moment, moment_params), (zone, zone_params), (days, days_params) = (
            compiler.compile(expression) for expression in self.get_source_expressions()
        )
        sql = (
            f"((date_trunc('month', {moment} AT TIME ZONE {zone}) "
            f"+ make_interval(months => 1, days => {days})) AT TIME ZONE {zone})"
        )
        return sql, (*moment_params, *zone_params, *days_params, *zone_params)


def published_filter(release: Release) -> dict:
    """The lookups of ``Incident.objects.published(release)`` (kept here with the rule)."""
    return {
        "occurred_at__lt": local_midnight(release.period_end),
        "created_at__lt": ReleaseMoment(F("occurred_at")),
    }
