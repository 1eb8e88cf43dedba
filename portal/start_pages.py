"""The public start page and the staff start page. They show every app's content, which is
why they are the portal's, the layer above every app (see docs/architecture.md). The views
gather the data through each app's ``selectors.py``; the templates only format it.

Templates: ``portal/home.html``, ``portal/staff_home.html``.
"""

from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject

from bra_council import selectors as council
from citizen_promises import selectors as promises
from citizen_tips import selectors as tips
from citizen_tips.models import can_moderate
from est_incidents import selectors as est
from hjo_safety import permissions
from hjo_safety.cache import viewer_key
from hjo_safety.decorators import membership_required
from hjo_safety.models import JobRun, Organisation
from hjo_safety.public_cache import cache_public_page


@cache_public_page
def home(request):
    """Start page: what BRÅ and EST are, current promises, the next council meeting, contact."""
    return TemplateResponse(
        request,
        "portal/home.html",
        {
            "next_council_meeting": council.next_public_meeting(),
            "current_promises": promises.current_promises(),
        },
    )


@membership_required
def staff_home(request):
    """Staff start page: my organisations, recent incidents, what is due and the citizens' tips
    forwarded to my organisations."""
    user = request.user

    def lazy(selector):  # evaluated only when the template renders the part (not on a hit)
        return SimpleLazyObject(lambda: selector(user))

    return TemplateResponse(
        request,
        "portal/staff_home.html",
        {
            # Moderators see no forwarded-tips list (they have the menu link to every tip):
            # the kept part depends on it, and only this page asks citizen_tips.
            "fragment_key": viewer_key(
                request, est.start_page_version(user), "staff_home", can_moderate(user)
            ),
            "organisations": Organisation.objects.of_member(user),
            "recent": lazy(est.recent_incidents),
            "council_due": lazy(council.council_actions_due),
            "est_due": lazy(est.est_actions_due),
            "coverage": lazy(est.reporting_coverage),
            "early_warnings": lazy(est.early_warnings),
            "forwarded_tips": lazy(tips.forwarded_to_my_organisations),
            "new_tips": lazy(tips.new_tips_to_moderate),
            # A coordinator is told when a scheduled job (docs/operations.md) has stopped.
            "overdue_jobs": (
                JobRun.objects.overdue(include_never_run=False)
                if permissions.is_coordinator(user)
                else []
            ),
        },
    )
