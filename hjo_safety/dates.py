"""Dates shared by every app: the years the portal accepts, local midnight, the ``Period`` a
situation picture covers, and the native date pickers.

Dates outside 2000–2100 are refused with a Swedish message instead of overflowing into a 500.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import CheckConstraint, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MIN_YEAR, MAX_YEAR = 2000, 2100
EARLIEST_DATE = date(MIN_YEAR, 1, 1)
LATEST_DATE = date(MAX_YEAR, 12, 31)
DATE_BOUNDS_VALIDATORS = [
    MinValueValidator(EARLIEST_DATE, message=_("Ange ett datum från år 2000 och framåt.")),
    MaxValueValidator(LATEST_DATE, message=_("Ange ett datum före år 2101.")),
]
STOCKHOLM = ZoneInfo("Europe/Stockholm")
# A fortnight: the EST meetings' rhythm, and the period shown when there is nothing to go by.
DEFAULT_PERIOD_DAYS = 14
DATE_INPUT_FORMAT = "%Y-%m-%d"
DATETIME_INPUT_FORMAT = "%Y-%m-%dT%H:%M"


def local_midnight(day: date) -> datetime:
    """Midnight at the start of ``day`` in Stockholm, as an aware datetime in UTC."""
    return datetime.combine(day, time.min, tzinfo=STOCKHOLM).astimezone(UTC)


def _minus_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class Period:
    """Whole days in Stockholm from ``start`` to ``end``, both included."""

    start: date
    end: date  # included

    @classmethod
    def default(cls, end: date | None = None) -> "Period":
        """The ``DEFAULT_PERIOD_DAYS`` days up to ``end`` (default: today)."""
        end = end or timezone.localdate()
        return cls(end - timedelta(days=DEFAULT_PERIOD_DAYS - 1), end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def start_at(self) -> datetime:
        return local_midnight(self.start)

    @property
    def end_at(self) -> datetime:
        """The first instant after the period (exclusive bound)."""
        return local_midnight(self.end + timedelta(days=1))

    @property
    def is_calendar_year(self) -> bool:
        """1 January to 31 December of one year: the statutory document's period."""
        return (
            self.start.year == self.end.year
            and (self.start.month, self.start.day) == (1, 1)
            and (self.end.month, self.end.day) == (12, 31)
        )

    def shifted(self, periods: int) -> "Period":
        """The period ``periods`` lengths earlier (positive) of the same number of days; for a
        calendar year, the calendar year ``periods`` years earlier (365 or 366 days)."""
        if self.is_calendar_year:
            year = self.start.year - periods
            return Period(date(year, 1, 1), date(year, 12, 31))
        delta = timedelta(days=self.days * periods)
        return Period(self.start - delta, self.end - delta)

    def previous(self) -> "Period":
        """The period of the same length just before this one (a calendar year: the year before)."""
        return self.shifted(1)

    def year_earlier(self) -> "Period":
        return Period(_minus_year(self.start), _minus_year(self.end))

    def as_dict(self) -> dict:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "calendar_year": self.is_calendar_year,
        }


# The same bounds for stored times: from local midnight on 1 January 2000 up to (not including)
# local midnight on 1 January 2101.
EARLIEST_AT = local_midnight(EARLIEST_DATE)
LATEST_AT = local_midnight(LATEST_DATE + timedelta(days=1))
DATE_RANGE_MESSAGE = _(
    "Ange datum och tider från år 2000 till och med år 2100. Rätta årtalet och spara igen."
)


def date_range_constraints(prefix: str, *, dates=(), datetimes=()) -> list[CheckConstraint]:
    """Check constraints that keep every date and datetime column within 2000–2100.

    ModelForms (the portal's and the admin's) validate them and show ``DATE_RANGE_MESSAGE``;
    the database refuses anything else, e.g. a raw insert of year 1 that the driver could not
    read back. ``prefix`` makes the names unique (the model's name).
    """
    constraints = [
        CheckConstraint(
            condition=Q(**{f"{name}__gte": EARLIEST_DATE, f"{name}__lte": LATEST_DATE}),
            name=f"{prefix}_{name}_in_range",
            violation_error_message=DATE_RANGE_MESSAGE,
            violation_error_code="date_out_of_range",
        )
        for name in dates
    ]
    constraints += [
        CheckConstraint(
            condition=Q(**{f"{name}__gte": EARLIEST_AT, f"{name}__lt": LATEST_AT}),
            name=f"{prefix}_{name}_in_range",
            violation_error_message=DATE_RANGE_MESSAGE,
            violation_error_code="date_out_of_range",
        )
        for name in datetimes
    ]
    return constraints


class DateInput(forms.DateInput):
    """A native date picker (``type="date"``), which reads and writes ISO dates."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=DATE_INPUT_FORMAT)


class DateTimeInput(forms.DateTimeInput):
    """A native date-and-time picker (``datetime-local``), in Stockholm time."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=DATETIME_INPUT_FORMAT)


class DateRangeFilterMixin:
    """For filter forms with ``date_from`` and ``date_to``: each within 2000–2100, and the end not
    before the start (the audit log's and the access log's search)."""

    def _clean_date(self, name):
        value = self.cleaned_data.get(name)
        if value is not None and not (EARLIEST_DATE <= value <= LATEST_DATE):
            raise ValidationError(_("Ange ett datum mellan år 2000 och 2100."))
        return value

    def clean_date_from(self):
        return self._clean_date("date_from")

    def clean_date_to(self):
        return self._clean_date("date_to")

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            self.add_error(
                "date_to", _("Välj ett slutdatum som är samma dag som eller efter startdatumet.")
            )
        return cleaned
