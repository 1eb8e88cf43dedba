"""Issue 11, point 9: three requests that were server errors answer 400 or 404 with the
Swedish error page: a form POST in latin-1 (even anonymously), an admin changelist filtered by
an invalid regular expression (or anything else PostgreSQL refuses), and a non-numeric version
in django-simple-history's admin page."""

import pytest
from django.test import Client

from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db

LATIN_1 = "application/x-www-form-urlencoded; charset=latin-1"


def assert_swedish_error(response, status):
    assert response.status_code == status
    page = response.content.decode()
    assert 'lang="sv"' in page
    heading = {400: "Felaktig begäran", 404: "Sidan finns inte"}[status]
    assert heading in page


@pytest.mark.parametrize(
    "path", ["/", "/kontakt/", "/konto/logga-in/", "/konto/losenord/aterstall/", "/personal/"]
)
def test_a_latin_1_form_post_is_a_swedish_400(path, contact_info):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    response = client.generic("POST", path, b"username=\xe5sa&password=x", content_type=LATIN_1)
    assert_swedish_error(response, 400)


def test_a_latin_1_form_post_of_a_logged_in_user_is_a_swedish_400(reporter_a, org_a):
    client = Client(raise_request_exception=False)
    client.force_login(reporter_a)
    body = b"description=Klotter p\xe5 v\xe4ggen"
    for path in ["/personal/handelser/ny/", "/personal/"]:
        assert_swedish_error(client.generic("POST", path, body, content_type=LATIN_1), 400)


@pytest.mark.parametrize(
    "query",
    [
        "description__regex=(",
        "description__iregex=[",
        "place_description__regex=a",
        "organisation__name__regex=*",
        "DESCRIPTION__REGEX=(",
    ],
)
def test_admin_regex_lookups_are_a_swedish_400(client_for, coordinator, org_a, query):
    IncidentFactory(organisation=org_a, description="Klotter")
    client = client_for(coordinator)
    client.raise_request_exception = False
    response = client.get(f"/admin/est_incidents/incident/?{query}")
    if query.startswith("DESCRIPTION"):
        assert response.status_code in {302, 400}  # an unknown field: Django's ?e=1
        return
    assert_swedish_error(response, 400)


def test_a_value_the_database_refuses_is_a_400_not_a_500(client_for, coordinator, org_a):
    IncidentFactory(organisation=org_a)
    client = client_for(coordinator)
    client.raise_request_exception = False
    for query in ["latitude__gt=1e400", "id__in=99999999999999999999999", "latitude=NaN"]:
        response = client.get(f"/admin/est_incidents/incident/?{query}")
        assert response.status_code in {200, 302, 400}, query


@pytest.mark.parametrize(
    "query", ["due_date__year=0", "due_date__year=-5", "due_date__year=99999", "due_date__year=x"]
)
def test_admin_year_lookups_out_of_range_are_a_swedish_400(client_for, coordinator, query):
    """Found by the property tests while fixing point 9: ``ValueError: year 0 is out of range``."""
    client = client_for(coordinator)
    client.raise_request_exception = False
    assert_swedish_error(client.get(f"/admin/est_incidents/estaction/?{query}"), 400)
    assert client.get("/admin/est_incidents/estaction/?due_date__year=2026").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/admin/est_incidents/incident/{pk}/history/abc/",
        "/admin/est_incidents/incident/{pk}/history/1.5/",
        "/admin/est_incidents/incident/{pk}/history/99999999999999999999999/",
        "/admin/est_incidents/incident/abc/history/1/",
        "/admin/est_incidents/incident/abc/history/",
        "/admin/hjo_safety/organisation/{org}/history/abc/",
    ],
)
def test_non_numeric_history_ids_are_a_swedish_404(client_for, coordinator, org_a, path):
    incident = IncidentFactory(organisation=org_a)
    client = client_for(coordinator)
    client.raise_request_exception = False
    response = client.get(path.format(pk=incident.pk, org=org_a.pk))
    assert response.status_code in {302, 404}
    if response.status_code == 404:
        assert 'lang="sv"' in response.content.decode()
    else:  # Django's "does not exist" redirect for the history page of a missing id
        assert response["Location"].startswith("/admin/")
