"""Views of citizens' tips: the public form and status page, and the staff's moderation pages.

Public (no account): ``tip_create`` (``/tipsa/``) and ``tip_status``
(``/tipsa/status/<token>/``). Staff: ``staff_list`` and ``staff_detail`` under
``/personal/tips/``, for coordinators and members of appointed organisations
(``TipModerator``), and, read only, for members of an organisation a tip was forwarded to
(the tips forwarded to it); everyone else logged in gets 404, anonymous visitors the login page.
Templates: ``citizen_tips/tip_*.html`` and ``citizen_tips/staff_*.html``.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from django_ratelimit.core import is_ratelimited

from citizen_tips import services
from citizen_tips.campaign_views import open_campaigns
from citizen_tips.forms import (
    AcceptForm,
    AnswerForm,
    CloseForm,
    ForwardForm,
    RejectForm,
    TipForm,
)
from citizen_tips.models import CitizenTip, can_moderate
from est_incidents.maps import map_settings, places_for_map
from est_incidents.models import Incident
from hjo_safety import attachments
from hjo_safety.security import client_ip

PAGE_SIZE = 25
RATE_LIMIT_GROUP = "citizen_tips.create"


def _client_key(group, request):
    return client_ip(request) or "okänd"


def _map_context():
    return {**map_settings(), "places": places_for_map()}


@never_cache
@require_http_methods(["GET", "POST"])
def tip_create(request):
    """The tip form. Refused (rate limit, honeypot, too fast, personal data): nothing stored."""
    status = 200
    if request.method == "POST":
        form = TipForm(request.POST, request.FILES)
        limited = is_ratelimited(
            request,
            group=RATE_LIMIT_GROUP,
            key=_client_key,
            rate=settings.TIP_RATE_LIMIT,
            method=["POST"],
            increment=True,
        )
        if limited:
            form.is_valid()  # show the typed text again, with this one error on top
            form.errors.clear()
            form.add_error(
                None,
                _(
                    "Vi har tagit emot många tips från din uppkoppling den senaste timmen och "
                    "tar inte emot fler just nu. Försök igen om en timme, eller ring "
                    "kontaktcenter."
                ),
            )
            status = 429
        elif form.is_valid():
            tip, token = services.receive_tip(
                tip=form.save(commit=False),
                status_url=lambda token: request.build_absolute_uri(
                    reverse("tips:status", args=[token])
                ),
            )
            if form.photo_content:
                attachments.save_attachment(
                    obj=tip, kind=attachments.IMAGE, content=form.photo_content, acting_user=None
                )
            return redirect(reverse("tips:status", args=[token]) + "?skickat=1")
        else:
            status = 400
    else:
        form = TipForm()
    return TemplateResponse(
        request,
        "citizen_tips/tip_form.html",
        {"form": form, "campaigns": open_campaigns(), **_map_context()},
        status=status,
    )


@never_cache
@require_GET
def tip_status(request, token):
    """The citizen's receipt: the tip's state in citizen words and the municipality's answer."""
    tip = CitizenTip.objects.with_token(token)
    if tip is None:
        raise Http404
    response = TemplateResponse(
        request,
        "citizen_tips/tip_status.html",
        {
            "tip": tip,
            "just_sent": request.GET.get("skickat") == "1",
            "status_url": request.build_absolute_uri(reverse("tips:status", args=[token])),
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


# --- Staff -----------------------------------------------------------------------------------


def tip_reader_required(view_func):
    """Logged in (else the login page), and a moderator of tips or a member of an organisation
    a tip was forwarded to (else 404)."""

    @login_required
    def wrapper(request, *args, **kwargs):
        if not can_moderate(request.user) and not (
            CitizenTip.objects.visible_to(request.user).exists()
        ):
            raise Http404
        return view_func(request, *args, **kwargs)

    wrapper.__name__ = view_func.__name__
    wrapper.__doc__ = view_func.__doc__
    return wrapper


STATE_FILTERS = {
    "oppna": (gettext_lazy("Öppna"), lambda qs: qs.open()),
    "nya": (
        gettext_lazy("Nya, ej granskade"),
        lambda qs: qs.open().filter(state=CitizenTip.State.NEW),
    ),
    "godkanda": (gettext_lazy("Godkända"), lambda qs: qs.filter(state=CitizenTip.State.ACCEPTED)),
    "vidarebefordrade": (
        gettext_lazy("Vidarebefordrade"),
        lambda qs: qs.filter(state=CitizenTip.State.FORWARDED),
    ),
    "avvisade": (gettext_lazy("Avvisade"), lambda qs: qs.filter(state=CitizenTip.State.REJECTED)),
    "avslutade": (gettext_lazy("Avslutade"), lambda qs: qs.closed()),
    "alla": (gettext_lazy("Alla"), lambda qs: qs),
}


@never_cache
@require_GET
@tip_reader_required
def staff_list(request):
    """Tips to moderate, newest first, filtered by state (default: open tips)."""
    key = request.GET.get("status", "oppna")
    if key not in STATE_FILTERS:
        key = "oppna"
    tips = STATE_FILTERS[key][1](CitizenTip.objects.visible_to(request.user).for_list())
    page = Paginator(tips, PAGE_SIZE).get_page(request.GET.get("sida"))
    return TemplateResponse(
        request,
        "citizen_tips/staff_list.html",
        {
            "page_obj": page,
            "filters": [(k, str(label)) for k, (label, _f) in STATE_FILTERS.items()],
            "current": key,
        },
    )


ACTIONS = {"accept", "forward", "reject", "answer", "close"}


@never_cache
@require_http_methods(["GET", "POST"])
@tip_reader_required
def staff_detail(request, pk):
    """One tip, its history and, for moderators, the actions: accept, forward, reject, answer,
    close (POST ``action``). A receiving organisation's member reads the tip only."""
    tip = CitizenTip.objects.visible_to(request.user).for_list().filter(pk=pk).first()
    if tip is None:
        raise Http404
    moderator = can_moderate(request.user)
    if request.method == "POST" and not moderator:
        raise Http404
    forms = {
        "accept": AcceptForm(user=request.user, tip=tip, prefix="accept"),
        "forward": ForwardForm(prefix="forward"),
        "reject": RejectForm(prefix="reject"),
        "answer": AnswerForm(prefix="answer"),
        "close": CloseForm(prefix="close"),
    }
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action not in ACTIONS:
            messages.error(request, _("Okänd åtgärd. Välj en av knapparna på sidan."))
            return redirect(tip)
        bound = None
        if action == "accept":
            bound = AcceptForm(request.POST, user=request.user, tip=tip, prefix="accept")
        elif action == "forward":
            bound = ForwardForm(request.POST, prefix="forward")
        elif action == "reject":
            bound = RejectForm(request.POST, prefix="reject")
        elif action == "answer":
            bound = AnswerForm(request.POST, prefix="answer")
        elif action == "close":
            bound = CloseForm(request.POST, prefix="close")
        if bound is not None:
            forms[action] = bound
        if bound is None or bound.is_valid():
            try:
                done = _perform(action, tip, bound, request.user)
            except services.TipStateError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, done)
            return redirect(tip)
        status = 400
    return TemplateResponse(
        request,
        "citizen_tips/staff_detail.html",
        {
            "tip": tip,
            "history": tip.staff_history(),
            "moderator": moderator,
            "forms": forms,
            "can_see_incident": tip.incident_id is not None
            and Incident.objects.visible_to(request.user).filter(pk=tip.incident_id).exists(),
        },
        status=status,
    )


def _perform(action, tip, form, user) -> str:
    if action == "accept":
        incident = services.accept_tip(
            tip=tip,
            organisation=form.cleaned_data["organisation"],
            category=form.cleaned_data["category"],
            description=form.cleaned_data["description"],
            acting_user=user,
            share_with=form.cleaned_data.get("share_with"),
            share_note=form.cleaned_data.get("share_note", ""),
        )
        done = _("Tipset är godkänt och registrerat som händelse %(id)s i kartläggningen.") % {
            "id": incident.pk
        }
        if form.cleaned_data.get("share_with") is not None:
            done += " " + _("Det är delat med %(organisation)s.") % {
                "organisation": form.cleaned_data["share_with"].name
            }
        return done
    if action == "forward":
        services.forward_tip(
            tip=tip,
            organisation=form.cleaned_data["organisation"],
            note=form.cleaned_data["note"],
            acting_user=user,
        )
        return _("Tipset är vidarebefordrat till %(organisation)s.") % {
            "organisation": form.cleaned_data["organisation"].name
        }
    if action == "reject":
        services.reject_tip(tip=tip, reason=form.cleaned_data["reason"], acting_user=user)
        return _("Tipset är avvisat.")
    if action == "answer":
        services.answer_tip(
            tip=tip,
            answer=form.cleaned_data["answer"],
            close=form.cleaned_data["close"],
            acting_user=user,
        )
        if tip.email:
            return _("Svaret är sparat och skickas till medborgarens e-post.")
        return _("Svaret är sparat och syns på medborgarens statussida.")
    services.close_tip(tip=tip, acting_user=user, closing_note=form.cleaned_data["closing_note"])
    if tip.email:
        return _("Tipset är avslutat. Medborgaren får veta vad som gjordes med e-post.")
    return _("Tipset är avslutat. Medborgaren ser vad som gjordes på statussidan.")
