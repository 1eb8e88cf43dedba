"""While PostgreSQL is unreachable (a restart, a fail-over) every page answers a Swedish 503 with
``Retry-After`` instead of a 500, and the app reconnects by itself once it is back.

The database is made unreachable for real: the connection is closed and pointed at a port where
nothing listens (no mocks). ``make soak`` does the same with a real PostgreSQL restart under load.
"""

import socket

import pytest
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.exceptions import SessionInterrupted
from django.db import DatabaseError, OperationalError, connection
from django.test import Client, RequestFactory

from est_incidents.models import Incident
from hjo_safety import errors

pytestmark = pytest.mark.django_db(transaction=True)


def unused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def database_down():
    """Make the database unreachable for the rest of the test; reachable again afterwards."""
    settings_dict = connection.settings_dict
    saved = settings_dict["HOST"], settings_dict["PORT"]

    def down():
        connection.close()
        settings_dict["HOST"], settings_dict["PORT"] = "127.0.0.1", unused_port()

    def up():
        connection.close()
        settings_dict["HOST"], settings_dict["PORT"] = saved

    yield down, up
    up()


def assert_503(response):
    assert response.status_code == 503
    assert response["Retry-After"] == str(errors.RETRY_AFTER_SECONDS)
    text = response.content.decode()
    assert "Tjänsten är tillfälligt otillgänglig" in text
    assert "försök igen" in text


def test_pages_and_posts_answer_503_while_the_database_is_down(
    database_down, reporter_a, est_reference_data
):
    down, up = database_down
    client = Client(raise_request_exception=False)
    client.force_login(reporter_a)
    assert client.get("/personal/handelser/ny/").status_code == 200
    down()
    assert_503(client.get("/personal/handelser/ny/"))
    assert_503(client.post("/personal/handelser/ny/", {"description": "Klotter"}))
    assert_503(Client(raise_request_exception=False).get("/medborgarloften/"))
    assert Client(raise_request_exception=False).get("/healthz").status_code == 503
    up()
    # Back by itself: the next request opens a new connection.
    assert client.get("/personal/handelser/ny/").status_code == 200
    assert Incident.objects.count() == 0


def _chained_session_interrupted(cause):
    """Raise as SessionMiddleware does when the session's save fails with ``cause``."""
    try:
        try:
            raise cause
        except DatabaseError:
            raise UpdateError  # noqa: B904 - as Django's SessionStore.save does
    except UpdateError:
        try:
            raise SessionInterrupted("The request's session was deleted")  # noqa: B904
        except SessionInterrupted as interrupted:
            return interrupted


def test_a_session_save_that_fails_on_the_database_is_a_503_not_a_400(database_down):
    down, _up = database_down
    down()
    try:
        connection.ensure_connection()
    except OperationalError as unreachable:
        exc = _chained_session_interrupted(unreachable)
    request = RequestFactory().post("/personal/handelser/ny/")
    assert_503(errors.bad_request(request, exc))
    # A session really deleted by a concurrent logout stays a 400.
    exc = _chained_session_interrupted(DatabaseError("Forced update did not affect any rows."))
    assert errors.bad_request(request, exc).status_code == 400
