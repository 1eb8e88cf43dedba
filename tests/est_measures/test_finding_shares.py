"""A safety walk's finding shared with the organisation that can act on it: the receiver sees
it and follows up its status; others get 404; every step is in the history (audit log)."""

import pytest
from django.urls import reverse

from est_measures.models import FindingShare, SafetyWalkFinding
from tests.est_measures.factories import SafetyWalkFactory, SafetyWalkFindingFactory
from tests.hjo_safety.factories import OrganisationFactory, member

pytestmark = pytest.mark.django_db


def share_url(finding):
    return reverse("measures:finding_share", args=[finding.pk])


def detail_url(share):
    return reverse("measures:finding_share_detail", args=[share.pk])


@pytest.fixture
def finding(org_a, org_b):
    walk = SafetyWalkFactory(organisations=[org_a])
    return SafetyWalkFindingFactory(walk=walk, responsible_organisation=org_b)


def test_a_walk_organisation_shares_a_finding_and_the_receiver_follows_it_up(
    client_for, reporter_a, reporter_b, org_b, finding
):
    client = client_for(reporter_a)
    form = client.get(share_url(finding))
    assert form.status_code == 200
    assert form.context["form"].initial["organisation"] == org_b.pk  # the responsible one
    response = client.post(
        share_url(finding), {"organisation": org_b.pk, "note": "Kan ni byta lamporna?"}
    )
    assert response.status_code == 302
    share = FindingShare.objects.get()
    assert (share.organisation, share.shared_by) == (org_b, reporter_a)
    walk_page = client.get(reverse("measures:walk_detail", args=[finding.walk_id]))
    assert detail_url(share) in walk_page.content.decode()

    # The receiver sees it on its walk list and answers with a status.
    receiver = client_for(reporter_b)
    listed = receiver.get(reverse("measures:walk_list")).content.decode()
    assert "Fynd som delats med er att följa upp" in listed and detail_url(share) in listed
    page = receiver.get(detail_url(share)).content.decode()
    assert "Kan ni byta lamporna?" in page and "Följ upp fyndet" in page
    response = receiver.post(
        detail_url(share), {"status": "done", "answer": "Nya lampor uppsatta i november."}
    )
    assert response.status_code == 302
    finding.refresh_from_db()
    share.refresh_from_db()
    assert finding.status == SafetyWalkFinding.Status.DONE
    assert share.answer == "Nya lampor uppsatta i november." and share.answered_at
    # The sharing side reads the answer but cannot answer.
    page = client_for(reporter_a).get(detail_url(share)).content.decode()
    assert "Nya lampor uppsatta i november." in page and "Följ upp fyndet" not in page
    assert (
        client_for(reporter_a).post(detail_url(share), {"status": "open", "answer": ""}).status_code
        == 404
    )
    # Audited: who shared, and who changed the finding's status.
    assert share.history.earliest().history_user == reporter_a
    assert finding.history.latest().history_user == reporter_b
    assert finding.history.latest().status == "done"


def test_another_organisation_gets_404(client_for, finding, reporter_a, org_b):
    third = OrganisationFactory(name="Tredje")
    outsider = member(third)
    share = FindingShare.objects.create(finding=finding, organisation=org_b)
    client = client_for(outsider)
    assert client.get(detail_url(share)).status_code == 404
    assert client.post(detail_url(share), {"status": "done", "answer": ""}).status_code == 404
    # Only the walk's organisations (and the coordinator) share it onward.
    assert client.get(share_url(finding)).status_code == 404
    finding.refresh_from_db()
    assert finding.status == SafetyWalkFinding.Status.OPEN


def test_the_coordinator_reads_and_shares_every_finding(client_for, coordinator, finding, org_b):
    client = client_for(coordinator)
    assert (
        client.post(share_url(finding), {"organisation": org_b.pk, "note": ""}).status_code == 302
    )
    assert client.get(detail_url(FindingShare.objects.get())).status_code == 200


def test_a_finding_is_shared_once_per_organisation(client_for, reporter_a, finding, org_b):
    FindingShare.objects.create(finding=finding, organisation=org_b)
    response = client_for(reporter_a).post(share_url(finding), {"organisation": org_b.pk})
    assert response.status_code == 400
    assert "Välj en av organisationerna i listan." in response.content.decode()
    assert FindingShare.objects.count() == 1


def test_the_guard_refuses_personal_data_in_the_note_and_answer(
    client_for, reporter_a, reporter_b, finding, org_b
):
    response = client_for(reporter_a).post(
        share_url(finding), {"organisation": org_b.pk, "note": "Ring mig på 070-123 45 67."}
    )
    assert response.status_code == 400 and "telefonnummer" in response.content.decode()
    share = FindingShare.objects.create(finding=finding, organisation=org_b)
    response = client_for(reporter_b).post(
        detail_url(share), {"status": "done", "answer": "Mejla anna@example.se"}
    )
    assert response.status_code == 400 and "e-post" in response.content.decode()


def test_an_inactive_organisation_cannot_receive(client_for, reporter_a, finding):
    inactive = OrganisationFactory(is_active=False)
    response = client_for(reporter_a).post(share_url(finding), {"organisation": inactive.pk})
    assert response.status_code == 400
    assert not FindingShare.objects.exists()


@pytest.mark.parametrize("size", [1, 5])
def test_the_walk_list_with_received_shares_does_not_grow(
    client_for, reporter_b, org_a, org_b, size, django_assert_max_num_queries
):
    for _ in range(size):
        walk = SafetyWalkFactory(organisations=[org_a])
        FindingShare.objects.create(finding=SafetyWalkFindingFactory(walk=walk), organisation=org_b)
    client = client_for(reporter_b)
    client.get(reverse("measures:walk_list"))
    # The walk list's own queries and one for the shares received.
    with django_assert_max_num_queries(11):
        assert client.get(reverse("measures:walk_list")).status_code == 200
