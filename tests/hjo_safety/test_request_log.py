"""Structured request logs (hjo_safety/request_log.py): a request id on every answer and error
page, one JSON line per request with ids and numbers only — never a name, an e-mail address, a
secret link or the free text of a form."""

import json
import logging
import re
import time
import uuid
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import RequestFactory
from django.utils import timezone

from citizen_tips.forms import started_value
from citizen_tips.models import CitizenTip
from hjo_safety import errors
from hjo_safety.request_log import JsonFormatter
from tests.est_incidents.factories import CategoryFactory, PlaceFactory
from tests.hjo_safety.factories import UserFactory

pytestmark = pytest.mark.django_db


def production_formatter() -> JsonFormatter:
    """The formatter the console handler uses in production (settings.LOGGING)."""
    options = {k: v for k, v in settings.LOGGING["formatters"]["json"].items() if k != "()"}
    return JsonFormatter(**options)


@pytest.fixture
def log(caplog):
    """Every record of every logger at DEBUG, formatted as the production handler does."""
    caplog.set_level(logging.DEBUG)
    caplog.handler.setFormatter(production_formatter())
    return caplog


def request_lines(caplog) -> list[dict]:
    return [json.loads(line) for line in caplog.text.splitlines() if '"hjo.request"' in line]


def test_a_request_gets_an_id_in_the_header_and_one_json_line_with_ids_and_numbers(
    log, client_for, reporter_a
):
    client = client_for(reporter_a)
    response = client.get("/personal/?q=hemlig+fritext")
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    [line] = request_lines(log)
    assert line["request_id"] == response["X-Request-ID"]
    assert line["user_id"] == reporter_a.pk
    assert line["role"] == "reporter"
    assert line["method"] == "GET"
    assert line["path"] == "/personal/"  # no query string
    assert line["status"] == 200
    assert line["duration_ms"] >= 0
    assert line["queries"] >= 1
    assert line["level"] == "INFO" and line["logger"] == "hjo.request"
    assert "hemlig" not in log.text


def test_the_proxys_request_id_is_kept_and_a_malformed_one_replaced(log, client):
    nginx_id = uuid.uuid4().hex
    assert client.get("/", headers={"X-Request-ID": nginx_id})["X-Request-ID"] == nginx_id
    smuggled = "Anna Andersson anna@example.se"
    response = client.get("/", headers={"X-Request-ID": smuggled})
    assert response["X-Request-ID"] != smuggled
    assert "anna@example.se" not in log.text
    assert request_lines(log)[-1]["role"] in {"anonymous", "unknown"}


def test_a_secret_link_is_logged_without_its_token(log, client):
    client.get("/tipsa/status/HemligToken1234567890abc/")
    [line] = request_lines(log)
    assert line["path"] == "/tipsa/status/<token>/"
    assert "HemligToken" not in log.text


def test_the_error_pages_show_the_request_id(client_for, outsider):
    client = client_for(outsider)
    forbidden = client.get("/personal/")
    assert forbidden.status_code == 403
    assert f"Felkod: <code>{forbidden['X-Request-ID']}</code>" in forbidden.content.decode()
    missing = client.get("/finns-inte/")
    assert missing.status_code == 404
    assert f"Felkod: <code>{missing['X-Request-ID']}</code>" in missing.content.decode()

    request = RequestFactory().get("/")
    request.request_id = "0123456789abcdef"
    for response in (errors.server_error(request), errors.bad_request(request, None)):
        assert "Felkod: <code>0123456789abcdef</code>" in response.content.decode()


# --- No free text or e-mail in the log --------------------------------------------------------

SECRET_TEXT = "Krossad ruta vid busskuren, märkt XQ7-fritext"
SECRET_PLACE = "bakom containern, märkt XQ7-platsen"
SECRET_EMAIL = "kalle.svensson@example.se"
SECRET_PASSWORD = "Lösenord-som-aldrig-loggas-42"


def assert_nothing_personal_in(text: str):
    for secret in (SECRET_TEXT, SECRET_PLACE, SECRET_EMAIL, SECRET_PASSWORD, "kalle.svensson"):
        assert secret not in text, secret


def test_posting_an_incident_logs_no_free_text(log, client_for, reporter_a):
    category = CategoryFactory(name="Klotter", code="test-klotter")
    place = PlaceFactory(name="Hamnen (test)")
    occurred = timezone.localtime(timezone.now() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    data = {
        "submission_token": str(uuid.uuid4()),
        "category": category.pk,
        "occurred_at": occurred,
        "place": place.pk,
        "place_description": SECRET_PLACE,
        "description": SECRET_TEXT,
        "people_involved": "2-5",
        "police_notified": "no",
    }
    client = client_for(reporter_a)
    assert client.post("/personal/handelser/ny/?kommentar=" + SECRET_EMAIL, data).status_code == 302
    # A refused form (here: an e-mail address in the free text) is shown again; still nothing.
    refused = {**data, "description": f"{SECRET_TEXT}, mejla {SECRET_EMAIL}"}
    client.post("/personal/handelser/ny/", {**refused, "submission_token": str(uuid.uuid4())})
    lines = request_lines(log)
    assert [line["method"] for line in lines] == ["POST", "POST"]
    assert lines[0]["path"] == "/personal/handelser/ny/"
    assert_nothing_personal_in(log.text)


def tip_data(**changes):
    """A valid tip form, shown a minute ago."""
    return {
        "started": started_value(time.time() - 60),
        "webbplats": "",
        "place": "",
        "place_description": SECRET_PLACE,
        "latitude": "",
        "longitude": "",
        "kind": "lighting",
        "time_of_day": "evening",
        "text": SECRET_TEXT,
        "email": SECRET_EMAIL,
        **changes,
    }


def test_posting_a_tip_logs_no_free_text_or_email(log, client):
    caches["throttle"].clear()
    response = client.post("/tipsa/", tip_data())
    assert response.status_code == 302 and CitizenTip.objects.count() == 1
    client.get(response["Location"])  # the receipt, at its secret link
    client.post("/tipsa/", tip_data(email="inte en adress " + SECRET_EMAIL))  # invalid
    caches["throttle"].clear()
    assert len(request_lines(log)) == 3
    assert_nothing_personal_in(log.text)


def test_a_login_logs_neither_user_name_nor_password(log, client):
    UserFactory(username=SECRET_EMAIL, email=SECRET_EMAIL, password=SECRET_PASSWORD)
    failed = client.post(
        "/konto/logga-in/", {"username": SECRET_EMAIL, "password": "fel-" + SECRET_PASSWORD}
    )
    assert failed.status_code == 200
    ok = client.post("/konto/logga-in/", {"username": SECRET_EMAIL, "password": SECRET_PASSWORD})
    assert ok.status_code == 302
    assert [line["status"] for line in request_lines(log)] == [200, 302]
    assert_nothing_personal_in(log.text)
