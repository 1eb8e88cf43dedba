"""One event counted once (issue 25, point 1): link a report to another as "samma händelse",
or unlink it. POST only; the incident's page shows the suggestions and the group
(``est_incidents/_same_event.html``). Only users who may correct the incident (its
organisation's, a coordinator) link or unlink it; another organisation's incident answers 404,
and a report that is not among the incident's possible duplicates is refused (a coordinator may
link any report)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from est_incidents import services
from est_incidents.models import Incident
from est_incidents.same_event import possible_duplicates
from hjo_safety import permissions
from hjo_safety.decorators import membership_required


@require_POST
@membership_required
def incident_same_event(request, pk):
    incident = get_object_or_404(
        Incident.objects.editable_by(request.user).select_related("category", "place"), pk=pk
    )
    try:
        other_pk = int(request.POST.get("other", ""))
    except ValueError as error:
        raise Http404 from error
    candidates = {c.pk: c.incident for c in possible_duplicates(incident, request.user)}
    other = candidates.get(other_pk)
    if other is None and permissions.is_coordinator(request.user):
        other = Incident.objects.filter(pk=other_pk).first()
    if other is None or other.pk == incident.pk:
        raise Http404
    services.link_same_event(incident=incident, other=other, acting_user=request.user)
    messages.success(request, _("Händelsen är kopplad som samma händelse och räknas bara en gång."))
    return redirect("est:incident_detail", pk=incident.pk)


@require_POST
@membership_required
def incident_same_event_unlink(request, pk):
    incident = get_object_or_404(Incident.objects.editable_by(request.user), pk=pk)
    services.unlink_same_event(incident=incident, acting_user=request.user)
    messages.success(request, _("Kopplingen är borttagen: händelsen räknas för sig igen."))
    return redirect("est:incident_detail", pk=incident.pk)
