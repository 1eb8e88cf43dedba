"""Views of the fortnightly EST meetings: list, create, read, print, the organisations' reports,
marking a meeting held and the actions agreed.

Meetings are shared with every participating organisation's users. An organisation's meeting
report is written only by its own users (the coordinator may too): anyone else gets 404.

Templates: ``est_incidents/meeting_list.html``, ``meeting_detail.html``, ``meeting_form.html``,
``meeting_print.html``, ``meeting_report_form.html``, ``meeting_mark_held_confirm.html``.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from est_incidents import early_warning, extensions, policy
from est_incidents.coverage import compute_coverage, reminder_window
from est_incidents.meeting_forms import (
    EstActionForm,
    EstActionStatusForm,
    EstMeetingForm,
    EstMeetingReportForm,
)
from est_incidents.models import (
    EstAction,
    EstMeeting,
    EstMeetingReport,
)
from est_incidents.models.meetings import NOT_STARTED_MESSAGE
from est_incidents.picture_cache import frozen_picture
from est_incidents.services import mark_meeting_held
from hjo_safety import permissions
from hjo_safety.access_log import record_access
from hjo_safety.cache import viewer_key, viewer_version
from hjo_safety.decorators import coordinator_required, membership_required
from hjo_safety.models import AccessEvent, Organisation
from hjo_safety.redaction import redact_replaced_text

MEETINGS_PER_PAGE = 20


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
        _warn_about_overlaps(request, meeting)
        return redirect("est:meeting_detail", pk=meeting.pk)
    return TemplateResponse(request, "est_incidents/meeting_form.html", {"form": form})


def _warn_about_overlaps(request, meeting):
    """A period that overlaps another meeting not yet held counts the same days twice: say so
    (a warning, not an error: two meetings may share days on purpose)."""
    overlapping = (
        EstMeeting.objects.exclude(pk=meeting.pk)
        .exclude(status=EstMeeting.Status.HELD)
        .filter(period_start__lte=meeting.period_end, period_end__gte=meeting.period_start)
        .order_by("starts_at")
    )
    for other in overlapping:
        messages.warning(
            request,
            _(
                "Perioden %(start)s–%(end)s överlappar det planerade mötet %(other)s "
                "(period %(other_start)s–%(other_end)s). Samma händelser kommer med i båda "
                "lägesbilderna. Ändra perioden om det inte är meningen."
            )
            % {
                "start": date_format(meeting.period_start, "j b"),
                "end": date_format(meeting.period_end, "j b Y"),
                "other": date_format(timezone.localtime(other.starts_at), "j b Y"),
                "other_start": date_format(other.period_start, "j b"),
                "other_end": date_format(other.period_end, "j b Y"),
            },
        )


def _get_meeting(request, pk):
    return permissions.get_visible_or_404(EstMeeting.objects, request.user, pk=pk)


def _meeting_facts(meeting, user):
    """What the detail page and the printout both show: present, reports, actions, picture
    (the frozen picture as this user may see it: ``disclosure.py``)."""
    frozen = frozen_picture(meeting, user)
    return {
        "meeting": meeting,
        # Lazy: the detail page renders them once per viewer and data version (fragments).
        "present": SimpleLazyObject(lambda: list(meeting.organisations_present.all())),
        "reports": SimpleLazyObject(
            lambda: list(meeting.reports.select_related("organisation", "updated_by"))
        ),
        "actions": SimpleLazyObject(lambda: list(meeting.actions.for_list())),
        "picture": frozen.picture,
        "picture_fragments": frozen,
    }


def _meeting_context(request, meeting, *, action_form=None):
    """The detail page adds what this user may do: status forms for the actions the policy
    lets them update, their organisations' reports to write, and the coordinator's new action."""
    user = request.user
    context = _meeting_facts(meeting, user)
    is_coordinator = permissions.is_coordinator(user)
    actions = context["actions"]
    context["actions"] = SimpleLazyObject(
        lambda: [
            (action, EstActionStatusForm(instance=action, prefix=f"a{action.pk}"))
            if policy.may_update_action(user, action)
            else (action, None)
            for action in actions
        ]
    )

    def my_organisations():
        reported = {report.organisation_id for report in context["reports"]}
        return [(org, org.pk in reported) for org in Organisation.objects.of_member(user)]

    context["my_organisations"] = SimpleLazyObject(my_organisations)
    # The page's content is rendered once per viewer and data version (hjo_safety/cache.py)
    # unless it shows a submitted form with its errors. The viewer's version (their
    # organisations' scopes and SHARED; every scope for a coordinator) covers all of it: the
    # meetings, reports, actions, presence and interventions bump SHARED, the frozen picture
    # never changes, and the coverage counts only the viewer's own organisations unless they
    # coordinate; so another organisation's incident does not renew a reporter's page.
    context["fragment_key"] = (
        None
        if action_form is not None
        else viewer_key(
            request,
            viewer_version(user),
            "meeting",
            meeting.pk,
            meeting.has_started,
            reminder_window(),
        )
    )
    context["is_coordinator"] = is_coordinator
    # Counts per organisation: the coordinator sees every organisation, others their own.
    context["coverage"] = {
        "period": meeting.period,
        "rows": SimpleLazyObject(
            lambda: compute_coverage(
                meeting.period,
                organisation_ids=None if is_coordinator else permissions.organisation_ids(user),
            )
        ),
        "meeting": meeting,
    }
    # The next meeting's agenda: "Ovanligt många" (issue 25, point 3), per viewer.
    context["early_warnings"] = (
        None
        if meeting.is_held
        else SimpleLazyObject(
            lambda: early_warning.warnings_for_viewer(
                early_warning.meeting_period(meeting, timezone.localdate()), user
            )
        )
    )
    context["early_warning_period"] = (
        None if meeting.is_held else early_warning.meeting_period(meeting, timezone.localdate())
    )
    context["action_form"] = action_form or (EstActionForm() if is_coordinator else None)
    context["extra_sections"] = extensions.sections("meeting_detail", request, meeting=meeting)
    return context


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
    if meeting.frozen_picture:
        # The frozen picture as a document to print or save: the access log keeps who took it.
        record_access(
            request,
            AccessEvent.Kind.FROZEN_PICTURE,
            obj=meeting,
            label=_("Fryst lägesbild, %(meeting)s") % {"meeting": meeting},
            detail=_("utskriftsversion"),
        )
    return TemplateResponse(
        request,
        "est_incidents/meeting_print.html",
        _meeting_facts(meeting, request.user),
    )


@membership_required
def meeting_report_mine(request, pk):
    """Shortcut to the report of the user's (first) organisation."""
    meeting = _get_meeting(request, pk)
    organisation = Organisation.objects.of_member(request.user).order_by("name").first()
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
        with transaction.atomic():
            report.save()
            redact_replaced_text(
                report, form.changed_data, acting_user=request.user, request=request
            )
        messages.success(request, _("Rapporten är sparad."))
        return redirect(reverse("est:meeting_detail", args=[meeting.pk]) + "#rapporter")
    return TemplateResponse(
        request,
        "est_incidents/meeting_report_form.html",
        {"form": form, "meeting": meeting, "organisation": organisation},
    )


@coordinator_required
def meeting_mark_held(request, pk):
    """Mark the meeting held and freeze the situation picture of its period into it.

    It cannot be undone, so a GET (and a POST without ``confirm``) shows a confirmation page;
    a meeting that has not started yet is refused before any question is asked.
    """
    meeting = _get_meeting(request, pk)
    if meeting.is_held:
        messages.info(request, _("Mötet är redan markerat som genomfört."))
        return redirect("est:meeting_detail", pk=meeting.pk)
    if not meeting.has_started:
        # Say it before asking to confirm, not after.
        messages.error(request, NOT_STARTED_MESSAGE)
        return redirect("est:meeting_detail", pk=meeting.pk)
    if request.method == "POST" and request.POST.get("confirm"):
        try:
            mark_meeting_held(meeting, acting_user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("Mötet är markerat som genomfört och lägesbilden är sparad i mötet.")
            )
        return redirect("est:meeting_detail", pk=meeting.pk)
    return TemplateResponse(
        request, "est_incidents/meeting_mark_held_confirm.html", {"meeting": meeting}
    )


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
    if not policy.may_update_action(request.user, action):
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
