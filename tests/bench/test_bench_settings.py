"""The bench-only URL map and middleware: the floor view and the X-Query-Count header."""

import pytest

from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bench_urls(settings):
    settings.ROOT_URLCONF = "bench.urls"
    settings.MIDDLEWARE = ["bench.middleware.QueryCountMiddleware", *settings.MIDDLEWARE]


def test_floor_is_one_primary_key_query_with_a_tiny_response(bench_urls, client):
    organisation = OrganisationFactory(short_name="Fritid")
    response = client.get(f"/bench/floor/{organisation.pk}/")
    assert response.status_code == 200
    assert response.content == b"ok Fritid\n"
    assert response["X-Query-Count"] == "1"


def test_floor_of_an_unknown_organisation_is_404(bench_urls, client):
    assert client.get("/bench/floor/999999/").status_code == 404


def test_query_count_header_counts_session_and_user_queries(bench_urls, client_for, reporter_a):
    organisation = reporter_a.memberships.get().organisation
    response = client_for(reporter_a).get(f"/bench/floor-session/{organisation.pk}/")
    assert response.status_code == 200
    # session, the user with its memberships (one query), the organisation; no idle-timeout
    # session save (and so no savepoint around it): the session was stamped less than a minute
    # ago (hjo_safety/sessions.py)
    assert response["X-Query-Count"] == "3"


def test_app_pages_are_served_by_the_bench_url_map(bench_urls, client, contact_info):
    response = client.get("/kontakt/")
    assert response.status_code == 200
    assert int(response["X-Query-Count"]) >= 1
