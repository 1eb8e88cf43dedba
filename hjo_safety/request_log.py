"""Structured request logs: one JSON line per request, with a request id.

``RequestLogMiddleware`` (first in ``MIDDLEWARE``) gives every request an id — nginx's
``X-Request-ID`` when it sent a well-formed one, else a new one — returns it in the
``X-Request-ID`` response header and shows it on the error pages ("Felkod"), so that a user can
quote it and IT can find the line. The line (logger ``hjo.request``) holds only what cannot
identify a person or carry free text: the user's id and role, the method, the URL path without
its query string, the status, the time taken and the number of database queries.

``JsonFormatter`` is python-json-logger's, minus the ``request`` object Django's own loggers
attach to a record (its text form includes the query string).
"""

import logging
import re
import time
import uuid

from django.conf import settings
from django.db import connection
from django.utils.functional import SimpleLazyObject, empty
from pythonjsonlogger.json import JsonFormatter as _JsonFormatter

from hjo_safety import permissions
from hjo_safety.error_reporting import tag_request_id

logger = logging.getLogger("hjo.request")

REQUEST_ID_HEADER = "X-Request-ID"
# What we accept from the proxy: nginx's $request_id is 32 hex digits; anything else (free text
# a client could smuggle in through the proxy) is replaced.
REQUEST_ID_PATTERN = re.compile(r"^[A-Za-z0-9-]{8,64}$")
# URL parts that are secrets (a tip's status link, an unsubscribe link, a password reset link):
# the logged path shows their place, not their value.
SECRET_URL_KWARGS = ("token", "uidb64")


class JsonFormatter(_JsonFormatter):
    """python-json-logger's formatter without Django's ``request`` (and ``scope``) extras."""

    DROPPED = ("request", "scope")

    def add_fields(self, log_data, record, message_dict):
        super().add_fields(log_data, record, message_dict)
        for name in self.DROPPED:
            log_data.pop(name, None)


def role_of(user) -> str:
    """The highest role of ``user``: anonymous, member (no membership), reporter, org_admin,
    coordinator. A role, never a name."""
    if user is None or not user.is_authenticated:
        return "anonymous"
    access = permissions.access(user)
    if access.coordinator:
        return "coordinator"
    if access.admin_organisation_ids:
        return "org_admin"
    if access.organisation_ids:
        return "reporter"
    return "member"


def _loaded_user(request):
    """The request's user if something already loaded it, else None: the log line must not
    cost a session and user query of its own."""
    user = getattr(request, "user", None)
    if isinstance(user, SimpleLazyObject) and user._wrapped is empty:
        return None
    return user


class _QueryCounter:
    """A ``connection.execute_wrapper`` that counts queries (``connection.queries`` needs DEBUG)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def loggable_path(request) -> str:
    """The URL path without its query string and with secret URL parts masked."""
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name, value in match.kwargs.items():
            if name in SECRET_URL_KWARGS and value:
                path = path.replace(str(value), f"<{name}>")
    return path


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offered = request.headers.get(REQUEST_ID_HEADER, "")
        request.request_id = offered if REQUEST_ID_PATTERN.match(offered) else uuid.uuid4().hex
        if settings.SENTRY_DSN:
            tag_request_id(request)
        counter = _QueryCounter()
        started = time.monotonic()
        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        duration_ms = round((time.monotonic() - started) * 1000, 1)
        response[REQUEST_ID_HEADER] = request.request_id
        user = _loaded_user(request)
        logger.info(
            "request",
            extra={
                "request_id": request.request_id,
                "user_id": user.pk if user is not None and user.is_authenticated else None,
                "role": role_of(user) if user is not None else "unknown",
                "method": request.method,
                "path": loggable_path(request),
                "status": response.status_code,
                "duration_ms": duration_ms,
                "queries": counter.count,
            },
        )
        return response


def request_id(request):
    """Context processor: ``request_id`` for the error pages."""
    return {"request_id": getattr(request, "request_id", "")}
