"""Statistical disclosure control for published counts: primary and secondary suppression.

Primary: every count under ``SMALL_COUNT_LIMIT`` (0–4) is shown as "färre än 5".

Secondary: a count is derivable when it is the only hidden member of a published sum — a row,
a column and its total, or totals that add up to a grand total. ``suppress`` takes every such
sum on the page (``Relation``: members and the total they add up to) and, while a relation has
exactly one hidden member, hides one more: the smallest shown member (the total itself only when
all members are hidden). Repeated until no relation has exactly one hidden member, so that no
small count can be computed from the numbers shown. Relations share keys, so a total hidden for
one table stays hidden in every table that uses it.

A secondarily hidden count is shown as "visas inte" (it is 5 or more, hidden so that a small one
elsewhere cannot be worked out).

This module decides only the states (``SHOWN``, ``SMALL``, ``HIDDEN``, ``NONE_SHOWN``, defined in
``est_incidents.disclosure``): what leaves the figures is ``disclosure.released(value, state)``,
a ``Disclosed`` value, so the masked texts are decided in one place for staff and public pages
alike and a template cannot print a raw count.

The released figures (``public_figures``, the promise page's evidence) use ``suppress`` per
period (the category and the area table of one month, or of one quarter, with the period's
true total as a member assumed known) and two rules on top, so that a figure released once
never changes state later (``docs/statistics.md``):

- ``whole_state``: a whole (a quarter) whose parts (its months) are published too is hidden when
  exactly one part is hidden; the parts, released first, keep their state.
- ``shown_total``: every total shown is the sum of the shown counts it covers, never of the true
  ones, so a total gives away nothing that the shown counts do not.
"""

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from est_incidents.disclosure import HIDDEN, NONE_SHOWN, SHOWN, SMALL, THRESHOLD

SMALL_COUNT_LIMIT = THRESHOLD
__all__ = ["HIDDEN", "NONE_SHOWN", "SHOWN", "SMALL", "Relation", "suppress", "shown_total"]


@dataclass(frozen=True)
class Relation:
    members: tuple[Hashable, ...]
    total: Hashable | None  # None: a sum that is known without being shown (e.g. a map's)


def suppress(
    values: dict[Hashable, int],
    relations: Iterable[Relation],
    *,
    always_hidden: Iterable[Hashable] = (),
    initial: dict[Hashable, str] | None = None,
    unhideable: Iterable[Hashable] = (),
) -> dict[Hashable, str]:
    """``{key: SHOWN | SMALL | HIDDEN}`` for every key of ``values``.

    ``always_hidden`` keys are never shown whatever their value (e.g. incidents without a place
    on the map); they count as hidden members. ``initial`` gives starting states instead of
    the primary ones (e.g. a quarter already hidden for its months); ``unhideable`` keys are
    never picked for secondary suppression (hiding them would not help: e.g. a quarter whose
    months are all shown can be added up).
    """
    relations = list(relations)
    status = {key: (SMALL if value < SMALL_COUNT_LIMIT else SHOWN) for key, value in values.items()}
    status |= initial or {}
    unhideable = set(unhideable)
    for key in always_hidden:
        if status.get(key) == SHOWN:
            status[key] = HIDDEN
    changed = True
    while changed:
        changed = False
        for relation in relations:
            keys = [*relation.members, *([relation.total] if relation.total is not None else [])]
            if sum(1 for key in keys if status[key] != SHOWN) != 1:
                continue
            members = [
                key for key in relation.members if status[key] == SHOWN and key not in unhideable
            ]
            candidates = members or [
                key for key in keys if status[key] == SHOWN and key not in unhideable
            ]
            if not candidates:
                continue
            pick = min(candidates, key=lambda key: values[key])
            status[pick] = HIDDEN
            changed = True
    return status


def primary_state(value: int) -> str:
    """A count's state before any relation is considered: under the limit it is small."""
    return SMALL if value < SMALL_COUNT_LIMIT else SHOWN


def whole_state(value: int, part_states: Iterable[str]) -> str:
    """The state of a published whole whose parts are published with ``part_states``: a
    small whole is small; a whole with exactly one hidden part is hidden (it minus the shown
    parts would be that part); otherwise shown. The parts are never touched."""
    if value < SMALL_COUNT_LIMIT:
        return SMALL
    if sum(1 for state in part_states if state != SHOWN) == 1:
        return HIDDEN
    return SHOWN


def shown_total(cells: Iterable[tuple[int, str]]) -> int:
    """The sum of the shown counts among ``(value, state)`` pairs."""
    return sum(value for value, state in cells if state == SHOWN)
