"""Views of the digital safety walk (issue 26, point 3).

Public (no account): ``campaign_public`` (``/trygghetsvandring/<id>/``): the campaign's map
(a place list without JavaScript) on which a citizen marks a place as safe or unsafe with a
short reason, the approved marks counted per place (counts under five shown as "färre än 5",
``est_incidents.disclosure``), and the sign-up for the walk. A mark is stored as pending and
shown nowhere public until a moderator approves it.

Staff (``/personal/trygghetsvandring/``): the tip moderators and the coordinator moderate the
marks (``citizen_tips.models.can_moderate``; everyone else logged in gets 404) and see them as
points and a heat layer; the coordinator opens campaigns, reads the sign-ups and turns chosen
approved marks into a safety walk with its findings prefilled
(``est_measures.services.walk_from_marks``). The models live in ``est_measures``; the views
live here because the moderators are this app's.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_ratelimit.core import is_ratelimited

from citizen_tips.campaign_forms import CampaignForm, MarkForm, SignupForm
from citizen_tips.models import can_moderate
from est_incidents import disclosure
from est_incidents.maps import map_settings, nearest_place, places_for_map
from est_measures import services
from est_measures.models import CampaignMark, WalkCampaign
from hjo_safety import permissions
from hjo_safety.security import client_ip

RATE_LIMIT_GROUP = "citizen_tips.campaign_mark"


def _client_key(group, request):
    return client_ip(request) or "okänd"


def _limited(request) -> bool:
    """The tip form's limit per client address, for marks and sign-ups together."""
    return is_ratelimited(
        request,
        group=RATE_LIMIT_GROUP,
        key=_client_key,
        rate=settings.TIP_RATE_LIMIT,
        method=["POST"],
        increment=True,
    )


def _where(mark) -> str:
    if mark.place_id:
        return mark.place.name
    near = nearest_place(mark.latitude, mark.longitude)
    return near["name"] if near else _("Övriga punkter")


def public_summary(campaign) -> list[dict]:
    """The approved marks counted per place, each count disclosed (1–4: "färre än 5")."""
    counts = defaultdict(lambda: {"unsafe": 0, "safe": 0})
    for mark in campaign.marks.approved().select_related("place"):
        counts[_where(mark)][mark.verdict] += 1
    return [
        {
            "place": name,
            "unsafe": disclosure.count(c["unsafe"], exact=False, zero_is_small=True),
            "safe": disclosure.count(c["safe"], exact=False, zero_is_small=True),
        }
        for name, c in sorted(counts.items())
    ]


def open_campaigns():
    """Campaigns citizens can mark on today, for the index and the tip form."""
    return WalkCampaign.objects.public().filter(closes_on__gte=timezone.localdate())


@require_GET
def campaign_index(request):
    """The campaigns open for marks, and the closed ones' counts, newest first."""
    return TemplateResponse(
        request,
        "citizen_tips/campaign_index.html",
        {"campaigns": WalkCampaign.objects.public()[:20], "today": timezone.localdate()},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def campaign_public(request, pk):
    """The campaign page; POST ``form=mark`` (while open) or ``form=signup`` (until the walk)."""
    campaign = get_object_or_404(WalkCampaign.objects.public(), pk=pk)
    mark_form, signup_form, status = None, None, 200
    if request.method == "POST" and request.POST.get("form") == "mark":
        if not campaign.is_open():
            raise Http404
        mark_form = MarkForm(request.POST)
        if _limited(request):
            mark_form.is_valid()
            mark_form.errors.clear()
            mark_form.add_error(
                None,
                _("Vi har tagit emot många markeringar från din uppkoppling. Försök igen senare."),
            )
            status = 429
        elif mark_form.is_valid():
            mark = mark_form.save(commit=False)
            mark.campaign = campaign
            mark.save()
            return redirect(reverse("tips:campaign_public", args=[pk]) + "?markerat=1#tack")
        else:
            status = 400
    elif request.method == "POST" and request.POST.get("form") == "signup":
        if not campaign.signup_open():
            raise Http404
        signup_form = SignupForm(request.POST, campaign=campaign)
        if _limited(request):
            signup_form.is_valid()
            signup_form.errors.clear()
            signup_form.add_error(
                None, _("För många anmälningar från din uppkoppling. Försök igen senare.")
            )
            status = 429
        elif signup_form.is_valid():
            signup = signup_form.save(commit=False)
            signup.campaign = campaign
            signup.save()
            return redirect(reverse("tips:campaign_public", args=[pk]) + "?anmald=1#tack")
        else:
            status = 400
    elif request.method == "POST":
        raise Http404
    return TemplateResponse(
        request,
        "citizen_tips/campaign_public.html",
        {
            "campaign": campaign,
            "mark_form": mark_form or (MarkForm() if campaign.is_open() else None),
            "signup_form": signup_form or (SignupForm() if campaign.signup_open() else None),
            "summary": public_summary(campaign),
            "marked": request.GET.get("markerat") == "1",
            "signed_up": request.GET.get("anmald") == "1",
            "places": places_for_map(),
            **map_settings(),
        },
        status=status,
    )


# --- Staff -----------------------------------------------------------------------------------


def moderator_required(view_func):
    """Logged in (else the login page), and a tip moderator or the coordinator (else 404)."""

    @login_required
    def wrapper(request, *args, **kwargs):
        if not can_moderate(request.user):
            raise Http404
        return view_func(request, *args, **kwargs)

    wrapper.__name__ = view_func.__name__
    wrapper.__doc__ = view_func.__doc__
    return wrapper


def _coordinator_only(request):
    if not permissions.is_coordinator(request.user):
        raise Http404


@never_cache
@require_GET
@moderator_required
def campaign_list(request):
    """Every campaign with its marks to review and its approved marks."""
    pending = Q(marks__status=CampaignMark.Status.PENDING)
    approved = Q(marks__status=CampaignMark.Status.APPROVED)
    rows = WalkCampaign.objects.annotate(
        pending_count=Count("marks", filter=pending),
        approved_count=Count("marks", filter=approved),
    )[:50]
    return TemplateResponse(
        request,
        "citizen_tips/campaign_list.html",
        {"rows": rows, "coordinator": permissions.is_coordinator(request.user)},
    )


@never_cache
@require_http_methods(["GET", "POST"])
@moderator_required
def campaign_create(request):
    _coordinator_only(request)
    form = CampaignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        campaign = form.save(commit=False)
        campaign.created_by = request.user
        campaign.save()
        messages.success(request, _("Kampanjen är skapad."))
        return redirect("tips:campaign_detail", campaign.pk)
    return TemplateResponse(
        request,
        "citizen_tips/campaign_form.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


def _points(marks) -> list:
    points = []
    for mark in marks:
        lat = mark.latitude if mark.latitude is not None else mark.place.latitude
        lng = mark.longitude if mark.longitude is not None else mark.place.longitude
        points.append([float(lat), float(lng), mark.verdict, mark.status, mark.reason])
    return points


@never_cache
@require_GET
@moderator_required
def campaign_detail(request, pk):
    """The marks: on the map (points, and a heat layer of the unsafe ones), to review, to walk."""
    campaign = get_object_or_404(WalkCampaign, pk=pk)
    marks = list(
        campaign.marks.exclude(status=CampaignMark.Status.REJECTED).select_related("place")
    )
    coordinator = permissions.is_coordinator(request.user)
    return TemplateResponse(
        request,
        "citizen_tips/campaign_detail.html",
        {
            "campaign": campaign,
            "pending": [m for m in marks if m.status == CampaignMark.Status.PENDING],
            "approved": [m for m in marks if m.status == CampaignMark.Status.APPROVED],
            "rejected_count": campaign.marks.filter(status=CampaignMark.Status.REJECTED).count(),
            "points": _points(marks),
            "coordinator": coordinator,
            "signups": campaign.signups.all() if coordinator else [],
            "places": places_for_map(),
            **map_settings(),
        },
    )


@require_POST
@moderator_required
def campaign_mark_moderate(request, pk):
    mark = get_object_or_404(CampaignMark, pk=pk)
    decision = request.POST.get("beslut")
    if decision not in ("godkann", "avvisa"):
        raise Http404
    services.moderate_mark(mark, approve=decision == "godkann", user=request.user)
    messages.success(
        request,
        _("Markeringen är godkänd.") if decision == "godkann" else _("Markeringen är avvisad."),
    )
    return redirect("tips:campaign_detail", mark.campaign_id)


@require_POST
@moderator_required
def campaign_walk(request, pk):
    _coordinator_only(request)
    campaign = get_object_or_404(WalkCampaign, pk=pk)
    ids = [int(v) for v in request.POST.getlist("markering") if v.isdigit()]
    marks = list(campaign.marks.approved().filter(pk__in=ids).select_related("place"))
    if not marks:
        messages.error(request, _("Välj minst en godkänd markering."))
        return redirect("tips:campaign_detail", pk)
    walk = services.walk_from_marks(campaign, marks, user=request.user)
    messages.success(
        request,
        _(
            "Trygghetsvandringen har %(n)d fynd från markeringarna. Komplettera dem efter vandringen."
        )
        % {"n": walk.findings.count()},
    )
    return redirect("measures:walk_detail", walk.pk)
