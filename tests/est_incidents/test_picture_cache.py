"""The live situation picture comes from a cache that every write it shows invalidates (on every
instance: the version is read from PostgreSQL) and that never serves one viewer scope's numbers
to another."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from est_incidents.models import Category, EstAction, Incident, Place
from hjo_safety import cache
from hjo_safety.models import Organisation
from tests.est_incidents.disclosed import plain
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstActionFactory, PoliceEventFactory

pytestmark = pytest.mark.django_db

URL = "/personal/lagesbild/"


@pytest.fixture
def seven_of_a(org_a):
    return IncidentFactory.create_batch(7, organisation=org_a)


def _picture(client):
    response = client.get(URL)
    assert response.status_code == 200
    picture = response.context["picture"]  # lazy: the body may come from its kept fragment
    picture["total"]  # evaluate it (from the picture cache when it can be)
    return getattr(picture, "_wrapped", picture), response.content.decode()


def test_a_cached_picture_is_the_same_page_and_is_reused(client_for, coordinator, seven_of_a):
    client = client_for(coordinator)
    cache.clear()
    first, html = _picture(client)
    with CaptureQueriesContext(connection) as queries:
        again, html_again = _picture(client)
    assert again == first  # the same picture, read back from the cache: not computed again
    assert not [q for q in queries.captured_queries if "est_incidents_incident" in q["sql"]]

    def main(page):
        return page[page.index("<main") : page.index("</main>")]

    assert main(html_again) == main(html) and plain(first)["total"] == 7


def test_every_incident_write_shows_at_once(client_for, coordinator, seven_of_a, org_b):
    client = client_for(coordinator)
    assert plain(_picture(client)[0])["total"] == 7
    IncidentFactory(organisation=org_b)  # a new incident
    assert plain(_picture(client)[0])["total"] == 8
    Incident.objects.filter(pk=seven_of_a[0].pk).delete()  # a deleted one
    assert plain(_picture(client)[0])["total"] == 7
    other = Category.objects.exclude(pk=seven_of_a[1].category_id).first()
    Incident.objects.filter(pk=seven_of_a[1].pk).update(category=other)  # recategorised
    names = {row["name"] for row in plain(_picture(client)[0])["by_subcategory"]}
    assert other.name in names
    # A raw UPDATE in psql, past every Python code path: moved out of the period.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE est_incidents_incident SET occurred_at = occurred_at - interval '400 days' "
            "WHERE id = %s",
            [seven_of_a[2].pk],
        )
    assert plain(_picture(client)[0])["total"] == 6


def test_names_police_events_and_actions_show_at_once(client_for, coordinator, seven_of_a, org_a):
    client = client_for(coordinator)
    _picture(client)
    Place.objects.filter(pk=seven_of_a[0].place_id).update(name="Omdöpta torget (t)")
    assert "Omdöpta torget (t)" in _picture(client)[1]
    Category.objects.filter(pk=seven_of_a[0].category_id).update(name="Omdöpt kategori (t)")
    assert "Omdöpt kategori (t)" in _picture(client)[1]
    Organisation.objects.filter(pk=org_a.pk).update(short_name="OmdöptOrg")
    assert "OmdöptOrg" in _picture(client)[1]
    PoliceEventFactory(event_type="Brand (t)")
    assert plain(_picture(client)[0])["police_total"] == 1
    action = EstActionFactory(what="Mer belysning vid bryggan (t)", responsible_organisation=org_a)
    assert "Mer belysning vid bryggan (t)" in _picture(client)[1]
    EstAction.objects.filter(pk=action.pk).update(status=EstAction.Status.DONE)
    assert "Mer belysning vid bryggan (t)" not in _picture(client)[1]


def test_no_viewer_gets_another_scopes_numbers_through_the_cache(
    client_for, coordinator, reporter_a, reporter_b, org_a
):
    IncidentFactory.create_batch(3, organisation=org_a)
    cache.clear()
    # Exact first (filled into the cache), then the other organisation's reporter: suppressed.
    assert plain(_picture(client_for(coordinator))[0])["total"] == 3
    assert plain(_picture(client_for(reporter_a))[0])["by_organisation"][0]["count"] == 3
    shown, html = _picture(client_for(reporter_b))
    shown = plain(shown)
    assert shown["total"] is None and "färre än 5" in html
    # 1–4 incidents of another organisation: no breakdown at all (disclosure.py), not even A's row.
    assert shown["withheld"] and shown["by_organisation"] == []
    # Filtered to organisation A: exact for A's reporter, still suppressed for B's.
    query = f"{URL}?organisation={org_a.pk}"
    assert plain(client_for(reporter_a).get(query).context["picture"])["total"] == 3
    assert plain(client_for(reporter_b).get(query).context["picture"])["total"] is None
    # And the coordinator's exact picture was not changed by the suppressed copies.
    assert plain(_picture(client_for(coordinator))[0])["total"] == 3


def test_the_version_changes_with_each_write_in_the_same_transaction(seven_of_a):
    before = cache.data_version()
    Incident.objects.filter(pk=seven_of_a[0].pk).update(status=Incident.Status.HANDLED)
    middle = cache.data_version()
    Incident.objects.filter(pk=seven_of_a[0].pk).delete()
    assert len({before, middle, cache.data_version()}) == 3


def test_a_held_meetings_frozen_picture_is_cached_per_viewer_scope(
    client_for, coordinator, reporter_a, reporter_b, org_a
):
    from datetime import timedelta

    from django.utils import timezone

    from est_incidents.services import mark_meeting_held
    from tests.est_incidents.meeting_factories import EstMeetingFactory

    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(hours=1))
    IncidentFactory.create_batch(
        3, organisation=org_a, occurred_at=timezone.now() - timedelta(days=3)
    )
    mark_meeting_held(meeting, acting_user=None)
    cache.clear()
    url = f"/personal/est-moten/{meeting.pk}/"
    for _ in range(2):  # the second time from the cache
        assert plain(client_for(coordinator).get(url).context["picture"])["total"] == 3
        shown = client_for(reporter_b).get(url)
        assert plain(shown.context["picture"])["total"] is None
        assert "färre än 5" in shown.content.decode()
        own = plain(client_for(reporter_a).get(url).context["picture"])["by_organisation"]
        assert own[0]["count"] == 3
