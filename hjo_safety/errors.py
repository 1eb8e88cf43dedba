"""Error handlers: 503 while the database is unreachable, else Django's 500 (or 400).

A PostgreSQL restart or fail-over makes every query fail for a few seconds with
``OperationalError`` ("connection refused", "terminating connection due to administrator
command") or ``InterfaceError`` ("connection already closed"). That is not a bug in the page:
the answer is a Swedish 503 with ``Retry-After``, which a client may retry (the incident form's
``submission_token`` stores a retried submission once). Django closes the broken connection at
the end of the request (``CONN_HEALTH_CHECKS``), so the next request reconnects by itself.

Installed as ``handler500`` in ``portal.urls``: Django calls it for an exception raised
anywhere below the outermost middleware (a view, the user lookup), inside the ``except`` block,
so ``sys.exc_info()`` holds the exception. Also ``handler400``: when the session cannot be saved
at the end of a request, Django's ``SessionMiddleware`` turns the ``OperationalError`` into
``SessionInterrupted`` (a 400 meant for "logged out in another tab"), although the view may have
stored the submission; seen through its ``__context__`` chain, that is a 503 too. The page is
rendered without a request context: no context processor or template tag may touch the
database here.
"""

import sys

import psycopg
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError
from django.template import loader

RETRY_AFTER_SECONDS = 5


def database_unavailable(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or an exception it was raised from) says the database is unreachable."""
    unavailable = (
        OperationalError,
        InterfaceError,
        psycopg.OperationalError,
        psycopg.InterfaceError,
    )
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, unavailable):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _error_context(request) -> dict:
    """The request id (``hjo_safety.request_log``) for the page's "Felkod", nothing else."""
    return {"request_id": getattr(request, "request_id", "")}


def service_unavailable(request=None) -> HttpResponse:
    response = HttpResponse(
        loader.get_template("503.html").render(_error_context(request)),
        status=503,
        content_type="text/html; charset=utf-8",
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name="500.html"):
    """Django's 500 page (rendered without the request context, as Django's own handler does),
    plus the request id."""
    if database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request)
    return HttpResponseServerError(
        loader.get_template(template_name).render(_error_context(request)),
        content_type="text/html; charset=utf-8",
    )


def bad_request(request, exception, template_name="400.html"):
    """The Swedish 400 page, rendered without the request: Django's own handler renders with
    the request context, whose context processors read the session and the user from the
    database (and could meet the unreadable request again), failing inside the error handler."""
    if database_unavailable(exception):
        return service_unavailable(request)
    return HttpResponseBadRequest(
        loader.get_template(template_name).render(_error_context(request)),
        content_type="text/html; charset=utf-8",
    )
