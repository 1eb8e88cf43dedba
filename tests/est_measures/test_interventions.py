"""Interventions in the portal: logging (once and weekly), who reads and who edits, the list."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from est_measures.models import Intervention, InterventionKind
from tests.est_incidents.factories import PlaceFactory
from tests.est_incidents.meeting_factories import EstActionFactory
from tests.est_measures.factories import InterventionFactory, InterventionKindFactory

pytestmark = pytest.mark.django_db

LIST = reverse("measures:intervention_list")
CREATE = reverse("measures:intervention_create")


def night_walk_data(place, **overrides):
    start = timezone.localtime() - timedelta(days=10)
    data = {
        "kind": InterventionKind.objects.get(code="nattvandring").pk,
        "starts_at": start.strftime("%Y-%m-%dT22:00"),
        "ends_at": "",
        "weekdays": ["5", "6"],
        "recurrence_start_time": "22:00",
        "recurrence_end_time": "02:00",
        "recurrence_until": (start.date() + timedelta(days=90)).isoformat(),
        "places": [place.pk],
        "latitude": "",
        "longitude": "",
        "description": "Nattvandring med föräldrar runt torget och hamnen.",
        "est_action": "",
    }
    data.update(overrides)
    return data


def test_the_seeded_kinds_are_there():
    names = set(InterventionKind.objects.values_list("name", flat=True))
    assert {"Nattvandring", "Polispatrull", "Fältarbete", "Belysning åtgärdad"} <= names
    assert {"Städning/klotterborttagning", "Kamera", "Dialogmöte", "Annat"} <= names


def test_a_reporter_logs_a_recurring_night_walk(client_for, reporter_a, org_a):
    place = PlaceFactory(name="Torget")
    client = client_for(reporter_a)
    assert client.get(CREATE).status_code == 200
    response = client.post(CREATE, night_walk_data(place))
    intervention = Intervention.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("measures:intervention_detail", args=[intervention.pk])
    assert intervention.organisation == org_a
    assert intervention.created_by == reporter_a
    assert intervention.recurrence_weekdays == "5,6"
    assert list(intervention.places.all()) == [place]
    page = client.get(response["Location"]).content.decode()
    assert "fredag och lördag 22:00–02:00" in page
    assert "Torget" in page


def test_a_one_off_intervention_with_a_map_point(client_for, reporter_a):
    client = client_for(reporter_a)
    start = timezone.localtime() - timedelta(days=1)
    data = night_walk_data(
        PlaceFactory(),
        kind=InterventionKind.objects.get(code="belysning-atgardad").pk,
        starts_at=start.strftime("%Y-%m-%dT10:00"),
        ends_at=start.strftime("%Y-%m-%dT11:30"),
        weekdays=[],
        recurrence_start_time="",
        recurrence_end_time="",
        recurrence_until="",
        places=[],
        latitude="58.304200",
        longitude="14.287300",
    )
    response = client.post(CREATE, data)
    assert response.status_code == 302
    intervention = Intervention.objects.get()
    assert not intervention.is_recurring
    assert intervention.has_point


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"description": "Pratade med Kalle, 850101-1236."}, "description", "personnummer"),
        ({"recurrence_until": ""}, "recurrence_until", "Ange sista dagen"),
        ({"weekdays": []}, "weekdays", "Kryssa i vilka veckodagar"),
        ({"recurrence_end_time": "22:00"}, "recurrence_end_time", "samma som starten"),
        ({"ends_at": "2026-01-01T23:00"}, "ends_at", "Lämna slut tomt"),
        ({"starts_at": "0001-01-01T22:00"}, "starts_at", "mellan år 2000 och 2100"),
        ({"recurrence_until": "2099-01-01"}, "recurrence_until", "högst tre år"),
        ({"latitude": "59.9", "longitude": "10.7"}, "latitude", "utanför Hjo"),
    ],
)
def test_bad_input_is_refused_with_what_to_do(client_for, reporter_a, overrides, field, message):
    response = client_for(reporter_a).post(CREATE, night_walk_data(PlaceFactory(), **overrides))
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors.get(field, []))
    assert message in errors, response.context["form"].errors
    assert not Intervention.objects.exists()


def test_no_place_and_no_point_is_refused(client_for, reporter_a):
    response = client_for(reporter_a).post(CREATE, night_walk_data(PlaceFactory(), places=[]))
    assert "Ange var insatsen gjordes" in response.content.decode()
    assert not Intervention.objects.exists()


def test_a_reporter_cannot_log_for_another_organisation(client_for, reporter_a, org_a, org_b):
    # A reporter with one organisation is not asked; a forged field is ignored.
    data = night_walk_data(PlaceFactory(), organisation=org_b.pk)
    client_for(reporter_a).post(CREATE, data)
    assert Intervention.objects.get().organisation == org_a


def test_every_participant_reads_but_only_the_owner_edits(client_for, reporter_a, reporter_b):
    theirs = InterventionFactory(organisation=reporter_b.memberships.get().organisation)
    client = client_for(reporter_a)
    detail = client.get(reverse("measures:intervention_detail", args=[theirs.pk]))
    assert detail.status_code == 200
    assert "Ändra insatsen" not in detail.content.decode()
    update = reverse("measures:intervention_update", args=[theirs.pk])
    assert client.get(update).status_code == 404
    before = theirs.description
    assert client.post(update, {"description": "Ändrat"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.description == before


def test_the_owner_changes_its_intervention(client_for, reporter_a, org_a):
    place = PlaceFactory()
    mine = InterventionFactory(organisation=org_a, places=[place])
    client = client_for(reporter_a)
    detail = client.get(reverse("measures:intervention_detail", args=[mine.pk])).content.decode()
    assert "Ändra insatsen" in detail
    update = reverse("measures:intervention_update", args=[mine.pk])
    data = night_walk_data(place, description="Nattvandring, ändrad beskrivning.")
    response = client.post(update, data)
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.description == "Nattvandring, ändrad beskrivning."
    assert mine.organisation == org_a


def test_the_coordinator_edits_every_intervention(client_for, coordinator, org_b):
    theirs = InterventionFactory(organisation=org_b)
    update = reverse("measures:intervention_update", args=[theirs.pk])
    assert client_for(coordinator).get(update).status_code == 200


def test_anonymous_users_are_sent_to_log_in(client_for):
    intervention = InterventionFactory()
    client = client_for(None)
    for url in (
        LIST,
        CREATE,
        reverse("measures:intervention_detail", args=[intervention.pk]),
        reverse("measures:intervention_update", args=[intervention.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_a_user_without_organisation_is_refused(client_for, outsider):
    assert client_for(outsider).get(LIST).status_code == 403


def test_a_link_to_the_est_action_it_carries_out(client_for, reporter_a, org_a):
    action = EstActionFactory(responsible_organisation=org_a, what="Nattvandring vid hamnen")
    place = PlaceFactory()
    response = client_for(reporter_a).post(CREATE, night_walk_data(place, est_action=action.pk))
    assert response.status_code == 302
    assert Intervention.objects.get().est_action == action
    page = client_for(reporter_a).get(response["Location"]).content.decode()
    assert "Nattvandring vid hamnen" in page


# --- The list -------------------------------------------------------------------------------


def test_the_list_shows_every_organisation_and_filters(client_for, reporter_a, org_a, org_b):
    walk = InterventionKind.objects.get(code="nattvandring")
    patrol = InterventionKind.objects.get(code="polispatrull")
    torget = PlaceFactory(name="Torget")
    InterventionFactory(organisation=org_a, kind=walk, places=[torget])
    InterventionFactory(organisation=org_b, kind=patrol)
    client = client_for(reporter_a)
    page = client.get(LIST).content.decode()
    assert "Nattvandring" in page and "Polispatrull" in page
    filtered = client.get(LIST, {"sort": walk.pk}).content.decode()
    assert "Polispatrull" not in filtered.split("results-heading")[1]
    assert len(client.get(LIST, {"plats": torget.pk}).context["page_obj"].object_list) == 1
    assert len(client.get(LIST, {"organisation": org_b.pk}).context["page_obj"].object_list) == 1


def test_the_period_filter_finds_recurring_series(client_for, reporter_a, org_a):
    InterventionFactory(
        organisation=org_a,
        starts_at=timezone.now() - timedelta(days=200),
        ends_at=None,
        recurrence_weekdays="5",
        recurrence_start_time="22:00",
        recurrence_end_time="02:00",
        recurrence_until=timezone.localdate() + timedelta(days=30),
    )
    InterventionFactory(organisation=org_a, starts_at=timezone.now() - timedelta(days=300))
    today = timezone.localdate()
    response = client_for(reporter_a).get(
        LIST, {"fran": (today - timedelta(days=7)).isoformat(), "till": today.isoformat()}
    )
    found = response.context["page_obj"].object_list
    assert [i.is_recurring for i in found] == [True]


def test_a_bad_filter_date_is_explained_not_a_server_error(client_for, reporter_a):
    response = client_for(reporter_a).get(LIST, {"fran": "9999-12-31"})
    assert response.status_code == 200
    assert "mellan år 2000 och 2100" in response.content.decode()


def test_the_list_paginates(client_for, reporter_a, org_a):
    InterventionFactory.create_batch(30, organisation=org_a)
    client = client_for(reporter_a)
    assert len(client.get(LIST).context["page_obj"].object_list) == 25
    assert len(client.get(LIST, {"sida": 2}).context["page_obj"].object_list) == 5


@pytest.mark.parametrize("size", [3, 30])
def test_list_queries_do_not_grow(client_for, reporter_a, org_a, org_b, size,
                                  django_assert_max_num_queries):  # fmt: skip
    kind = InterventionKindFactory()
    places = [PlaceFactory() for _ in range(3)]
    for index in range(size):
        intervention = InterventionFactory(
            organisation=org_a if index % 2 else org_b, kind=kind, places=places
        )
        intervention.co_organisations.set([org_b])
    client = client_for(reporter_a)
    client.get(LIST)
    with django_assert_max_num_queries(15):
        response = client.get(LIST)
    assert response.status_code == 200


def test_the_occurrences_of_a_series_in_a_period():
    intervention = InterventionFactory(
        starts_at=timezone.make_aware(timezone.datetime(2026, 9, 4, 22, 0)),
        ends_at=None,
        recurrence_weekdays="5,6",
        recurrence_start_time="22:00",
        recurrence_end_time="02:00",
        recurrence_until=date(2026, 12, 31),
    )
    intervention.refresh_from_db()
    start = timezone.make_aware(timezone.datetime(2026, 9, 7))
    found = intervention.occurrences(start, start + timedelta(days=7))
    assert [o.start.day for o in found] == [11, 12]
