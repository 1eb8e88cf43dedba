"""Bad input for every app: every value in a form or URL parameter gets the answer the policy
gives that value, never a 500 and never a partial row.

The answers: a NUL character anywhere is 400; a form that saves redirects (302) and one that does
not is shown again with what to fix (200; 400 for the EST action form, which is part of the
meeting page); an invalid list filter is shown at its field (200), and refused (400) by the CSV
export; an id that matches nothing is 404 (the admin: as for an id that does not exist).

Covers the incident form (new and correction), the incident list, map and CSV export filters
(dates, page, search, ids), the situation picture, the statutory document (year), the EST
meeting forms (meeting, report, action, action status, yearly analysis), the council's pages and
minutes approval, the promises' pages and feed, and every admin changelist's search, sort,
filter and date-hierarchy parameters and every admin object id. Rejected posts must leave the
row counts (and the edited row) unchanged. Oversized bodies, wrong content types, non-UTF-8
bytes and posts without a CSRF token are included. Runs are bounded (``max_examples``) so the
suite stays fast; ``deadline=None`` because the shared machine's timing varies.
"""

import uuid
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.apps import apps
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bra_council.models import CouncilMeeting
from est_incidents.models import (
    Category,
    EstAction,
    EstMeeting,
    EstMeetingReport,
    Incident,
    Place,
    YearlySituationAnalysis,
)
from tests.bra_council.factories import AgendaItemFactory, CouncilMeetingFactory
from tests.citizen_promises.factories import CitizenPromiseFactory
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstActionFactory, EstMeetingFactory
from tests.security.test_bad_input import (
    admin_changelist_answer,
    existing_pk,
    has_nul,
    is_int,
    nasty_text,
    path_segment,
)

pytestmark = pytest.mark.django_db

FEW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
VERY_FEW = settings(FEW, max_examples=8)
APPS = ("hjo_safety", "bra_council", "est_incidents", "citizen_promises")

# Values a form or filter parameter could plausibly hold, and values nobody should send.
numbers = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M")),
    st.sampled_from(["2026-02-30", "0000-01-01", "9999-12-31", "31/12/2026", "2026-13-01"]),
)
anything = st.one_of(nasty_text, numbers, dates)


def row_counts():
    """Rows of every model of our apps; account events (log-ins of the test clients) aside."""
    return {
        model._meta.label: model._default_manager.count()
        for label in APPS
        for model in apps.get_app_config(label).get_models()
        if model._meta.label != "hjo_safety.AuditEvent"
    }


def read(response):
    """The body, also of a streamed response (an error while streaming must show here)."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def reference(est_reference_data):
    return {
        "category": Category.objects.filter(is_active=True).order_by("pk").first().pk,
        "place": Place.objects.filter(is_active=True).order_by("pk").first().pk,
    }


def valid_incident(reference):
    when = timezone.localtime() - timedelta(hours=1)
    return {
        "category": str(reference["category"]),
        "occurred_at": when.strftime("%Y-%m-%dT%H:%M"),
        "place": str(reference["place"]),
        "place_description": "Vid busskuren",
        "description": "Klotter på väggen.",
        "police_notified": "no",
        "submission_token": str(uuid.uuid4()),
    }


INCIDENT_FIELDS = [
    "organisation",
    "category",
    "occurred_at",
    "time_is_approximate",
    "ended_at",
    "place",
    "place_description",
    "latitude",
    "longitude",
    "description",
    "people_involved",
    "police_notified",
    "status",
    "handling_note",
    "submission_token",
]
incident_overrides = st.dictionaries(st.sampled_from(INCIDENT_FIELDS), anything, max_size=6)


# --- The incident form ---------------------------------------------------------------------


@FEW
@given(overrides=incident_overrides)
def test_incident_form(client_for, reporter_a, reference, overrides):
    client = client_for(reporter_a)
    data = valid_incident(reference) | overrides
    before = row_counts()
    response = client.post(reverse("est:incident_create"), data)
    after = row_counts()
    added = after["est_incidents.Incident"] - before["est_incidents.Incident"]
    if has_nul(data):
        assert response.status_code == 400
    elif added:  # a fresh token each time: a saved incident is a new one, with its history
        assert response.status_code == 302
        assert added == 1
        assert (
            after["est_incidents.HistoricalIncident"] - before["est_incidents.HistoricalIncident"]
            == 1
        )
    else:  # the form again, with a summary that says what to fix
        assert response.status_code == 200
        assert "Det finns fel i formuläret" in response.content.decode()
    if response.status_code != 302:
        assert after == before


@FEW
@given(overrides=incident_overrides)
def test_incident_correction(client_for, org_admin_a, org_a, reference, overrides):
    incident = IncidentFactory(organisation=org_a)
    client = client_for(org_admin_a)
    data = valid_incident(reference) | {"status": "reviewed"} | overrides
    before_row = list(Incident.objects.filter(pk=incident.pk).values())
    before = row_counts()
    response = client.post(reverse("est:incident_update", args=[incident.pk]), data)
    saved = incident.history.count() == 2  # the creation, and this correction if it was saved
    assert response.status_code == (400 if has_nul(data) else 302 if saved else 200)
    if response.status_code != 302:
        assert row_counts() == before
        assert list(Incident.objects.filter(pk=incident.pk).values()) == before_row


LIST_PARAMETERS = ["fran", "till", "kategori", "plats", "organisation", "status", "q", "sida", "o"]
list_parameters = st.dictionaries(st.sampled_from(LIST_PARAMETERS), anything, max_size=5)


@FEW
@given(params=list_parameters, page=st.sampled_from(["list", "export", "map"]))
def test_incident_list_export_and_map_filters(client_for, coordinator, org_a, params, page):
    IncidentFactory(organisation=org_a)
    client = client_for(coordinator)
    response = client.get(reverse(f"est:incident_{page}"), params)
    body = read(response)
    if has_nul(params):
        assert response.status_code == 400
    elif page == "export":
        listed = client.get(reverse("est:incident_list"), params)
        if listed.context["filter"].errors:  # the list shows what to fix; the export refuses
            assert response.status_code == 400
        else:
            assert response.status_code == 200
            assert body.startswith("\ufeff".encode())
    else:  # an invalid filter is shown at its field
        assert response.status_code == 200


# --- Situation picture, statutory document, EST meetings --------------------------------------


@FEW
@given(
    params=st.dictionaries(
        st.sampled_from(["start", "end", "place", "category", "organisation", "x"]),
        anything,
        max_size=5,
    )
)
def test_situation_picture_parameters(client_for, reporter_a, params):
    response = client_for(reporter_a).get(reverse("est:situation_picture"), params)
    assert response.status_code == (400 if has_nul(params) else 200)


@FEW
@given(year=anything, path_year=st.integers(min_value=0, max_value=10**20))
def test_statutory_year(client_for, reporter_a, year, path_year):
    client = client_for(reporter_a)
    response = client.get(reverse("est:statutory_choose_year"), {"year": year})
    if has_nul(year):
        assert response.status_code == 400
    else:  # a number is kept within 2000–2100; anything else is this year
        chosen = min(max(int(year), 2000), 2100) if is_int(year) else timezone.localdate().year
        assert response["Location"] == f"/personal/lagesbild/ar/{chosen}/"
    response = client.get(f"/personal/lagesbild/ar/{path_year}/")
    assert response.status_code == (200 if 2000 <= path_year <= 2100 else 404)


@FEW
@given(
    data=st.dictionaries(
        st.sampled_from(
            ["starts_at", "location", "period_start", "period_end", "organisations_present"]
        ),
        anything,
    )
)
def test_est_meeting_form(client_for, coordinator, data):
    before = row_counts()
    response = client_for(coordinator).post(reverse("est:meeting_create"), data)
    created = EstMeeting.objects.count() - before["est_incidents.EstMeeting"]
    assert response.status_code == (400 if has_nul(data) else 302 if created == 1 else 200)
    if response.status_code != 302:
        assert row_counts() == before


@FEW
@given(text=anything, extra=st.dictionaries(st.sampled_from(["meeting", "organisation"]), anything))
def test_est_meeting_report_form(client_for, reporter_a, org_a, text, extra):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=3))
    before = row_counts()
    response = client_for(reporter_a).post(
        reverse("est:meeting_report", args=[meeting.pk, org_a.pk]), {"text": text, **extra}
    )
    saved = EstMeetingReport.objects.filter(meeting=meeting, organisation=org_a).exists()
    assert response.status_code == (400 if has_nul(text, extra) else 302 if saved else 200)
    if response.status_code != 302:
        assert row_counts() == before
    else:
        report = EstMeetingReport.objects.get(meeting=meeting, organisation=org_a)
        assert report.text == text.strip() or report.text == text


@FEW
@given(
    data=st.dictionaries(
        st.sampled_from(["what", "responsible_organisation", "due_date"]), anything
    )
)
def test_est_action_form(client_for, coordinator, data):
    meeting = EstMeetingFactory()
    before = row_counts()
    response = client_for(coordinator).post(
        reverse("est:meeting_action_create", args=[meeting.pk]), data
    )
    created = EstAction.objects.filter(meeting=meeting).count()
    # The form is part of the meeting page: an invalid one is that page again, with 400.
    assert response.status_code == (302 if created == 1 and not has_nul(data) else 400)
    if response.status_code != 302:
        assert row_counts() == before


@FEW
@given(status=anything, key=st.sampled_from(["status", "a{pk}-status", "a0-status"]))
def test_est_action_status_form(client_for, reporter_a, org_a, status, key):
    action = EstActionFactory(responsible_organisation=org_a)
    before = list(EstAction.objects.filter(pk=action.pk).values())
    response = client_for(reporter_a).post(
        reverse("est:action_status", args=[action.pk]), {key.format(pk=action.pk): status}
    )
    # Back to the meeting either way; an invalid status with "Välj en av statusarna i listan".
    assert response.status_code == (400 if has_nul(status) else 302)
    if status not in EstAction.Status.values:
        assert list(EstAction.objects.filter(pk=action.pk).values()) == before


@FEW
@given(
    data=st.dictionaries(
        st.sampled_from(["extent", "consequences", "analysis", "priorities", "year"]), anything
    ),
    year=st.integers(min_value=1990, max_value=2110),
)
def test_statutory_analysis_form(client_for, coordinator, data, year):
    # Hypothesis runs its examples in one test transaction: an earlier example may have saved
    # this year's analysis. Start from none, so "saved" below means saved by this request.
    YearlySituationAnalysis.objects.filter(year=year).delete()
    before = row_counts()
    response = client_for(coordinator).post(f"/personal/lagesbild/ar/{year}/analys/", data)
    saved = YearlySituationAnalysis.objects.filter(year=year).exists()
    if has_nul(data):
        assert response.status_code == 400
    elif not 2000 <= year <= 2100:
        assert response.status_code == 404
    else:
        assert response.status_code == (302 if saved else 200)
    if response.status_code != 302:
        assert row_counts() == before


@FEW
@given(page=anything)
def test_page_numbers(client_for, reporter_a, page):
    client = client_for(reporter_a)
    for url in ("est:meeting_list", "est:incident_list", "bra:index", "promises:list"):
        response = client.get(reverse(url), {"sida": page})
        assert response.status_code == (400 if has_nul(page) else 200)  # else the first page


# --- Council and promises: ids, slugs, the approval -------------------------------------------


@FEW
@given(pk=st.integers(min_value=0, max_value=10**30), segment=path_segment)
def test_council_meeting_ids(client_for, reporter_a, pk, segment):
    client = client_for(reporter_a)  # there are no meetings: every id is 404
    for suffix in ("", "dagordning/", "protokoll/"):
        assert client.get(f"/bra/moten/{pk}/{suffix}").status_code == 404
    response = client.get(f"/bra/moten/{quote(segment, safe='')}/")
    assert response.status_code == (400 if has_nul(segment) else 404)


@FEW
@given(role=anything)
def test_council_minutes_approval(client_for, reporter_a, role):
    meeting = CouncilMeetingFactory(past=True)
    AgendaItemFactory(meeting=meeting)
    before = row_counts()
    response = client_for(reporter_a).post(
        reverse("bra:meeting_sign", args=[meeting.pk]), {"role": role}
    )
    # Held but not yet approved: a draft, which a reporter may not know exists.
    assert response.status_code == (400 if has_nul(role) else 404)
    assert row_counts() == before  # reporter_a is neither chair nor adjuster
    assert CouncilMeeting.objects.get(pk=meeting.pk).status == meeting.status


@pytest.fixture
def published_promise(db):
    return CitizenPromiseFactory(published=True, slug="trygg-i-centrum")


@FEW
@given(slug=path_segment, params=st.dictionaries(st.sampled_from(["sida", "q", "x"]), anything))
def test_promise_slugs_and_feed(client, published_promise, slug, params):
    response = client.get(f"/medborgarloften/{quote(slug, safe='')}/", params)
    assert response.status_code == (400 if has_nul(slug, params) else 404)
    for feed in ("promises:feed", "bra:meetings_ics"):  # parameters the feeds do not read
        response = client.get(reverse(feed), params)
        assert response.status_code == (400 if has_nul(params) else 200)


# --- The admin of every app -------------------------------------------------------------------

ADMIN_PARAMETERS = [
    "q",
    "o",
    "p",
    "e",
    "all",
    "_to_field",
    "_popup",
    "status__exact",
    "is_active__exact",
    "organisation__id__exact",
    "category__id__exact",
    "place__id__exact",
    "promise__id__exact",
    "meeting__status__exact",
    "kind__exact",
    "is_public__exact",
    "responsible_organisation__id__exact",
    "occurred_at__gte",
    "occurred_at__lt",
    "occurred_at__year",
    "occurred_at__month",
    "occurred_at__day",
    "starts_at__year",
    "starts_at__month",
    "due_date__year",
    "year",
    "current",
    "due",
]


def admin_models():
    return sorted(
        (model._meta.app_label, model._meta.model_name)
        for model in admin.site._registry
        if model._meta.app_label in APPS
    )


@pytest.mark.parametrize(("app_label", "model_name"), admin_models())
@VERY_FEW
@given(params=st.dictionaries(st.sampled_from(ADMIN_PARAMETERS), anything, max_size=4))
def test_admin_changelist_parameters(client_for, coordinator, app_label, model_name, params):
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    admin_changelist_answer(client_for(coordinator).get(url, params), url, params)


def date_hierarchy_admins():
    return sorted(
        (model._meta.app_label, model._meta.model_name, model_admin.date_hierarchy)
        for model, model_admin in admin.site._registry.items()
        if model_admin.date_hierarchy
    )


@pytest.mark.parametrize(("app_label", "model_name", "field"), date_hierarchy_admins())
def test_admin_date_hierarchy_out_of_range(client_for, coordinator, app_label, model_name, field):
    """Django's own date hierarchy fails with a 500 on these; ours redirect with ?e=1, or
    answer 400 for a year no date can hold (``hjo_safety.admin_inputs.refuse_unsafe_lookups``)."""
    client = client_for(coordinator)
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    refused = [
        {"year": "10000000000"},
        {"year": "9999"},  # its end (the next year's start) is past the calendar
        {"year": "9999", "month": "12", "day": "31"},
        {"year": "2026", "month": "2", "day": "30"},
        {"year": "0"},
        {"year": "2026", "month": "99999999999999999999"},
    ]
    for params in refused:
        query = {f"{field}__{part}": value for part, value in params.items()}
        response = client.get(url, query)
        expected = 400 if params["year"] in {"10000000000", "9999", "0"} else 302
        assert response.status_code == expected, (url, query, response.status_code)
        if expected == 302:
            assert response["Location"] == f"{url}?e=1"
    first_day = {f"{field}__year": "1", f"{field}__month": "1", f"{field}__day": "1"}
    assert client.get(url, first_day).status_code == 200  # a real day, with nothing on it
    assert client.get(url, {f"{field}__year": "2026"}).status_code == 200


def test_every_admin_with_a_date_hierarchy_is_guarded():
    from hjo_safety.admin_inputs import SafeDateHierarchyMixin

    unguarded = [
        model._meta.label
        for model, model_admin in admin.site._registry.items()
        if model_admin.date_hierarchy and not isinstance(model_admin, SafeDateHierarchyMixin)
    ]
    assert not unguarded, f"Add SafeDateHierarchyMixin to the admin of: {unguarded}"


@pytest.mark.parametrize(("app_label", "model_name"), admin_models())
@VERY_FEW
@given(object_id=path_segment, view=st.sampled_from(["change", "delete", "history"]))
def test_admin_object_ids(client_for, coordinator, app_label, model_name, object_id, view):
    model = apps.get_model(app_label, model_name)
    assume(not existing_pk(model, object_id))  # e.g. "1": the coordinator's own organisation
    client = client_for(coordinator)

    def get(object_id):
        return client.get(f"/admin/{app_label}/{model_name}/{quote(object_id, safe='')}/{view}/")

    response = get(object_id)
    if has_nul(object_id):
        assert response.status_code == 400
    elif "\n" in object_id:  # the admin's URLs take any id but one with a line break
        assert response.status_code == 404
    else:
        # Exactly what an id that does not exist gets, as a number or as text: the "does not
        # exist" redirect, 404 (django-simple-history's pages for a number), or 403 for a page
        # the coordinator may never use (deleting the contact details or a minutes correction).
        reference = get("0" if is_int(object_id) else "x")
        assert reference.status_code != 200
        assert (response.status_code, response.get("Location")) == (
            reference.status_code,
            reference.get("Location"),
        )


@FEW
@given(
    data=st.dictionaries(
        st.sampled_from(
            [
                "organisation",
                "category",
                "status",
                "occurred_at_0",
                "occurred_at_1",
                "place",
                "latitude",
                "longitude",
                "description",
                "police_notified",
            ]
        ),
        anything,
    )
)
def test_admin_incident_add(client_for, org_admin_a, data):
    before = row_counts()
    response = client_for(org_admin_a).post(reverse("admin:est_incidents_incident_add"), data)
    created = Incident.objects.count() - before["est_incidents.Incident"]
    assert response.status_code == (400 if has_nul(data) else 302 if created == 1 else 200)
    if response.status_code != 302:
        assert row_counts() == before


# --- Bodies: oversized, wrong content types, non-UTF-8, no CSRF token -------------------------


# What each of staff_posts() answers to a body that holds none of its fields: the incident
# form, the correction and the report are shown again; the action status goes back to the
# meeting with "Välj en av statusarna i listan".
UNREADABLE_BODY_ANSWERS = (200, 200, 200, 302)


def staff_posts(org_a):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=3))
    action = EstActionFactory(responsible_organisation=org_a)
    incident = IncidentFactory(organisation=org_a)
    return [
        reverse("est:incident_create"),
        reverse("est:incident_update", args=[incident.pk]),
        reverse("est:meeting_report", args=[meeting.pk, org_a.pk]),
        reverse("est:action_status", args=[action.pk]),
    ]


def test_oversized_bodies_are_refused(client_for, reporter_a, org_a, settings, reference):
    client = client_for(reporter_a)
    for url in staff_posts(org_a):
        before = row_counts()
        body = "description=" + "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)
        response = client.post(url, body, content_type="application/x-www-form-urlencoded")
        assert response.status_code == 400, url
        fields = "&".join(f"f{n}=1" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 5))
        response = client.post(url, fields, content_type="application/x-www-form-urlencoded")
        assert response.status_code == 400, url
        assert row_counts() == before


@pytest.mark.parametrize(
    "content_type",
    ["application/json", "text/plain", "application/xml", "multipart/form-data; boundary=x"],
)
def test_wrong_content_types(client_for, reporter_a, org_a, content_type, reference):
    client = client_for(reporter_a)
    for url, answer in zip(staff_posts(org_a), UNREADABLE_BODY_ANSWERS, strict=True):
        before = row_counts()
        response = client.post(url, b'{"description": "x"}', content_type=content_type)
        assert response.status_code == answer, url
        assert row_counts() == before


def test_non_utf8_bytes(client_for, reporter_a, org_a, reference):
    client = client_for(reporter_a)
    data = valid_incident(reference)
    for url, answer in zip(staff_posts(org_a), UNREADABLE_BODY_ANSWERS, strict=True):
        before = row_counts()
        body = (
            b"description=\xff\xfe\xfd&place_description=\xc3\x28&category="
            + str(data["category"]).encode()
        )
        response = client.post(url, body, content_type="application/x-www-form-urlencoded")
        assert response.status_code == answer, url  # bytes replaced, the form still incomplete
        response = client.generic(
            "POST", url, body, content_type="application/x-www-form-urlencoded; charset=latin-1"
        )
        assert response.status_code == 400, url
        assert row_counts() == before
    assert client.get("/personal/handelser/?q=%FF%FE&fran=%C3%28").status_code == 200
    assert client.get("/personal/handelser/export.csv?q=%FF%FE").status_code == 200
    assert client.get("/personal/lagesbild/?start=%FF%FE").status_code == 200
    assert client.get("/medborgarloften/%FF%FE/").status_code == 404


def test_posts_without_a_csrf_token_are_refused(reporter_a, coordinator, org_a, reference):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reporter_a)
    meeting = EstMeetingFactory()
    posts = [
        *staff_posts(org_a),
        reverse("bra:meeting_sign", args=[CouncilMeetingFactory(past=True).pk]),
    ]
    for url in posts:
        before = row_counts()
        response = client.post(url, valid_incident(reference) | {"text": "x", "role": "chair"})
        assert response.status_code == 403, url
        assert "Formuläret kunde inte skickas" in response.content.decode()
        assert row_counts() == before
    client.force_login(coordinator)
    for url in (
        reverse("est:meeting_create"),
        reverse("est:meeting_mark_held", args=[meeting.pk]),
        reverse("est:meeting_action_create", args=[meeting.pk]),
        reverse("admin:est_incidents_incident_add"),
    ):
        before = row_counts()
        assert client.post(url, {"what": "x", "location": "x"}).status_code == 403, url
        assert row_counts() == before
    assert not EstMeeting.objects.filter(pk=meeting.pk, status=EstMeeting.Status.HELD).exists()
