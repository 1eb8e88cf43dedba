"""Every public figure obeys one publication rule: monthly releases of completed months
(``est_incidents.publication``), so nothing a visitor can see moves between two release days,
a released figure never changes, and an incident logged today appears nowhere public before
its month's release (issue 21, A2 and A3)."""

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from est_incidents.models import Category, Incident, Place
from est_incidents.models.releases import forget_released_copies
from est_incidents.publication import Release, current_release, release_day
from safety_statistics.promise_evidence import evidence_for
from safety_statistics.public_figures import MONTH, QUARTER, compute_public_figures
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.factories import (
    CategoryFactory,
    IncidentFactory,
    PlaceFactory,
    registered_when_they_occurred,
)
from tests.security.test_isolation_matrix import MATRIX, OBJECT_KINDS, World

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PAGE = "/trygghet-i-siffror/"


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), STOCKHOLM)


def travel(day: date, hour: int = 10):
    return time_machine.travel(at(day, hour), tick=False)


# --- The rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "last_month", "released_on", "next_release_on"),
    [
        (date(2026, 11, 14), date(2026, 9, 1), date(2026, 10, 15), date(2026, 11, 15)),
        (date(2026, 11, 15), date(2026, 10, 1), date(2026, 11, 15), date(2026, 12, 15)),
        (date(2026, 12, 31), date(2026, 11, 1), date(2026, 12, 15), date(2027, 1, 15)),
        (date(2027, 1, 14), date(2026, 11, 1), date(2026, 12, 15), date(2027, 1, 15)),
        (date(2027, 1, 15), date(2026, 12, 1), date(2027, 1, 15), date(2027, 2, 15)),
    ],
)
def test_a_month_is_released_on_a_fixed_day_of_the_next_month(
    today, last_month, released_on, next_release_on
):
    release = current_release(today)
    assert release == Release(last_month=last_month)
    assert (release.released_on, release.next_release_on) == (released_on, next_release_on)


def test_the_release_day_follows_the_delay_setting(settings):
    settings.PUBLIC_STATISTICS_DELAY_DAYS = 40  # longer than a month: still one release a month
    assert release_day(date(2026, 1, 20)) == date(2026, 3, 13)
    assert current_release(date(2026, 3, 12)).last_month == date(2025, 12, 1)
    assert current_release(date(2026, 3, 13)).last_month == date(2026, 1, 1)


def test_published_counts_only_released_months_registered_before_their_release(org_a):
    on_time = IncidentFactory(organisation=org_a, occurred_at=at(date(2026, 9, 30), 23))
    registered_when_they_occurred()
    with travel(date(2026, 10, 14), hour=23):  # the evening before September's release day
        just_in_time = IncidentFactory(organisation=org_a, occurred_at=at(date(2026, 9, 29)))
    with travel(date(2026, 10, 15), hour=0):  # just after midnight: too late for September
        too_late = IncidentFactory(organisation=org_a, occurred_at=at(date(2026, 9, 28)))
    october = IncidentFactory(organisation=org_a, occurred_at=at(date(2026, 10, 1), 0))
    Incident.objects.filter(pk=october.pk).update(created_at=at(date(2026, 10, 2)))
    september = Release(last_month=date(2026, 9, 1))
    october_release = Release(last_month=date(2026, 10, 1))
    published = set(Incident.objects.published(september).values_list("pk", flat=True))
    assert published == {on_time.pk, just_in_time.pk}
    published = set(Incident.objects.published(october_release).values_list("pk", flat=True))
    assert published == {on_time.pk, just_in_time.pk, october.pk}
    assert too_late.pk not in published


# --- A2: the promise page -------------------------------------------------------------------


@pytest.fixture
def badplatsen_promise(org_a):
    """A promise of 2026 whose activity names Badplatsen; Badplatsen had 5 incidents a month
    from January to November, each registered the day it occurred."""
    badplatsen = PlaceFactory(name="Badplatsen (test)")
    promise = CitizenPromiseFactory(
        published=True, period_start=date(2026, 1, 1), period_end=date(2026, 12, 31)
    )
    PromiseActivityFactory(promise=promise, places=[badplatsen])
    for month in range(1, 12):
        for day in range(1, 6):
            IncidentFactory(
                organisation=org_a, place=badplatsen, occurred_at=at(date(2026, month, day))
            )
    registered_when_they_occurred()
    return promise, badplatsen


def test_an_incident_logged_now_does_not_change_the_promise_page(badplatsen_promise, org_a):
    """Log an incident at Badplatsen now: a minute later an anonymous visitor sees exactly the
    same page (before the fix the running quarter's count went up by one)."""
    promise, badplatsen = badplatsen_promise
    with travel(date(2026, 11, 20)):
        before = Client().get(promise.get_absolute_url()).content.decode()
        IncidentFactory(organisation=org_a, place=badplatsen)
    with travel(date(2026, 11, 20), hour=11):
        after = Client().get(promise.get_absolute_url()).content.decode()
    assert after == before
    assert "2026 kv. 3" in before and "2026 kv. 4" not in before  # no running quarter


def test_the_promise_page_and_the_figures_page_read_the_same_for_a_place(badplatsen_promise):
    promise, badplatsen = badplatsen_promise
    with travel(date(2026, 11, 20)):
        release = current_release()
        activities = list(promise.activities.prefetch_related("places"))
        table = evidence_for(promise, activities, release)[activities[0].pk]
        figures = compute_public_figures(release, by=QUARTER)
    column = figures.by_area.columns.index(badplatsen.name)
    on_figures = {label: str(cells[column]) for label, cells in figures.by_area.rows}
    on_promise = {quarter.label: str(cells[0]) for quarter, cells in table.rows}
    assert on_promise["2026 kv. 3"] == on_figures["2026 kv. 3"] == "15"
    for label, text in on_promise.items():
        if label in on_figures and text != "ej kartlagt":
            assert text == on_figures[label], label


# --- A3: no differencing between days -------------------------------------------------------


@pytest.fixture
def busy_year(org_a, org_b, badplatsen_promise):
    """An incident at a named place every day of 2026 up to 21 November, registered the same
    day: with a cut-off that moved a day a day, every page differed from the day before."""
    places = [PlaceFactory(name="Skolområde Ågårdsskolan (test)"), PlaceFactory(name="Torget")]
    category = CategoryFactory(name="Skadegörelse (test)", code="skadegorelse-test")
    day = date(2026, 1, 1)
    index = 0
    while day <= date(2026, 11, 21):
        IncidentFactory(
            organisation=org_a if index % 2 else org_b,
            category=category,
            place=places[index % 2],
            occurred_at=at(day),
        )
        day += timedelta(days=1)
        index += 1
    registered_when_they_occurred()
    return badplatsen_promise[0]


def public_pages(promise) -> dict[str, str]:
    client = Client()
    urls = [PAGE, PAGE + "?per=manad", reverse("statistics:public_cells")]
    urls.append(promise.get_absolute_url())
    return {url: client.get(url).content.decode() for url in urls}


def test_two_consecutive_days_show_identical_public_pages(busy_year):
    with travel(date(2026, 11, 20)):
        first = public_pages(busy_year)
    with travel(date(2026, 11, 21)):
        second = public_pages(busy_year)
    for url, html in first.items():
        assert second[url] == html, url


def test_a_correction_or_deletion_after_a_release_changes_none_of_its_figures(busy_year):
    """Issue 21, round 3: a released figure is fixed at its release. Staff then move one
    released incident to another category and place and delete another: every public page of
    that release (figures by quarter and month, the map's GeoJSON, the promise page) reads the
    same bytes; the next release day still adds its month."""
    with travel(date(2026, 11, 20)):
        before = public_pages(busy_year)
        texts_before = figure_texts(current_release(), busy_year)
    released = Incident.objects.filter(occurred_at__lt=at(date(2026, 10, 1))).order_by("pk")
    moved, deleted = released[0], released[1]
    other_place = Place.objects.exclude(pk=moved.place_id).order_by("pk").first()
    other_category = (
        Category.objects.top_level().exclude(pk=moved.category_id).order_by("pk").first()
    )
    Incident.objects.filter(pk=moved.pk).update(place=other_place, category=other_category)
    Incident.objects.filter(pk=deleted.pk).delete()
    with travel(date(2026, 11, 21)):
        after = public_pages(busy_year)
        texts_after = figure_texts(current_release(), busy_year)
    for url, html in before.items():
        assert after[url] == html, url
    assert texts_after == texts_before
    with travel(date(2026, 12, 15)):  # November's release still comes
        assert any("november 2026" in key[1] for key in figure_texts(current_release()))


def test_a_release_day_adds_the_released_month_and_changes_no_earlier_figure(busy_year):
    """14 → 15 December: November is released (a new month and a new quarter row for the
    map), and every figure both pages show under the same label is the same."""
    with travel(date(2026, 12, 14)):
        before = figure_texts(current_release())
    with travel(date(2026, 12, 15)):
        after = figure_texts(current_release())
    assert any("november 2026" in key[1] for key in after)
    assert not any("november 2026" in key[1] for key in before)
    assert_same_common_figures(before, after)


def figure_texts(release: Release, promise=None) -> dict[tuple, str]:
    """Every figure of a release's public pages by (table, row label, column label)."""
    texts = {}
    for by in (QUARTER, MONTH):
        figures = compute_public_figures(release, by=by)
        for name, table in (("category", figures.by_category), ("area", figures.by_area)):
            if table is None:
                continue
            for label, cells in table.rows:
                for column, cell in zip(table.columns, cells, strict=True):
                    texts[(f"{by}:{name}", label, column)] = str(cell)
        for year in figures.yearly:
            texts[("yearly", year["label"], "")] = str(year["count"])
        if figures.map_start:
            for cell in figures.map_cells:
                key = ("map", figures.map_start.isoformat(), f"{cell.south},{cell.west}")
                texts[key] = str(cell.count)
    if promise is not None:
        activities = list(promise.activities.prefetch_related("places"))
        for activity_pk, table in evidence_for(promise, activities, release).items():
            for quarter, cells in table.rows:
                for place, text in zip(table.places, cells, strict=True):
                    texts[(f"promise:{activity_pk}", quarter.label, place.name)] = str(text)
    return texts


def assert_same_common_figures(before: dict, after: dict):
    common = set(before) & set(after)
    assert common, "the two versions share figures"
    changed = {key: (before[key], after[key]) for key in common if before[key] != after[key]}
    assert not changed, changed


# Incidents: (month 1–6 of 2026, day 1–28, category 0–1, place 0–1 or none, days between
# occurring and being registered: most on the day, some weeks late). Few months, places and
# categories, so that counts reach 5 and a late registration could move a shown figure.
incident = st.tuples(
    st.integers(1, 6),
    st.integers(1, 28),
    st.integers(0, 1),
    st.one_of(st.none(), st.integers(0, 1)),
    st.sampled_from([0, 0, 0, 0, 10, 25, 45, 80]),
)
FIRST_DAY, LAST_DAY = date(2026, 2, 1), date(2026, 10, 31)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    incidents=st.lists(incident, min_size=10, max_size=80),
    offsets=st.tuples(
        st.integers(0, (LAST_DAY - FIRST_DAY).days), st.integers(0, (LAST_DAY - FIRST_DAY).days)
    ),
)
def test_no_figure_changes_between_any_two_days(figure_world, incidents, offsets):
    """Draw incidents (some registered late) and two days, each day's pages made from the
    incidents registered by its end: every figure both pages show under the same table, row
    and column is the same (so none changes by 1–4), and two days with the same release show
    the same figures."""
    Incident.objects.all().delete()
    forget_released_copies()  # each example's registry is copied afresh at its releases
    categories, places, promise, organisation = figure_world
    rows = []
    for month, day, category, place, _lag in incidents:
        occurred = at(date(2026, month, day), 9 + len(rows) % 12)
        rows.append(
            Incident(
                organisation=organisation,
                category=categories[category],
                place=None if place is None else places[place],
                occurred_at=occurred,
                description="Händelse",
            )
        )
    Incident.objects.bulk_create(rows)  # registered now (auto_now_add) …
    for row, (*_rest, lag) in zip(rows, incidents, strict=True):
        row.created_at = row.occurred_at + timedelta(days=lag)
    Incident.objects.bulk_update(rows, ["created_at"])  # … then when each was registered
    first, second = sorted(FIRST_DAY + timedelta(days=offset) for offset in offsets)
    # Each day's pages from the registry as it was at that day's end: an incident registered
    # later did not exist yet.
    Incident.objects.filter(created_at__gte=at(second + timedelta(days=1), 0)).delete()
    after = figure_texts(current_release(second), promise)
    Incident.objects.filter(created_at__gte=at(first + timedelta(days=1), 0)).delete()
    forget_released_copies()
    before = figure_texts(current_release(first), promise)
    if current_release(first) == current_release(second):
        assert before == after
    changed = {
        key: (before[key], after[key])
        for key in set(before) & set(after)
        if before[key] != after[key]
    }
    assert not changed, changed


@pytest.fixture
def figure_world(org_a):
    Category.objects.filter(parent__isnull=False).delete()
    Category.objects.all().delete()
    categories = [
        CategoryFactory(name="Skadegörelse (test)", code="skadegorelse-test"),
        CategoryFactory(name="Nedskräpning (test)", code="nedskrapning-test"),
    ]
    Place.objects.all().delete()
    places = [PlaceFactory(name=f"Plats {index} (test)") for index in range(3)]
    promise = CitizenPromiseFactory(
        published=True, period_start=date(2026, 4, 1), period_end=date(2026, 12, 31)
    )
    PromiseActivityFactory(promise=promise, places=places[:2])
    return categories, places, promise, org_a


# --- Every public page ----------------------------------------------------------------------

CSRF = re.compile(r'(name="csrfmiddlewaretoken" value=|csrfToken["\']?\s*[:=]\s*)"[^"]*"')


def anonymous_pages(world) -> list[str]:
    """Every named URL an anonymous visitor gets a 200 for (the isolation matrix's rows), with
    the matrix's objects of organisation A (a published promise, a public meeting, …)."""
    urls = []
    for name, spec in sorted(MATRIX.items()):
        if spec.expected["anonymous"][0] == 200:
            urls.append(reverse(name, args=OBJECT_KINDS[spec.kind](world, "A")))
    return urls


def test_an_incident_logged_today_appears_on_no_public_page_before_its_release(
    org_a, org_b, reporter_a, reporter_b, org_admin_a, coordinator, contact_info, busy_year
):
    """Every public URL, before and after logging an incident now at the promise's place (and
    one at every other place): the same bytes, up to the CSRF token of a form. On the release
    day of its month the figures page does change (the test can see a change)."""
    world = World(org_a, org_b, reporter_a, reporter_b, org_admin_a, coordinator, contact_info)
    with travel(date(2026, 11, 20)):
        urls = anonymous_pages(world) + [busy_year.get_absolute_url(), PAGE + "?per=manad"]
        assert PAGE in urls and reverse("promises:feed") in urls
        client = Client()
        before = {
            url: CSRF.sub("", client.get(url).content.decode(errors="replace")) for url in urls
        }
        category = Category.objects.get(code="skadegorelse-test")
        for place in Place.objects.all():
            for _ in range(5):
                IncidentFactory(organisation=org_a, place=place, category=category)
        after = {
            url: CSRF.sub("", client.get(url).content.decode(errors="replace")) for url in urls
        }
    for url in urls:
        assert after[url] == before[url], url
    with travel(date(2026, 12, 15)):
        released = Client().get(PAGE + "?per=manad").content.decode()
    assert released != before[PAGE + "?per=manad"]
    assert "november 2026" in released
