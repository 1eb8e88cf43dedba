"""Views for sharing an incident with another organisation and for the receiver's handling.

- ``incident_share``: the form (``est_incidents/incident_share.html``); the incident's own
  organisation's users and coordinators. A receiver gets 404: it may not pass the incident on.
- ``share_withdraw``: POST; the sharing organisation's users and coordinators.
- ``share_handle``: POST; the receiving organisation's users (and coordinators) set their
  handling status and add a note. An invalid note shows the incident page again with the error.

What a user may do is asked of ``hjo_safety.permissions``; the writes are
``est_incidents.services``. Anything the user may not touch answers 404.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from est_incidents import policy, services
from est_incidents.models import Incident, IncidentShare
from est_incidents.sharing_forms import HandlingForm, ShareForm
from est_incidents.views.incidents import incident_detail_response
from hjo_safety import permissions
from hjo_safety.decorators import membership_required


@require_http_methods(["GET", "POST"])
@membership_required
def incident_share(request, pk):
    """Share an incident with another participating organisation, with a short note."""
    incident = get_object_or_404(
        Incident.objects.editable_by(request.user).select_related("category__parent"), pk=pk
    )
    if not policy.may_share_incident(request.user, incident):
        raise Http404
    form = ShareForm(request.POST or None, incident=incident)
    if request.method == "POST" and form.is_valid():
        try:
            share = services.share_incident(
                incident=incident,
                organisation=form.cleaned_data["organisation"],
                note=form.cleaned_data["note"],
                acting_user=request.user,
            )
        except ValidationError as exc:
            form.add_error("organisation", exc)
        else:
            messages.success(
                request,
                _("Händelsen är delad med %(organisation)s.")
                % {"organisation": share.organisation.name},
            )
            return redirect("est:incident_detail", pk=incident.pk)
    return TemplateResponse(
        request,
        "est_incidents/incident_share.html",
        {
            "incident": incident,
            "form": form,
            "shares": list(
                IncidentShare.objects.active()
                .filter(incident=incident)
                .select_related("organisation")
            ),
        },
    )


@require_POST
@membership_required
def share_withdraw(request, pk, share_pk):
    """Withdraw a share: the receiver no longer sees the incident."""
    share = get_object_or_404(
        IncidentShare.objects.filter(
            incident__in=Incident.objects.editable_by(request.user)
        ).select_related("incident", "organisation"),
        pk=share_pk,
        incident_id=pk,
    )
    if not policy.may_withdraw_share(request.user, share):
        raise Http404
    if services.withdraw_share(share=share, acting_user=request.user):
        messages.success(
            request,
            _("Delningen med %(organisation)s är återkallad.")
            % {"organisation": share.organisation.name},
        )
    else:
        messages.info(request, _("Delningen var redan återkallad."))
    return redirect("est:incident_detail", pk=pk)


@require_POST
@membership_required
def share_handle(request, pk, share_pk):
    """The receiving organisation's handling status and note for its part."""
    receivable = IncidentShare.objects.active()
    if not permissions.is_coordinator(request.user):
        receivable = receivable.filter(organisation__in=permissions.organisation_ids(request.user))
    share = get_object_or_404(
        receivable.select_related("organisation"), pk=share_pk, incident_id=pk
    )
    if not policy.may_handle_share(request.user, share):
        raise Http404
    form = HandlingForm(request.POST, share=share)
    if not form.is_valid():
        return incident_detail_response(request, pk, handling_forms={share.pk: form})
    services.handle_share(
        share=share,
        handling_status=form.cleaned_data["handling_status"],
        note=form.cleaned_data["note"],
        acting_user=request.user,
    )
    messages.success(request, _("Er hantering är sparad."))
    return redirect("est:incident_detail", pk=pk)
