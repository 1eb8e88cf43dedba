"""Views of safety walks (trygghetsvandringar): list, register, read, change, print, publish.

Every participant reads every walk (``visible_to``); the coordinator and members of the
organisations that took part change it (``editable_by``: anyone else gets 404). A finding
becomes an EST action at a chosen meeting (the coordinator, who agrees EST actions). The public
summary shows published walks' findings and their status, never the notes.
Templates: ``est_measures/walk_*.html``.
"""

import uuid

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Prefetch
from django.forms.utils import ErrorDict
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from est_incidents.models import EstAction
from est_measures import services
from est_measures.forms import (
    FindingFormSet,
    FindingShareAnswerForm,
    FindingShareForm,
    FindingToActionForm,
    SafetyWalkForm,
)
from est_measures.models import FindingShare, SafetyWalk, SafetyWalkFinding
from hjo_safety import events, permissions
from hjo_safety.decorators import coordinator_required, membership_required

PER_PAGE = 25
SHARES_SHOWN = 20


def _findings():
    return Prefetch(
        "findings",
        queryset=SafetyWalkFinding.objects.select_related(
            "place", "responsible_organisation", "est_action"
        ).prefetch_related(
            Prefetch(
                "shares",
                queryset=FindingShare.objects.select_related("organisation").order_by("pk"),
            )
        ),
    )


@require_GET
@membership_required
def walk_list(request):
    """Every safety walk, newest first, with its number of findings and how many are done."""
    walks = (
        SafetyWalk.objects.visible_to(request.user)
        .annotate(
            finding_count=Count("findings"),
            done_count=Count("findings", filter=_done()),
        )
        .prefetch_related("organisations")
        .order_by("-date", "-pk")
    )
    page = Paginator(walks, PER_PAGE).get_page(request.GET.get("sida"))
    received = (
        FindingShare.objects.received_by(request.user)
        .exclude(
            finding__status__in=[SafetyWalkFinding.Status.DONE, SafetyWalkFinding.Status.NOT_DONE]
        )
        .select_related("finding__walk", "finding__place", "organisation")
        .order_by("-shared_at", "-pk")[:SHARES_SHOWN]
        if not permissions.is_coordinator(request.user)
        else []
    )
    return TemplateResponse(
        request, "est_measures/walk_list.html", {"page_obj": page, "received": received}
    )


def _done():
    from django.db.models import Q

    return Q(findings__status=SafetyWalkFinding.Status.DONE)


def _save(request, form, formset, *, created):
    with transaction.atomic():
        walk = form.save(commit=False)
        if created:
            walk.created_by = request.user
        walk.save()
        form.save_m2m()
        formset.instance = walk
        formset.save()
        if walk.is_published and "is_published" in form.changed_data:
            events.emit(events.SAFETY_WALK_PUBLISHED, walk=walk)
    return walk


MORE_ROWS = 3  # empty finding rows "Lägg till fler fynd" adds


def _finding_formset(request, walk):
    """The findings' formset; with "Lägg till fler fynd" (a submit button, no JavaScript) the
    posted rows are kept and ``MORE_ROWS`` empty ones added, and nothing is saved."""
    data = request.POST or None
    more = data is not None and "fler_fynd" in data
    if more:
        data = data.copy()
        try:
            total = int(data.get("fynd-TOTAL_FORMS", "0"))
        except ValueError:
            total = 0
        data["fynd-TOTAL_FORMS"] = str(min(max(total, 0) + MORE_ROWS, 200))
    return FindingFormSet(data, instance=walk, prefix="fynd"), more


def _without_errors(form, formset):
    """Show what was typed, without errors: the user asked for more rows, not to save."""
    form._errors = ErrorDict()
    for finding_form in formset.forms:
        finding_form._errors = ErrorDict()
    formset._errors = [ErrorDict() for _form in formset.forms]
    formset._non_form_errors = formset.error_class()


@require_http_methods(["GET", "POST"])
@membership_required
def walk_create(request):
    """Register a walk and its findings on one page (works without JavaScript).

    The form carries a submission token: the same form sent twice (a double tap, or the
    offline queue retrying after a lost answer) is saved once, and the second send is shown
    the saved walk."""
    token = _submission_token(request)
    if request.method == "POST" and token is not None:
        saved = SafetyWalk.objects.visible_to(request.user).filter(submission_token=token).first()
        if saved is not None:
            return redirect("measures:walk_detail", pk=saved.pk)
    form = SafetyWalkForm(request.POST or None, user=request.user)
    formset, more = _finding_formset(request, SafetyWalk())
    if more:
        _without_errors(form, formset)
    elif request.method == "POST" and form.is_valid() and formset.is_valid():
        form.instance.submission_token = token
        walk = _save(request, form, formset, created=True)
        messages.success(request, _("Trygghetsvandringen är registrerad."))
        return redirect("measures:walk_detail", pk=walk.pk)
    return TemplateResponse(
        request,
        "est_measures/walk_form.html",
        {"form": form, "formset": formset, "submission_token": token or uuid.uuid4()},
    )


def _submission_token(request):
    try:
        return uuid.UUID(request.POST.get("submission_token", ""))
    except ValueError:
        return None


@require_http_methods(["GET", "POST"])
@membership_required
def walk_update(request, pk):
    """Change a walk and its findings (follow up their status; add more findings)."""
    walk = get_object_or_404(SafetyWalk.objects.editable_by(request.user), pk=pk)
    form = SafetyWalkForm(request.POST or None, instance=walk, user=request.user)
    formset, more = _finding_formset(request, walk)
    if more:
        _without_errors(form, formset)
    elif request.method == "POST" and form.is_valid() and formset.is_valid():
        _save(request, form, formset, created=False)
        messages.success(request, _("Ändringarna är sparade."))
        return redirect("measures:walk_detail", pk=walk.pk)
    return TemplateResponse(
        request, "est_measures/walk_form.html", {"form": form, "formset": formset, "walk": walk}
    )


def _walk_or_404(request, pk):
    return permissions.get_visible_or_404(
        SafetyWalk.objects.prefetch_related("organisations", _findings()), request.user, pk=pk
    )


@require_GET
@membership_required
def walk_detail(request, pk):
    """One walk: its facts and findings, each with its status and EST action."""
    walk = _walk_or_404(request, pk)
    is_coordinator = permissions.is_coordinator(request.user)
    findings = list(walk.findings.all())
    return TemplateResponse(
        request,
        "est_measures/walk_detail.html",
        {
            "walk": walk,
            "findings": findings,
            "can_edit": SafetyWalk.objects.editable_by(request.user).filter(pk=pk).exists(),
            "is_coordinator": is_coordinator,
        },
    )


@require_GET
@membership_required
def walk_report(request, pk):
    """The walk as a printable report (print CSS; the browser prints or saves it as PDF)."""
    walk = _walk_or_404(request, pk)
    return TemplateResponse(
        request,
        "est_measures/walk_report.html",
        {"walk": walk, "findings": list(walk.findings.all())},
    )


@require_http_methods(["GET", "POST"])
@coordinator_required
def finding_to_action(request, pk):
    """Create an EST action from a finding, at the chosen meeting, and link it back."""
    finding = get_object_or_404(SafetyWalkFinding.objects.select_related("walk", "place"), pk=pk)
    if finding.est_action_id is not None:
        messages.info(request, _("Fyndet har redan blivit en EST-åtgärd."))
        return redirect("measures:walk_detail", pk=finding.walk_id)
    form = FindingToActionForm(request.POST or None, finding=finding)
    if request.method == "GET" or not form.is_valid():
        return TemplateResponse(
            request,
            "est_measures/finding_to_action.html",
            {"form": form, "finding": finding, "walk": finding.walk},
            status=200 if request.method == "GET" else 400,
        )
    with transaction.atomic():
        action = EstAction.objects.create(
            meeting=form.cleaned_data["meeting"],
            what=form.cleaned_data["what"],
            responsible_organisation=form.cleaned_data["responsible_organisation"],
            due_date=form.cleaned_data.get("due_date"),
        )
        finding.est_action = action
        if finding.status == SafetyWalkFinding.Status.OPEN:
            finding.status = SafetyWalkFinding.Status.IN_PROGRESS
        finding.save(update_fields=["est_action", "status"])
    messages.success(request, _("Fyndet är nu en EST-åtgärd på mötet."))
    return redirect("measures:walk_detail", pk=finding.walk_id)


# --- Sharing a finding with the organisation that can act ---------------------------------


@require_http_methods(["GET", "POST"])
@membership_required
def finding_share(request, pk):
    """Share a finding with an organisation (the walk's organisations and the coordinator;
    anyone else gets 404). The receiver then sees it and follows up its status."""
    finding = get_object_or_404(
        SafetyWalkFinding.objects.filter(
            walk__in=SafetyWalk.objects.editable_by(request.user)
        ).select_related("walk", "place", "responsible_organisation"),
        pk=pk,
    )
    form = FindingShareForm(request.POST or None, finding=finding)
    if request.method == "POST" and form.is_valid():
        try:
            share = services.share_finding(
                finding=finding,
                organisation=form.cleaned_data["organisation"],
                note=form.cleaned_data["note"],
                acting_user=request.user,
            )
        except ValidationError as error:
            form.add_error("organisation", error)
        else:
            messages.success(
                request,
                _("Fyndet är delat med %(organisation)s.")
                % {"organisation": share.organisation.name},
            )
            return redirect(f"{finding.walk.get_absolute_url()}#fynd-{finding.pk}")
    return TemplateResponse(
        request,
        "est_measures/finding_share.html",
        {"form": form, "finding": finding, "walk": finding.walk},
        status=400 if request.method == "POST" else 200,
    )


@require_http_methods(["GET", "POST"])
@membership_required
def finding_share_detail(request, pk):
    """A shared finding: the receiving organisation reads it and sets its status and answer;
    the walk's organisations read the answer; anyone else gets 404."""
    share = permissions.get_visible_or_404(
        FindingShare.objects.select_related(
            "finding__walk", "finding__place", "finding__responsible_organisation", "organisation"
        ),
        request.user,
        pk=pk,
    )
    may_answer = permissions.is_coordinator(
        request.user
    ) or share.organisation_id in permissions.organisation_ids(request.user)
    form = None
    if may_answer:
        form = FindingShareAnswerForm(request.POST or None, instance=share)
        if request.method == "POST" and form.is_valid():
            services.answer_finding_share(
                share=share,
                status=form.cleaned_data["status"],
                answer=form.cleaned_data["answer"],
                acting_user=request.user,
            )
            messages.success(request, _("Uppföljningen är sparad."))
            return redirect(share.get_absolute_url())
    elif request.method == "POST":
        raise Http404
    return TemplateResponse(
        request,
        "est_measures/finding_share_detail.html",
        {"share": share, "finding": share.finding, "walk": share.finding.walk, "form": form},
        status=400 if request.method == "POST" else 200,
    )


# --- Public summary -------------------------------------------------------------------------


@require_GET
def public_walk_list(request):
    """Published walks, for citizens: where, when, how many findings and how many are done."""
    walks = (
        SafetyWalk.objects.published()
        .annotate(finding_count=Count("findings"), done_count=Count("findings", filter=_done()))
        .order_by("-date", "-pk")[:50]
    )
    return TemplateResponse(request, "est_measures/public_walk_list.html", {"walks": walks})


@require_GET
def public_walk_detail(request, pk):
    """One published walk's findings and their status, without notes or personal data."""
    walk = SafetyWalk.objects.published().prefetch_related("organisations", _findings())
    try:
        walk = walk.get(pk=pk)
    except SafetyWalk.DoesNotExist as exc:
        raise Http404 from exc
    return TemplateResponse(
        request,
        "est_measures/public_walk_detail.html",
        {"walk": walk, "findings": list(walk.findings.all())},
    )
