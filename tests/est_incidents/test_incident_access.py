"""Who sees which incident: what the isolation matrix does not cover.

``tests/security/test_isolation_matrix.py`` holds every incident URL × {anonymous, reporter of A,
admin of A, coordinator} × {incident of A, of B}, in views and admin, and checks that lists,
exports and the map do not show B's incidents. This module adds a logged-in user of no
organisation, what a coordinator sees of B, the map's organisation filter, the admin index and
the admin's personal-data guard.
"""

import pytest

from est_incidents.models import Incident
from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def users(reporter_a, org_admin_a, coordinator):
    return {"reporter_a": reporter_a, "admin_a": org_admin_a, "coordinator": coordinator}


@pytest.fixture
def incidents(org_a, org_b):
    return {
        "A": IncidentFactory(organisation=org_a, description="Klotter hos A"),
        "B": IncidentFactory(organisation=org_b, description="Glaskross hos B"),
    }


@pytest.mark.parametrize(
    "path",
    [
        "/personal/handelser/",
        "/personal/handelser/ny/",
        "/personal/handelser/export.csv",
        "/personal/karta/",
        "/personal/handelser/{A}/",
        "/personal/handelser/{A}/andra/",
        "/personal/handelser/{B}/",
        "/personal/handelser/{B}/andra/",
    ],
)
def test_a_user_of_no_organisation_is_refused_every_incident_page(
    client_for, outsider, incidents, path
):
    url = path.format(A=incidents["A"].pk, B=incidents["B"].pk)
    assert client_for(outsider).get(url).status_code == 403


def test_anonymous_post_to_create_stores_nothing(client_for, incidents):
    response = client_for(None).post("/personal/handelser/ny/", {"description": "x"})
    assert response.status_code == 302
    assert Incident.objects.count() == 2


@pytest.mark.parametrize(
    ("who", "sees_b"), [("reporter_a", False), ("admin_a", False), ("coordinator", True)]
)
def test_list_map_and_export_show_only_visible_incidents(client_for, users, incidents, who, sees_b):
    client = client_for(users[who])
    html = client.get("/personal/handelser/").content.decode()
    assert f"/personal/handelser/{incidents['A'].pk}/" in html
    assert (f"/personal/handelser/{incidents['B'].pk}/" in html) is sees_b
    map_ids = {point[0] for point in map_points(client.get("/personal/karta/"))}
    assert incidents["A"].pk in map_ids
    assert (incidents["B"].pk in map_ids) is sees_b
    csv_text = b"".join(client.get("/personal/handelser/export.csv").streaming_content).decode()
    assert "Klotter hos A" in csv_text
    assert ("Glaskross hos B" in csv_text) is sees_b


def map_points(response):
    import json
    import re

    html = response.content.decode()
    match = re.search(r'<script id="incident-points" type="application/json">(.*?)</script>', html)
    return json.loads(match.group(1))


def test_filtering_the_map_on_another_organisation_does_not_reveal_it(
    client_for, reporter_a, incidents
):
    org_b = incidents["B"].organisation_id
    response = client_for(reporter_a).get(f"/personal/karta/?organisation={org_b}")
    assert incidents["B"].pk not in {point[0] for point in map_points(response)}


# --- The admin ------------------------------------------------------------------------------


def test_the_admin_index_offers_an_org_admin_no_categories_or_places(client_for, org_admin_a):
    index = client_for(org_admin_a).get("/admin/").content.decode()
    assert "/admin/est_incidents/incident/" in index
    assert "/admin/est_incidents/category/" not in index
    assert "/admin/est_incidents/place/" not in index


def test_coordinator_sees_every_organisations_incidents_in_the_admin(
    client_for, coordinator, incidents
):
    html = client_for(coordinator).get("/admin/est_incidents/incident/").content.decode()
    assert f"/admin/est_incidents/incident/{incidents['B'].pk}/change/" in html


def test_admin_refuses_personal_data_too(client_for, coordinator, incidents):
    incident = incidents["A"]
    response = client_for(coordinator).post(
        f"/admin/est_incidents/incident/{incident.pk}/change/",
        {
            "organisation": incident.organisation_id,
            "category": incident.category_id,
            "status": "new",
            "occurred_at_0": "2026-01-01",
            "occurred_at_1": "12:00",
            "description": "Ring 070-123 45 67",
            "police_notified": "unknown",
        },
    )
    assert response.status_code == 200
    assert "ett telefonnummer" in response.content.decode()
    incident.refresh_from_db()
    assert incident.description == "Klotter hos A"
