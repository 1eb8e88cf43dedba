"""Settings of the local OpenID Connect provider (django-oidc-provider), a separate Django
process on loopback for the single sign-on tests and ``make sso-demo``. Never for production:
it exists so that the portal's relying party is tested against a real provider.

Environment: ``LOCAL_IDP_URL`` (its own address, e.g. ``http://127.0.0.1:8001``; the issuer is
``<url>/oidc``), ``LOCAL_IDP_DB`` (its SQLite file), ``LOCAL_IDP_CONTROL_TOKEN`` (the bearer
token of ``/control/``, the tests' way to add and deactivate people; empty turns it off).
"""

import os
import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

if os.environ.get("LOCAL_IDP_CLOCK"):
    # The tests' moved clock (HJO_TEST_CLOCK, tests/conftest.py): the moment the tests started
    # the provider, so that its tokens' times agree with the portal's checks.
    import datetime

    import time_machine

    time_machine.travel(
        datetime.datetime.fromisoformat(os.environ["LOCAL_IDP_CLOCK"]), tick=True
    ).start()
DEBUG = False
SECRET_KEY = os.environ.get("LOCAL_IDP_SECRET_KEY") or secrets.token_urlsafe(40)
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SITE_URL = os.environ.get("LOCAL_IDP_URL", "http://127.0.0.1:8001").rstrip("/")
CONTROL_TOKEN = os.environ.get("LOCAL_IDP_CONTROL_TOKEN", "")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "oidc_provider",
    "local_idp",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
ROOT_URLCONF = "local_idp.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("LOCAL_IDP_DB", str(BASE_DIR.parent / "var" / "local_idp.sqlite3")),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
# A test provider: a fast hasher keeps its logins quick. Its passwords are demo passwords.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGIN_URL = "/login/"
USE_TZ = True
LANGUAGE_CODE = "sv"
SESSION_COOKIE_NAME = "local_idp_session"  # not the portal's cookie on the same host
CSRF_COOKIE_NAME = "local_idp_csrftoken"

OIDC_USERINFO = "local_idp.claims.userinfo"
OIDC_IDTOKEN_PROCESSING_HOOK = "local_idp.claims.id_token_hook"
OIDC_IDTOKEN_EXPIRE = 10 * 60
OIDC_TOKEN_EXPIRE = 60 * 60
OIDC_SKIP_CONSENT_EXPIRE = 365

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
