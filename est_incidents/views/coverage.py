"""The coordinator's reminder to an organisation that has gone quiet (reporting coverage).

The coverage table itself is part of the EST meeting page and the coordinator's start page
(``est_incidents/_coverage.html``, computed by ``est_incidents.coverage``). This view only sends
the reminder: POST, coordinators only (403 for other members), at most once a day per
organisation (``services.send_coverage_reminder``).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from est_incidents import services
from est_incidents.models import EstMeeting
from est_incidents.situation import default_period
from hjo_safety.decorators import coordinator_required
from hjo_safety.models import Organisation


@require_POST
@coordinator_required
def coverage_reminder(request, organisation_pk):
    """E-mail the organisation's admins a reminder to report; back to the page it came from.

    With ``meeting`` (a meeting's id) the period is the meeting's and the user returns to the
    meeting; without, it is the start page's period (since the last held meeting).
    """
    organisation = get_object_or_404(Organisation.objects.active(), pk=organisation_pk)
    meeting = None
    if request.POST.get("meeting", "").isdigit():
        meeting = get_object_or_404(EstMeeting, pk=int(request.POST["meeting"]))
    period = meeting.period if meeting else default_period()
    back = (
        reverse("est:meeting_detail", args=[meeting.pk]) + "#coverage-heading"
        if meeting
        else reverse("staff_home") + "#coverage-heading"
    )
    try:
        reminder = services.send_coverage_reminder(
            organisation=organisation,
            period=period,
            link=request.build_absolute_uri(reverse("est:incident_create")),
            acting_user=request.user,
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(back)
    if reminder is None:
        messages.info(
            request,
            _("%(organisation)s har redan fått en påminnelse det senaste dygnet.")
            % {"organisation": organisation.name},
        )
    else:
        messages.success(
            request,
            _("Påminnelsen är skickad till %(organisation)s administratörer.")
            % {"organisation": organisation.name},
        )
    return redirect(back)
