"""Public pages of citizen_promises: the list of promises, one promise, and the cooperation
agreement's summary (``/samverkan/``, ``citizen_promises/agreement.html``).

Templates: ``citizen_promises/promise_list.html`` and ``citizen_promises/promise_detail.html``.
Every query starts from ``CitizenPromise.objects.visible_to(user)``: citizens see published
promises only; a draft is a 404 (coordinators may preview it).
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.utils import timezone

from citizen_promises.effects import activity_effects
from citizen_promises.models import (
    CitizenPromise,
    CooperationAgreement,
    FollowUp,
    FollowUpResult,
    Progress,
)
from citizen_promises.survey_results import goal_result
from est_incidents import extensions
from est_incidents.publication import current_release
from hjo_safety import permissions
from hjo_safety.public_cache import cache_public_page

PROMISES_PER_PAGE = 12


@cache_public_page
def promise_list(request):
    """Published promises: the current ones first, then earlier ones grouped by year."""
    today = timezone.localdate()
    promises = CitizenPromise.objects.visible_to(request.user).for_list(today)
    page = Paginator(promises, PROMISES_PER_PAGE).get_page(request.GET.get("sida"))
    sections = {timeframe: [] for timeframe in CitizenPromise.Timeframe}
    for promise in page.object_list:
        promise.progress = Progress(promise.done_count, promise.activity_count)
        sections[promise.timeframe].append(promise)
    return TemplateResponse(
        request,
        "citizen_promises/promise_list.html",
        {
            "page_obj": page,
            "current": sections[CitizenPromise.Timeframe.CURRENT],
            "coming": sections[CitizenPromise.Timeframe.COMING],
            "earlier": sections[CitizenPromise.Timeframe.EARLIER],
        },
    )


@cache_public_page
def promise_detail(request, slug):
    """One promise in plain Swedish: goals, activities with status and evidence, follow-ups."""
    user = request.user
    follow_ups = FollowUp.objects.visible_to(user).prefetch_related(
        Prefetch(
            "results",
            queryset=FollowUpResult.objects.select_related("activity").order_by(
                "activity__position", "activity__pk"
            ),
        )
    )
    queryset = CitizenPromise.objects.select_related("priority_area__agreement").prefetch_related(
        "goals",
        "signatories",
        "contacts",
        Prefetch("follow_ups", queryset=follow_ups.order_by("date", "pk")),
    )
    promise = permissions.get_visible_or_404(queryset, user, slug=slug)
    staff = permissions.is_member(user)
    activities = promise.activities.select_related("organisation").prefetch_related("places")
    if staff:  # the interventions that carry each activity out, linked for staff
        activities = activities.prefetch_related("interventions__kind")
    activities = list(activities)
    # A citizen's effects end where the current release ends (its release day minus the
    # delay is the first unpublished day), so they too stay put between release days.
    effects = activity_effects(
        promise,
        activities,
        public=not staff,
        exact=permissions.is_coordinator(user),
        own_ids=permissions.organisation_ids(user),
        today=current_release().released_on,
        user=user,
    )
    for activity in activities:
        activity.effect_rows = effects.get(activity.pk)
    # Other apps add to the page: safety_statistics sets each activity's evidence (the
    # released incident counts at its places), bra_council the council's actions for staff.
    sections = extensions.sections(
        "promise_detail", request, promise=promise, activities=activities
    )
    # A goal that refers to a survey question shows the latest closed survey's answer to it.
    results = {}
    for goal in promise.goals.all():
        if goal.survey_question:
            if goal.survey_question not in results:
                results[goal.survey_question] = goal_result(goal.survey_question)
            goal.survey_result = results[goal.survey_question]
    revisions = list(promise.revisions()[:20])
    return TemplateResponse(
        request,
        "citizen_promises/promise_detail.html",
        {
            "promise": promise,
            "activities": activities,
            "progress": Progress.of(activities),
            "revisions": revisions,
            "last_revision": revisions[0] if revisions else None,
            "is_preview": not promise.is_public,
            "effects_public": not staff,
            "sections": sections,
        },
    )


def _agreement_page(request, agreement, others):
    areas = list(
        agreement.priority_areas.prefetch_related(
            Prefetch(
                "promises",
                queryset=CitizenPromise.objects.visible_to(request.user).order_by("-period_start"),
            )
        )
    )
    return TemplateResponse(
        request,
        "citizen_promises/agreement.html",
        {
            "agreement": agreement,
            "areas": areas,
            "parties": list(agreement.parties.order_by("name")),
            "signatories": list(agreement.signatories.select_related("party")),
            "others": others,
            "is_preview": not agreement.is_published,
        },
    )


@cache_public_page
def agreement_current(request):
    """/samverkan/: the agreement in force (else the newest published one), and earlier ones."""
    agreements = list(CooperationAgreement.objects.published())
    today = timezone.localdate()
    current = next(
        (a for a in agreements if a.valid_from <= today <= a.valid_to),
        agreements[0] if agreements else None,
    )
    if current is None:
        return TemplateResponse(request, "citizen_promises/agreement.html", {"agreement": None})
    return _agreement_page(request, current, [a for a in agreements if a != current])


@cache_public_page
def agreement_detail(request, pk):
    """One agreement by its id (earlier ones; a draft only for coordinators)."""
    agreement = permissions.get_visible_or_404(
        CooperationAgreement.objects.all(), request.user, pk=pk
    )
    others = [a for a in CooperationAgreement.objects.published() if a != agreement]
    return _agreement_page(request, agreement, others)
