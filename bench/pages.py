"""What the bench measures: the pages, who asks for them, their targets, and the form it posts.

The parameters are the views' real ones:

- the incident list (``est_incidents.filters``/``views``): Swedish filter parameters (``fran``,
  ``till``, ``kategori``, ``plats``, ``organisation``, ``status``, ``q``), 25 rows a page, and
  keyset pagination: page 500 is ``?efter=<cursor of the last row of page 499>``, the URL a user
  reaches by following "Nästa" 499 times (``deep_list_query``);
- the situation picture (``meeting_forms.SituationFilterForm``): ``fran`` and ``till``, both
  days included;
- the export: the list's filters, here ``fran`` (a day that yields about 100,000 rows);
- the incident form (``est_incidents.forms.IncidentForm``): ``incident_form_fields``.

Paths are ``str.format`` templates over the reference values of ``reference_values``.
"""

import math
from dataclasses import dataclass
from datetime import timedelta

# --- The incident list ----------------------------------------------------------------------
LIST_FILTER = "status=handled"  # a filter every list run uses ("with a filter")
LIST_FILTER_ORM = {"status": "handled"}  # the same filter, for the cursor of page 500
DEEP_PAGE = 500

# --- The situation picture and the export ----------------------------------------------------
SITUATION_QUERY = "fran={start:%Y-%m-%d}&till={end:%Y-%m-%d}"  # both days included
EXPORT_QUERY = "fran={start:%Y-%m-%d}"
EXPORT_ROWS = 100_000

# --- Targets ---------------------------------------------------------------------------------
PUBLIC_RATIO = 1.5  # public pages: p95 ≤ 1.5 × the anonymous floor's p95
STAFF_RATIO = 3.0  # staff pages: p95 ≤ 3 × the logged-in floor's p95 ("floor + session and user")
STAFF_CPU_MS = 8.0  # staff pages: CPU per request (in-process, time.process_time)
SITUATION_RATIO = 1.5  # a fortnight's picture: p95 ≤ 1.5 × (its SQL time + the logged-in floor)
SITUATION_CPU_MS = 15.0  # a fortnight's picture: CPU per request
SITUATION_YEAR_RATIO = 2.0  # a year's picture: p95 ≤ 2 × the fortnight's
PUBLIC_RPS = 1000  # requests/s
EXPORT_PEAK_MB = 100  # worker peak memory (VmHWM)
EXPORT_ROWS_PER_S = 50_000
POST_ACCEPTED_PER_S = 250
MISS_CPU_MS = 12.0  # --kept-off (issue 23): every staff page, the pictures included
MIXED_RATIO = {1.0: 1.5, 10.0: 2.0}  # --mixed: p95 while another organisation writes at r/s
MIXED_RATIO_OTHER = 2.0  # any other rate
WORKER_RSS_MB = 200  # each gunicorn worker's resident size after the bench
LOGGED_IN_FLOOR = "floor_session"  # the page key staff pages are paired with


@dataclass(frozen=True)
class Page:
    key: str
    path: str  # str.format template over reference_values()
    role: str  # anonymous | reporter | org_admin | coordinator
    target: str  # floor | public | staff | situation | export | post | info
    label: str = ""

    @property
    def title(self):
        return self.label or self.path.split("?")[0].format_map(_Blank())


class _Blank(dict):
    def __missing__(self, key):
        return f"<{key}>"


PAGES = [
    Page("floor", "/bench/floor/{floor_pk}/", "anonymous", "floor", "floor (1 PK query)"),
    Page("home", "/", "anonymous", "public"),
    Page("bra", "/bra/", "anonymous", "public"),
    Page("promises", "/medborgarloften/", "anonymous", "public"),
    Page("contact", "/kontakt/", "anonymous", "public"),
    Page(
        "bra_meeting",
        "/bra/moten/{council_meeting_id}/",
        "anonymous",
        "public",
        "/bra/moten/<id>/ (approved minutes)",
    ),
    Page(
        "promise",
        "/medborgarloften/{promise_slug}/",
        "anonymous",
        "public",
        "/medborgarloften/<slug>/ (current)",
    ),
    Page("est", "/est/", "anonymous", "public"),
    Page(
        "floor_session",
        "/bench/floor-session/{floor_pk}/",
        "reporter",
        "info",
        "floor + session and user",
    ),
    Page("staff_home_reporter", "/personal/", "reporter", "staff"),
    Page("staff_home_org_admin", "/personal/", "org_admin", "staff"),
    Page("staff_home_coordinator", "/personal/", "coordinator", "staff"),
    Page(
        "list_reporter",
        "/personal/handelser/?{list_filter}",
        "reporter",
        "staff",
        "/personal/handelser/ p1, filter",
    ),
    Page(
        "list_coordinator",
        "/personal/handelser/?{list_filter}",
        "coordinator",
        "staff",
        "/personal/handelser/ p1, filter",
    ),
    Page(
        "list_deep",
        "/personal/handelser/?{deep_list_query}",
        "coordinator",
        "staff",
        "/personal/handelser/ p{deep_page}, filter",
    ),
    Page("incident", "/personal/handelser/{incident_id}/", "reporter", "staff", "an incident"),
    Page("map", "/personal/karta/?{list_filter}", "reporter", "staff", "/personal/karta/, filter"),
    Page(
        "est_meeting",
        "/personal/est-moten/{est_meeting_id}/",
        "reporter",
        "staff",
        "/personal/est-moten/<id>/ (held)",
    ),
    Page(
        "situation_fortnight",
        "/personal/lagesbild/?{situation_fortnight}",
        "reporter",
        "situation",
        "/personal/lagesbild/ fortnight",
    ),
    Page(
        "situation_year",
        "/personal/lagesbild/?{situation_year}",
        # The fortnight's role: the year is compared with it (p95 and queries), so only the
        # period may differ (a coordinator's session also loads the two-factor device).
        "reporter",
        "situation",
        "/personal/lagesbild/ year",
    ),
    Page(
        "export",
        "/personal/handelser/export.csv?{export_query}",
        "coordinator",
        "export",
        "/personal/handelser/export.csv",
    ),
    Page("incident_post", "/personal/handelser/ny/", "reporter", "post", "log an incident (POST)"),
]

# Pages whose query counts must be equal (page 500 costs what page 1 costs).
SAME_QUERY_COUNT = [("list_coordinator", "list_deep"), ("situation_fortnight", "situation_year")]
# With kept parts off (--kept-off) the year's picture may run one query more: the police's crime
# statistics shown beside a picture of a year or more (situation_picture.html); with kept parts
# on that query runs inside the kept body, so the steady state's counts are equal.
KEPT_OFF_EXTRA_QUERIES = {("situation_fortnight", "situation_year"): 1}


def deep_list_query(ref) -> str:
    """The query string of page ``deep_page``: the filter and the keyset cursor of the last row
    of the page before it, as the coordinator sees the list (newest first)."""
    from est_incidents.models import Incident
    from est_incidents.pagination import PAGE_SIZE, Cursor

    if ref["deep_page"] <= 1:
        return LIST_FILTER
    last = (
        Incident.objects.filter(**LIST_FILTER_ORM)
        .order_by("-occurred_at", "-pk")
        .only("occurred_at")[(ref["deep_page"] - 1) * PAGE_SIZE - 1]
    )
    return f"{LIST_FILTER}&efter={Cursor.of(last).encode()}"


def reference_values(users) -> dict:
    """Ids, periods and filters the page templates need, read from the loaded database."""
    from django.db import connection

    from bra_council.models import CouncilMeeting, MeetingStatus
    from citizen_promises.models import CitizenPromise
    from est_incidents.models import Category, Incident, Place
    from est_incidents.pagination import PAGE_SIZE
    from hjo_safety.dates import local_midnight
    from hjo_safety.models import Organisation

    ref = {}
    ref["floor_pk"] = Organisation.objects.order_by("pk").values_list("pk", flat=True)[0]
    reporter_orgs = users["reporter"].memberships.values_list("organisation_id", flat=True)
    ref["incident_id"] = (
        Incident.objects.filter(organisation__in=list(reporter_orgs))
        .order_by("-occurred_at", "-pk")
        .values_list("pk", flat=True)
        .first()
    )
    # As a coordinator sees it; capped: only whether there are DEEP_PAGE pages matters.
    matching = (
        Incident.objects.filter(**LIST_FILTER_ORM).values("pk")[: DEEP_PAGE * PAGE_SIZE].count()
    )
    ref["list_filter"] = LIST_FILTER
    ref["list_matching_rows"] = matching
    ref["deep_page"] = max(1, min(DEEP_PAGE, math.ceil(matching / PAGE_SIZE)))
    ref["deep_list_query"] = deep_list_query(ref)

    latest = Incident.objects.order_by("-occurred_at").values_list("occurred_at", flat=True)[0]
    end = latest.date()  # the period's last day, included
    ref["situation_fortnight"] = SITUATION_QUERY.format(start=end - timedelta(days=13), end=end)
    ref["situation_year"] = SITUATION_QUERY.format(start=end - timedelta(days=364), end=end)

    # The latest held EST meeting (reports, actions and its frozen situation picture).
    from est_incidents.models import EstMeeting

    ref["est_meeting_id"] = (
        EstMeeting.objects.held().order_by("-starts_at").values_list("pk", flat=True).first()
    )

    # Public pages of the council and the promises: the latest meeting with approved minutes
    # (the fullest public page) and the current promise with the most activities.
    ref["council_meeting_id"] = (
        CouncilMeeting.objects.filter(status=MeetingStatus.MINUTES_APPROVED)
        .order_by("-starts_at")
        .values_list("pk", flat=True)
        .first()
    )
    promise = CitizenPromise.objects.current().order_by("-period_start", "pk").first()
    promise = promise or CitizenPromise.objects.published().order_by("-period_start").first()
    ref["promise_slug"] = promise.slug if promise else "-"

    # The export: the most recent EXPORT_ROWS incidents, as a period from a day (index seek).
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT occurred_at FROM est_incidents_incident ORDER BY occurred_at DESC "
            "OFFSET %s LIMIT 1",
            [EXPORT_ROWS - 1],
        )
        row = cursor.fetchone()
    start = row[0].date() if row else Incident.objects.order_by("occurred_at")[0].occurred_at.date()
    ref["export_query"] = EXPORT_QUERY.format(start=start)
    ref["export_expected_rows"] = Incident.objects.filter(
        occurred_at__gte=local_midnight(start)
    ).count()

    # For the incident form.
    ref["category_id"] = Category.objects.filter(children__isnull=True, is_active=True)[0].pk
    ref["place_id"] = Place.objects.filter(is_active=True).order_by("pk")[0].pk
    ref["form_day"] = end - timedelta(days=1)
    # A reporter in two organisations is asked which one; one organisation: the field is absent
    # and the posted value ignored.
    ref["reporter_organisation_id"] = (
        users["reporter"]
        .memberships.order_by("organisation_id")
        .values_list("organisation_id", flat=True)[0]
    )
    return ref


# --- The incident form POST -----------------------------------------------------------------
FORM_ACCEPTED_STATUSES = {302, 303}  # the form redirects after a successful save


def incident_form_fields(ref) -> dict[str, str]:
    """The POST body of a complete incident form (without ``csrfmiddlewaretoken``).

    ``__UUID__`` and ``__SEQ__`` are replaced per request by the wrk script, so the form's
    duplicate-submission token is fresh each time. The fields of ``IncidentForm`` as a browser
    posts them: a ``datetime-local`` value, empty optional fields, no map point.
    """
    day = ref["form_day"]
    return {
        "organisation": str(ref["reporter_organisation_id"]),
        "category": str(ref["category_id"]),
        "occurred_at": f"{day:%Y-%m-%d}T21:30",
        "ended_at": "",
        "place": str(ref["place_id"]),
        "place_description": "Vid cykelstället",
        "latitude": "",
        "longitude": "",
        "description": "Klotter på väggen vid cykelstället (bench __SEQ__).",
        "people_involved": "2-5",
        "police_notified": "no",
        "submission_token": "__UUID__",
    }
