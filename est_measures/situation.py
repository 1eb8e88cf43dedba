"""Interventions beside incidents: what the situation picture and the EST meeting add from here.

``interventions_in_period(start, end)`` summarises the interventions with time in a period of
local dates (both inclusive): counts per kind (interventions, occasions, hours), the list per
organisation (owner and co-organisations), a weekday × hour grid of when someone was there, and
map points (each intervention's places and its own point). Interventions are not about people,
so the numbers are exact for every participant.

est_incidents does not import this module: ``apps.EstMeasuresConfig.ready()`` registers
``situation_context`` and ``meeting_context`` as providers with est_incidents' page-extension
hook, and the pages include this app's templates (see docs/measures.md).
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import Count, Prefetch, Q
from django.utils.functional import SimpleLazyObject

from est_incidents.disclosure import Disclosed
from est_measures.models import Intervention, SafetyWalk, SafetyWalkFinding
from est_measures.recurrence import STOCKHOLM

MAX_OCCASIONS = 20_000  # a guard for the grid: a year of daily rules is ~2,000


@dataclass
class KindRow:
    name: str
    interventions: int = 0
    occasions: int = 0
    hours: float = 0.0


@dataclass
class InterventionSummary:
    start: date
    end: date
    interventions: list = field(default_factory=list)
    by_kind: list = field(default_factory=list)
    by_organisation: list = field(default_factory=list)  # [(organisation, [interventions])]
    presence: list = field(default_factory=lambda: [[0] * 24 for _ in range(7)])
    points: list = field(default_factory=list)  # [lat, lng, kind, place]

    @property
    def count(self) -> int:
        return len(self.interventions)

    @property
    def occasions(self) -> int:
        return sum(row.occasions for row in self.by_kind)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=STOCKHOLM)


def _mark_presence(grid, occurrence):
    """Add 1 to each weekday-hour cell the occurrence overlaps (Stockholm time).

    Steps through real hours in UTC: Python adds to a zoned time by the wall clock.
    """
    local_start = occurrence.start.astimezone(STOCKHOLM)
    hour = local_start.replace(minute=0, second=0, microsecond=0).astimezone(UTC)
    end = occurrence.end.astimezone(UTC)
    steps = 0
    while hour < end and steps < 24 * 7:
        local = hour.astimezone(STOCKHOLM)
        grid[local.isoweekday() - 1][local.hour] += 1
        hour += timedelta(hours=1)
        steps += 1


def interventions_in_period(
    start: date, end: date, *, place=None, organisation=None
) -> InterventionSummary:
    """Interventions with time between ``start`` and ``end`` (local dates, inclusive),
    optionally only those at ``place`` or by (or with) ``organisation``."""
    start_at, end_at = _local_midnight(start), _local_midnight(end + timedelta(days=1))
    queryset = Intervention.objects.in_period(start_at, end_at)
    if place is not None:
        queryset = queryset.filter(pk__in=Intervention.objects.filter(places=place).values("pk"))
    if organisation is not None:
        queryset = queryset.filter(
            pk__in=Intervention.objects.filter(
                Q(organisation=organisation) | Q(co_organisations=organisation)
            ).values("pk")
        )
    interventions = list(queryset.for_list().order_by("starts_at", "pk"))
    summary = InterventionSummary(start=start, end=end)
    kinds: dict[str, KindRow] = {}
    organisations: dict[int, tuple] = {}
    occasions_left = MAX_OCCASIONS
    for intervention in interventions:
        occurrences = intervention.occurrences(start_at, end_at)
        if not occurrences:
            continue
        summary.interventions.append(intervention)
        intervention.period_occasions = len(occurrences)
        row = kinds.setdefault(intervention.kind.name, KindRow(intervention.kind.name))
        row.interventions += 1
        row.occasions += len(occurrences)
        row.hours += sum(o.hours for o in occurrences)
        for occurrence in occurrences[: max(occasions_left, 0)]:
            _mark_presence(summary.presence, occurrence)
        occasions_left -= len(occurrences)
        for organisation in [intervention.organisation, *intervention.co_organisations.all()]:
            organisations.setdefault(organisation.pk, (organisation, []))[1].append(intervention)
        for place in intervention.places.all():
            summary.points.append(
                [float(place.latitude), float(place.longitude), intervention.kind.name, place.name]
            )
        if intervention.has_point:
            summary.points.append(
                [float(intervention.latitude), float(intervention.longitude),
                 intervention.kind.name, ""]
            )  # fmt: skip
    summary.by_kind = sorted(kinds.values(), key=lambda r: (-r.interventions, r.name))
    for row in summary.by_kind:
        row.hours = round(row.hours)
    summary.by_organisation = sorted(organisations.values(), key=lambda pair: pair[0].name)
    return summary


# --- Providers for est_incidents' pages (registered in apps.EstMeasuresConfig.ready) ---------


def _incident_grid(picture):
    """The picture's weekday × hour counts (``Disclosed``); a withheld picture's grid is every
    cell masked, never zeros."""
    if not isinstance(picture, dict):
        return None
    if picture.get("withheld"):
        return [[Disclosed(None, masked=True)] * 24 for _ in range(7)]
    return picture.get("weekday_hour")


def situation_section(request, *, period, picture, filters=None, **_values):
    """The situation picture's section: interventions of the period beside its incidents, at
    the chosen place and by the chosen organisation (a category does not apply to them)."""
    filters = filters or {}
    return {
        "template": "est_measures/situation_interventions.html",
        "scripts": ["js/situation-interventions.js"],
        "interventions": interventions_in_period(
            period.start,
            period.end,
            place=filters.get("place"),
            organisation=filters.get("organisation"),
        ),
        "incident_grid": _incident_grid(picture),
    }


def walks_section(request, *, period, **_values):
    """The situation picture's section: the safety walks of the period and their findings that
    are not yet done (open or in progress), beside the interventions. Every participant reads
    every walk (``SafetyWalk.objects.visible_to``)."""
    open_findings = SafetyWalkFinding.objects.filter(
        status__in=[SafetyWalkFinding.Status.OPEN, SafetyWalkFinding.Status.IN_PROGRESS]
    ).select_related("place", "responsible_organisation")
    walks = (
        SafetyWalk.objects.visible_to(request.user)
        .filter(date__gte=period.start, date__lte=period.end)
        .annotate(finding_count=Count("findings"))
        .prefetch_related(Prefetch("findings", queryset=open_findings, to_attr="open_findings"))
        .order_by("date", "pk")
    )
    return {
        "template": "est_measures/situation_walks.html",
        "walks": SimpleLazyObject(lambda: list(walks)),
        "period": period,
    }


def meeting_section(request, *, meeting, **_values):
    """The EST meeting's section: the period's interventions per organisation, and the story
    page of each of the meeting's actions."""
    # Lazy: the meeting page renders its sections once per viewer and data version.
    return {
        "template": "est_measures/meeting_interventions.html",
        "interventions": SimpleLazyObject(
            lambda: interventions_in_period(meeting.period_start, meeting.period_end)
        ),
        "actions": SimpleLazyObject(
            lambda: list(meeting.actions.order_by("pk").values_list("pk", "what"))
        ),
    }


def incident_section(request, *, incident, **_values):
    """One incident's page, "Sedan händelsen": the interventions at its named place with some
    time since it happened (a weekly series still running counts), each linked to its page.
    Only called for a viewer who may see the incident; interventions are every member's to
    read."""
    if incident.place_id is None:
        return {"template": "est_measures/incident_interventions.html", "place": None}

    def interventions():
        return list(
            Intervention.objects.visible_to(request.user)
            .filter(places=incident.place_id)
            .in_period(incident.occurred_at, datetime.now(UTC))
            .select_related("kind", "organisation")
            .order_by("starts_at", "pk")[:50]
        )

    return {
        "template": "est_measures/incident_interventions.html",
        "place": incident.place,
        "interventions": SimpleLazyObject(interventions),
    }
