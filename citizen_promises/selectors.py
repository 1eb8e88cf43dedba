"""Queries other pages show citizen promises with (the start page)."""

from django.utils import timezone

from citizen_promises.models import CitizenPromise, Progress, PromiseActivity

START_PAGE_LIMIT = 3


def current_promises() -> list:
    """The published promises whose period covers today, with their progress (one query)."""
    promises = list(
        CitizenPromise.objects.current(timezone.localdate())
        .with_progress()
        .order_by("period_start", "pk")[:START_PAGE_LIMIT]
    )
    for promise in promises:
        promise.progress = Progress(promise.done_count, promise.activity_count)
    return promises


def intervention_activities(request, *, intervention):
    """For an intervention's page: the activities of promises the viewer may read that the
    intervention carries out, each linked to the activity on its promise's page."""
    activities = list(
        PromiseActivity.objects.filter(
            interventions=intervention,
            promise__in=CitizenPromise.objects.visible_to(request.user),
        )
        .select_related("promise")
        .order_by("promise__period_start", "position", "pk")
    )
    if not activities:
        return None
    return {"template": "citizen_promises/_intervention_activities.html", "activities": activities}


def intervention_activity_choices(user, intervention):
    """The promise activities an intervention's form offers (``est_measures.intervention_links``):
    the activities of published, running promises (status "Publicerat", not yet followed up or
    archived), plus those already linked among the promises the user may read."""
    readable = CitizenPromise.objects.visible_to(user)
    activities = PromiseActivity.objects.filter(promise__in=readable)
    choices = activities.filter(promise__status=CitizenPromise.Status.PUBLISHED)
    if intervention.pk:
        choices = choices | activities.filter(interventions=intervention)
    return (
        choices.distinct()
        .select_related("promise")
        .order_by("-promise__period_start", "promise_id", "position", "pk")
    )
