"""The one caching layer (``hjo_safety/cache.py``): versions per organisation, so a write
renews only the kept parts that can show it; every bulk path bumps; the byte bound holds; and
kept parts can be turned off."""

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from est_incidents.services import share_incident
from hjo_safety import cache
from hjo_safety.models import ContactInfo, DataVersion
from safety_statistics.models import CrimeStatistic
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory

pytestmark = pytest.mark.django_db

LIST = reverse("est:incident_list")
PICTURE = reverse("est:situation_picture")


def _view(client, url):
    """The page, and whether it read the incidents (a miss) or came from its kept part."""
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url)
    assert page.status_code == 200
    missed = any("est_incidents_incident" in q["sql"] for q in queries.captured_queries)
    return page.content.decode(), missed


@pytest.fixture
def made(db):
    """An incident factory whose category and place exist already: made here, they would bump
    the shared version themselves."""
    category, place = CategoryFactory(), PlaceFactory()

    def make(**kwargs):
        return IncidentFactory(category=category, place=place, **kwargs)

    return make


def _link(incident):
    return 'href="' + reverse("est:incident_detail", args=[incident.pk]) + '"'


# --- Versions per organisation -----------------------------------------------------------------


def test_a_write_by_organisation_b_keeps_organisation_as_page_but_renews_the_coordinators(
    client_for, reporter_a, coordinator, org_a, org_b, made
):
    own = made(organisation=org_a)
    a_client = client_for(reporter_a)
    _view(a_client, LIST)
    assert _view(a_client, LIST)[1] is False  # kept
    c_client = Client()
    c_client.force_login(coordinator)
    _view(c_client, LIST)
    assert _view(c_client, LIST)[1] is False

    other = made(organisation=org_b)

    page, missed = _view(a_client, LIST)
    assert missed is False, "a write by B renewed A's kept list"
    assert _link(own) in page and _link(other) not in page
    page, missed = _view(c_client, LIST)
    assert missed is True and _link(other) in page  # the coordinator sees B's data


def test_a_share_from_b_and_bs_later_edit_renew_the_receivers_page(
    client_for, reporter_a, reporter_b, org_a, org_b
):
    incident = IncidentFactory(organisation=org_b, description="Trasig lampa vid bryggan.")
    a_client = client_for(reporter_a)
    assert _link(incident) not in _view(a_client, LIST)[0]
    share_incident(incident=incident, organisation=org_a, note="", acting_user=reporter_b)
    assert _link(incident) in _view(a_client, LIST)[0]
    detail = reverse("est:incident_detail", args=[incident.pk])
    assert "Trasig lampa vid bryggan." in _view(a_client, detail)[0]
    incident.description = "Trasig lampa vid hamnen."
    incident.save()  # a write by B to an incident shared with A renews A's pages
    assert "Trasig lampa vid hamnen." in _view(a_client, detail)[0]


def test_a_write_to_shared_data_renews_every_viewer(client_for, reporter_a, contact_info):
    client = client_for(reporter_a)
    _view(client, LIST)
    ContactInfo.objects.filter(pk=contact_info.pk).update(phone="0503-35999")
    page, missed = _view(client, LIST)
    assert missed is True and "0503-35999" in page  # the footer too


def test_the_version_of_each_scope(org_a, org_b, made):
    a, b, everything = (
        cache.organisations_version([org_a.pk]),
        cache.organisations_version([org_b.pk]),
        cache.data_version(),
    )
    made(organisation=org_b)
    assert cache.organisations_version([org_a.pk]) == a
    assert cache.organisations_version([org_b.pk]) != b
    assert cache.data_version() != everything
    shared = cache.shared_version()
    cache.bump()
    assert cache.shared_version() != shared
    assert cache.organisations_version([org_a.pk]) != a  # SHARED is part of every version


# --- Bulk paths ----------------------------------------------------------------------------------


def test_bump_data_version_renews_every_kept_part(client_for, reporter_a, capsys):
    client = client_for(reporter_a)
    _view(client, LIST)
    assert _view(client, LIST)[1] is False
    call_command("bump_data_version", verbosity=2)
    out = capsys.readouterr().out
    assert "Dataversionen är höjd" in out and "före" in out
    assert _view(client, LIST)[1] is True


def test_bump_data_version_of_one_organisation(org_a, org_b):
    a, b = cache.organisations_version([org_a.pk]), cache.organisations_version([org_b.pk])
    call_command("bump_data_version", organisation=[org_b.pk], verbosity=0)
    assert cache.organisations_version([org_a.pk]) == a
    assert cache.organisations_version([org_b.pk]) != b


def test_rebuilding_the_incident_counts_bumps_the_version(org_a):
    IncidentFactory(organisation=org_a)
    before = cache.data_version()
    call_command("rebuild_incident_counts", verbosity=0)
    assert cache.data_version() != before


def test_importing_brå_statistics_changes_the_years_kept_picture(client_for, coordinator, tmp_path):
    """Finding (issue 22): an import left the year's kept lägesbild with the old figures."""
    client = client_for(coordinator)
    url = f"{PICTURE}?fran=2024-01-01&till=2024-12-31"
    assert "Ingen brottsstatistik är inläst ännu." in _view(client, url)[0]
    _import_brå(tmp_path, 4321)
    page = _view(client, url)[0]
    assert "Ingen brottsstatistik är inläst ännu." not in page and _shows(page, 4321)


def _import_brå(tmp_path, count):
    path = tmp_path / "brå.csv"
    path.write_text(
        '"Region";"År";"Brottskategori";"Antal";"Per 100 000 inv"\n'
        f'"Hjo";2024;"Samtliga brott";{count};1\n',
        encoding="utf-8",
    )
    call_command("import_crime_statistics", file=str(path), verbosity=0)


def _shows(page, number):
    return any(f"{number:,}".replace(",", sep) in page for sep in ("", " ", "\xa0", "\u202f"))


def test_a_statistic_edited_outside_the_import_changes_the_kept_picture(
    client_for, coordinator, tmp_path
):
    """An edit in the admin or in psql: the version trigger on the statistics renews it."""
    _import_brå(tmp_path, 1111)
    client = client_for(coordinator)
    url = f"{PICTURE}?fran=2024-01-01&till=2024-12-31"
    assert _shows(_view(client, url)[0], 1111)
    CrimeStatistic.objects.filter(year=2024).update(count=2222)
    page = _view(client, url)[0]
    assert _shows(page, 2222) and not _shows(page, 1111)


# --- The memory bound and turning it off -----------------------------------------------------------


def test_an_entry_over_the_byte_bound_is_served_but_not_kept(settings):
    settings.FRAGMENT_CACHE_MAX_ENTRY_BYTES = 1_000
    calls = []

    def compute(size):
        calls.append(size)
        return "x" * size

    for _ in range(2):
        assert cache.get_or_set("fragment", ("small",), lambda: compute(100)) == "x" * 100
        assert cache.get_or_set("fragment", ("huge",), lambda: compute(5_000)) == "x" * 5_000
    assert calls == [100, 5_000, 5_000]  # the small one kept, the huge one computed each time


def test_the_cache_keeps_at_most_its_max_entries():
    limit = django_settings.FRAGMENT_CACHE_MAX_ENTRIES
    for index in range(limit + 100):
        cache.get_or_set("fragment", (index,), lambda index=index: f"part {index}")
    kept = sum(
        caches[cache.CACHE_ALIAS].get(cache.key("fragment", index)) is not None
        for index in range(limit + 100)
    )
    assert kept <= limit
    # So a worker holds at most MAX_ENTRIES × MAX_ENTRY_BYTES of kept values (README, "Memory").


def test_kept_parts_can_be_turned_off(client_for, reporter_a, org_a):
    IncidentFactory(organisation=org_a)
    off = {
        **django_settings.CACHES,
        "fragments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    with override_settings(CACHES=off):
        assert cache.keeps() is False
        client = client_for(reporter_a)
        _view(client, LIST)
        assert _view(client, LIST)[1] is True  # rendered again: nothing kept
    assert cache.keeps() is True


def test_old_picture_versions_migrated_into_the_shared_scope():
    """Migration est_incidents 0018 copied the picture's version slots: the version never
    went back to a value an old entry was kept under (the test database ran it)."""
    assert DataVersion._meta.db_table == cache.VERSION_TABLE
    assert "est_incidents_picturedataversion" not in connection.introspection.table_names()
