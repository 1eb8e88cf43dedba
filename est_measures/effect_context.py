"""Events ahead as context of an effect (issue 25, point 5): "Under perioden: Valborg 30 april
(efter)" beside a measure's before/after figures, so that a reader knows a rise may come from
the event, not from the measure (or a drop from an event the year before).

For each window of an effect (``effect_data.WindowEffect``: ``before_start`` → ``start`` →
``after_end``), the planned events (``PlannedEvent``) that take place in the before part or the
after part — at one of the measure's places, or in the whole municipality (an event without a
named place) — are listed with the part they fall in: "(före)", "(efter)" or "(före och
efter)" for one that goes on across the start. An event takes place in a part when it starts
before the part ends and ends (or, without an end, starts) at or after the part's start.

Nothing here counts incidents: the figures are what ``est_incidents.disclosure`` shows, and
the events are listed as a viewer may read them (``PlannedEvent.objects.visible_to``: every
participant; nobody on the public pages, which do not list them).
"""

import dataclasses
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from est_incidents.disclosure import DisclosedWindow, effects_for_viewer, is_exact_for
from est_measures.models import PlannedEvent
from hjo_safety import permissions

BEFORE, AFTER, BOTH = "before", "after", "both"


@dataclass(frozen=True)
class EventNote:
    """One planned event in one window of an effect."""

    title: str
    starts_at: object
    side: str
    show_year: bool = False

    def __str__(self) -> str:
        local = timezone.localtime(self.starts_at)
        day = date_format(local, "j F Y" if self.show_year else "j F")
        texts = {
            BEFORE: _("%(title)s %(day)s (före)"),
            AFTER: _("%(title)s %(day)s (efter)"),
            BOTH: _("%(title)s %(day)s (före och efter)"),
        }
        return texts[self.side] % {"title": self.title, "day": day}


def events_text(notes) -> str:
    """ "Under perioden: Valborg 30 april (efter), Hjo-marknaden 12 juli (efter)" ("" for
    none)."""
    if not notes:
        return ""
    return _("Under perioden: %(events)s") % {"events": ", ".join(str(n) for n in notes)}


@dataclass(frozen=True)
class WindowInContext(DisclosedWindow):
    """A disclosed effect window with the planned events of its period."""

    events: tuple = ()

    @property
    def events_text(self) -> str:
        return events_text(self.events)


def _takes_place(event, start, end) -> bool:
    last = event.ends_at or event.starts_at
    return event.starts_at < end and last >= start


def notes_for(events, place_ids, window) -> tuple:
    """The events (already read) at ``place_ids`` or without a place in ``window``'s before
    or after part, in time order."""
    place_ids = set(place_ids)
    start_year = timezone.localtime(window.start).year
    notes = []
    for event in events:
        if event.place_id is not None and event.place_id not in place_ids:
            continue
        before = _takes_place(event, window.before_start, window.start)
        after = _takes_place(event, window.start, window.after_end)
        if not (before or after):
            continue
        side = BOTH if before and after else BEFORE if before else AFTER
        show_year = timezone.localtime(event.starts_at).year != start_year
        notes.append(EventNote(event.title, event.starts_at, side, show_year))
    return tuple(notes)


def planned_events_around(user, place_ids, windows) -> list:
    """The events ``user`` may see that take place during any of ``windows`` (one query), at
    ``place_ids`` or without a place."""
    if not windows:
        return []
    first = min(window.before_start for window in windows)
    last = max(window.after_end for window in windows)
    return list(
        PlannedEvent.objects.visible_to(user)
        .overlapping(first, last)
        .filter(Q(place__isnull=True) | Q(place__in=set(place_ids)))
        .order_by("starts_at", "pk")
    )


def effects_in_context(windows, place_ids, user) -> list[WindowInContext]:
    """The effect ``windows`` as ``user`` may see them (``effects_for_viewer``: exact for the
    viewer's own organisations' part, the rest through the disclosure layer), each with the
    planned events around it that ``user`` may read."""
    disclosed = effects_for_viewer(
        windows, exact=is_exact_for(user), own_ids=permissions.organisation_ids(user)
    )
    events = planned_events_around(user, place_ids, windows)
    return [
        WindowInContext(
            **{f.name: getattr(shown, f.name) for f in dataclasses.fields(shown)},
            events=notes_for(events, place_ids, window),
        )
        for shown, window in zip(disclosed, windows, strict=True)
    ]
