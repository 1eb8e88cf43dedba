"""The weekly report (issue 25, point 4): several incidents logged in one sitting, and an
organisation's "inget att rapportera" for a period.

``incident_batch`` is a table of rows (``weekly_forms.IncidentRowForm``), each behind the
personal-data guard; the filled rows are saved together, or none when any is wrong, and a table
sent twice saves nothing twice (each row's token is derived from the table's). Works without
JavaScript: ``?rader=10`` gives more rows. ``nothing_to_report`` records and lists the
declarations the coverage monitor reads (``est_incidents.coverage``); members see and withdraw
their own organisations' only (another organisation's is 404). Templates:
``est_incidents/incident_batch.html``, ``est_incidents/nothing_to_report.html``.
"""

import uuid

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from est_incidents.models import NothingToReport
from est_incidents.situation import default_period
from est_incidents.weekly_forms import (
    DEFAULT_ROWS,
    MAX_ROWS,
    NothingToReportForm,
    OrganisationChoiceForm,
    incident_rows_formset,
    row_token,
)
from hjo_safety.decorators import membership_required


def _rows_asked(request) -> int:
    value = request.GET.get("rader", "")
    return min(int(value), MAX_ROWS) if value.isdigit() and int(value) > 0 else DEFAULT_ROWS


def _batch_token(request):
    try:
        return uuid.UUID(request.POST.get("tabell", ""))
    except ValueError:
        return None


@require_http_methods(["GET", "POST"])
@membership_required
def incident_batch(request):
    """Log several incidents at once (the weekly report)."""
    user = request.user
    organisation_form = OrganisationChoiceForm(request.POST or None, user=user)
    formset = incident_rows_formset(request.POST or None, rows=_rows_asked(request))
    batch = _batch_token(request) if request.method == "POST" else uuid.uuid4()
    problems = []
    if request.method == "POST":
        organisation = organisation_form.chosen()
        if batch is None:
            problems.append(_("Formuläret är trasigt. Ladda om sidan och försök igen."))
        if organisation is None and not organisation_form.needed:
            problems.append(_("Du är inte med i någon aktiv organisation och kan inte rapportera."))
        rows_valid = formset.is_valid()
        filled = [form for form in formset.forms if form.has_changed()] if rows_valid else []
        if rows_valid and not filled:
            problems.append(_("Fyll i minst en rad: kategori, tid, plats och vad som hände."))
        if organisation is not None and rows_valid and filled and not problems:
            try:
                with transaction.atomic():
                    for index, form in enumerate(formset.forms):
                        if form not in filled:
                            continue
                        incident = form.save(commit=False)
                        incident.organisation = organisation
                        incident.reported_by = user
                        incident.submission_token = row_token(batch, index)
                        incident.save()
            except IntegrityError:
                messages.info(
                    request, _("Raderna var redan sparade – de sparades inte två gånger.")
                )
                return redirect("est:incident_list")
            messages.success(
                request,
                ngettext(
                    "Tack! %(count)s händelse är registrerad.",
                    "Tack! %(count)s händelser är registrerade.",
                    len(filled),
                )
                % {"count": len(filled)},
            )
            return redirect("est:incident_list")
    return TemplateResponse(
        request,
        "est_incidents/incident_batch.html",
        {
            "organisation_form": organisation_form,
            "formset": formset,
            "batch": batch or uuid.uuid4(),
            "problems": problems,
            "more_rows": min(len(formset.forms) + DEFAULT_ROWS, MAX_ROWS),
            "max_rows": MAX_ROWS,
        },
    )


@require_http_methods(["GET", "POST"])
@membership_required
def nothing_to_report(request):
    """Record "inget att rapportera" for a period; the user's organisations' declarations."""
    user = request.user
    organisation_form = OrganisationChoiceForm(request.POST or None, user=user)
    period = default_period()
    form = NothingToReportForm(
        request.POST or None, initial={"period_start": period.start, "period_end": period.end}
    )
    if request.method == "POST" and form.is_valid():
        organisation = organisation_form.chosen()
        if organisation is not None:
            declaration = form.save(commit=False)
            declaration.organisation = organisation
            declaration.recorded_by = user
            declaration._history_user = user
            try:
                with transaction.atomic():
                    declaration.save()
            except IntegrityError:
                messages.info(request, _("Perioden var redan anmäld."))
            else:
                messages.success(
                    request,
                    _("Anmält: %(organisation)s hade inget att rapportera %(start)s–%(end)s.")
                    % {
                        "organisation": organisation.name,
                        "start": declaration.period_start.isoformat(),
                        "end": declaration.period_end.isoformat(),
                    },
                )
            return redirect("est:nothing_to_report")
    declarations = list(
        NothingToReport.objects.visible_to(user).select_related("organisation", "recorded_by")[:30]
    )
    return TemplateResponse(
        request,
        "est_incidents/nothing_to_report.html",
        {
            "organisation_form": organisation_form,
            "form": form,
            "declarations": declarations,
        },
    )


@require_POST
@membership_required
def nothing_to_report_withdraw(request, pk):
    """Withdraw a declaration of one's own organisation (404 for another's)."""
    declaration = get_object_or_404(NothingToReport.objects.visible_to(request.user), pk=pk)
    declaration._history_user = request.user
    declaration.delete()
    messages.success(request, _("Anmälan är borttagen."))
    return redirect("est:nothing_to_report")
