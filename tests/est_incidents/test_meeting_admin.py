"""The meeting admin follows the policy: coordinators run meetings; organisation admins see only
their own organisations' reports; reporters have no admin at all."""

import pytest

from tests.est_incidents.meeting_factories import EstMeetingFactory, EstMeetingReportFactory

pytestmark = pytest.mark.django_db


def test_meeting_admin_is_the_coordinators(client_for, coordinator, org_admin_a):
    meeting = EstMeetingFactory()
    assert client_for(coordinator).get("/admin/est_incidents/estmeeting/").status_code == 200
    assert (
        client_for(coordinator)
        .get(f"/admin/est_incidents/estmeeting/{meeting.pk}/change/")
        .status_code
        == 200
    )
    assert client_for(org_admin_a).get("/admin/est_incidents/estmeeting/").status_code == 403


def test_org_admin_sees_only_own_reports(client_for, org_admin_a, org_a, org_b, reporter_a):
    mine = EstMeetingReportFactory(organisation=org_a, text="Vår rapport")
    theirs = EstMeetingReportFactory(organisation=org_b, text="Deras rapport")
    client = client_for(org_admin_a)
    assert client.get(f"/admin/est_incidents/estmeetingreport/{mine.pk}/change/").status_code == 200
    response = client.get(f"/admin/est_incidents/estmeetingreport/{theirs.pk}/change/")
    # The admin's "does not exist" redirect, as for any object outside the user's queryset.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert (
        "Deras rapport" not in client.get("/admin/est_incidents/estmeetingreport/").content.decode()
    )
    response = client_for(reporter_a).get("/admin/est_incidents/estmeetingreport/", follow=True)
    assert response.redirect_chain[-1][0] == "/personal/"
