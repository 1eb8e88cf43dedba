"""The weekly rule of a recurring intervention and its occurrences in a period."""

from datetime import date, datetime, time

from est_measures.recurrence import (
    STOCKHOLM,
    WeeklyRule,
    format_weekdays,
    occurrences,
    parse_weekdays,
)

FRIDAY_SATURDAY_NIGHTS = WeeklyRule(
    weekdays=frozenset({5, 6}),
    start_time=time(22, 0),
    end_time=time(2, 0),
    first_date=date(2026, 9, 4),  # a Friday
    until=date(2026, 12, 31),
)


def local(*args):
    return datetime(*args, tzinfo=STOCKHOLM)


def test_friday_and_saturday_nights_in_a_week():
    found = occurrences(FRIDAY_SATURDAY_NIGHTS, local(2026, 9, 7), local(2026, 9, 14))
    assert [(o.start, o.end) for o in found] == [
        (local(2026, 9, 11, 22), local(2026, 9, 12, 2)),
        (local(2026, 9, 12, 22), local(2026, 9, 13, 2)),
    ]
    assert all(o.hours == 4 for o in found)


def test_a_night_that_began_before_the_period_still_counts():
    # Saturday 22–02 runs into Sunday: a period starting Sunday 00:00 contains its end.
    found = occurrences(FRIDAY_SATURDAY_NIGHTS, local(2026, 9, 13), local(2026, 9, 14))
    assert [o.start for o in found] == [local(2026, 9, 12, 22)]


def test_nothing_before_the_first_date_or_after_until():
    assert occurrences(FRIDAY_SATURDAY_NIGHTS, local(2026, 8, 1), local(2026, 9, 4)) == []
    late = occurrences(FRIDAY_SATURDAY_NIGHTS, local(2026, 12, 21), local(2027, 2, 1))
    assert [o.start.date() for o in late] == [date(2026, 12, 25), date(2026, 12, 26)]


def test_the_whole_series_counts_every_night():
    found = occurrences(FRIDAY_SATURDAY_NIGHTS, local(2026, 1, 1), local(2027, 1, 1))
    assert len(found) == 34  # 17 weekends from 4 September to 31 December


def test_wall_clock_is_kept_across_the_end_of_summer_time():
    # Summer time ends at 03:00 on Sunday 25 October 2026: a 22–04 night lasts seven hours.
    rule = WeeklyRule(frozenset({6}), time(22), time(4), date(2026, 10, 1), date(2026, 10, 31))
    found = occurrences(rule, local(2026, 10, 24, 12), local(2026, 10, 25, 12))
    assert len(found) == 1
    night = found[0]
    assert night.start.hour == 22 and night.end.hour == 4
    assert night.hours == 7


def test_a_daytime_rule_ends_the_same_day():
    rule = WeeklyRule(frozenset({3}), time(9), time(11, 30), date(2026, 9, 1), date(2026, 9, 30))
    found = occurrences(rule, local(2026, 9, 1), local(2026, 10, 1))
    assert [o.start.day for o in found] == [2, 9, 16, 23, 30]
    assert found[0].end == local(2026, 9, 2, 11, 30)


def test_describe_in_swedish():
    assert FRIDAY_SATURDAY_NIGHTS.describe() == "fredag och lördag 22:00–02:00"


def test_weekdays_round_trip_and_ignore_junk():
    assert parse_weekdays("5,6") == {5, 6}
    assert parse_weekdays("0,8,x, 3") == {3}
    assert format_weekdays(["6", "5", 5]) == "5,6"
