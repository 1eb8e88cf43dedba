"""Settings for the test suite: the production settings with what a test run needs.

pytest uses this module (``DJANGO_SETTINGS_MODULE`` in ``pyproject.toml``). It imports
``hjo_safety.settings`` unchanged and overrides only:

- a fixed development ``SECRET_KEY`` and local ``ALLOWED_HOSTS`` (unless set in the environment);
- no two-factor requirement by default (tests of two-factor turn it on with ``override_settings``);
- no public page cache by default (its tests set ``PUBLIC_PAGE_CACHE_SECONDS`` themselves);
- plain static files found by the finders when asked for, so tests need no ``collectstatic``
  manifest;
- plain HTTP: no HTTPS redirect, secure cookies or HSTS (the test client and the live server
  speak HTTP); tests of the production values read ``hjo_safety.settings`` in a fresh process
  (``tests/security/settings_probe.py``);
- the police feed only from this machine, so no test ever reaches the internet;
- a fast password hasher (MD5): Django's PBKDF2 with a million iterations was a third of the
  suite's CPU. Tests about hashing put the production hashers back with ``override_settings``
  (``tests/hjo_safety/test_password_hashing.py``); Django's default hashers still follow, so a
  PBKDF2 hash made elsewhere still verifies.
"""

import os

from django.conf import global_settings

from hjo_safety.settings import *  # noqa: F403
from hjo_safety.settings import STORAGES, env_bool, env_list

SECRET_KEY = os.environ.get("SECRET_KEY", "") or "insecure-key-for-the-test-suite-only"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])

OTP_REQUIRED_FOR_ADMINS = env_bool("OTP_REQUIRED_FOR_ADMINS", False)
PUBLIC_PAGE_CACHE_SECONDS = int(os.environ.get("PUBLIC_PAGE_CACHE_SECONDS", "0"))

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Attached photos and papers stay in the test process (the live server shares it).
    "attachments": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
WHITENOISE_USE_FINDERS = True
# WhiteNoise finds a static file when it is asked for, instead of listing every static file each
# time its middleware is made: a test client makes the middleware anew, ~1,000 times a run, and
# the listing (some 220 files, each stat'ed and its headers built) was ~5 % of the suite's CPU.
WHITENOISE_AUTOREFRESH = True

SECURE_PROXY_SSL_HEADER = None
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
SECURE_HSTS_PRELOAD = False

POLICE_FEED_LOOPBACK_ONLY = True

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    *global_settings.PASSWORD_HASHERS,
]

# A commit need not wait for the disk: a crash can lose only the last commits of a test database
# that is made afresh anyway (PostgreSQL's synchronous_commit; nothing is ever corrupted).
#
# A transactional test's flush empties only the tables that hold rows (hjo_safety/test_postgresql).
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
    DATABASES["default"]["ENGINE"] = "hjo_safety.test_postgresql"  # noqa: F405
