"""The incident POST stays cheap and exact: few queries, and the one combined look-up of the
organisations, category and place refuses exactly what the fields' querysets refuse."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from est_incidents.models import Incident
from hjo_safety.models import Membership, Role
from tests.est_incidents.factories import CategoryFactory, PlaceFactory

pytestmark = pytest.mark.django_db

CREATE = "/personal/handelser/ny/"


@pytest.fixture
def category(db):
    return CategoryFactory(name="Klotter", code="test-klotter")


@pytest.fixture
def place(db):
    return PlaceFactory(name="Hamnen (test)")


@pytest.fixture
def valid(category, place):
    def data(**changes):
        values = {
            "submission_token": str(uuid.uuid4()),
            "category": category.pk,
            "occurred_at": timezone.localtime(timezone.now() - timedelta(hours=1)).strftime(
                "%Y-%m-%dT%H:%M"
            ),
            "place": place.pk,
            "place_description": "Vid cykelstället",
            "description": "Klotter på busskuren.",
            "people_involved": "2-5",
            "police_notified": "no",
        }
        values.update(changes)
        return values

    return data


def errors_of(response):
    form = response.context["form"]
    return {field: " ".join(str(e) for e in errors) for field, errors in form.errors.items()}


def test_a_post_runs_few_queries_and_stores_the_incident_with_its_history(
    client_for, reporter_a, org_a, valid, category, place, django_assert_max_num_queries
):
    client = client_for(reporter_a)
    client.post(CREATE, valid())  # warm
    # Session, user with memberships, one look-up (organisations, category, place), the
    # incident, its history row; and the savepoint around the save (the test's transaction).
    with django_assert_max_num_queries(7):
        response = client.post(CREATE, valid())
    incident = Incident.objects.order_by("-pk").first()
    assert response.status_code == 302
    assert response["Location"] == f"/personal/handelser/{incident.pk}/"
    assert incident.organisation == org_a and incident.reported_by == reporter_a
    assert incident.category == category and incident.place == place
    assert incident.history.get().history_user == reporter_a


@pytest.mark.parametrize("value", ["abc", "1 OR 1=1", "-1", "99999999999999999999", "0"])
@pytest.mark.parametrize("field", ["category", "place"])
def test_a_value_that_is_no_choice_is_refused(client_for, reporter_a, valid, field, value):
    response = client_for(reporter_a).post(CREATE, valid(**{field: value}))
    assert response.status_code == 200
    message = {"category": "används inte längre", "place": "Välj en annan plats"}[field]
    assert message in errors_of(response)[field]
    assert Incident.objects.count() == 0


def test_inactive_category_and_place_are_refused_together(client_for, reporter_a, valid):
    old_category = CategoryFactory(code="old", name="Old", is_active=False)
    old_place = PlaceFactory(name="Riven", is_active=False)
    response = client_for(reporter_a).post(
        CREATE, valid(category=old_category.pk, place=old_place.pk)
    )
    errors = errors_of(response)
    assert "används inte längre" in errors["category"]
    assert "Välj en annan plats" in errors["place"]
    assert Incident.objects.count() == 0


def test_an_active_organisation_among_inactive_ones_is_reported_for(
    client_for, reporter_a, org_a, org_b, valid
):
    Membership.objects.create(user=reporter_a, organisation=org_b, role=Role.REPORTER)
    org_b.is_active = False
    org_b.save()
    response = client_for(reporter_a).post(CREATE, valid())  # one active: not asked
    assert response.status_code == 302
    assert Incident.objects.get().organisation == org_a


def test_an_inactive_organisation_cannot_be_chosen(client_for, reporter_a, org_a, org_b, valid):
    Membership.objects.create(user=reporter_a, organisation=org_b, role=Role.REPORTER)
    org_a.is_active = False
    org_a.save()
    response = client_for(reporter_a).post(CREATE, valid(organisation=org_a.pk))
    assert response.status_code == 302  # only org_b is active: not asked, reported for it
    assert Incident.objects.get().organisation == org_b


def test_a_resubmitted_form_leads_to_its_incident_even_when_now_invalid(
    client_for, reporter_a, valid, category
):
    client = client_for(reporter_a)
    data = valid()
    first = client.post(CREATE, data)
    category.is_active = False
    category.save()
    second = client.post(CREATE, data, follow=True)
    assert Incident.objects.count() == 1
    assert second.redirect_chain[0][0] == first["Location"]
    assert "redan sparad" in second.content.decode()


def test_a_resubmitted_form_stores_one_history_row(client_for, reporter_a, valid):
    client = client_for(reporter_a)
    data = valid()
    client.post(CREATE, data)
    client.post(CREATE, data)
    assert Incident.objects.get().history.count() == 1
