"""The story in both directions (issue 26, 6): a promise's page names the council's agenda
items and actions that carry it out; an incident's page names the EST meetings whose picture
counted it and the interventions at its place since."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from est_incidents.models import EstMeeting
from tests.bra_council.factories import ActionFactory, AgendaItemFactory, CouncilMeetingFactory
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.factories import IncidentFactory, PlaceFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.est_measures.factories import InterventionFactory

pytestmark = pytest.mark.django_db


def test_a_promise_page_names_the_council_items_and_actions_that_carry_it_out(
    client_for, reporter_a, org_a
):
    promise = CitizenPromiseFactory(published=True)
    approved = CouncilMeetingFactory(approved=True)
    item = AgendaItemFactory(meeting=approved, promise=promise, title="Löftet i centrum")
    AgendaItemFactory(meeting=approved, promise=promise, title="Hemlig punkt", is_public=False)
    AgendaItemFactory(
        meeting=CouncilMeetingFactory(status="planned"), promise=promise, title="Utkastpunkt"
    )
    from_item = ActionFactory(origin=item, what="Lampor i parken", responsible_organisation=org_a)
    via_activity = ActionFactory(what="Fler vandringar", responsible_organisation=org_a)
    via_activity.promise_activities.add(PromiseActivityFactory(promise=promise))
    ActionFactory(what="Annat arbete", responsible_organisation=org_a)
    url = reverse("promises:detail", args=[promise.slug])

    public = client_for(None).get(url).content.decode()
    section = public.split('id="council-heading"')[1].split("</section>")[0]
    assert "Löftet i centrum" in section
    assert reverse("bra:meeting_detail", args=[approved.pk]) in section
    assert "Hemlig punkt" not in section and "Utkastpunkt" not in section
    assert "Lampor i parken" in section  # a public item of approved minutes
    assert "Fler vandringar" not in section  # its origin is not about the promise, nor public
    assert reverse("council:action_story", args=[from_item.pk]) not in section

    staff = client_for(reporter_a).get(url).content.decode()
    section = staff.split('id="council-heading"')[1].split("</section>")[0]
    assert section.count("Lampor i parken") == 1 and "Fler vandringar" in section
    assert "Annat arbete" not in section
    assert reverse("council:action_story", args=[via_activity.pk]) in section


def test_an_incident_page_names_the_meetings_that_counted_it_and_what_was_done_there(
    client_for, reporter_a, reporter_b, org_a
):
    torget = PlaceFactory(name="Torget")
    incident = IncidentFactory(
        organisation=org_a, place=torget, occurred_at=timezone.now() - timedelta(days=20)
    )
    day = timezone.localdate(incident.occurred_at)
    counted = EstMeetingFactory(
        starts_at=timezone.now() - timedelta(days=10),
        period_start=day - timedelta(days=3),
        period_end=day + timedelta(days=5),
        status=EstMeeting.Status.HELD,
        frozen_picture={"total": 1},
        picture_computed_at=timezone.now(),
    )
    EstMeetingFactory(  # held before the incident was registered: its picture lacks it
        starts_at=timezone.now() - timedelta(days=19),
        period_start=day - timedelta(days=3),
        period_end=day,
        status=EstMeeting.Status.HELD,
        frozen_picture={"total": 0},
        picture_computed_at=incident.created_at - timedelta(days=1),
    )
    after = InterventionFactory(places=[torget], starts_at=timezone.now() - timedelta(days=5))
    InterventionFactory(places=[torget], starts_at=timezone.now() - timedelta(days=40))
    InterventionFactory(places=[PlaceFactory(name="Hamnen")])
    url = reverse("est:incident_detail", args=[incident.pk])

    page = client_for(reporter_a).get(url).content.decode()
    story = page.split('id="story-heading"')[1].split("</section>")[0]
    meeting_links = story.count(reverse("est:meeting_detail", args=[0]).replace("/0/", "/"))
    assert reverse("est:meeting_detail", args=[counted.pk]) in story and meeting_links == 1
    assert "Insatser vid Torget sedan dess" in story
    assert reverse("measures:intervention_detail", args=[after.pk]) in story
    assert story.count(reverse("measures:intervention_detail", args=[0])[:-2]) == 1
    # Only those who may see the incident see its story.
    assert client_for(reporter_b).get(url).status_code == 404
