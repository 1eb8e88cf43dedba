"""Safety walks: register with findings, who reads and edits, a finding becomes an EST action,
the printable report and the public summary."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from est_incidents.models import EstAction
from est_measures.models import SafetyWalk, SafetyWalkFinding
from tests.est_incidents.factories import PlaceFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory
from tests.est_measures.factories import SafetyWalkFactory, SafetyWalkFindingFactory

pytestmark = pytest.mark.django_db

CREATE = reverse("measures:walk_create")
LIST = reverse("measures:walk_list")


def formset_data(rows, initial=0, prefix="fynd"):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
    return data


def finding_row(place=None, **overrides):
    row = {
        "problem_kind": "lighting",
        "place": place.pk if place else "",
        "latitude": "",
        "longitude": "",
        "description": "Gångtunneln under järnvägen är helt mörk.",
        "proposed_measure": "Byt armaturer och sätt upp två nya lampor.",
        "responsible_organisation": "",
        "status": "open",
    }
    row.update(overrides)
    return row


def walk_data(organisations, rows, **overrides):
    data = {
        "date": (timezone.localdate() - timedelta(days=3)).isoformat(),
        "area": "Centrum: torget – hamnen – stationen",
        "organisations": [o.pk for o in organisations],
        "residents_count": "12",
        "notes": "Bra uppslutning, många synpunkter på belysningen.",
    }
    data.update(overrides)
    data.update(formset_data(rows))
    return data


def test_a_reporter_registers_a_walk_with_findings(client_for, reporter_a, org_a, org_b):
    tunnel = PlaceFactory(name="Gångtunneln")
    client = client_for(reporter_a)
    assert client.get(CREATE).status_code == 200
    rows = [
        finding_row(tunnel, responsible_organisation=org_b.pk),
        finding_row(None, problem_kind="vegetation", latitude="58.3050", longitude="14.2880"),
        finding_row(None, problem_kind="", description="", proposed_measure="", status="open"),
    ]
    response = client.post(CREATE, walk_data([org_a, org_b], rows))
    assert response.status_code == 302, response.context["form"].errors
    walk = SafetyWalk.objects.get()
    assert walk.created_by == reporter_a
    assert set(walk.organisations.all()) == {org_a, org_b}
    assert walk.findings.count() == 2  # the empty row is not saved
    page = client.get(response["Location"]).content.decode()
    assert "Gångtunneln" in page and "Växtlighet" in page


def test_more_finding_rows_without_javascript_keep_what_was_typed(client_for, reporter_a, org_a):
    client = client_for(reporter_a)
    assert client.get(CREATE).content.decode().count("finding-fieldset") == 3
    rows = [finding_row(PlaceFactory(), description=f"Fynd nummer {n}.") for n in range(3)]
    page = client.post(CREATE, {**walk_data([org_a], rows, area=""), "fler_fynd": "1"})
    html = page.content.decode()
    assert page.status_code == 200 and not SafetyWalk.objects.exists()  # nothing saved
    assert html.count("finding-fieldset") == 6 and "Fynd nummer 2." in html
    assert "Det finns fel i formuläret" not in html  # the missing area is not an error yet
    rows += [finding_row(PlaceFactory(), description=f"Fynd nummer {n}.") for n in (3, 4)]
    response = client.post(CREATE, walk_data([org_a], rows))
    assert response.status_code == 302
    assert SafetyWalk.objects.get().findings.count() == 5


def test_the_guard_refuses_personal_data_in_findings(client_for, reporter_a, org_a):
    rows = [finding_row(PlaceFactory(), description="Ring Kalle på 070-123 45 67 om lampan.")]
    response = client_for(reporter_a).post(CREATE, walk_data([org_a], rows))
    assert response.status_code == 200
    assert "telefonnummer" in response.content.decode()
    assert not SafetyWalk.objects.exists()


def test_a_reporter_must_include_their_own_organisation(client_for, reporter_a, org_b):
    response = client_for(reporter_a).post(CREATE, walk_data([org_b], []))
    assert "Kryssa i din egen organisation" in response.content.decode()
    assert not SafetyWalk.objects.exists()


def test_only_a_coordinator_publishes(client_for, reporter_a, org_a):
    client_for(reporter_a).post(CREATE, walk_data([org_a], [], is_published="on"))
    assert SafetyWalk.objects.get().is_published is False


def test_participants_read_all_walks_but_edit_only_their_own(client_for, reporter_a, org_b):
    theirs = SafetyWalkFactory(organisations=[org_b])
    client = client_for(reporter_a)
    assert client.get(reverse("measures:walk_detail", args=[theirs.pk])).status_code == 200
    assert client.get(reverse("measures:walk_report", args=[theirs.pk])).status_code == 200
    update = reverse("measures:walk_update", args=[theirs.pk])
    assert client.get(update).status_code == 404
    assert client.post(update, walk_data([org_b], [], area="Ändrat")).status_code == 404
    theirs.refresh_from_db()
    assert theirs.area != "Ändrat"


def test_a_participating_organisation_follows_up_a_finding(client_for, reporter_a, org_a):
    walk = SafetyWalkFactory(organisations=[org_a])
    finding = SafetyWalkFindingFactory(walk=walk)
    row = finding_row(finding.place, id=finding.pk, status="done")
    data = walk_data([org_a], [row])
    data["fynd-INITIAL_FORMS"] = "1"
    response = client_for(reporter_a).post(reverse("measures:walk_update", args=[walk.pk]), data)
    assert response.status_code == 302
    finding.refresh_from_db()
    assert finding.status == SafetyWalkFinding.Status.DONE


def test_the_coordinator_turns_a_finding_into_an_est_action(client_for, coordinator, org_b):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=5))
    walk = SafetyWalkFactory(organisations=[org_b])
    finding = SafetyWalkFindingFactory(walk=walk, responsible_organisation=org_b)
    client = client_for(coordinator)
    detail = client.get(reverse("measures:walk_detail", args=[walk.pk])).content.decode()
    url = reverse("measures:finding_to_action", args=[finding.pk])
    assert url in detail
    form_page = client.get(url)
    assert form_page.context["form"].initial["meeting"] == meeting.pk  # the next meeting
    response = client.post(
        url,
        {
            "meeting": meeting.pk,
            "what": "Byt belysningen i gångtunneln",
            "responsible_organisation": org_b.pk,
            "due_date": (timezone.localdate() + timedelta(days=30)).isoformat(),
        },
    )
    assert response.status_code == 302
    finding.refresh_from_db()
    action = EstAction.objects.get()
    assert finding.est_action == action
    assert finding.status == SafetyWalkFinding.Status.IN_PROGRESS
    assert action.meeting == meeting and action.responsible_organisation == org_b
    meeting_page = client.get(reverse("est:meeting_detail", args=[meeting.pk])).content.decode()
    assert "Byt belysningen i gångtunneln" in meeting_page
    walk_page = client.get(reverse("measures:walk_detail", args=[walk.pk])).content.decode()
    assert "EST-åtgärd: Byt belysningen" in walk_page


def test_only_the_coordinator_creates_est_actions(client_for, reporter_a, org_a):
    meeting = EstMeetingFactory()
    finding = SafetyWalkFindingFactory(walk=SafetyWalkFactory(organisations=[org_a]))
    response = client_for(reporter_a).post(
        reverse("measures:finding_to_action", args=[finding.pk]),
        {"meeting": meeting.pk, "what": "x"},
    )
    assert response.status_code == 403
    assert not EstAction.objects.exists()


def test_a_bad_action_form_creates_nothing_and_says_why(client_for, coordinator):
    finding = SafetyWalkFindingFactory()
    EstMeetingFactory()
    client = client_for(coordinator)
    response = client.post(
        reverse("measures:finding_to_action", args=[finding.pk]), {"what": "Gör något"}
    )
    assert response.status_code == 400
    assert "Välj vilken organisation som ansvarar." in response.content.decode()
    assert not EstAction.objects.exists()


def test_the_printable_report(client_for, reporter_a):
    walk = SafetyWalkFactory()
    SafetyWalkFindingFactory(walk=walk, description="Trasig lampa vid busshållplatsen.")
    page = client_for(reporter_a).get(reverse("measures:walk_report", args=[walk.pk]))
    text = page.content.decode()
    assert "Rapport från trygghetsvandring" in text
    assert "Trasig lampa vid busshållplatsen." in text
    assert "css/est_measures.css" in text  # the print stylesheet


def test_the_public_summary_shows_only_published_walks_without_notes(client_for):
    published = SafetyWalkFactory(is_published=True, notes="Intern anteckning om mötet.")
    SafetyWalkFindingFactory(walk=published, description="Buskarna skymmer gångvägen.")
    draft = SafetyWalkFactory(is_published=False, area="Hemligt område")
    client = client_for(None)
    listing = client.get(reverse("walks:public_list")).content.decode()
    assert published.area in listing and "Hemligt område" not in listing
    detail = client.get(reverse("walks:public_detail", args=[published.pk])).content.decode()
    assert "Buskarna skymmer gångvägen." in detail
    assert "Intern anteckning" not in detail
    assert client.get(reverse("walks:public_detail", args=[draft.pk])).status_code == 404
    assert reverse("walks:public_list") in client.get(reverse("est_method")).content.decode()


def test_anonymous_users_are_sent_to_log_in(client_for):
    walk = SafetyWalkFactory()
    for url in (LIST, CREATE, reverse("measures:walk_detail", args=[walk.pk])):
        response = client_for(None).get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("size", [2, 20])
def test_walk_list_queries_do_not_grow(client_for, reporter_a, org_a, org_b, size,
                                       django_assert_max_num_queries):  # fmt: skip
    for _ in range(size):
        walk = SafetyWalkFactory(organisations=[org_a, org_b])
        SafetyWalkFindingFactory.create_batch(2, walk=walk)
    client = client_for(reporter_a)
    client.get(LIST)
    # 10, and one for the findings shared with the reporter's organisations.
    with django_assert_max_num_queries(11):
        assert client.get(LIST).status_code == 200


@pytest.mark.parametrize("size", [2, 20])
def test_walk_detail_queries_do_not_grow(client_for, coordinator, size,
                                         django_assert_max_num_queries):  # fmt: skip
    walk = SafetyWalkFactory()
    SafetyWalkFindingFactory.create_batch(size, walk=walk)
    EstMeetingFactory()
    client = client_for(coordinator)
    url = reverse("measures:walk_detail", args=[walk.pk])
    client.get(url)
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


def test_the_action_story_tells_where_it_came_from_and_what_was_done(
    client_for, coordinator, reporter_a, org_a
):
    from tests.est_measures.factories import InterventionFactory

    meeting = EstMeetingFactory()
    walk = SafetyWalkFactory(organisations=[org_a])
    finding = SafetyWalkFindingFactory(walk=walk, description="Mörk gångtunnel.")
    client = client_for(coordinator)
    client.post(
        reverse("measures:finding_to_action", args=[finding.pk]),
        {"meeting": meeting.pk, "what": "Belys gångtunneln", "responsible_organisation": org_a.pk},
    )
    action = EstAction.objects.get()
    InterventionFactory(organisation=org_a, est_action=action, places=[finding.place])
    action.status = EstAction.Status.DONE
    action.save()
    page = client_for(reporter_a).get(reverse("measures:action_story", args=[action.pk]))
    text = page.content.decode()
    assert page.status_code == 200
    assert "Belys gångtunneln" in text
    assert "Mörk gångtunnel." in text  # the finding it came from
    assert reverse("est:meeting_detail", args=[meeting.pk]) in text
    assert f"fran={meeting.period_start:%Y-%m-%d}" in text  # the lägesbild of the period
    assert "Pågår" in text and "Klar" in text  # status history
    assert "Hjälpte det?" in text
