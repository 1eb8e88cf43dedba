"""Staff pages of the council's action plan: one story per council action, and what is late.

``action_story`` tells a council action's story on one screen: what led to it (the agenda item,
the EST meeting whose situation picture it took up and the hotspot and category it answered,
linked to the lägesbild with those filters (``est_measures.situation_origin``),
the citizen promise and its activities), the meeting and the decision that agreed it, who is
responsible and by when, the interventions that carried it out, its status history and its
effect at the places of those interventions and activities. It is scoped by the council's
visibility policy: ``Action.objects.visible_to(user)`` (docs/council.md), anything else 404.

``late_actions`` lists the action plan's measures past their deadline and not done, EST
actions and council actions alike, per responsible organisation.

Templates: ``bra_council/action_story.html``, ``bra_council/late_actions.html``.
"""

from collections import defaultdict
from datetime import timedelta

from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from bra_council.models import Action, ActionStatus, AgendaItem, MeetingStatus
from citizen_promises.models import PromiseActivity
from est_incidents.models import EstAction
from est_measures.effect_context import effects_in_context
from est_measures.effect_data import measure_effects
from est_measures.models import Intervention
from est_measures.situation_origin import situation_origin
from hjo_safety import permissions
from hjo_safety.dates import Period
from hjo_safety.decorators import membership_required


def status_history(action):
    """(when, status label) for each change of status, oldest first."""
    labels = dict(ActionStatus.choices)
    changes, previous = [], None
    for record in action.history.order_by("history_date", "history_id"):
        if record.status != previous:
            changes.append((record.history_date, labels.get(record.status, record.status)))
            previous = record.status
    return changes


def action_effects(action, interventions, activities):
    """The effect at the places of the action's interventions and promise activities, counted
    from its first intervention (or from the meeting that agreed it): (effects, start,
    place ids)."""
    place_ids = {p.pk for i in interventions for p in i.places.all()}
    place_ids |= {p.pk for a in activities for p in a.places.all()}
    start = interventions[0].starts_at if interventions else action.origin.meeting.starts_at
    if not place_ids:
        return [], start, place_ids
    others = (
        Intervention.objects.exclude(pk__in=[i.pk for i in interventions])
        .in_period(start - timedelta(days=190), start + timedelta(days=190))
        .filter(places__isnull=False)
        .values_list("places", flat=True)
    )
    windows = measure_effects(place_ids, start, exclude_place_ids=set(others) - place_ids)
    return windows, start, place_ids


@require_GET
@membership_required
def action_story(request, pk):
    """The story of one council action."""
    user = request.user
    action = permissions.get_visible_or_404(
        Action.objects.select_related(
            "responsible_organisation",
            "origin__meeting",
            "origin__est_meeting",
            "origin__promise",
        ).prefetch_related(
            Prefetch(
                "interventions",
                queryset=Intervention.objects.for_list().order_by("starts_at", "pk"),
            ),
            Prefetch(
                "promise_activities",
                queryset=PromiseActivity.objects.select_related(
                    "promise", "organisation"
                ).prefetch_related("places"),
            ),
        ),
        user,
        pk=pk,
    )
    item = action.origin
    meeting = item.meeting
    item_visible = AgendaItem.objects.visible_to(user).filter(pk=item.pk).exists()
    interventions = list(action.interventions.all())
    activities = list(action.promise_activities.all())
    effects, start, place_ids = action_effects(action, interventions, activities)
    origin = None
    if item.est_meeting is not None:
        # The hotspot it answered: of the places its activities target and its interventions
        # covered, the one with most incidents in the EST meeting's period.
        places = {p.pk for a in activities for p in a.places.all()}
        places |= {p.pk for i in interventions for p in i.places.all()}
        est_meeting = item.est_meeting
        origin = situation_origin(
            user, Period(est_meeting.period_start, est_meeting.period_end), places
        )
    follow_ups = list(
        AgendaItem.objects.visible_to(user)
        .filter(follow_up_actions=action)
        .select_related("meeting")
        .order_by("meeting__starts_at", "position")
    )
    return TemplateResponse(
        request,
        "bra_council/action_story.html",
        {
            "action": action,
            "item": item,
            "item_visible": item_visible,
            "meeting": meeting,
            "minutes_available": meeting.status
            in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED),
            "origin": origin,
            "interventions": interventions,
            "activities": activities,
            "follow_ups": follow_ups,
            "history": status_history(action),
            "effects": effects_in_context(effects, place_ids, user),
            "effect_start": start,
        },
    )


class LateMeasure:
    """One late measure of the action plan, EST or council, as the late list shows it."""

    def __init__(self, *, kind, what, organisation, due_date, url, origin, today):
        self.kind, self.what, self.organisation = kind, what, organisation
        self.due_date, self.url, self.origin = due_date, url, origin
        self.days_late = (today - due_date).days


def late_measures(user, today=None):
    """The action plan's measures past their deadline and not done, grouped by responsible
    organisation: ``[(organisation, [LateMeasure, …]), …]`` in organisation name order."""
    today = today or timezone.localdate()
    groups = defaultdict(list)
    est_actions = (
        EstAction.objects.visible_to(user)
        .open()
        .filter(due_date__lt=today)
        .for_list()
        .order_by("due_date", "pk")
    )
    for action in est_actions:
        groups[action.responsible_organisation].append(
            LateMeasure(
                kind="est",
                what=action.what,
                organisation=action.responsible_organisation,
                due_date=action.due_date,
                url=reverse("measures:action_story", args=[action.pk]),
                origin=action.meeting.starts_at,
                today=today,
            )
        )
    council_actions = (
        Action.objects.visible_to(user)
        .open()
        .filter(due_date__lt=today)
        .select_related("responsible_organisation", "origin__meeting")
        .order_by("due_date", "pk")
    )
    for action in council_actions:
        groups[action.responsible_organisation].append(
            LateMeasure(
                kind="council",
                what=action.what,
                organisation=action.responsible_organisation,
                due_date=action.due_date,
                url=reverse("council:action_story", args=[action.pk]),
                origin=action.origin.meeting.starts_at,
                today=today,
            )
        )
    ordered = sorted(groups.items(), key=lambda pair: pair[0].name.casefold())
    return [
        (organisation, sorted(measures, key=lambda m: (m.due_date, m.kind)))
        for organisation, measures in ordered
    ]


@require_GET
@membership_required
def late_actions(request):
    """What is late in the action plan: open EST and council actions past their deadline, per
    responsible organisation (every organisation's EST actions, as they are shared; the council
    actions the user may see)."""
    today = timezone.localdate()
    groups = late_measures(request.user, today)
    return TemplateResponse(
        request,
        "bra_council/late_actions.html",
        {
            "groups": groups,
            "today": today,
            "total": sum(len(measures) for _organisation, measures in groups),
            "year": today.year,
        },
    )
