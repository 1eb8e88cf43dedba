"""The incident list, its filters, the CSV export and the map: content and query counts."""

import csv
import io
from datetime import datetime, timedelta

import pytest
from django.http import StreamingHttpResponse
from django.utils import timezone

from est_incidents.models import Incident
from est_incidents.pagination import COUNT_CAP, Cursor
from hjo_safety.models import Membership, Role
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory
from tests.est_incidents.test_incident_access import map_points

pytestmark = pytest.mark.django_db

LIST = "/personal/handelser/"
EXPORT = "/personal/handelser/export.csv"
MAP = "/personal/karta/"


def local(*args):
    return timezone.make_aware(datetime(*args))


@pytest.fixture
def categories(db):
    parent = CategoryFactory(name="Skadegörelse (t)", code="t-skadegorelse")
    return {
        "parent": parent,
        "klotter": CategoryFactory(name="Klotter (t)", code="t-klotter", parent=parent),
        "glas": CategoryFactory(name="Glaskross (t)", code="t-glas", parent=parent),
        "nedskrapning": CategoryFactory(name="Nedskräpning (t)", code="t-ned"),
    }


@pytest.fixture
def places(db):
    return {
        "hamnen": PlaceFactory(name="Hamnen (t)"),
        "torget": PlaceFactory(name="Torget (t)"),
    }


def bulk_incidents(count, organisation, category, place, start=None):
    start = start or timezone.now() - timedelta(days=1)
    Incident.objects.bulk_create(
        Incident(
            organisation=organisation,
            category=category,
            place=place,
            occurred_at=start - timedelta(minutes=index),
            description=f"Händelse nummer {index}",
        )
        for index in range(count)
    )


# --- The list ---------------------------------------------------------------------------------


def test_list_is_newest_first_and_paginated(client_for, reporter_a, org_a, categories, places):
    bulk_incidents(30, org_a, categories["klotter"], places["hamnen"])
    response = client_for(reporter_a).get(LIST)
    page = response.context["page_obj"]
    assert page.count == 30 and not page.count_is_capped and len(page.object_list) == 25
    times = [incident.occurred_at for incident in page.object_list]
    assert times == sorted(times, reverse=True)
    assert page.has_next and not page.has_previous
    html = response.content.decode()
    assert "30 händelser" in html
    assert f'href="?efter={page.next_cursor}"' in html  # a plain link: works without JavaScript
    second = client_for(reporter_a).get(LIST + f"?efter={page.next_cursor}")
    second_page = second.context["page_obj"]
    assert len(second_page.object_list) == 5
    assert second_page.has_previous and not second_page.has_next
    assert not {i.pk for i in second_page} & {i.pk for i in page}
    back = client_for(reporter_a).get(LIST + f"?fore={second_page.previous_cursor}")
    assert [i.pk for i in back.context["page_obj"]] == [i.pk for i in page]
    assert back.context["page_obj"].is_first


def test_deep_pages_follow_the_cursor_across_equal_times(client_for, reporter_a, org_a):
    # Incidents at the very same instant are ordered by id: none is skipped or repeated.
    same_time = timezone.now() - timedelta(hours=1)
    IncidentFactory.create_batch(60, organisation=org_a, occurred_at=same_time)
    client = client_for(reporter_a)
    seen, query = [], ""
    while True:
        page = client.get(LIST + query).context["page_obj"]
        seen += [incident.pk for incident in page]
        if not page.has_next:
            break
        query = f"?efter={page.next_cursor}"
    assert len(seen) == 60 and seen == sorted(seen, reverse=True)


def test_the_count_is_capped(client_for, reporter_a, org_a, categories, places):
    bulk_incidents(COUNT_CAP + 1, org_a, categories["klotter"], places["hamnen"])
    response = client_for(reporter_a).get(LIST)
    page = response.context["page_obj"]
    assert page.count_is_capped and page.count == COUNT_CAP
    assert "Fler än 1\xa0000 händelser" in response.content.decode()


def test_a_broken_cursor_shows_the_first_page(client_for, reporter_a, org_a):
    IncidentFactory(organisation=org_a)
    response = client_for(reporter_a).get(LIST + "?efter=inte-en-markor&fore=1_x")
    assert response.status_code == 200
    assert response.context["page_obj"].is_first and len(response.context["page_obj"]) == 1


def test_filters_are_kept_in_the_pagination_links(
    client_for, reporter_a, org_a, categories, places
):
    bulk_incidents(30, org_a, categories["klotter"], places["hamnen"])
    response = client_for(reporter_a).get(LIST + "?status=new&q=nummer")
    html = response.content.decode()
    cursor = response.context["page_obj"].next_cursor
    assert f"?status=new&amp;q=nummer&amp;efter={cursor}" in html
    assert f"{EXPORT}?status=new&amp;q=nummer" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"klotter-hamnen", "glas-torget", "skrap-gammal", "klotter-handled"}),
        ("kategori={parent}", {"klotter-hamnen", "glas-torget", "klotter-handled"}),
        ("kategori={klotter}", {"klotter-hamnen", "klotter-handled"}),
        ("plats={torget}", {"glas-torget"}),
        ("status=handled", {"klotter-handled"}),
        ("q=gammal", {"skrap-gammal"}),
        ("q=Torget", {"glas-torget"}),  # the place's name is searched too
        ("fran=2026-03-01&till=2026-03-31", {"klotter-hamnen", "glas-torget"}),
        ("till=2026-02-28", {"skrap-gammal"}),
        ("fran=2026-04-01", {"klotter-handled"}),
    ],
)
def test_filters(client_for, reporter_a, org_a, categories, places, query, expected):
    specs = [
        ("klotter-hamnen", categories["klotter"], places["hamnen"], local(2026, 3, 10, 22), "new"),
        ("glas-torget", categories["glas"], places["torget"], local(2026, 3, 31, 23, 59), "new"),
        ("skrap-gammal", categories["nedskrapning"], None, local(2026, 2, 28, 23, 30), "new"),
        ("klotter-handled", categories["klotter"], None, local(2026, 4, 1, 0, 30), "handled"),
    ]
    for text, category, place, occurred_at, status in specs:
        IncidentFactory(
            organisation=org_a,
            category=category,
            place=place,
            occurred_at=occurred_at,
            status=status,
            description=text,
            place_description="",
        )
    ids = {key: obj.pk for key, obj in {**categories, **places}.items()}
    response = client_for(reporter_a).get(LIST + "?" + query.format(**ids))
    assert {i.description for i in response.context["page_obj"].object_list} == expected


def test_organisation_filter_only_for_coordinators_and_multi_members(
    client_for, reporter_a, coordinator, org_a, org_b
):
    assert "organisation" not in client_for(reporter_a).get(LIST).context["filter"].form.fields
    form = client_for(coordinator).get(LIST).context["filter"].form
    assert {org_a, org_b} <= set(form.fields["organisation"].queryset)
    IncidentFactory(organisation=org_a, description="hos A")
    IncidentFactory(organisation=org_b, description="hos B")
    response = client_for(coordinator).get(f"{LIST}?organisation={org_b.pk}")
    assert [i.description for i in response.context["page_obj"].object_list] == ["hos B"]


def test_invalid_filter_values_are_shown_not_crashed(client_for, reporter_a, org_a):
    IncidentFactory(organisation=org_a)
    response = client_for(reporter_a).get(LIST + "?fran=inte-ett-datum&kategori=999999")
    assert response.status_code == 200
    assert "Några filter kunde inte användas" in response.content.decode()


def grow_to(count, org_a, org_b, categories, places):
    def grow():
        bulk_incidents(count // 2, org_a, categories["klotter"], places["hamnen"])
        bulk_incidents(count // 2, org_b, categories["glas"], places["torget"])

    return grow


@pytest.mark.parametrize("who", ["reporter_a", "coordinator"])
@pytest.mark.parametrize(
    "path",
    [
        LIST,
        LIST + "?kategori={parent}&q=nummer&status=new&efter={cursor}",
        LIST + "?mina=1&fore={cursor}",
        MAP,
        "/personal/",
    ],
)
def test_query_count_is_constant(
    client_for,
    request,
    who,
    path,
    org_a,
    org_b,
    categories,
    places,
    django_assert_max_num_queries,
    assert_constant_queries,
):
    client = client_for(request.getfixturevalue(who))
    # A cursor in the middle of the data at both sizes: page N costs what page 1 costs.
    cursor = Cursor(timezone.now() - timedelta(days=1, minutes=2), 0).encode()
    url = path.format(parent=categories["parent"].pk, cursor=cursor)
    bulk_incidents(3, org_a, categories["klotter"], places["hamnen"])
    bulk_incidents(2, org_b, categories["glas"], places["torget"])  # 5 incidents

    def fetch():
        assert client.get(url).status_code == 200

    count = assert_constant_queries(fetch, grow_to(500, org_a, org_b, categories, places))
    # At most 15: the page's own queries plus the per-request session save of the idle timeout
    # (an UPDATE and its savepoint inside the test transaction). Issue 24 adds one on a
    # moderator's /personal/ rendered afresh: the count of new tips beside the shares waiting
    # (that count, read once for the menu and the page, fits in the 15 elsewhere); issue 25 one
    # more on the coordinator's: the early warnings (est_incidents.early_warning, one query),
    # and one more there for the reporting coverage (est_incidents.coverage: the reports linked
    # as "samma händelse" to another organisation's still count as their organisation's).
    # A member's search (q=…) reads two more (the places and categories named like the text)
    # and, rendered afresh, the staff menu's count of shares waiting for their organisations
    # (est_incidents.context_processors; kept under the viewer's data version on a kept page):
    # measured 16.
    limit = 18 if path == "/personal/" and who == "coordinator" else 15
    if "q=nummer" in path and who == "reporter_a":
        limit = 16
    with django_assert_max_num_queries(limit):
        fetch()
    assert count <= limit


def test_export_query_count_is_constant(
    client_for, reporter_a, org_a, org_b, categories, places, assert_constant_queries
):
    client = client_for(reporter_a)
    bulk_incidents(5, org_a, categories["klotter"], places["hamnen"])

    def fetch():
        b"".join(client.get(EXPORT).streaming_content)

    assert_constant_queries(fetch, grow_to(500, org_a, org_b, categories, places))


def test_staff_home_shows_recent_incidents(client_for, reporter_a, org_a, org_b):
    IncidentFactory(organisation=org_a, category=CategoryFactory(name="Klotter", code="t-k"))
    IncidentFactory(organisation=org_b, category=CategoryFactory(name="Brand", code="t-b"))
    html = client_for(reporter_a).get("/personal/").content.decode()
    assert "Klotter" in html and "Brand" not in html
    assert "Rapportera en händelse" in html


# --- CSV export -------------------------------------------------------------------------------


def read_csv(response):
    assert isinstance(response, StreamingHttpResponse)
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark for Excel
    text = raw.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_csv_for_swedish_excel(client_for, reporter_a, org_a, org_b, categories, places):
    IncidentFactory(
        organisation=org_a,
        category=categories["klotter"],
        place=places["hamnen"],
        occurred_at=local(2026, 7, 1, 22, 30),
        latitude="58.306900",
        longitude="14.292800",
        description='Text med ; semikolon, "citat" och\nradbrytning – åäö',
    )
    IncidentFactory(organisation=org_a, description='=HYPERLINK("http://x")')
    IncidentFactory(organisation=org_b, description="Hos någon annan")
    response = client_for(reporter_a).get(EXPORT)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="handelser-')
    rows = read_csv(response)
    header, *data = rows
    assert header[:3] == ["ID", "Inträffade", "Pågick till"]
    assert all(len(row) == len(header) for row in data)
    assert len(data) == 2
    by_text = {row[header.index("Beskrivning")]: row for row in data}
    row = by_text['Text med ; semikolon, "citat" och\nradbrytning – åäö']
    assert row[header.index("Inträffade")] == "2026-07-01 22:30"  # local time, not UTC
    assert row[header.index("Huvudkategori")] == "Skadegörelse (t)"
    assert row[header.index("Kategori")] == "Klotter (t)"
    assert row[header.index("Plats")] == "Hamnen (t)"
    assert row[header.index("Latitud")] == "58,306900"
    assert '\'=HYPERLINK("http://x")' in by_text  # never a formula in Excel
    assert not any("Hos någon annan" in cell for row in data for cell in row)


def test_csv_follows_the_filters(client_for, reporter_a, org_a, categories, places):
    IncidentFactory(organisation=org_a, category=categories["klotter"], description="klotter")
    IncidentFactory(organisation=org_a, category=categories["nedskrapning"], description="skräp")
    header, *data = read_csv(
        client_for(reporter_a).get(f"{EXPORT}?kategori={categories['parent'].pk}")
    )
    assert [row[header.index("Beskrivning")] for row in data] == ["klotter"]


# --- Map --------------------------------------------------------------------------------------


def test_map_has_points_counts_and_works_without_javascript(
    client_for, reporter_a, org_a, categories, places
):
    bulk_incidents(3, org_a, categories["klotter"], places["hamnen"])
    IncidentFactory(organisation=org_a, place=None, latitude="58.300000", longitude="14.280000")
    IncidentFactory(organisation=org_a, place=None, place_description="Någonstans")
    response = client_for(reporter_a).get(MAP)
    html = response.content.decode()
    assert [row["count"] for row in response.context["place_counts"]] == [3, 2]
    assert "Hamnen (t)" in html and "Ingen namngiven plats" in html
    points = map_points(response)
    assert len(points) == 4  # the one without a point or place cannot be drawn
    assert [58.3, 14.28] in [point[1:3] for point in points]
    assert "vendor/leaflet-heat/leaflet-heat.js" in html
    assert 'data-tile-url=""' in html  # no tiles configured in tests


def test_user_with_two_organisations_sees_both(client_for, reporter_a, org_a, org_b):
    Membership.objects.create(user=reporter_a, organisation=org_b, role=Role.REPORTER)
    IncidentFactory(organisation=org_a, description="hos A")
    IncidentFactory(organisation=org_b, description="hos B")
    response = client_for(reporter_a).get(LIST)
    assert {i.description for i in response.context["page_obj"].object_list} == {"hos A", "hos B"}
    assert response.context["show_organisation"]


@pytest.mark.parametrize("params", [{"till": "9999-12-31"}, {"fran": "0001-01-01"}])
def test_dates_far_outside_the_registry_are_refused_with_a_swedish_message(
    client_for, coordinator, params
):
    from django.urls import reverse

    for name in ("incident_list", "incident_map"):
        response = client_for(coordinator).get(reverse(f"est:{name}"), params)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Ange ett datum" in html
    response = client_for(coordinator).get(reverse("est:incident_export"), params)
    # Not the whole registry with the bad date dropped: a refusal that says what to do.
    assert response.status_code == 400
    assert "Filtret är ogiltigt" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"start": "0001-01-01", "end": "0001-01-31"},
        {"start": "9999-12-01", "end": "9999-12-31"},
    ],
)
def test_situation_picture_refuses_dates_at_the_ends_of_the_calendar(
    client_for, coordinator, params
):
    from django.urls import reverse

    response = client_for(coordinator).get(reverse("est:situation_picture"), params)
    assert response.status_code == 200  # the page again, the message at the date field
    assert "Ange ett datum" in response.content.decode()


# --- On a phone: folded filters, cards, "Mina rapporter" (issue 13, D3) ----------------------


def test_mina_rapporter_shows_only_the_users_own_reports(client_for, reporter_a, org_a):
    mine = IncidentFactory(organisation=org_a, reported_by=reporter_a, description="Min rapport.")
    other = IncidentFactory(organisation=org_a, description="Kollegans rapport.")
    client = client_for(reporter_a)

    everything = client.get(LIST)
    assert {i.pk for i in everything.context["page_obj"]} == {mine.pk, other.pk}
    assert "<details" in everything.content.decode()
    assert (
        '<details class="incident-filters-disclosure mb-4" open' not in everything.content.decode()
    )

    own = client.get(LIST + "?mina=1")
    assert [i.pk for i in own.context["page_obj"]] == [mine.pk]
    html = own.content.decode()
    assert '<details class="incident-filters-disclosure mb-4" open>' in html  # filters in use
    assert "Mina rapporter" in html


def test_cards_show_a_snippet_of_the_description(client_for, reporter_a, org_a):
    IncidentFactory(organisation=org_a, description="Krossad ruta vid busskuren. " * 10)
    html = client_for(reporter_a).get(LIST).content.decode()
    cards = html.split('class="list-unstyled incident-cards d-md-none"')[1].split("</ul>")[0]
    assert "Krossad ruta vid busskuren." in cards
    assert "…" in cards  # cut to a snippet
