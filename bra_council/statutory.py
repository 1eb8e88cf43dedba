"""The statutory yearly document (lägesbild och åtgärdsplan enligt lag (2023:196)): the year's
situation picture, monthly trend, hotspots and police events, the coordinator's analysis, the
cooperation agreement's priority areas with what the promises did in them, the EST actions and
the council's actions. It lives here because this app owns the council's actions and
may read est_incidents, never the other way round. Served at /personal/lagesbild/ar/<year>/ under
the ``est`` URL names (wired in ``portal/urls.py``).

Template: ``bra_council/statutory_document.html``.
"""

import mimetypes
from datetime import date
from urllib.parse import urlsplit

from django.db.models import Q
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from bra_council.models import Action
from citizen_promises.models import CitizenPromise, CooperationAgreement, PromiseActivity
from est_incidents.disclosure import (
    counts_for_viewer,
    effects_for_viewer,
    is_exact_for,
    picture_for_viewer,
)
from est_incidents.models import EstAction, EstMeeting, YearlySituationAnalysis
from est_incidents.situation import (
    mapping_began,
    monthly_counts,
    own_organisations,
    own_part,
    situation_with_parts,
)
from est_measures.effect_data import measure_effects
from est_measures.situation import interventions_in_period
from hjo_safety import permissions
from hjo_safety.access_log import record_access
from hjo_safety.dates import MAX_YEAR, MIN_YEAR, Period
from hjo_safety.decorators import membership_required
from hjo_safety.models import AccessEvent, Organisation

# The yearly document in the access log: no model of its own, the year is its id.
STATUTORY_DOCUMENT_TYPE = "bra_council.statutory_document"


def _document_context(request, year):
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404
    period = Period(date(year, 1, 1), date(year, 12, 31))
    user = request.user
    exact = is_exact_for(user)
    today = timezone.localdate()
    began = mapping_began()

    exact_picture, own = situation_with_parts(
        period, include_points=False, parts=[] if exact else own_organisations(user)
    )
    picture = picture_for_viewer(exact_picture, user, own=None if exact else own_part(own))
    picture["trend"] = _years_since_mapping(picture["trend"], began, today)
    own_months = None
    if not exact:  # the viewer's own organisations' months, shown exactly
        own_months = [
            monthly_counts(year, organisation=Organisation(pk=pk))
            for pk in sorted(permissions.organisation_ids(user))
        ]
        own_months = (
            [
                {
                    **month,
                    "count": sum(o[i]["count"] for o in own_months),
                    "k": sum(o[i]["k"] for o in own_months),
                }
                for i, month in enumerate(own_months[0])
            ]
            if own_months
            else []
        )
    months = counts_for_viewer(
        monthly_counts(year), user, withheld=picture["withheld"], own=own_months
    )
    analysis = YearlySituationAnalysis.objects.filter(year=year).first()
    actions = (
        EstAction.objects.visible_to(request.user)
        .filter(Q(meeting__starts_at__year=year) | Q(due_date__year=year))
        .for_list()
        .order_by("due_date", "pk")
    )
    actions = list(actions)
    return {
        "year": year,
        "picture": picture,
        "months": _months_since_mapping(months, began, today),
        "yearly_document": True,
        "mapping_began": began,
        "today": today,
        **_partial_years(period, began, today),
        "analysis": analysis,
        # A late action is listed once, under "Försenade åtgärder", not again as ongoing.
        "open_actions": [
            a for a in actions if a.status == EstAction.Status.OPEN and not a.is_overdue
        ],
        "closed_actions": [a for a in actions if a.status != EstAction.Status.OPEN],
        "council_actions": list(
            Action.objects.visible_to(request.user)
            .filter(due_date__year=year)
            .select_related("responsible_organisation")
            .order_by("due_date", "pk")[:200]
        ),
        "meetings_held": EstMeeting.objects.held().filter(starts_at__year=year).count(),
        "is_coordinator": permissions.is_coordinator(request.user),
        "late_actions": [a for a in actions if a.is_overdue],
        **_interventions_of_the_year(
            year,
            exact=is_exact_for(request.user),
            own_ids=permissions.organisation_ids(request.user),
        ),
        "priority_areas": _priority_areas_of_the_year(request.user, year),
    }


def _priority_areas_of_the_year(user, year):
    """``[(agreement, [(area, [activities])])]``: the priority areas of the cooperation
    agreements valid in ``year``, each with the activities of the year's promises that name it
    (the activity's own area, else its promise's) — what was done in the area."""
    agreements = list(
        CooperationAgreement.objects.visible_to(user)
        .covering_year(year)
        .prefetch_related("priority_areas")
    )
    if not agreements:
        return []
    promises = CitizenPromise.objects.visible_to(user).filter(
        period_start__year__lte=year, period_end__year__gte=year
    )
    activities = (
        PromiseActivity.objects.filter(promise__in=promises)
        .filter(Q(priority_area__isnull=False) | Q(promise__priority_area__isnull=False))
        .select_related("promise")
        .order_by("promise__period_start", "position", "pk")
    )
    by_area: dict[int, list] = {}
    for activity in activities:
        area_id = activity.priority_area_id or activity.promise.priority_area_id
        by_area.setdefault(area_id, []).append(activity)
    return [
        (agreement, [(area, by_area.get(area.pk, [])) for area in agreement.priority_areas.all()])
        for agreement in agreements
    ]


def _partial_years(period: Period, began: date | None, today: date) -> dict:
    """Whether the document's year or the year it is compared with is only partly mapped: the
    year is not over yet, or the mapping began during the previous year. The document says so
    beside the comparison instead of setting a part of a year against a whole one silently."""
    previous = period.previous()
    return {
        "year_in_progress": period.start <= today < period.end,
        "previous_year_partial": bool(began and previous.start < began <= previous.end),
        "previous_year": previous.start.year,
    }


def _years_since_mapping(trend: list[dict], began: date | None, today: date) -> list[dict]:
    """The calendar years of the trend from the mapping's first year on (the document's own year
    always), each labelled by its year, and a year only partly mapped with the part that is
    ("från 1 dec", "t.o.m. 7 dec"). The counts are the disclosed ones, untouched."""
    years = []
    for index, point in enumerate(trend):
        start, end = date.fromisoformat(point["start"]), date.fromisoformat(point["end"])
        if index < len(trend) - 1 and (began is None or end < began):
            continue
        shown_start = began if began and start < began <= end else start
        shown_end = today if start <= today < end else end
        sublabel = _("helår")
        if shown_start > start:
            sublabel = _("från %(day)s") % {"day": date_format(shown_start, "j b")}
        if shown_end < end:
            sublabel = _("t.o.m. %(day)s") % {"day": date_format(shown_end, "j b")}
        years.append(
            point
            | {
                "start": shown_start.isoformat(),
                "end": shown_end.isoformat(),
                "label": str(start.year),
                "sublabel": sublabel,
            }
        )
    return years


def _months_since_mapping(months: list[dict], began: date | None, today: date) -> list[dict]:
    """The year's months from the mapping's first month to the current one (which says how far
    it goes). The months left out are before the mapping or still to come: zeros that would read
    as quiet months. Their counts are the disclosed ones, untouched."""
    shown = []
    for month in months:
        start, end = date.fromisoformat(month["start"]), date.fromisoformat(month["end"])
        if (began and end < began) or start > today:
            continue
        if start <= today < end:
            month = month | {
                "name": _("%(month)s (t.o.m. den %(day)s)")
                % {"month": month["name"], "day": today.day}
            }
        shown.append(month)
    return shown


YEARLY_EFFECTS_LIMIT = 30


def _interventions_of_the_year(year, *, exact: bool, own_ids):
    """The year's interventions per kind, and the 3-month effect of those with places that
    started in the year (the first ``YEARLY_EFFECTS_LIMIT``)."""
    summary = interventions_in_period(date(year, 1, 1), date(year, 12, 31))
    effects = []
    for intervention in summary.interventions:
        place_ids = [place.pk for place in intervention.places.all()]
        if not place_ids or timezone.localtime(intervention.starts_at).year != year:
            continue
        (window,) = effects_for_viewer(
            measure_effects(place_ids, intervention.starts_at, windows=(3,)),
            exact=exact,
            own_ids=own_ids,
        )
        effects.append((intervention, window))
        if len(effects) >= YEARLY_EFFECTS_LIMIT:
            break
    return {"interventions": summary, "intervention_effects": effects}


@membership_required
def statutory_document(request, year):
    """The yearly lägesbild and action plan: the year's picture, monthly trend, hotspots,
    police events, the coordinator's analysis, the plan's adoption and the EST (and council)
    actions, late ones apart. Printable."""
    context = _document_context(request, year)
    _record_download(request, year, _("webbsida (utskriftsbar)"))
    return TemplateResponse(request, "bra_council/statutory_document.html", context)


def _record_download(request, year, form_of):
    """The access log keeps who took the yearly document, in which form."""
    record_access(
        request,
        AccessEvent.Kind.YEARLY_DOCUMENT,
        object_type=STATUTORY_DOCUMENT_TYPE,
        object_id=year,
        label=_("Lägesbild och åtgärdsplan %(year)s") % {"year": year},
        detail=form_of,
    )


def _static_fetcher():
    """A WeasyPrint URL fetcher that reads stylesheets from the static files and nothing else:
    the PDF never makes a network request (a link in the page is not followed)."""
    from django.conf import settings
    from django.contrib.staticfiles import finders
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFilesFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            path = urlsplit(url).path
            if path.startswith(settings.STATIC_URL):
                found = finders.find(path[len(settings.STATIC_URL) :])
                if found:
                    with open(found, "rb") as file:
                        body = file.read()
                    content_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body, {"Content-Type": content_type})
            raise ValueError(f"not fetched for a PDF: {url}")

    return StaticFilesFetcher()


@membership_required
def statutory_pdf(request, year):
    """The yearly document as PDF for the case-management system and Kommunstyrelsen, rendered
    by WeasyPrint: a cover with the adoption and the diarienummer, contents with page numbers,
    then the same sections as the page, laid out by ``css/statutory-print.css`` (CSS paged
    media: running head, "Sida n av m", headings kept with what follows)."""
    from weasyprint import HTML

    context = _document_context(request, year) | {"pdf": True}
    html = render_to_string("bra_council/statutory_pdf.html", context, request=request)
    # Tagged (headings, lists, tables, the language) so that a screen reader can read the
    # document once it is published from the municipality's diary.
    pdf = HTML(
        string=html, base_url=request.build_absolute_uri("/"), url_fetcher=_static_fetcher()
    ).write_pdf(pdf_tags=True)
    _record_download(request, year, "PDF")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="lagesbild-och-atgardsplan-{year}.pdf"'
    return response
