"""Pages of the safety survey (``/trygghetsmatning/``, namespace ``survey``).

Public: ``survey_list`` (open surveys and the results of closed ones), ``survey_answer`` (the
anonymous answer form, then ``survey_thanks``) and ``survey_results`` (public once the survey
has closed; before that the coordinator's live view, 404 for everyone else). The coordinator
also sees the free texts. Templates: ``citizen_promises/survey_*.html``.

Ballot stuffing, without personal data: each form carries a signed one-time token whose hash
is remembered in the throttling cache until the survey closes (a replayed form is refused); an
answered survey sets a signed cookie, and a browser holding it is told it has answered; and
django-ratelimit counts answers per client address (``SURVEY_RATE_LIMIT``) under hashed keys
that expire with the window. No client address, cookie or time of day is stored with an
answer, only the day.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import caches
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from django_ratelimit.core import is_ratelimited

from citizen_promises.models import Survey
from citizen_promises.survey_forms import SurveyAnswerForm, new_token
from citizen_promises.survey_results import survey_results
from est_incidents.disclosure import count
from est_incidents.maps import map_settings, places_for_map
from hjo_safety import permissions
from hjo_safety.security import client_ip

RATE_LIMIT_GROUP = "citizen_promises.survey"
COOKIE_SALT = "citizen_promises.survey.answered"


def _cookie_name(survey: Survey) -> str:
    return f"trygghetsmatning-{survey.pk}"


def _client_key(group, request):
    return client_ip(request) or "okänd"


def _has_answered(request, survey: Survey) -> bool:
    value = request.get_signed_cookie(_cookie_name(survey), default=None, salt=COOKIE_SALT)
    return value == str(survey.pk)


def _use_token(token: str, survey: Survey, today) -> bool:
    """Remember the token until the survey closes; False when it was used before."""
    key = "survey-token:" + hashlib.sha256(token.encode()).hexdigest()
    seconds = int((survey.closes_on - today + timedelta(days=2)).total_seconds())
    return caches[settings.RATELIMIT_USE_CACHE].add(key, 1, timeout=seconds)


@require_GET
def survey_list(request):
    today = timezone.localdate()
    surveys = Survey.objects.published()
    return TemplateResponse(
        request,
        "citizen_promises/survey_list.html",
        {
            "open_surveys": list(surveys.open_on(today).order_by("closes_on")),
            "closed_surveys": list(surveys.closed_on(today)),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def survey_answer(request, slug):
    """The answer form of an open survey; a closed one sends to its results."""
    today = timezone.localdate()
    survey = get_object_or_404(Survey.objects.published(), slug=slug)
    if survey.is_closed(today):
        return redirect("survey:results", slug=survey.slug)
    if not survey.is_open(today):
        raise Http404
    answered = _has_answered(request, survey)
    status = 200
    form = None
    if request.method == "POST" and not answered:
        form = SurveyAnswerForm(request.POST, survey=survey)
        limited = is_ratelimited(
            request,
            group=RATE_LIMIT_GROUP,
            key=_client_key,
            rate=settings.SURVEY_RATE_LIMIT,
            method=["POST"],
            increment=True,
        )
        if limited:
            form.is_valid()
            form.errors.clear()
            form.add_error(
                None,
                _(
                    "Vi har tagit emot många svar från din uppkoppling i dag och tar inte emot "
                    "fler just nu. Försök igen i morgon."
                ),
            )
            status = 429
        elif form.is_valid():
            if not _use_token(form.cleaned_data["token"], survey, today):
                answered = True
            else:
                form.save(today=today)
                response = redirect("survey:thanks", slug=survey.slug)
                response.set_signed_cookie(
                    _cookie_name(survey),
                    str(survey.pk),
                    salt=COOKIE_SALT,
                    max_age=int((survey.closes_on - today + timedelta(days=1)).total_seconds()),
                    httponly=True,
                    samesite="Lax",
                    secure=request.is_secure(),
                    path=reverse("survey:answer", args=[survey.slug]),
                )
                return response
        else:
            status = 400
    if answered:
        return TemplateResponse(
            request, "citizen_promises/survey_thanks.html", {"survey": survey, "again": True}
        )
    if form is None:
        form = SurveyAnswerForm(initial={"token": new_token(survey)}, survey=survey)
    elif status != 200:
        form.data = form.data.copy()
        form.data["token"] = new_token(survey)  # a refused form may be sent again
    return TemplateResponse(
        request,
        "citizen_promises/survey_answer.html",
        {"survey": survey, "form": form, **map_settings(), "places": places_for_map()},
        status=status,
    )


@require_GET
def survey_thanks(request, slug):
    survey = get_object_or_404(Survey.objects.published(), slug=slug)
    return TemplateResponse(request, "citizen_promises/survey_thanks.html", {"survey": survey})


@never_cache
@require_GET
def survey_results_view(request, slug):
    """Public once closed; the coordinator's live view (with the free texts) before that."""
    coordinator = permissions.is_coordinator(request.user)
    survey = get_object_or_404(Survey.objects.visible_to(request.user), slug=slug)
    if not survey.is_closed() and not coordinator:
        raise Http404
    return TemplateResponse(
        request,
        "citizen_promises/survey_results.html",
        {
            "survey": survey,
            "results": survey_results(survey, free_text=coordinator),
            "live": not survey.is_closed(),
            "coordinator": coordinator,
        },
    )


@never_cache
@login_required
@require_GET
def staff_list(request):
    """The coordinator's surveys, drafts too, with their live results; 404 for everyone else."""
    if not permissions.is_coordinator(request.user):
        raise Http404
    today = timezone.localdate()
    surveys = list(Survey.objects.visible_to(request.user).annotate(answers=Count("responses")))
    for survey in surveys:  # anonymous answers: under 5 masked for the coordinator too
        survey.answers_shown = count(survey.answers, exact=False)
    return TemplateResponse(
        request,
        "citizen_promises/survey_staff_list.html",
        {"surveys": surveys, "today": today},
    )
