"""One story per council action (/personal/radsatgarder/<id>/), links to it both ways, and what
is late in the action plan (/personal/atgardsplan/sena/)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from bra_council.models import ActionStatus, MeetingStatus
from est_incidents.models import EstAction
from hjo_safety.dates import local_midnight
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.citizen_promises.factories import CitizenPromiseFactory, PromiseActivityFactory
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory
from tests.est_incidents.meeting_factories import EstActionFactory, EstMeetingFactory
from tests.est_measures.factories import InterventionFactory
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

LATE = reverse("council:late_actions")


def story(action):
    return reverse("council:action_story", args=[action.pk])


def _incidents(place, start, days, count):
    category = CategoryFactory(name="Skadegörelse", code="skadegorelse")
    police = OrganisationFactory(name="Polisen (test)")
    step = timedelta(days=days) / count
    for index in range(count):
        IncidentFactory(
            organisation=police,
            place=place,
            category=category,
            occurred_at=start + step * index + timedelta(hours=1),
        )


def _told_action(org, **overrides):
    """A council action from a public decision item with an EST meeting and a promise."""
    est_meeting = EstMeetingFactory()
    promise = CitizenPromiseFactory(published=True)
    item = AgendaItemFactory(
        meeting=CouncilMeetingFactory(approved=True),
        title="Otrygghet vid hamnen",
        description="Lägesbilden visar många händelser vid hamnen på kvällarna.",
        decision="Rådet beslutar att belysningen vid hamnen ska förbättras.",
        est_meeting=est_meeting,
        promise=promise,
        is_public=True,
    )
    return ActionFactory(
        origin=item,
        responsible_organisation=org,
        what="Förbättra belysningen vid hamnen",
        responsible_person="Gatuchefen",
        **overrides,
    )


def test_the_story_tells_what_led_to_it_who_decided_and_what_was_done(
    client_for, reporter_a, org_a
):
    action = _told_action(org_a)
    hamnen = PlaceFactory(name="Hamnen")
    intervention = InterventionFactory(organisation=org_a, places=[hamnen])
    action.interventions.add(intervention)
    activity = PromiseActivityFactory(promise=action.origin.promise, text="Fler kvällsvandringar")
    action.promise_activities.add(activity)
    action.status = ActionStatus.DONE
    action.save()
    page = client_for(reporter_a).get(story(action)).content.decode()
    # What led to it: the agenda item, the EST meeting's situation picture (with its period)
    # and the promise's activity.
    assert "Otrygghet vid hamnen" in page
    picture = reverse("est:situation_picture")
    est_meeting = action.origin.est_meeting
    assert f"{picture}?fran={est_meeting.period_start}&amp;till={est_meeting.period_end}" in page
    assert reverse("promises:detail", args=[action.origin.promise.slug]) in page
    assert "Fler kvällsvandringar" in page
    # The meeting and its decision, who and by when.
    assert "Rådet beslutar att belysningen vid hamnen ska förbättras." in page
    assert reverse("bra:meeting_minutes", args=[action.origin.meeting_id]) in page
    assert "Gatuchefen" in page and org_a.display_name in page
    # The interventions and the status history (Pågår, then Klar).
    assert reverse("measures:intervention_detail", args=[intervention.pk]) in page
    assert page.index("Pågår") < page.index("Klar</li>")
    assert "Hjälpte det?" in page


def test_the_story_shows_the_effect_at_the_interventions_places(client_for, coordinator, org_a):
    start = timezone.now() - timedelta(days=200)
    hamnen = PlaceFactory(name="Hamnen")
    _incidents(hamnen, start - timedelta(days=182), 182, 40)
    _incidents(hamnen, start, 182, 8)
    action = _told_action(org_a)
    action.interventions.add(
        InterventionFactory(organisation=org_a, starts_at=start, places=[hamnen])
    )
    page = client_for(coordinator).get(story(action)).content.decode()
    assert "Färre händelser efter åtgärden, och fler än slumpen förklarar" in page
    assert 'data-effect-months="6"' in page


def test_a_story_without_places_says_how_the_effect_is_judged(client_for, reporter_a, org_a):
    page = client_for(reporter_a).get(story(_told_action(org_a))).content.decode()
    assert "Effekten kan bara bedömas för insatser med namngivna platser" in page


def test_another_organisations_internal_action_is_a_404(client_for, reporter_a, org_b):
    # Held, not approved minutes: not public; B's action.
    action = ActionFactory(responsible_organisation=org_b)
    assert client_for(reporter_a).get(story(action)).status_code == 404


def test_a_public_action_of_another_organisation_can_be_read(client_for, reporter_a, org_b):
    action = _told_action(org_b)
    assert client_for(reporter_a).get(story(action)).status_code == 200


def test_an_internal_item_is_not_told_to_a_reader_without_a_seat(client_for, reporter_a, org_a):
    item = AgendaItemFactory(
        meeting=CouncilMeetingFactory(past=True), is_public=False, title="Hemlig rubrik"
    )
    action = ActionFactory(origin=item, responsible_organisation=org_a)
    page = client_for(reporter_a).get(story(action)).content.decode()
    assert "Hemlig rubrik" not in page
    assert "En intern punkt på rådets dagordning." in page
    CouncilMemberFactory(organisation=org_a)
    page = client_for(reporter_a).get(story(action)).content.decode()
    assert "Hemlig rubrik" in page


def test_anonymous_visitors_are_sent_to_log_in(client):
    action = _told_action(OrganisationFactory())
    assert client.get(story(action)).status_code == 302


def test_the_meeting_page_and_minutes_link_to_the_story_for_staff_only(
    client_for, reporter_a, org_a
):
    client = Client()  # a citizen: client_for logs in the client fixture
    action = _told_action(org_a)
    meeting = action.origin.meeting
    for name in ("bra:meeting_detail", "bra:meeting_minutes"):
        url = reverse(name, args=[meeting.pk])
        assert story(action) in client_for(reporter_a).get(url).content.decode()
    assert (
        story(action)
        not in client.get(reverse("bra:meeting_detail", args=[meeting.pk])).content.decode()
    )


def test_the_promise_activity_lists_its_council_actions(client_for, reporter_a, org_a):
    client = Client()  # a citizen
    action = _told_action(org_a)
    activity = PromiseActivityFactory(promise=action.origin.promise)
    action.promise_activities.add(activity)
    url = action.origin.promise.get_absolute_url()
    staff_page = client_for(reporter_a).get(url).content.decode()
    assert story(action) in staff_page
    citizen_page = client.get(url).content.decode()
    assert "Förbättra belysningen vid hamnen" in citizen_page  # public minutes: a public action
    assert story(action) not in citizen_page
    internal = ActionFactory(responsible_organisation=org_a, what="Intern åtgärd")
    internal.promise_activities.add(activity)
    assert "Intern åtgärd" not in client.get(url).content.decode()


def test_the_staff_start_page_lists_due_actions_with_their_story(client_for, reporter_a, org_a):
    action = ActionFactory(responsible_organisation=org_a)
    page = client_for(reporter_a).get(reverse("staff_home")).content.decode()
    assert story(action) in page
    assert LATE in page


# --- What is late ---------------------------------------------------------------------------


def test_late_measures_per_responsible_organisation(client_for, coordinator, org_a, org_b):
    today = timezone.localdate()
    late_council = ActionFactory(
        responsible_organisation=org_a, due_date=today - timedelta(days=10), what="Sen rådsåtgärd"
    )
    ActionFactory(
        responsible_organisation=org_a,
        due_date=today - timedelta(days=10),
        status=ActionStatus.DONE,
        what="Klar rådsåtgärd",
    )
    ActionFactory(responsible_organisation=org_a, due_date=today + timedelta(days=3), what="Ej sen")
    late_est = EstActionFactory(
        responsible_organisation=org_b, due_date=today - timedelta(days=1), what="Sen EST-åtgärd"
    )
    EstActionFactory(
        responsible_organisation=org_b,
        due_date=today - timedelta(days=1),
        status=EstAction.Status.DROPPED,
        what="Avbruten EST-åtgärd",
    )
    response = client_for(coordinator).get(LATE)
    page = response.content.decode()
    assert "Sen rådsåtgärd" in page and "Sen EST-åtgärd" in page
    assert "Klar rådsåtgärd" not in page and "Ej sen" not in page
    assert "Avbruten EST-åtgärd" not in page
    assert "10 dagar" in page and "1 dag<" in page
    groups = dict(response.context["groups"])
    assert [m.what for m in groups[org_a]] == ["Sen rådsåtgärd"]
    assert [m.what for m in groups[org_b]] == ["Sen EST-åtgärd"]
    assert story(late_council) in page
    assert reverse("measures:action_story", args=[late_est.pk]) in page


def test_late_council_actions_follow_the_visibility_policy(client_for, reporter_a, org_b):
    today = timezone.localdate()
    ActionFactory(
        responsible_organisation=org_b, due_date=today - timedelta(days=5), what="B:s interna"
    )
    EstActionFactory(
        responsible_organisation=org_b, due_date=today - timedelta(days=5), what="B:s EST-åtgärd"
    )
    page = client_for(reporter_a).get(LATE).content.decode()
    assert "B:s interna" not in page
    assert "B:s EST-åtgärd" in page  # EST actions are shared by every participant


def test_nothing_late_says_so(client_for, reporter_a):
    assert "Inget är försenat" in client_for(reporter_a).get(LATE).content.decode()


def test_the_yearly_document_links_the_late_view(client_for, coordinator):
    year = timezone.localdate().year
    page = client_for(coordinator).get(reverse("est:statutory_document", args=[year]))
    assert LATE in page.content.decode()


@pytest.mark.parametrize("size", [1, 6])
def test_late_view_queries_do_not_grow(
    client_for, coordinator, size, django_assert_max_num_queries
):
    today = timezone.localdate()
    for _ in range(size):
        org = OrganisationFactory()
        ActionFactory(responsible_organisation=org, due_date=today - timedelta(days=3))
        EstActionFactory(responsible_organisation=org, due_date=today - timedelta(days=3))
    client = client_for(coordinator)
    client.get(LATE)
    with django_assert_max_num_queries(8):
        assert client.get(LATE).status_code == 200


def test_the_meeting_status_of_a_draft_meeting_hides_the_minutes_link(
    client_for, coordinator, org_a
):
    item = AgendaItemFactory(meeting=CouncilMeetingFactory(status=MeetingStatus.PLANNED))
    action = ActionFactory(origin=item, responsible_organisation=org_a)
    page = client_for(coordinator).get(story(action)).content.decode()
    assert reverse("bra:meeting_minutes", args=[item.meeting_id]) not in page


def test_the_intervention_page_links_the_council_actions_it_carries_out(
    client_for, reporter_a, org_a, org_b
):
    intervention = InterventionFactory(organisation=org_b)
    own = _told_action(org_a)
    internal_of_b = ActionFactory(responsible_organisation=org_b, what="B:s interna åtgärd")
    own.interventions.add(intervention)
    internal_of_b.interventions.add(intervention)
    url = reverse("measures:intervention_detail", args=[intervention.pk])
    page = client_for(reporter_a).get(url).content.decode()
    assert "Genomför åtgärd från rådet" in page and story(own) in page
    assert "B:s interna åtgärd" not in page


# --- What in the situation picture led to it -------------------------------------------------


def _flat(html):
    return " ".join(html.split())


def _in_period(est_meeting, place, category, count):
    start = local_midnight(est_meeting.period_start)
    police = OrganisationFactory(name="Polisen (test)")
    for index in range(count):
        IncidentFactory(
            organisation=police,
            place=place,
            category=category,
            occurred_at=start + timedelta(hours=10 + index),
        )


def test_the_story_names_the_hotspot_and_links_the_filtered_picture(client_for, coordinator, org_a):
    action = _told_action(org_a)
    est_meeting = action.origin.est_meeting
    hamnen, torget = PlaceFactory(name="Hamnen"), PlaceFactory(name="Torget")
    damage = CategoryFactory(name="Skadegörelse", code="skadegorelse")
    graffiti = CategoryFactory(name="Klotter", code="klotter", parent=damage)
    theft = CategoryFactory(name="Stöld", code="stold")
    activity = PromiseActivityFactory(promise=action.origin.promise, places=[hamnen])
    action.promise_activities.add(activity)
    action.interventions.add(InterventionFactory(organisation=org_a, places=[torget]))
    _in_period(est_meeting, hamnen, graffiti, 6)  # counted under its main category
    _in_period(est_meeting, hamnen, theft, 2)
    _in_period(est_meeting, torget, theft, 3)
    # Outside the period: not counted.
    IncidentFactory(place=hamnen, category=theft, occurred_at=timezone.now() + timedelta(days=1))

    page = _flat(client_for(coordinator).get(story(action)).content.decode())

    assert (
        "Brännpunkt: <strong>Hamnen</strong>, 8 händelser under perioden; vanligast där: "
        "<strong>Skadegörelse</strong> (6)." in page
    )
    picture = reverse("est:situation_picture")
    query = (
        f"fran={est_meeting.period_start}&amp;till={est_meeting.period_end}"
        f"&amp;place={hamnen.pk}&amp;category={damage.pk}"
    )
    assert f'<a href="{picture}?{query}">Öppna lägesbilden för perioden, platsen och kategorin' in (
        page
    )


def test_small_counts_are_hidden_from_members_as_on_the_picture(client_for, reporter_a, org_a):
    action = _told_action(org_a)
    hamnen = PlaceFactory(name="Hamnen")
    theft = CategoryFactory(name="Stöld", code="stold")
    action.interventions.add(InterventionFactory(organisation=org_a, places=[hamnen]))
    _in_period(action.origin.est_meeting, hamnen, theft, 3)

    page = _flat(client_for(reporter_a).get(story(action)).content.decode())

    # The category of 1–4 incidents is not named (issue 21, point A4: it would be theirs).
    assert "Brännpunkt: <strong>Hamnen</strong>, färre än 5 händelser under perioden." in page
    assert "Stöld" not in page
    assert " 3 händelser" not in page


def test_an_est_action_answers_its_findings_place(client_for, coordinator, org_a):
    from tests.est_measures.factories import SafetyWalkFindingFactory

    meeting = EstMeetingFactory()
    action = EstActionFactory(meeting=meeting, responsible_organisation=org_a)
    gangtunneln = PlaceFactory(name="Gångtunneln")
    SafetyWalkFindingFactory(place=gangtunneln, est_action=action)
    # Its intervention was elsewhere too; the finding's place is what the action answered.
    InterventionFactory(organisation=org_a, est_action=action, places=[PlaceFactory(name="Parken")])

    page = _flat(
        client_for(coordinator)
        .get(reverse("measures:action_story", args=[action.pk]))
        .content.decode()
    )

    assert "Brännpunkt: <strong>Gångtunneln</strong>, inga händelser under perioden." in page
    picture = reverse("est:situation_picture")
    query = f"fran={meeting.period_start}&amp;till={meeting.period_end}&amp;place={gangtunneln.pk}"
    assert f'<a href="{picture}?{query}">Öppna lägesbilden för perioden och platsen' in page
