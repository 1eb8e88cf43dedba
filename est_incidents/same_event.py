"""One event counted once (issue 25, point 1): possible duplicates of an incident, and the
groups of reports linked as "samma händelse".

``possible_duplicates(incident)`` finds other organisations' (and the same organisation's)
reports that may describe the same event: the same main category, occurred within
``WINDOW`` of it, and at the same named place or within ``RADIUS_M`` metres (each report's own
point, else its place's centre). Another organisation's report is offered without its text:
only that it exists and how many hours apart (``Candidate.visible`` is False). The writes
(linking, unlinking) are in ``est_incidents.services``; counting a group once is
``Incident.objects.counted`` and the rollup triggers (docs/situation.md).
"""

import math
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Q
from django.utils.translation import ngettext

from est_incidents.models import Incident

WINDOW = timedelta(hours=3)
RADIUS_M = 200
# A box a little larger than the radius at Hjo's latitude (58.3° N), to ask the database for
# only the reports near enough; the exact distance is computed here.
_BOX_LAT, _BOX_LNG = 0.0019, 0.0036


@dataclass(frozen=True)
class Candidate:
    incident: Incident
    visible: bool  # may the viewer read it (own organisation, shared, coordinator)?
    hours: int  # whole hours apart, rounded up (at least 1)

    @property
    def pk(self):
        return self.incident.pk


def _position(incident):
    if incident.latitude is not None:
        return float(incident.latitude), float(incident.longitude)
    if incident.place_id is not None:
        return float(incident.place.latitude), float(incident.place.longitude)
    return None


def distance_m(a, b) -> float:
    """Metres between two (lat, lng) points (haversine; ample at a few hundred metres)."""
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * 6_371_000 * math.asin(math.sqrt(h))


def group_primary_id(incident) -> int:
    return incident.duplicate_of_id or incident.pk


def possible_duplicates(incident, user) -> list[Candidate]:
    """Reports that may be the same event as ``incident``, one per group (its primary, or the
    report itself), nearest in time first; none already in ``incident``'s group. Two queries
    (one when there is no candidate)."""
    main = incident.category.parent_id or incident.category_id
    near = Q(place_id=incident.place_id) if incident.place_id else Q(pk__in=[])
    here = _position(incident)
    if here is not None:
        box = Q(
            latitude__range=(here[0] - _BOX_LAT, here[0] + _BOX_LAT),
            longitude__range=(here[1] - _BOX_LNG, here[1] + _BOX_LNG),
        ) | Q(
            latitude__isnull=True,
            place__latitude__range=(here[0] - _BOX_LAT, here[0] + _BOX_LAT),
            place__longitude__range=(here[1] - _BOX_LNG, here[1] + _BOX_LNG),
        )
        near |= box
    own_group = group_primary_id(incident)
    rows = (
        Incident.objects.filter(
            Q(category_id=main) | Q(category__parent_id=main),
            near,
            occurred_at__gte=incident.occurred_at - WINDOW,
            occurred_at__lte=incident.occurred_at + WINDOW,
        )
        .exclude(pk=incident.pk)
        .exclude(pk=own_group)
        .exclude(duplicate_of=own_group)
        .select_related("category__parent", "place", "organisation")
        .order_by("occurred_at", "pk")
    )
    rows = list(rows)
    if not rows:  # most reports: no second query (building it cost as much as the first)
        return []
    visible = set(
        Incident.objects.visible_to(user)
        .filter(pk__in=[row.pk for row in rows])
        .values_list("pk", flat=True)
    )
    seen, result = set(), []
    for row in rows:
        if here is not None and row.place_id != incident.place_id:
            there = _position(row)
            if there is None or distance_m(here, there) > RADIUS_M:
                continue
        group = group_primary_id(row)
        if group in seen:
            continue
        seen.add(group)
        apart = abs(row.occurred_at - incident.occurred_at)
        hours = max(1, math.ceil(apart.total_seconds() / 3600))
        result.append(Candidate(incident=row, visible=row.pk in visible, hours=hours))
    result.sort(key=lambda c: (abs(c.incident.occurred_at - incident.occurred_at), c.pk))
    return result


def suggestions(incident, user) -> dict:
    """``possible_duplicates`` for the incident's page: the candidates, and how many of them
    the viewer may not read with the most hours apart ("1 liknande händelse rapporterad av annan
    organisation inom 2 timmar")."""
    candidates = possible_duplicates(incident, user)
    hidden = [c for c in candidates if not c.visible]
    hours = max((c.hours for c in hidden), default=0)
    return {
        "candidates": candidates,
        "hidden_count": len(hidden),
        "hidden_within": ngettext("%(n)s timme", "%(n)s timmar", hours) % {"n": hours},
    }


def same_event_group(incident, user) -> dict | None:
    """The group ``incident`` belongs to, for its page: the reports the viewer may read and how
    many others there are (another organisation's reports are only counted). None when the
    incident is linked to nothing."""
    primary_id = group_primary_id(incident)
    members = list(
        Incident.objects.filter(Q(pk=primary_id) | Q(duplicate_of=primary_id))
        .exclude(pk=incident.pk)
        .select_related("category__parent", "place", "organisation")
        .order_by("occurred_at", "pk")
    )
    if not members:
        return None
    visible = set(
        Incident.objects.visible_to(user)
        .filter(pk__in=[m.pk for m in members])
        .values_list("pk", flat=True)
    )
    return {
        "primary_id": primary_id,
        "is_primary": primary_id == incident.pk,
        "visible": [m for m in members if m.pk in visible],
        "hidden_count": sum(1 for m in members if m.pk not in visible),
        "size": len(members) + 1,
    }
