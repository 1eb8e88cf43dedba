"""Views of interventions: list with filters, log, read (with its effect), change.

Every participating organisation reads every intervention (``visible_to``); changes start from
``Intervention.objects.editable_by(user)``, so another organisation's intervention answers 404
on its change page. Templates: ``est_measures/intervention_*.html``.
"""

from datetime import timedelta

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from est_incidents import extensions
from est_incidents.maps import map_settings, places_for_map
from est_measures.effect_context import effects_in_context
from est_measures.effect_data import measure_effects
from est_measures.forms import InterventionFilterForm, InterventionForm
from est_measures.models import Intervention
from hjo_safety import permissions
from hjo_safety.decorators import membership_required

PER_PAGE = 25


@require_GET
@membership_required
def intervention_list(request):
    """Every organisation's interventions, newest first, filtered by period, kind, organisation
    and place, 25 a page."""
    form = InterventionFilterForm(request.GET or None)
    interventions = form.filter(Intervention.objects.visible_to(request.user)).for_list()
    page = Paginator(interventions, PER_PAGE).get_page(request.GET.get("sida"))
    editable = set(
        Intervention.objects.editable_by(request.user)
        .filter(pk__in=[i.pk for i in page.object_list])
        .values_list("pk", flat=True)
    )
    return TemplateResponse(
        request,
        "est_measures/intervention_list.html",
        {"form": form, "page_obj": page, "editable": editable},
    )


@require_http_methods(["GET", "POST"])
@membership_required
def intervention_create(request):
    """Log an intervention, once or recurring every week."""
    form = InterventionForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            intervention = form.save()
        messages.success(request, _("Tack! Insatsen är registrerad."))
        return redirect("measures:intervention_detail", pk=intervention.pk)
    return TemplateResponse(
        request,
        "est_measures/intervention_form.html",
        {"form": form, "places": places_for_map(), **map_settings()},
    )


@require_GET
@membership_required
def intervention_detail(request, pk):
    """One intervention: what, who, where, when, its occurrences ahead and its effect."""
    intervention = permissions.get_visible_or_404(
        Intervention.objects.for_list().select_related("est_action__meeting"),
        request.user,
        pk=pk,
    )
    place_ids = [place.pk for place in intervention.places.all()]
    effects = []
    if place_ids:
        start = intervention.starts_at
        span = timedelta(days=190)
        others = (
            Intervention.objects.exclude(pk=intervention.pk)
            .in_period(start - span, start + span)
            .filter(places__isnull=False)
            .values_list("places", flat=True)
        )
        windows = measure_effects(place_ids, start, exclude_place_ids=set(others))
        effects = effects_in_context(windows, place_ids, request.user)
    return TemplateResponse(
        request,
        "est_measures/intervention_detail.html",
        {
            "intervention": intervention,
            "can_edit": Intervention.objects.editable_by(request.user).filter(pk=pk).exists(),
            "effects": effects,
            # Apps above this one add to the page (the council actions it carries out).
            "extra_sections": extensions.sections(
                "intervention_detail", request, intervention=intervention
            ),
            **map_settings(),
        },
    )


@require_http_methods(["GET", "POST"])
@membership_required
def intervention_update(request, pk):
    """Change an intervention (its organisation; the coordinator any)."""
    intervention = get_object_or_404(Intervention.objects.editable_by(request.user), pk=pk)
    form = InterventionForm(request.POST or None, instance=intervention, user=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("Ändringarna är sparade."))
        return redirect("measures:intervention_detail", pk=intervention.pk)
    return TemplateResponse(
        request,
        "est_measures/intervention_form.html",
        {
            "form": form,
            "intervention": intervention,
            "places": places_for_map(),
            **map_settings(),
        },
    )


@require_GET
@membership_required
def effect_help(request):
    """ "Hur bedöms effekten?": the effect method and its limits in plain Swedish, linked from
    every "Hjälpte det?" section (est_measures/_effect.html). Template:
    ``est_measures/effect_help.html``."""
    return TemplateResponse(request, "est_measures/effect_help.html", {})
