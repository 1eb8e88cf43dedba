"""Settings for benchmark runs only: production settings plus the floor view and a query counter.

``bench.run`` starts gunicorn with ``DJANGO_SETTINGS_MODULE=bench.settings`` and the usual
production environment (``DEBUG=0``, a ``SECRET_KEY``, ``ALLOWED_HOSTS``). Two additions, never
active in production:

- ``ROOT_URLCONF = "bench.urls"``: the app's URLs plus ``/bench/floor/<pk>/``.
- ``bench.middleware.QueryCountMiddleware`` (outermost): an ``X-Query-Count`` response header.

``BENCH_STATIC_ROOT`` (path): where ``collectstatic`` writes for this run (a temporary folder).
``BENCH_PROFILE_DIR`` (path, optional): write a pyinstrument HTML profile of every request there
(to find why a page is slow; slows everything down, never use it for timed runs).
"""

import os

from hjo_safety.settings import *  # noqa: F403
from hjo_safety.settings import MIDDLEWARE, require_production_settings

require_production_settings()

ROOT_URLCONF = "bench.urls"
MIDDLEWARE = ["bench.middleware.QueryCountMiddleware", *MIDDLEWARE]

if os.environ.get("BENCH_STATIC_ROOT"):
    STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]

BENCH_PROFILE_DIR: str = os.environ.get("BENCH_PROFILE_DIR", "")
if BENCH_PROFILE_DIR:
    MIDDLEWARE = ["bench.middleware.ProfileMiddleware", *MIDDLEWARE]
