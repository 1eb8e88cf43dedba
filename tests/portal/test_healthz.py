"""/healthz: 200 when the database answers, 503 when it does not."""

import pytest
from django.db import connection


@pytest.mark.django_db
def test_healthz_ok_when_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db(transaction=True)
def test_healthz_503_when_database_is_unreachable(client):
    original_port = connection.settings_dict["PORT"]
    original_host = connection.settings_dict["HOST"]
    connection.close()
    # A port where nothing listens: the real driver fails to connect, as in an outage.
    connection.settings_dict["HOST"] = "127.0.0.1"
    connection.settings_dict["PORT"] = 1
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict["PORT"] = original_port
        connection.settings_dict["HOST"] = original_host
    assert response.status_code == 503
    assert b"database unavailable" in response.content
    assert client.get("/healthz").status_code == 200  # recovers once the database is back
