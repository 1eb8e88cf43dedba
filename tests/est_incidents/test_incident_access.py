"""Who sees which incident: the isolation matrix for every incident URL, in views and admin.

Reporter of A, admin of A, coordinator and anonymous × an incident of A and of B. Anonymous is
sent to the login page; another organisation's incident is a 404, never a 403.
"""

import pytest

from est_incidents.models import Incident
from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db

LOGIN = "/konto/logga-in/"


@pytest.fixture
def users(reporter_a, org_admin_a, coordinator, outsider):
    return {
        "reporter_a": reporter_a,
        "admin_a": org_admin_a,
        "coordinator": coordinator,
        "anonymous": None,
        "outsider": outsider,
    }


@pytest.fixture
def incidents(org_a, org_b):
    return {
        "A": IncidentFactory(organisation=org_a, description="Klotter hos A"),
        "B": IncidentFactory(organisation=org_b, description="Glaskross hos B"),
    }


# Pages without an object: members 200, anonymous to login, a non-member 403.
LIST_PAGES = [
    "/personal/handelser/",
    "/personal/handelser/ny/",
    "/personal/handelser/export.csv",
    "/personal/karta/",
]
LIST_EXPECTED = {"reporter_a": 200, "admin_a": 200, "coordinator": 200, "outsider": 403}


@pytest.mark.parametrize("path", LIST_PAGES)
@pytest.mark.parametrize("who", ["reporter_a", "admin_a", "coordinator", "anonymous", "outsider"])
def test_pages_without_an_object(client_for, users, incidents, path, who):
    response = client_for(users[who]).get(path)
    if who == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
    else:
        assert response.status_code == LIST_EXPECTED[who]


OBJECT_PAGES = ["/personal/handelser/{pk}/", "/personal/handelser/{pk}/andra/"]
# (who, organisation of the incident) → status
OBJECT_EXPECTED = {
    ("reporter_a", "A"): 200,
    ("reporter_a", "B"): 404,
    ("admin_a", "A"): 200,
    ("admin_a", "B"): 404,
    ("coordinator", "A"): 200,
    ("coordinator", "B"): 200,
    ("outsider", "A"): 403,
    ("outsider", "B"): 403,
}


@pytest.mark.parametrize("path", OBJECT_PAGES)
@pytest.mark.parametrize("owner", ["A", "B"])
@pytest.mark.parametrize("who", ["reporter_a", "admin_a", "coordinator", "anonymous", "outsider"])
def test_pages_of_one_incident(client_for, users, incidents, path, owner, who):
    url = path.format(pk=incidents[owner].pk)
    response = client_for(users[who]).get(url)
    if who == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
    else:
        assert response.status_code == OBJECT_EXPECTED[(who, owner)]


@pytest.mark.parametrize("who", ["reporter_a", "admin_a"])
def test_posting_a_correction_to_another_organisation_is_404_and_changes_nothing(
    client_for, users, incidents, who
):
    other = incidents["B"]
    response = client_for(users[who]).post(
        f"/personal/handelser/{other.pk}/andra/",
        {"category": other.category_id, "occurred_at": "2026-01-01T12:00", "description": "x"},
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.description == "Glaskross hos B"


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


def test_filtering_on_another_organisation_does_not_reveal_it(client_for, reporter_a, incidents):
    org_b = incidents["B"].organisation_id
    client = client_for(reporter_a)
    csv_text = b"".join(
        client.get(f"/personal/handelser/export.csv?organisation={org_b}").streaming_content
    ).decode()
    assert "Glaskross hos B" not in csv_text
    response = client.get(f"/personal/karta/?organisation={org_b}")
    assert incidents["B"].pk not in {point[0] for point in map_points(response)}


# --- The admin ------------------------------------------------------------------------------


def test_reporter_has_no_incident_admin(client_for, reporter_a, incidents):
    response = client_for(reporter_a).get("/admin/est_incidents/incident/", follow=True)
    assert response.redirect_chain[-1][0] == "/personal/"


def test_org_admin_sees_only_own_incidents_in_the_admin(client_for, org_admin_a, incidents):
    client = client_for(org_admin_a)
    html = client.get("/admin/est_incidents/incident/").content.decode()
    assert f"/admin/est_incidents/incident/{incidents['A'].pk}/change/" in html
    assert f"/admin/est_incidents/incident/{incidents['B'].pk}/change/" not in html
    own = client.get(f"/admin/est_incidents/incident/{incidents['A'].pk}/change/")
    assert own.status_code == 200
    # Another organisation's incident "does not exist": the admin redirects to its index.
    other = client.get(f"/admin/est_incidents/incident/{incidents['B'].pk}/change/")
    assert other.status_code == 302 and other["Location"] == "/admin/"
    history = client.get(f"/admin/est_incidents/incident/{incidents['B'].pk}/history/")
    assert history.status_code == 404
    assert client.get(
        f"/admin/est_incidents/incident/{incidents['A'].pk}/history/"
    ).status_code == (200)


def test_org_admin_cannot_delete_or_move_another_organisations_incident(
    client_for, org_admin_a, incidents, org_a
):
    client = client_for(org_admin_a)
    other = incidents["B"]
    response = client.post(
        f"/admin/est_incidents/incident/{other.pk}/delete/", {"post": "yes"}, follow=False
    )
    assert response.status_code == 302
    assert Incident.objects.filter(pk=other.pk).exists()


def test_org_admin_cannot_manage_categories_or_places(client_for, org_admin_a):
    client = client_for(org_admin_a)
    assert client.get("/admin/est_incidents/category/").status_code == 403
    assert client.get("/admin/est_incidents/place/").status_code == 403
    index = client.get("/admin/").content.decode()
    assert "/admin/est_incidents/category/" not in index


def test_coordinator_manages_categories_places_and_all_incidents(
    client_for, coordinator, incidents
):
    client = client_for(coordinator)
    assert client.get("/admin/est_incidents/category/").status_code == 200
    assert client.get("/admin/est_incidents/place/").status_code == 200
    html = client.get("/admin/est_incidents/incident/").content.decode()
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
