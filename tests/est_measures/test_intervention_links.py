"""The intervention form offers the council actions and promise activities it carries out
(contributed by bra_council and citizen_promises through est_incidents.extensions)."""

import pytest
from django.urls import reverse

from est_measures.models import Intervention
from tests.bra_council.factories import ActionFactory
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.factories import PlaceFactory
from tests.est_measures.factories import InterventionFactory
from tests.est_measures.test_interventions import CREATE, night_walk_data

pytestmark = pytest.mark.django_db


def test_choosing_a_council_action_and_a_promise_activity_links_them(client_for, reporter_a, org_a):
    action = ActionFactory(responsible_organisation=org_a, what="Fler vuxna ute vid hamnen")
    activity = PromiseActivityFactory(
        promise=CitizenPromiseFactory(published=True, title="Tryggare centrum"),
        text="Kvällsvandringar i centrum",
    )
    client = client_for(reporter_a)
    form = client.get(CREATE).content.decode()
    assert "Fler vuxna ute vid hamnen" in form
    assert "Tryggare centrum: Kvällsvandringar i centrum" in form

    response = client.post(
        CREATE,
        night_walk_data(
            PlaceFactory(),
            council_actions=[action.pk],
            promise_activities=[activity.pk],
        ),
    )

    assert response.status_code == 302
    intervention = Intervention.objects.get()
    assert list(intervention.council_actions.all()) == [action]
    assert list(intervention.promise_activities.all()) == [activity]
    detail = client.get(response["Location"]).content.decode()
    assert "Fler vuxna ute vid hamnen" in detail
    assert "Kvällsvandringar i centrum" in detail
    story = client.get(reverse("council:action_story", args=[action.pk])).content.decode()
    assert reverse("measures:intervention_detail", args=[intervention.pk]) in story


def test_a_user_cannot_link_an_action_they_may_not_see(client_for, reporter_a, org_b):
    # Another organisation's action from a meeting whose minutes are not approved: not visible.
    hidden = ActionFactory(responsible_organisation=org_b, what="Intern åtgärd hos B")
    client = client_for(reporter_a)
    assert "Intern åtgärd hos B" not in client.get(CREATE).content.decode()

    response = client.post(CREATE, night_walk_data(PlaceFactory(), council_actions=[hidden.pk]))

    assert response.status_code == 200
    assert "En vald åtgärd finns inte bland dina val" in response.content.decode()
    assert not Intervention.objects.exists()
    assert not hidden.interventions.exists()


def test_draft_promises_activities_are_not_offered(client_for, reporter_a):
    draft = PromiseActivityFactory(promise=CitizenPromiseFactory(), text="Utkastaktivitet")
    client = client_for(reporter_a)
    assert "Utkastaktivitet" not in client.get(CREATE).content.decode()
    response = client.post(CREATE, night_walk_data(PlaceFactory(), promise_activities=[draft.pk]))
    assert response.status_code == 200
    assert not Intervention.objects.exists()


def test_the_edit_form_is_prefilled_and_unticking_unlinks(client_for, reporter_a, org_a):
    place = PlaceFactory()
    intervention = InterventionFactory(organisation=org_a, places=[place])
    kept = ActionFactory(responsible_organisation=org_a, what="Behålls")
    dropped = ActionFactory(responsible_organisation=org_a, what="Tas bort")
    activity = PromiseActivityFactory(promise=CitizenPromiseFactory(published=True))
    intervention.council_actions.set([kept, dropped])
    intervention.promise_activities.set([activity])
    # An action the reporter may not see stays linked whatever the form says.
    hidden = ActionFactory(what="Syns inte")
    hidden.interventions.add(intervention)
    update = reverse("measures:intervention_update", args=[intervention.pk])
    client = client_for(reporter_a)

    form = client.get(update).context["form"]
    assert set(form["council_actions"].value()) == {kept.pk, dropped.pk}
    assert list(form["promise_activities"].value()) == [activity.pk]

    data = night_walk_data(
        place,
        kind=intervention.kind_id,
        council_actions=[kept.pk],
        promise_activities=[],
    )
    response = client.post(update, data)

    assert response.status_code == 302
    assert set(intervention.council_actions.all()) == {kept, hidden}
    assert not intervention.promise_activities.exists()
