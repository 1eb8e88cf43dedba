"""Optional Sentry error reporting (hjo_safety/error_reporting.py): off without SENTRY_DSN, and
the ``before_send`` scrubber removes free text and personal data from a real event."""

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

from hjo_safety.error_reporting import REMOVED, free_text_field_names, scrub_event

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DESCRIPTION = "Grannen XQ9 krossade rutan och sprang mot hamnen"
EMAIL = "kalle.xq9@example.se"
PHONE = "070-123 45 67"


@pytest.fixture
def raw_events():
    """Sentry as unsafe as it can be configured (personal data, local variables, bodies), with
    every event captured before sending — the worst case the scrubber must clean."""
    captured = []

    def keep(event, hint):
        captured.append(json.loads(json.dumps(event, default=str)))
        return None  # nothing leaves the test

    sentry_sdk.init(
        dsn="https://public@sentry.invalid/1",
        integrations=[DjangoIntegration()],
        default_integrations=False,
        send_default_pii=True,
        include_local_variables=True,
        max_request_body_size="always",
        before_send=keep,
    )
    yield captured
    sentry_sdk.init()  # no DSN: the SDK is off again


@pytest.mark.urls("tests.hjo_safety.sentry_urls")
def test_the_scrubber_removes_free_text_and_personal_data_from_a_real_event(
    raw_events, client_for, reporter_a
):
    client = client_for(reporter_a)
    client.raise_request_exception = False
    sentry_sdk.add_breadcrumb(
        category="tip", message=f"tip from {EMAIL}", data={"text": DESCRIPTION}
    )
    sentry_sdk.set_extra("form", {"description": DESCRIPTION, "email": EMAIL, "kind": "lighting"})
    response = client.post(
        f"/fel/?q={EMAIL}",
        {"description": DESCRIPTION, "email": EMAIL, "phone": PHONE},
        headers={"Authorization": "Bearer secret-token"},
    )
    assert response.status_code == 500
    [raw] = raw_events
    before = json.dumps(raw, ensure_ascii=False)
    # The worst-case event does carry the secrets: the test would see a scrubber that misses one.
    assert DESCRIPTION in before and EMAIL in before

    event = scrub_event(copy.deepcopy(raw), {})
    after = json.dumps(event, ensure_ascii=False)
    for secret in (DESCRIPTION, DESCRIPTION[:20], EMAIL, PHONE, "secret-token", "sessionid"):
        assert secret not in after, secret
    assert "data" in raw["request"] and "data" not in event["request"]
    assert "cookies" not in event["request"]
    assert str(event["user"].get("id")) == str(reporter_a.pk) and set(event["user"]) == {"id"}
    assert REMOVED in event["exception"]["values"][0]["value"]
    assert event["exception"]["values"][0]["type"] == "ValueError"  # still useful


def test_every_free_text_field_of_our_models_is_scrubbed_by_name():
    names = free_text_field_names()
    for field in ("description", "place_description", "text", "email", "last_error", "password"):
        assert field in names, field


SCRIPT = """
import json, sentry_sdk
import hjo_safety.settings
client = sentry_sdk.get_client()
print(json.dumps({"active": client.is_active(),
                  "pii": client.options.get("send_default_pii") if client.is_active() else None,
                  "scrubber": getattr(client.options.get("before_send"), "__name__", None)}))
"""


def settings_with(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SENTRY_")}
    clean.update(env, DEBUG="1", DJANGO_SETTINGS_MODULE="hjo_safety.settings")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_sentry_is_off_without_the_variable_and_safe_with_it():
    assert settings_with()["active"] is False
    on = settings_with(SENTRY_DSN="https://public@sentry.invalid/1")
    assert on == {"active": True, "pii": False, "scrubber": "scrub_event"}


def test_a_database_error_keeps_its_message_without_the_quoted_values():
    event = {
        "request": {
            "url": "https://trygghet.hjo.se/tipsa/?text=hej",
            "method": "POST",
            "headers": {"Cookie": "sessionid=abc", "User-Agent": "Firefox"},
            "query_string": "text=hej",
        },
        "exception": {
            "values": [
                {
                    "type": "UniqueViolation",
                    "module": "psycopg.errors",
                    "value": 'duplicate key value violates unique constraint "x"\n'
                    f"DETAIL:  Key (email)=({EMAIL}) already exists.",
                    "stacktrace": {"frames": [{"function": "f", "vars": {"text": DESCRIPTION}}]},
                }
            ]
        },
    }
    scrubbed = scrub_event(event, {})
    assert scrubbed["request"] == {
        "method": "POST",
        "url": "https://trygghet.hjo.se/tipsa/",
        "headers": {"User-Agent": "Firefox"},
    }
    [exception] = scrubbed["exception"]["values"]
    assert exception["value"] == 'duplicate key value violates unique constraint "x"'
    assert "vars" not in exception["stacktrace"]["frames"][0]
