"""One story per EST action: what led to it, who agreed it, what was done, and whether it helped.

``action_story`` reads an EST action (every participant: EST actions are shared) and tells, on
one screen: the meeting that agreed it, the period of its situation picture and the hotspot and
category it answered (``est_measures.situation_origin``, linked to the lägesbild with those
filters), the safety walk finding it came from, who is responsible and by
when, the interventions that carried it out, its status history and its effect at the places
of those interventions (or of the finding). Template: ``est_measures/action_story.html``.
"""

from datetime import timedelta

from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from est_incidents.models import EstAction
from est_measures.effect_context import effects_in_context
from est_measures.effect_data import measure_effects
from est_measures.models import Intervention, SafetyWalkFinding
from est_measures.situation_origin import situation_origin
from hjo_safety import permissions
from hjo_safety.dates import Period
from hjo_safety.decorators import membership_required


def _status_history(action):
    """(when, status label) for each change of status, oldest first."""
    labels = dict(EstAction.Status.choices)
    changes, previous = [], None
    for record in action.history.order_by("history_date", "history_id"):
        if record.status != previous:
            changes.append((record.history_date, labels.get(record.status, record.status)))
            previous = record.status
    return changes


@require_GET
@membership_required
def action_story(request, pk):
    """The story of one EST action."""
    action = permissions.get_visible_or_404(
        EstAction.objects.select_related("meeting", "responsible_organisation"),
        request.user,
        pk=pk,
    )
    interventions = list(
        Intervention.objects.filter(est_action=action).for_list().order_by("starts_at", "pk")
    )
    finding = (
        SafetyWalkFinding.objects.filter(est_action=action).select_related("walk", "place").first()
    )
    place_ids = {p.pk for i in interventions for p in i.places.all()}
    if not place_ids and finding is not None and finding.place_id:
        place_ids = {finding.place_id}
    start = interventions[0].starts_at if interventions else action.created_at
    effects = []
    if place_ids:
        others = (
            Intervention.objects.exclude(est_action=action)
            .in_period(start - timedelta(days=190), start + timedelta(days=190))
            .filter(places__isnull=False)
            .values_list("places", flat=True)
        )
        windows = measure_effects(place_ids, start, exclude_place_ids=set(others) - place_ids)
        effects = effects_in_context(windows, place_ids, request.user)
    meeting = action.meeting
    # The hotspot it answered: the finding's place, else the places its interventions covered.
    if finding is not None and finding.place_id:
        answered = {finding.place_id}
    else:
        answered = {p.pk for i in interventions for p in i.places.all()}
    origin = situation_origin(
        request.user, Period(meeting.period_start, meeting.period_end), answered
    )
    return TemplateResponse(
        request,
        "est_measures/action_story.html",
        {
            "action": action,
            "meeting": meeting,
            "origin": origin,
            "interventions": interventions,
            "finding": finding,
            "history": _status_history(action),
            "effects": effects,
            "effect_start": start,
        },
    )
