"""Sharing an incident with another organisation: who may share, what the receiver sees and
does, withdrawal, the history and audit records, the list filter and its query counts.

Organisation A reports; organisation B receives. The isolation matrix
(``tests/security/test_isolation_matrix.py``) has the URL × role table; this module the flows.
"""

import pytest
from django.urls import reverse

from est_incidents.models import IncidentShare, ShareHandlingNote
from est_incidents.services import share_incident, withdraw_share
from hjo_safety.models import Role
from tests.est_incidents.factories import CategoryFactory, IncidentFactory
from tests.hjo_safety.factories import OrganisationFactory, UserFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def incident(org_a, reporter_a):
    reporter_a.first_name, reporter_a.last_name = "Rapport", "Rapportsson"
    reporter_a.save()
    return IncidentFactory(
        organisation=org_a, reported_by=reporter_a, description="Trasig gatlykta vid torget."
    )


def share_url(incident):
    return reverse("est:incident_share", args=[incident.pk])


def detail_url(incident):
    return reverse("est:incident_detail", args=[incident.pk])


def _share(incident, organisation, user, note="Kan ni byta lampan?"):
    return share_incident(incident=incident, organisation=organisation, note=note, acting_user=user)


# --- Sharing ------------------------------------------------------------------------------


def test_reporter_shares_an_incident_with_a_note(client_for, reporter_a, incident, org_b):
    client = client_for(reporter_a)
    page = client.get(share_url(incident))
    assert page.status_code == 200
    assert org_b.name in page.content.decode()
    assert incident.organisation.name not in page.context["form"].fields[
        "organisation"
    ].choices.queryset.values_list("name", flat=True)
    response = client.post(share_url(incident), {"organisation": org_b.pk, "note": "Byt lampan."})
    assert response.status_code == 302
    share = IncidentShare.objects.get()
    assert (share.organisation, share.note, share.shared_by) == (org_b, "Byt lampan.", reporter_a)
    assert share.history.get().history_user == reporter_a  # the audit log's record
    detail = client.get(detail_url(incident)).content.decode()
    assert "Delad med" in detail and org_b.name in detail
    assert f"delade händelsen med {org_b.name}" in detail  # in the incident's history


def test_a_note_with_personal_data_is_refused_and_nothing_is_shared(
    client_for, reporter_a, incident, org_b
):
    response = client_for(reporter_a).post(
        share_url(incident), {"organisation": org_b.pk, "note": "Ring 070-123 45 67."}
    )
    assert response.status_code == 200
    assert "telefonnummer" in response.content.decode()
    assert not IncidentShare.objects.exists()


def test_the_own_organisation_and_an_already_receiving_one_cannot_be_chosen(
    client_for, reporter_a, incident, org_a, org_b
):
    _share(incident, org_b, reporter_a)
    client = client_for(reporter_a)
    for organisation in (org_a, org_b):
        response = client.post(share_url(incident), {"organisation": organisation.pk})
        assert response.status_code == 200
        assert "Välj en organisation i listan" in response.content.decode()
    assert IncidentShare.objects.count() == 1


def test_the_categorys_default_receiver_is_preselected(client_for, reporter_a, org_a, org_b):
    lighting = CategoryFactory(
        name="Testbelysning", code="testbelysning", default_share_organisation=org_b
    )
    street_light = CategoryFactory(name="Testlykta", code="testlykta", parent=lighting)
    incident = IncidentFactory(organisation=org_a, category=street_light)
    form = client_for(reporter_a).get(share_url(incident)).context["form"]
    assert form["organisation"].value() == org_b.pk


def test_an_inactive_organisation_is_not_offered(client_for, reporter_a, incident):
    closed = OrganisationFactory(name="Nedlagd förening", is_active=False)
    response = client_for(reporter_a).post(share_url(incident), {"organisation": closed.pk})
    assert response.status_code == 200
    assert not IncidentShare.objects.exists()


# --- The receiver ---------------------------------------------------------------------------


def test_the_receiver_sees_the_incident_without_the_reporters_name(
    client_for, reporter_a, reporter_b, incident, org_b
):
    _share(incident, org_b, reporter_a)
    response = client_for(reporter_b).get(detail_url(incident))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Trasig gatlykta vid torget." in text
    assert "Rapportsson" not in text
    assert "Ändringshistorik" not in text  # the reporting organisation's own record
    assert reverse("est:incident_update", args=[incident.pk]) not in text
    assert client_for(reporter_b).get(share_url(incident)).status_code == 404


def test_the_receiver_sees_the_name_when_the_reporting_organisation_allows_it(
    client_for, reporter_a, reporter_b, incident, org_a, org_b
):
    org_a.share_reporter_name = True
    org_a.save()
    _share(incident, org_b, reporter_a)
    assert "Rapportsson" in client_for(reporter_b).get(detail_url(incident)).content.decode()


def test_the_receivers_first_view_is_recorded_once(
    client_for, reporter_a, reporter_b, org_admin_b, incident, org_b
):
    share = _share(incident, org_b, reporter_a)
    client_for(reporter_a).get(detail_url(incident))  # the sharing side's view is no receipt
    share.refresh_from_db()
    assert share.first_viewed_at is None
    client_for(reporter_b).get(detail_url(incident))
    client_for(org_admin_b).get(detail_url(incident))
    share.refresh_from_db()
    assert share.first_viewed_by == reporter_b
    assert share.history.filter(history_user=reporter_b).count() == 1
    page = client_for(reporter_a).get(detail_url(incident)).content.decode()
    assert "Läst av mottagaren" in page
    assert "läste den delade händelsen första gången" in page


def test_the_receiver_sets_handling_status_and_adds_a_note(
    client_for, reporter_a, reporter_b, incident, org_b
):
    share = _share(incident, org_b, reporter_a)
    url = reverse("est:share_handle", args=[incident.pk, share.pk])
    response = client_for(reporter_b).post(
        url, {f"s{share.pk}-handling_status": "done", f"s{share.pk}-note": "Lampan bytt."}
    )
    assert response.status_code == 302
    share.refresh_from_db()
    assert share.handling_status == "done"
    note = ShareHandlingNote.objects.get()
    assert (note.text, note.written_by) == ("Lampan bytt.", reporter_b)
    assert note.history.get().history_user == reporter_b
    page = client_for(reporter_a).get(detail_url(incident)).content.decode()
    assert "Lampan bytt." in page and "Åtgärdad" in page
    incident.refresh_from_db()
    assert incident.description == "Trasig gatlykta vid torget."  # the original text is untouched


def test_a_handling_note_with_personal_data_is_refused(
    client_for, reporter_a, reporter_b, incident, org_b
):
    share = _share(incident, org_b, reporter_a)
    response = client_for(reporter_b).post(
        reverse("est:share_handle", args=[incident.pk, share.pk]),
        {f"s{share.pk}-handling_status": "done", f"s{share.pk}-note": "Mejla kalle@example.se"},
    )
    assert response.status_code == 200
    assert "e-postadress" in response.content.decode()
    share.refresh_from_db()
    assert share.handling_status == "received"
    assert not ShareHandlingNote.objects.exists()


def test_the_receiver_cannot_correct_the_incident(
    client_for, reporter_a, org_admin_b, incident, org_b
):
    _share(incident, org_b, reporter_a)
    client = client_for(org_admin_b)
    update = reverse("est:incident_update", args=[incident.pk])
    assert client.get(update).status_code == 404
    assert client.post(update, {"description": "Ändrad"}).status_code == 404
    incident.refresh_from_db()
    assert incident.description == "Trasig gatlykta vid torget."


def test_the_sharing_side_cannot_set_the_receivers_handling(
    client_for, reporter_a, incident, org_b
):
    share = _share(incident, org_b, reporter_a)
    response = client_for(reporter_a).post(
        reverse("est:share_handle", args=[incident.pk, share.pk]),
        {f"s{share.pk}-handling_status": "done"},
    )
    assert response.status_code == 404


def test_a_third_organisation_still_gets_404(client_for, reporter_a, incident, org_b):
    _share(incident, org_b, reporter_a)
    third = member(OrganisationFactory(name="Tredje org"), Role.ORG_ADMIN, username="tredje")
    assert client_for(third).get(detail_url(incident)).status_code == 404


# --- Withdrawal -----------------------------------------------------------------------------


def test_withdrawal_makes_the_incident_404_again_for_the_receiver(
    client_for, reporter_a, reporter_b, incident, org_b
):
    share = _share(incident, org_b, reporter_a)
    assert client_for(reporter_b).get(detail_url(incident)).status_code == 200
    url = reverse("est:share_withdraw", args=[incident.pk, share.pk])
    assert client_for(reporter_b).post(url).status_code == 404  # the receiver cannot withdraw
    response = client_for(reporter_a).post(url)
    assert response.status_code == 302
    share.refresh_from_db()
    assert share.withdrawn_by == reporter_a
    assert client_for(reporter_b).get(detail_url(incident)).status_code == 404
    handle = reverse("est:share_handle", args=[incident.pk, share.pk])
    assert (
        client_for(reporter_b).post(handle, {f"s{share.pk}-handling_status": "done"}).status_code
        == 404
    )
    page = client_for(reporter_a).get(detail_url(incident)).content.decode()
    assert f"återkallade delningen med {org_b.name}" in page
    assert share.history.filter(history_user=reporter_a).count() == 2  # shared, withdrawn
    # A second click changes nothing, and the incident can be shared again.
    records = share.history.count()  # shared, first viewed, withdrawn
    assert client_for(reporter_a).post(url).status_code == 302
    assert share.history.count() == records == 3
    _share(incident, org_b, reporter_a)
    assert IncidentShare.objects.active().count() == 1


def test_the_coordinator_may_share_and_withdraw(client_for, coordinator, incident, org_b):
    client = client_for(coordinator)
    client.post(share_url(incident), {"organisation": org_b.pk})
    share = IncidentShare.objects.get()
    client.post(reverse("est:share_withdraw", args=[incident.pk, share.pk]))
    share.refresh_from_db()
    assert share.withdrawn_by == coordinator


def test_shares_appear_in_the_audit_log(client_for, coordinator, reporter_a, incident, org_b):
    share = _share(incident, org_b, reporter_a)
    withdraw_share(share=share, acting_user=reporter_a)
    response = client_for(coordinator).get(
        reverse("audit_log"), {"model": "est_incidents.incidentshare"}
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "reporter_a" in text


# --- The list -------------------------------------------------------------------------------


def test_the_shared_filter_lists_only_incidents_shared_with_us(
    client_for, reporter_a, reporter_b, incident, org_b
):
    own = IncidentFactory(organisation=org_b, description="Eget ärende hos B")
    _share(incident, org_b, reporter_a)
    client = client_for(reporter_b)
    everything = client.get(reverse("est:incident_list")).context["page_obj"].object_list
    assert {i.pk for i in everything} == {own.pk, incident.pk}
    shared = client.get(reverse("est:incident_list"), {"delade": "1"})
    assert [i.pk for i in shared.context["page_obj"].object_list] == [incident.pk]
    assert incident.organisation.display_name in shared.content.decode()


def test_the_list_query_count_does_not_grow_with_shares(
    client_for, reporter_a, reporter_b, org_a, org_b, django_assert_max_num_queries
):
    """5 and 60 shared incidents: the same number of queries, for the list and the filter."""
    client = client_for(reporter_b)

    def grow(count):
        for _ in range(count):
            _share(IncidentFactory(organisation=org_a), org_b, reporter_a)

    grow(5)
    client.get(reverse("est:incident_list"))  # warm the session and content types
    counts = {}
    for params in ({}, {"delade": "1"}):
        with django_assert_max_num_queries(13) as captured:
            client.get(reverse("est:incident_list"), params)
        counts[str(params)] = len(captured.captured_queries)
    grow(55)
    # The factories add categories and places: the cached filter fields are rendered once more.
    client.get(reverse("est:incident_list"))
    for params in ({}, {"delade": "1"}):
        with django_assert_max_num_queries(counts[str(params)]):
            response = client.get(reverse("est:incident_list"), params)
        assert len(response.context["page_obj"].object_list) == 25


def test_a_user_of_no_organisation_gets_403(client_for, reporter_a, incident, org_b):
    share = _share(incident, org_b, reporter_a)
    outsider = UserFactory(username="utan-org")
    client = client_for(outsider)
    assert client.get(share_url(incident)).status_code == 403
    assert (
        client.post(reverse("est:share_withdraw", args=[incident.pk, share.pk])).status_code == 403
    )


def test_a_possible_name_in_the_note_is_warned_about_before_saving(
    client_for, reporter_a, incident, org_b
):
    """Issue 21 B9: the warning comes before saving; ticking "Spara ändå" saves."""
    client = client_for(reporter_a)
    data = {"organisation": org_b.pk, "note": "Pratade med Kalle om lampan."}
    response = client.post(share_url(incident), data)
    assert response.status_code == 200
    assert "Det ser ut som ett namn: ”Kalle”" in response.content.decode()
    assert not IncidentShare.objects.exists()
    response = client.post(share_url(incident), {**data, "spara_anda": "on"})
    assert response.status_code == 302
    assert IncidentShare.objects.get().note == "Pratade med Kalle om lampan."
