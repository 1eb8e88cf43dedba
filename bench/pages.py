"""What the bench measures: the pages, who asks for them, their targets, and the form it posts.

PHASE 2 edits this module (and nothing in ``run.py``) once the registry, the situation picture,
the council and the promises are merged:

- ``LIST_FILTER``, ``LIST_PAGE_SIZE`` and ``deep_list_query``: the incident list's real filter
  parameters, page size and (with keyset pagination) how page 500 is addressed;
- ``SITUATION_QUERY``: the situation picture's period parameters;
- ``EXPORT_QUERY``: the export's filter (a period that yields about 100,000 rows at scale 1);
- ``incident_form_fields``: the incident form's fields.

Paths are ``str.format`` templates over the reference values of ``reference_values``.
"""

import math
from dataclasses import dataclass
from datetime import timedelta

# --- The incident list ----------------------------------------------------------------------
LIST_FILTER = "status=handled"  # a filter every list run uses ("with a filter")
LIST_FILTER_ORM = {"status": "handled"}  # the same filter, to count the rows it matches
LIST_PAGE_SIZE = 50  # PHASE 2: the list's paginate_by
DEEP_PAGE = 500

# --- The situation picture and the export (PHASE 2: the views' real parameter names) ---------
SITUATION_QUERY = "from={start:%Y-%m-%d}&to={end:%Y-%m-%d}"
EXPORT_QUERY = "from={start:%Y-%m-%d}"
EXPORT_ROWS = 100_000

# --- Targets (issue 7) ----------------------------------------------------------------------
STAFF_RATIO = 1.5  # p95 ≤ 1.5 × floor p95
SITUATION_RATIO = 1.3  # p95 ≤ 1.3 × (raw SQL time + floor p95)
PUBLIC_RPS = 1000  # requests/s
EXPORT_PEAK_MB = 150  # worker peak memory (VmHWM)
POST_ACCEPTED_PER_S = 200


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
        "coordinator",
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


def deep_list_query(ref) -> str:
    """The query string of the deep list page. PHASE 2: a keyset cursor if the list uses one."""
    return f"{LIST_FILTER}&page={ref['deep_page']}"


def reference_values(users) -> dict:
    """Ids, periods and filters the page templates need, read from the loaded database."""
    from django.db import connection

    from est_incidents.models import Category, Incident, Place
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
    matching = Incident.objects.filter(**LIST_FILTER_ORM).count()  # as a coordinator sees it
    ref["list_filter"] = LIST_FILTER
    ref["list_matching_rows"] = matching
    ref["deep_page"] = max(1, min(DEEP_PAGE, math.ceil(matching / LIST_PAGE_SIZE)))
    ref["deep_list_query"] = deep_list_query(ref)

    latest = Incident.objects.order_by("-occurred_at").values_list("occurred_at", flat=True)[0]
    end = latest.date() + timedelta(days=1)
    ref["situation_fortnight"] = SITUATION_QUERY.format(start=end - timedelta(days=14), end=end)
    ref["situation_year"] = SITUATION_QUERY.format(start=end - timedelta(days=365), end=end)

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
    ref["export_expected_rows"] = Incident.objects.filter(occurred_at__date__gte=start).count()

    # For the incident form.
    ref["category_id"] = Category.objects.filter(children__isnull=True, is_active=True)[0].pk
    ref["place_id"] = Place.objects.order_by("pk")[0].pk
    ref["form_day"] = end - timedelta(days=1)
    return ref


# --- The incident form POST -----------------------------------------------------------------
FORM_ACCEPTED_STATUSES = {302, 303}  # the form redirects after a successful save


def incident_form_fields(ref) -> dict[str, str]:
    """The POST body of a complete incident form (without ``csrfmiddlewaretoken``).

    ``__UUID__`` and ``__SEQ__`` are replaced per request by the wrk script, so the form's
    duplicate-submission token is fresh each time. PHASE 2: match the real form's field names
    (split date/time widgets, a map point, ...).
    """
    day = ref["form_day"]
    return {
        "occurred_at": f"{day:%Y-%m-%d} 21:30",
        "occurred_at_0": f"{day:%Y-%m-%d}",
        "occurred_at_1": "21:30",
        "category": str(ref["category_id"]),
        "place": str(ref["place_id"]),
        "place_description": "Vid cykelstället",
        "description": "Klotter på väggen vid cykelstället (bench __SEQ__).",
        "people_involved": "2-5",
        "police_notified": "no",
        "submission_token": "__UUID__",
    }
