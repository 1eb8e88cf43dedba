"""The statutory yearly document (lägesbild och åtgärdsplan enligt lag (2023:196)): the year's
situation picture, monthly trend, hotspots and police events, the coordinator's analysis, the EST
actions and the council's actions. It lives here because this app owns the council's actions and
may read est_incidents, never the other way round. Served at /personal/lagesbild/ar/<year>/ under
the ``est`` URL names (wired in ``hjo_safety/urls.py``).

Template: ``bra_council/statutory_document.html``.
"""

from datetime import date

from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse

from bra_council.models import Action
from est_incidents.disclosure import counts_for_viewer, picture_for_viewer
from est_incidents.models import EstAction, EstMeeting, YearlySituationAnalysis
from est_incidents.situation import compute_situation, monthly_counts
from hjo_safety import permissions
from hjo_safety.dates import MAX_YEAR, MIN_YEAR, Period
from hjo_safety.decorators import membership_required


@membership_required
def statutory_document(request, year):
    """The yearly lägesbild and action plan: the year's picture, monthly trend, hotspots,
    police events, the coordinator's analysis and the EST (and council) actions. Printable."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404
    period = Period(date(year, 1, 1), date(year, 12, 31))
    picture = picture_for_viewer(compute_situation(period, include_points=False), request.user)
    months = counts_for_viewer(monthly_counts(year), request.user)
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
        "bra_council/statutory_document.html",
        {
            "year": year,
            "picture": picture,
            "months": months,
            "analysis": analysis,
            "open_actions": [a for a in actions if a.status == EstAction.Status.OPEN],
            "closed_actions": [a for a in actions if a.status != EstAction.Status.OPEN],
            "council_actions": list(
                Action.objects.visible_to(request.user)
                .filter(due_date__year=year)
                .order_by("due_date", "pk")[:200]
            ),
            "meetings_held": EstMeeting.objects.held().filter(starts_at__year=year).count(),
            "is_coordinator": permissions.is_coordinator(request.user),
        },
    )
