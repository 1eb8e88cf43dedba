"""Views of the situation picture (lägesbild), the fortnightly EST meetings and the statutory
yearly document (lägesbild och åtgärdsplan enligt lag (2023:196)).

Aggregates are shared with every participating organisation's users; nothing here shows an
incident's description or links to another organisation's incident. An organisation's meeting
report is written only by its own users (the coordinator may too): anyone else gets 404.

Templates: ``est_incidents/situation_picture.html``, ``meeting_list.html``,
``meeting_detail.html``, ``meeting_form.html``, ``meeting_print.html``,
``meeting_report_form.html``, ``statutory_document.html``, ``statutory_form.html``.
"""

from datetime import date, timedelta

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from est_incidents.meeting_forms import (
    EstActionForm,
    EstActionStatusForm,
    EstMeetingForm,
    EstMeetingReportForm,
    SituationFilterForm,
    YearlyAnalysisForm,
)
from est_incidents.meeting_models import (
    EstAction,
    EstMeeting,
    EstMeetingReport,
    YearlySituationAnalysis,
)
from est_incidents.situation import Period, compute_situation, default_period, monthly_counts
from hjo_safety import permissions
from hjo_safety.decorators import coordinator_required, membership_required
from hjo_safety.models import Organisation

MEETINGS_PER_PAGE = 20
MIN_YEAR, MAX_YEAR = 2000, 2100


@membership_required
def situation_picture(request):
    """The situation picture of a period (default: since the last held EST meeting) with
    optional filters: numbers, charts, hotspots, police events, open actions and a map."""
    form = SituationFilterForm(request.GET or None)
    period = default_period()
    filters = {}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        start, end = data.get("start"), data.get("end")
        if start and not end:
            end = max(start, timezone.localdate())
        if end and not start:
            start = end - timedelta(days=13)
        if start and end:
            period = Period(start, end)
        filters = {key: data.get(key) for key in ("place", "category", "organisation")}
    elif not form.is_bound:
        form = SituationFilterForm(initial={"start": period.start, "end": period.end})
    picture = compute_situation(start=period.start, end=period.end, **filters)
    return TemplateResponse(
        request,
        "est_incidents/situation_picture.html",
        {
            "form": form,
            "picture": picture,
            "period": period,
            "map_tile_url": settings.MAP_TILE_URL,
            "map_tile_attribution": settings.MAP_TILE_ATTRIBUTION,
            "this_year": timezone.localdate().year,
        },
    )


@membership_required
def meeting_list(request):
    """All EST meetings, newest first, with their numbers of reports and actions."""
    meetings = (
        EstMeeting.objects.visible_to(request.user)
        .annotate(
            report_count=Count("reports", distinct=True),
            action_count=Count("actions", distinct=True),
        )
        .order_by("-starts_at")
    )
    page = Paginator(meetings, MEETINGS_PER_PAGE).get_page(request.GET.get("sida"))
    upcoming = (
        EstMeeting.objects.visible_to(request.user)
        .planned()
        .filter(starts_at__gte=timezone.now())
        .order_by("starts_at")
        .first()
    )
    return TemplateResponse(
        request,
        "est_incidents/meeting_list.html",
        {"page": page, "meetings": page.object_list, "upcoming": upcoming},
    )


@coordinator_required
def meeting_create(request):
    """A new EST meeting; its period defaults from the previous meeting."""
    form = EstMeetingForm(request.POST or None, initial=EstMeetingForm.initial_for_next())
    if request.method == "POST" and form.is_valid():
        meeting = form.save()
        messages.success(request, _("EST-mötet är skapat."))
        return redirect("est:meeting_detail", pk=meeting.pk)
    return TemplateResponse(request, "est_incidents/meeting_form.html", {"form": form})


def _get_meeting(request, pk):
    return permissions.get_visible_or_404(EstMeeting.objects, request.user, pk=pk)


def _meeting_context(request, meeting, *, action_form=None):
    user = request.user
    reports = list(meeting.reports.select_related("organisation", "updated_by"))
    actions = list(meeting.actions.for_list())
    editable_action_ids = set(
        EstAction.objects.editable_by(user).filter(meeting=meeting).values_list("pk", flat=True)
    )
    my_organisations = list(Organisation.objects.filter(memberships__user=user).distinct())
    reported = {report.organisation_id for report in reports}
    is_coordinator = permissions.is_coordinator(user)
    return {
        "meeting": meeting,
        "present": list(meeting.organisations_present.all()),
        "reports": reports,
        "actions": [
            (action, EstActionStatusForm(instance=action, prefix=f"a{action.pk}"))
            if action.pk in editable_action_ids
            else (action, None)
            for action in actions
        ],
        "my_organisations": [(org, org.pk in reported) for org in my_organisations],
        "is_coordinator": is_coordinator,
        "action_form": action_form or (EstActionForm() if is_coordinator else None),
        "picture": meeting.frozen_picture,
    }


@membership_required
def meeting_detail(request, pk):
    """One meeting: time, period, organisations present, reports, actions and (once held) the
    frozen situation picture, which later corrections of incidents never change."""
    meeting = _get_meeting(request, pk)
    return TemplateResponse(
        request, "est_incidents/meeting_detail.html", _meeting_context(request, meeting)
    )


@membership_required
def meeting_print(request, pk):
    """The meeting as a printable A4 record: frozen picture, reports, actions."""
    meeting = _get_meeting(request, pk)
    return TemplateResponse(
        request, "est_incidents/meeting_print.html", _meeting_context(request, meeting)
    )


@membership_required
def meeting_report_mine(request, pk):
    """Shortcut to the report of the user's (first) organisation."""
    meeting = _get_meeting(request, pk)
    organisation = (
        Organisation.objects.filter(memberships__user=request.user).order_by("name").first()
    )
    if organisation is None:
        raise Http404
    return redirect("est:meeting_report", pk=meeting.pk, organisation_pk=organisation.pk)


@membership_required
def meeting_report(request, pk, organisation_pk):
    """Write or correct an organisation's report to a meeting: its own users only (else 404)."""
    meeting = _get_meeting(request, pk)
    organisation = permissions.get_visible_or_404(
        Organisation.objects, request.user, pk=organisation_pk
    )
    report = (
        EstMeetingReport.objects.editable_by(request.user)
        .filter(meeting=meeting, organisation=organisation)
        .first()
    )
    if meeting.is_held:
        messages.warning(request, _("Mötet är genomfört. Rapporterna sparas som de var vid mötet."))
        return redirect("est:meeting_detail", pk=meeting.pk)
    instance = report or EstMeetingReport(meeting=meeting, organisation=organisation)
    form = EstMeetingReportForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        report = form.save(commit=False)
        report.updated_by = request.user
        report.save()
        messages.success(request, _("Rapporten är sparad."))
        return redirect(reverse("est:meeting_detail", args=[meeting.pk]) + "#rapporter")
    return TemplateResponse(
        request,
        "est_incidents/meeting_report_form.html",
        {"form": form, "meeting": meeting, "organisation": organisation},
    )


@require_POST
@coordinator_required
def meeting_mark_held(request, pk):
    """Mark the meeting held and freeze the situation picture of its period into it."""
    meeting = _get_meeting(request, pk)
    if meeting.is_held:
        messages.info(request, _("Mötet är redan markerat som genomfört."))
    else:
        meeting.mark_held(acting_user=request.user)
        messages.success(
            request, _("Mötet är markerat som genomfört och lägesbilden är sparad i mötet.")
        )
    return redirect("est:meeting_detail", pk=meeting.pk)


@require_POST
@coordinator_required
def meeting_action_create(request, pk):
    """Add an agreed action to the meeting."""
    meeting = _get_meeting(request, pk)
    form = EstActionForm(request.POST, instance=EstAction(meeting=meeting))
    if form.is_valid():
        form.save()
        messages.success(request, _("Åtgärden är tillagd."))
        return redirect(reverse("est:meeting_detail", args=[meeting.pk]) + "#atgarder")
    context = _meeting_context(request, meeting, action_form=form)
    return TemplateResponse(request, "est_incidents/meeting_detail.html", context, status=400)


@require_POST
@membership_required
def action_status(request, pk):
    """Change an action's status: the responsible organisation's users or the coordinator."""
    action = permissions.get_visible_or_404(EstAction.objects, request.user, pk=pk)
    if not EstAction.objects.editable_by(request.user).filter(pk=action.pk).exists():
        raise Http404
    form = EstActionStatusForm(request.POST, instance=action, prefix=f"a{action.pk}")
    if form.is_valid():
        if form.has_changed():
            action = form.save(commit=False)
            action.status_changed_at = timezone.now()
            action.save()
        messages.success(request, _("Åtgärdens status är sparad."))
    else:
        messages.error(request, _("Välj en av statusarna i listan."))
    return redirect(reverse("est:meeting_detail", args=[action.meeting_id]) + "#atgarder")


# --- The statutory yearly document ------------------------------------------------------


def _check_year(year):
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404


def _council_actions(year):
    """The council's actions of the year, when the council app provides an ``Action`` model
    with a ``due_date``; ``None`` when it does not (the document says so)."""
    try:
        from bra_council.models import Action
    except ImportError:
        return None
    names = {field.name for field in Action._meta.get_fields()}
    if "due_date" not in names:
        return None
    return list(Action.objects.filter(due_date__year=year).order_by("due_date", "pk")[:200])


@membership_required
def statutory_document(request, year):
    """The yearly lägesbild and action plan: the year's picture, monthly trend, hotspots,
    police events, the coordinator's analysis and the EST (and council) actions. Printable."""
    _check_year(year)
    picture = compute_situation(
        start=date(year, 1, 1), end=date(year, 12, 31), include_points=False
    )
    months = monthly_counts(year)
    analysis = YearlySituationAnalysis.objects.filter(year=year).first()
    actions = (
        EstAction.objects.visible_to(request.user)
        .filter(Q(meeting__starts_at__year=year) | Q(due_date__year=year))
        .for_list()
        .order_by("due_date", "pk")
    )
    actions = list(actions)
    return TemplateResponse(
        request,
        "est_incidents/statutory_document.html",
        {
            "year": year,
            "picture": picture,
            "months": months,
            "analysis": analysis,
            "open_actions": [a for a in actions if a.status == EstAction.Status.OPEN],
            "closed_actions": [a for a in actions if a.status != EstAction.Status.OPEN],
            "council_actions": _council_actions(year),
            "meetings_held": EstMeeting.objects.held().filter(starts_at__year=year).count(),
            "is_coordinator": permissions.is_coordinator(request.user),
        },
    )


@coordinator_required
def statutory_edit(request, year):
    """The coordinator writes the yearly document's analysis sections (saved in the database)."""
    _check_year(year)
    instance = YearlySituationAnalysis.objects.filter(year=year).first()
    instance = instance or YearlySituationAnalysis(year=year)
    form = YearlyAnalysisForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        analysis = form.save(commit=False)
        analysis.updated_by = request.user
        analysis.save()
        messages.success(request, _("Analysen är sparad."))
        return redirect("est:statutory_document", year=year)
    return TemplateResponse(
        request, "est_incidents/statutory_form.html", {"form": form, "year": year}
    )


@membership_required
def statutory_choose_year(request):
    """/lagesbild/ar/?year=2026 → that year's document (default: this year)."""
    try:
        year = int(request.GET.get("year") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    year = min(max(year, MIN_YEAR), MAX_YEAR)
    return redirect("est:statutory_document", year=year)
