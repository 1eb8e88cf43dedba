"""Keyset (seek) pagination of the incident list, newest first, and a capped result count.

Page 500 of an OFFSET pagination makes the database read and throw away 12,475 rows first, and
``Paginator`` counts every matching row on every page: both grow with the registry. A keyset
page instead starts right after the last row the user saw, an index range scan on
``(occurred_at DESC, id DESC)`` (``incident_occurred_idx``), so every page costs what the first
costs. The position lives in the URL (``?efter=<cursor>`` for the next page, ``?fore=<cursor>``
for the previous one), next to the filters, so pages can be bookmarked and work without
JavaScript. A cursor is ``<occurred_at in µs since 1970>_<id>``: opaque to people, exact, and
URL-safe.

The count stops at ``COUNT_CAP`` (``SELECT count(*) FROM (… LIMIT cap + 1)``): "fler än 1 000
händelser" tells a user to filter, and an exact count of a million rows tells them nothing more
while costing a full index scan on every page.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.db.models import Q

PAGE_SIZE = 25
COUNT_CAP = 1000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ONE_MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True)
class Cursor:
    """A position in the list: the ``occurred_at`` and ``pk`` of a row."""

    occurred_at: datetime
    pk: int

    def encode(self) -> str:
        return f"{(self.occurred_at - EPOCH) // ONE_MICROSECOND}_{self.pk}"

    @classmethod
    def decode(cls, value: str | None) -> "Cursor | None":
        """The cursor in ``value``, or None when it is missing or malformed (page 1)."""
        micros, _, pk = (value or "").partition("_")
        try:
            return cls(EPOCH + timedelta(microseconds=int(micros)), int(pk))
        except (ValueError, OverflowError):
            return None

    @classmethod
    def of(cls, incident) -> "Cursor":
        return cls(incident.occurred_at, incident.pk)


@dataclass
class KeysetPage:
    """One page: its rows, the cursors of its neighbours and the (capped) count of all rows."""

    object_list: list
    has_next: bool
    has_previous: bool
    count: int
    count_is_capped: bool
    is_first: bool = field(default=True)

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    @property
    def has_other_pages(self):
        return self.has_next or self.has_previous

    @property
    def next_cursor(self):
        return Cursor.of(self.object_list[-1]).encode() if self.has_next else None

    @property
    def previous_cursor(self):
        return Cursor.of(self.object_list[0]).encode() if self.has_previous else None


def older_than(cursor: Cursor) -> Q:
    """Rows after ``cursor`` in newest-first order. The ``occurred_at <= t`` term is what the
    index range scan starts from; the OR only sorts out rows at the very same instant."""
    return Q(occurred_at__lte=cursor.occurred_at) & (
        Q(occurred_at__lt=cursor.occurred_at) | Q(pk__lt=cursor.pk)
    )


def newer_than(cursor: Cursor) -> Q:
    return Q(occurred_at__gte=cursor.occurred_at) & (
        Q(occurred_at__gt=cursor.occurred_at) | Q(pk__gt=cursor.pk)
    )


def capped_count(queryset, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """``(count, capped)``: the number of rows, but never more than ``cap`` (one query)."""
    count = queryset.order_by().values("pk")[: cap + 1].count()
    return min(count, cap), count > cap


def keyset_page(queryset, params, size: int = PAGE_SIZE) -> KeysetPage:
    """The page of ``queryset`` (newest first) that ``params`` (``request.GET``) points at.

    Two queries on every page, whatever its depth: the capped count and the page's rows.
    """
    count, capped = capped_count(queryset)
    after = Cursor.decode(params.get("efter"))
    before = None if after else Cursor.decode(params.get("fore"))
    if before is not None:
        rows = list(queryset.filter(newer_than(before)).order_by("occurred_at", "pk")[: size + 1])
        if rows:  # else the rows before it are gone: show the first page
            has_previous = len(rows) > size
            rows = rows[:size][::-1]
            return KeysetPage(rows, True, has_previous, count, capped, is_first=not has_previous)
    if after is not None:
        queryset = queryset.filter(older_than(after))
    rows = list(queryset.order_by("-occurred_at", "-pk")[: size + 1])
    return KeysetPage(
        rows[:size], len(rows) > size, after is not None, count, capped, is_first=after is None
    )
