"""Queries other pages show council content with (start page, staff start page)."""

from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from bra_council.models import Action, AgendaItem, CouncilMeeting
from hjo_safety import permissions

ACTIONS_DUE_DAYS = 14


def next_public_meeting():
    """The next published council meeting, for the start page."""
    return CouncilMeeting.objects.public().upcoming().first()


def council_actions_due(user) -> dict:
    """Open council actions of the user's organisations due within 14 days, overdue ones
    included. A coordinator sees every organisation's."""
    today = timezone.localdate()
    actions = (
        Action.objects.of_my_organisations(user)
        .open()
        .due_within(ACTIONS_DUE_DAYS, today)
        .select_related("responsible_organisation", "origin__meeting")
        # Only what _actions_due.html shows.
        .only(
            "what",
            "responsible_person",
            "due_date",
            "responsible_organisation__name",
            "responsible_organisation__short_name",
            "origin__meeting__status",
            "origin__meeting__starts_at",
        )
        .order_by("due_date", "pk")
    )
    return {"actions": list(actions), "today": today}


def promise_activity_actions(request, *, promise, activities):
    """For the promise page: each activity's council actions that the viewer may see
    (``activity.council_actions_shown``), with ``activity.council_action_links`` saying whether
    to link them to their story page (staff only). One query; adds no section of its own."""
    by_activity = {activity.pk: activity for activity in activities}
    for activity in activities:
        activity.council_actions_shown = []
        activity.council_action_links = permissions.is_member(request.user)
    if not by_activity:
        return None
    through = Action.promise_activities.through
    rows = (
        through.objects.filter(
            promiseactivity_id__in=by_activity,
            action__in=Action.objects.visible_to(request.user),
        )
        .select_related("action")
        .order_by("action__due_date", "action_id")
    )
    for row in rows:
        by_activity[row.promiseactivity_id].council_actions_shown.append(row.action)
    return None


def promise_council_section(request, *, promise, **_values):
    """For the promise page: the council's agenda items about the promise (of meetings whose
    agenda is published; internal items only for those who may read them) and the council
    actions that carry it out — from those items or linked to its activities — that the viewer
    may see, each once. Staff get links to the action's story. Two queries."""
    items = list(
        AgendaItem.objects.visible_to(request.user)
        .filter(promise=promise, meeting__in=CouncilMeeting.objects.public())
        .select_related("meeting")
        .order_by("meeting__starts_at", "position")
    )
    actions = list(
        Action.objects.visible_to(request.user)
        .filter(Q(origin__promise=promise) | Q(promise_activities__promise=promise))
        .select_related("responsible_organisation")
        .distinct()
        .order_by("due_date", "pk")
    )
    if not items and not actions:
        return None
    return {
        "template": "bra_council/_promise_council.html",
        "items": items,
        "actions": actions,
        "links": permissions.is_member(request.user),
    }


def intervention_actions(request, *, intervention):
    """For an intervention's page: the council actions it carries out that the viewer may
    see, each linked to its story page."""
    actions = list(
        Action.objects.visible_to(request.user)
        .filter(interventions=intervention)
        .order_by("due_date", "pk")
    )
    if not actions:
        return None
    return {"template": "bra_council/_intervention_actions.html", "actions": actions}


def intervention_action_choices(user, intervention):
    """The council actions an intervention's form offers (``est_measures.intervention_links``):
    the open actions the user may see, plus those already linked that the user may see."""
    visible = Action.objects.visible_to(user)
    choices = visible.open()
    if intervention.pk:
        choices = choices | visible.filter(interventions=intervention)
    return choices.distinct().order_by("due_date", "pk")


def describe_action_choice(action) -> str:
    return _("%(what)s (klart senast %(due)s)") % {
        "what": action.what,
        "due": formats.date_format(action.due_date, "j F Y"),
    }
