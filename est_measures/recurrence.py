"""Recurring interventions: a weekly rule and its occurrences in a period.

A night walk "every Friday and Saturday 22–02 until 31 December" is stored as a rule, not as
a hundred rows: the weekdays (ISO numbers, Monday = 1), a start and an end time of day (an
end at or before the start runs past midnight into the next day), the first date (the
intervention's start) and the last date (``until``). ``occurrences`` expands a rule into the
concrete (start, end) datetimes that overlap a period, in Stockholm time, so that a summer-time
change moves nothing: 22:00 stays 22:00 on the wall clock.

The module has no model dependencies; ``Intervention.rule()`` builds a ``WeeklyRule``.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")
WEEKDAY_NAMES = {
    1: "måndag",
    2: "tisdag",
    3: "onsdag",
    4: "torsdag",
    5: "fredag",
    6: "lördag",
    7: "söndag",
}
# A rule over ten years would expand to thousands of rows in a yearly view: refuse it.
MAX_RULE_DAYS = 3 * 366


@dataclass(frozen=True)
class Occurrence:
    start: datetime
    end: datetime

    @property
    def hours(self) -> float:
        # In UTC: Python subtracts two times of the same zone by the wall clock.
        return (self.end.astimezone(UTC) - self.start.astimezone(UTC)).total_seconds() / 3600


@dataclass(frozen=True)
class WeeklyRule:
    weekdays: frozenset[int]  # ISO: Monday = 1 … Sunday = 7
    start_time: time
    end_time: time
    first_date: date
    until: date

    @property
    def crosses_midnight(self) -> bool:
        return self.end_time <= self.start_time

    def occurrence_on(self, day: date) -> Occurrence:
        start = datetime.combine(day, self.start_time, tzinfo=STOCKHOLM)
        end_day = day + timedelta(days=1) if self.crosses_midnight else day
        end = datetime.combine(end_day, self.end_time, tzinfo=STOCKHOLM)
        return Occurrence(start, end)

    def dates(self) -> Iterator[date]:
        day = self.first_date
        while day <= self.until:
            if day.isoweekday() in self.weekdays:
                yield day
            day += timedelta(days=1)

    def describe(self) -> str:
        """ "fredag och lördag 22:00–02:00", in Swedish."""
        names = [WEEKDAY_NAMES[d] for d in sorted(self.weekdays)]
        days = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]
        return f"{days} {self.start_time:%H:%M}–{self.end_time:%H:%M}"


def parse_weekdays(value: str) -> frozenset[int]:
    """ "5,6" → {5, 6}; anything that is not an ISO weekday number is dropped."""
    days = set()
    for part in (value or "").split(","):
        part = part.strip()
        if part.isdigit() and 1 <= int(part) <= 7:
            days.add(int(part))
    return frozenset(days)


def format_weekdays(days) -> str:
    return ",".join(str(d) for d in sorted({int(d) for d in days}))


def occurrences(rule: WeeklyRule, start: datetime, end: datetime) -> list[Occurrence]:
    """The rule's occurrences that overlap [start, end), in order."""
    # An occurrence that began the evening before ``start`` may still run into it.
    first = max(rule.first_date, start.astimezone(STOCKHOLM).date() - timedelta(days=1))
    last = min(rule.until, end.astimezone(STOCKHOLM).date())
    found = []
    day = first
    while day <= last:
        if day.isoweekday() in rule.weekdays:
            occurrence = rule.occurrence_on(day)
            if occurrence.start < end and occurrence.end > start:
                found.append(occurrence)
        day += timedelta(days=1)
    return found
