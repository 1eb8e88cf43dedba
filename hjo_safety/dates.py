"""Date helpers shared by every app: the years the portal accepts and local midnight.

Dates outside 2000–2100 are refused with a Swedish message instead of overflowing into a 500.
"""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

MIN_YEAR, MAX_YEAR = 2000, 2100
EARLIEST_DATE = date(MIN_YEAR, 1, 1)
LATEST_DATE = date(MAX_YEAR, 12, 31)
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def local_midnight(day: date) -> datetime:
    """Midnight at the start of ``day`` in Stockholm, as an aware datetime in UTC."""
    return datetime.combine(day, time.min, tzinfo=STOCKHOLM).astimezone(UTC)
