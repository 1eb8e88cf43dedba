"""Bench-only middleware: count SQL queries per request; optionally profile with pyinstrument."""

import time
from pathlib import Path

from django.conf import settings
from django.db import connections

SESSION_STAMP = 'UPDATE "django_session"'


class QueryCountMiddleware:
    """Add ``X-Query-Count``: the SQL statements run (on every database) while building the
    response. Outermost, so the session, auth and every other middleware are included.

    A streaming response's body runs after the headers are sent: its queries are not in the
    header (``bench.run`` counts them in-process instead).

    The session's activity stamp (``hjo_safety.sessions``: one ``UPDATE`` of the session row
    at most once a minute per session) is not counted: it is the same on every page and does
    not depend on the data, but under load it lands on whichever request crosses the minute,
    which made a page's live count look like it varied (14–15).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        counter = {"n": 0}

        def count(execute, sql, params, many, context):
            if not sql.startswith(SESSION_STAMP):
                counter["n"] += 1
            return execute(sql, params, many, context)

        wrappers = [conn.execute_wrapper(count) for conn in connections.all()]
        for wrapper in wrappers:
            wrapper.__enter__()
        try:
            response = self.get_response(request)
        finally:
            for wrapper in reversed(wrappers):
                wrapper.__exit__(None, None, None)
        response["X-Query-Count"] = str(counter["n"])
        return response


class ProfileMiddleware:
    """Write a pyinstrument HTML profile of each request to ``BENCH_PROFILE_DIR``."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.directory = Path(settings.BENCH_PROFILE_DIR)
        self.directory.mkdir(parents=True, exist_ok=True)

    def __call__(self, request):
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
        try:
            return self.get_response(request)
        finally:
            profiler.stop()
            slug = request.path.strip("/").replace("/", "_") or "root"
            name = f"{time.strftime('%H%M%S')}-{time.monotonic_ns() % 10**6}-{slug}.html"
            (self.directory / name).write_text(profiler.output_html())
