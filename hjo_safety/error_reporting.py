"""Optional error reporting to Sentry (or a Sentry-compatible service such as GlitchTip).

Off unless ``SENTRY_DSN`` is set; then ``settings.py`` calls ``init_sentry()``. The SDK is told
to send no personal data (``send_default_pii=False``, no local variables, no request bodies), and
``scrub_event`` — the ``before_send`` hook — removes whatever could still carry a citizen's or a
staff member's words before the event leaves the server:

- the request's body, cookies and query string, and its ``Authorization``/``Cookie`` headers;
  the URL keeps its path only;
- every stack frame's local variables (belt and braces: the SDK is told not to collect them);
- the user, except the database id;
- in the event's extra data and breadcrumbs, the value under a key that
  names one of our free-text fields: every ``TextField`` and ``CharField`` of our models plus
  ``email``, ``password``, ``username``, so a new free-text field is covered by construction;
- exception messages, which may quote what was posted: kept only for the database, mail and
  network errors IT needs to read ("connection refused"), without PostgreSQL's ``DETAIL`` line
  (it quotes the offending values); any other exception keeps its type and stack trace, and its
  message becomes ``[borttaget]``;
- e-mail addresses, phone and personal identity numbers in what is kept of messages and
  breadcrumbs (``hjo_safety.personal_data``), replaced by ``[borttaget]``.

The request id (``hjo_safety.request_log``) is attached as the tag ``request_id``, so the "Felkod"
a user quotes finds the event.
"""

from functools import cache
from pathlib import Path

from hjo_safety.personal_data import find_personal_data

REMOVED = "[borttaget]"
ALWAYS_PRIVATE_KEYS = frozenset({"email", "password", "username", "to_address", "body", "data"})
# Exceptions whose messages are the system's, not the user's (their module or type).
SYSTEM_MESSAGE_MODULES = ("psycopg", "django.db", "smtplib", "socket", "ssl", "urllib3")
SYSTEM_MESSAGE_TYPES = frozenset(
    {
        "OSError",
        "ConnectionError",
        "ConnectionRefusedError",
        "ConnectionResetError",
        "BrokenPipeError",
        "TimeoutError",
    }
)
SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "x-forwarded-for", "x-real-ip"})
ROOT = Path(__file__).resolve().parent.parent


@cache
def free_text_field_names() -> frozenset[str]:
    """The names of every text and character field of our own apps' models."""
    from django.apps import apps
    from django.db import models

    names = set(ALWAYS_PRIVATE_KEYS)
    for config in apps.get_app_configs():
        if Path(config.path).resolve().parent != ROOT:
            continue
        for model in config.get_models():
            for field in model._meta.get_fields():
                if isinstance(field, models.CharField | models.TextField):
                    names.add(field.name)
    return frozenset(names)


def redact_text(text: str) -> str:
    for finding in reversed(find_personal_data(text)):
        text = text[: finding.start] + REMOVED + text[finding.end :]
    return text


def _exception_message(exception: dict) -> str:
    module = str(exception.get("module") or "")
    if exception.get("type") in SYSTEM_MESSAGE_TYPES or module.startswith(SYSTEM_MESSAGE_MODULES):
        lines = str(exception["value"]).splitlines()
        return redact_text("\n".join(line for line in lines if not line.startswith("DETAIL")))
    return REMOVED


def _scrub_keys(value, private: frozenset[str]):
    if isinstance(value, dict):
        return {
            key: (REMOVED if str(key).lower() in private else _scrub_keys(item, private))
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_scrub_keys(item, private) for item in value]
    return value


def _scrub_request(request: dict) -> dict:
    kept = {key: request[key] for key in ("method", "url", "env") if key in request}
    if "url" in kept:
        kept["url"] = str(kept["url"]).split("?", 1)[0]
    headers = request.get("headers") or {}
    kept["headers"] = {
        name: value for name, value in headers.items() if name.lower() not in SENSITIVE_HEADERS
    }
    return kept


def scrub_event(event: dict, _hint: dict | None = None) -> dict:
    """Sentry's ``before_send``: the event without free text or personal data."""
    if "request" in event:
        event["request"] = _scrub_request(event["request"])
    # The SDK's notes on what it trimmed name the fields (cookie names, body keys) it saw.
    event.pop("_meta", None)
    if "user" in event:
        event["user"] = {"id": event["user"]["id"]} if event["user"].get("id") else {}
    for exception in (event.get("exception") or {}).get("values") or []:
        if exception.get("value"):
            exception["value"] = _exception_message(exception)
        for frame in (exception.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    for thread in (event.get("threads") or {}).get("values") or []:
        for frame in (thread.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    logentry = event.get("logentry")
    if logentry:
        if logentry.get("message"):
            logentry["message"] = redact_text(str(logentry["message"]))
        logentry.pop("params", None)
        if logentry.get("formatted"):
            logentry["formatted"] = redact_text(str(logentry["formatted"]))
    if event.get("message"):
        event["message"] = redact_text(str(event["message"]))
    breadcrumbs = event.get("breadcrumbs")
    if isinstance(breadcrumbs, dict) and breadcrumbs.get("values"):
        for crumb in breadcrumbs["values"]:
            if crumb.get("message"):
                crumb["message"] = redact_text(str(crumb["message"]))
            if crumb.get("category") == "query":
                crumb.pop("data", None)  # query parameters
    private = free_text_field_names()
    # Contexts (runtime, os, trace) and tags are the SDK's own and hold no form data.
    for key in ("extra", "breadcrumbs"):
        if key in event:
            event[key] = _scrub_keys(event[key], private)
    return event


def tag_request_id(request) -> None:
    """Attach the request id to the current Sentry scope (called by RequestLogMiddleware)."""
    import sentry_sdk

    sentry_sdk.get_current_scope().set_tag("request_id", request.request_id)


def init_sentry(*, dsn: str, environment: str, traces_sample_rate: float) -> None:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        traces_sample_rate=traces_sample_rate,
        before_send=scrub_event,
    )
