"""The coordinator's part of the statutory yearly document (lägesbild och åtgärdsplan enligt
lag (2023:196)): choosing the year and writing the analysis. The document itself brings in the
council's actions too, so it lives in ``bra_council/statutory.py``.

Templates: ``est_incidents/statutory_form.html``.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from est_incidents.meeting_forms import YearlyAnalysisForm
from est_incidents.models import YearlySituationAnalysis
from hjo_safety.dates import MAX_YEAR, MIN_YEAR
from hjo_safety.decorators import coordinator_required, membership_required


def check_year(year):
    """404 for a year outside the portal's range, as for any other unknown document."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404


@coordinator_required
def statutory_edit(request, year):
    """The coordinator writes the yearly document's analysis sections (saved in the database)."""
    check_year(year)
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
