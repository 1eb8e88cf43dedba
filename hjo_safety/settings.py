"""Settings for Hjo Trygghet, driven by the environment (12-factor).

Every variable the portal reads is declared at the top with its type and default. Values are
production-safe unless ``DEBUG=1``; a missing production value raises a clear error at start-up.

Environment variables:

- ``DEBUG`` (bool, default off): development mode. Never on in production.
- ``SECRET_KEY`` (str): required unless ``DEBUG=1``.
- ``DATABASE_URL`` (str): e.g. ``postgres://user@host:5432/hjo_safety``. Unset: an SQLite file
  under ``var/`` (the embedded demo default only).
- ``ALLOWED_HOSTS`` (comma list, default ``localhost,127.0.0.1`` with DEBUG, else required).
- ``CSRF_TRUSTED_ORIGINS`` (comma list of origins, e.g. ``https://trygghet.hjo.se``).
- ``SECURE_SSL_REDIRECT`` (bool, default on without DEBUG): set 0 when the proxy redirects.
- ``EMAIL_HOST``, ``EMAIL_PORT``, ``EMAIL_HOST_USER``, ``EMAIL_HOST_PASSWORD``,
  ``DEFAULT_FROM_EMAIL``: outgoing mail (password reset, notifications: docs/notifications.md).
  Without ``EMAIL_HOST``, mail is written to the console log.
- ``PUBLIC_BASE_URL`` (str, default ``https://trygghet.hjo.se``; ``http://127.0.0.1:8000`` with
  DEBUG): the portal's address in e-mailed links.
- ``INVITATION_VALID_DAYS`` (int, default 5): how long an invitation's password link works.
- ``MAP_TILE_URL`` (str): the map's tile URL template; empty means no background tiles.
- ``MAP_TILE_ATTRIBUTION`` (str): attribution shown on the map.
- ``LOG_LEVEL`` (str, default ``INFO``).
- ``DEMO_SQLITE_PATH`` (path, default ``var/demo.sqlite3``): the SQLite file without DATABASE_URL.
- ``PUBLIC_PAGE_CACHE_SECONDS`` (int, default 60; 0 with DEBUG): how long an
  anonymous visitor's public page is kept in the shared cache (``hjo_safety.public_cache``).
- ``FRAGMENT_CACHE_ENABLED`` (bool, default on): keep staff pages' parts, the chrome and the
  situation pictures in the ``fragments`` cache (``hjo_safety.cache``); off, every part is
  rendered every time (a ``DummyCache``), e.g. to measure the miss path.
- ``FRAGMENT_CACHE_MAX_ENTRIES`` (int, default 400) and ``FRAGMENT_CACHE_MAX_ENTRY_BYTES`` (int,
  default 262144): the ``fragments`` cache keeps at most this many entries of at most this many
  bytes (pickled) each, so one worker holds at most their product (README, "Memory").
- ``SESSION_IDLE_MINUTES`` (int, default 30): a session ends after this long without a request.
- ``LOGIN_FAILURE_LIMIT`` (int, default 5): failed logins per user name, and per IP address,
  before that user name or address is locked out.
- ``LOGIN_COOLOFF_MINUTES`` (int, default 15): how long a lockout lasts (a coordinator can
  unlock earlier in the admin).
- ``TRUSTED_PROXY_COUNT`` (int, default 0): reverse proxies in front of the app that append to
  ``X-Forwarded-For``; the client address for lockouts and the audit log is read from there.
- ``OTP_REQUIRED_FOR_ADMINS`` (bool, default on without DEBUG): coordinators and organisation
  admins must use two-factor authentication (TOTP) for /personal/ and /admin/.
- ``LOGIN_RATE_LIMIT_PER_ADDRESS`` (str, default ``100/h``): login attempts (sent forms, right or
  wrong) accepted per client address, in django-ratelimit's notation. The lockout after
  ``LOGIN_FAILURE_LIMIT`` failures is per user name only, so that one person's typos behind a shared
  NAT address do not lock out everyone else there; this much higher count throttles the address.
- ``PASSWORD_RESET_LIMIT_PER_ADDRESS`` (int, default 5) and ``PASSWORD_RESET_LIMIT_PER_ACCOUNT``
  (int, default 3): password reset requests per hour from one client address, and for one
  e-mail address; beyond them no mail is sent, and the answer page stays the same.
- ``INCIDENT_TEXT_RETENTION_MONTHS`` (int, default 24): ``purge_incident_text`` redacts the
  free text of incidents registered longer ago than this.
- ``ACCESS_LOG_RETENTION_DAYS`` (int, default 730): ``purge_access_log`` deletes access-log
  events (who read or exported incidents, pictures and yearly documents) older than this.
- ``TIP_TEXT_RETENTION_MONTHS`` (int, default 12): ``purge_citizen_tips`` clears the free text
  and e-mail address of citizens' tips that came in longer ago than this.
- ``SUBSCRIPTION_RATE_LIMIT`` (str, default ``10/h``): citizens' e-mail subscription forms accepted
  per client address; ``SUBSCRIPTION_CONFIRM_HOURS`` (int, default 48): how long an unconfirmed
  subscription (and its confirmation link) lives before ``send_notifications`` deletes it.
- ``TIP_RATE_LIMIT`` (str, default ``10/h``): tips (sent forms, valid or not) accepted per client
  address, in django-ratelimit's notation.
- ``SURVEY_RATE_LIMIT`` (str, default ``20/d``): safety-survey answers (sent forms, valid or not)
  accepted per client address, in django-ratelimit's notation (its counter keys are hashed and
  expire with the window); ``SURVEY_TEXT_RETENTION_MONTHS`` (int, default 12): the free text of
  survey answers is cleared this long after the survey closed (``purge_survey_text``).
- ``TIP_MIN_FILL_SECONDS`` (int, default 4): a tip form sent sooner after it was shown is
  refused as automated.
- ``PUBLIC_STATISTICS_DELAY_DAYS`` (int, default 14): a month's public figures are released
  this many days after the month ends (the 15th of the next month by default); see
  ``est_incidents.publication``.
- ``METRICS_TOKEN`` (str, default empty): the bearer token that may read ``/metrics``
  (``Authorization: Bearer <token>``); empty means no token works.
- ``METRICS_ALLOWED_NETWORKS`` (comma list of addresses or CIDR networks, default empty): client
  addresses (after ``TRUSTED_PROXY_COUNT``) that may read ``/metrics`` without the token.
- ``SENTRY_DSN`` (str, default empty): send errors to Sentry (or GlitchTip); empty means off.
- ``SENTRY_ENVIRONMENT`` (str, default ``production``) and ``SENTRY_TRACES_SAMPLE_RATE`` (float,
  default 0): Sentry's environment tag and share of requests traced for performance.
- ``BACKUP_DIR`` (path, default ``var/backups``) and ``BACKUP_KEEP_DAYS`` (int, default 14):
  where ``backup_database`` writes its dumps, and how long it keeps them.
- ``ATTACHMENTS_ROOT`` (path, default ``var/attachments``): the folder that holds attached photos
  and papers with the default storage (never served by the web server; docs/operations.md).
- ``ATTACHMENT_STORAGE_BACKEND`` (dotted path, default Django's ``FileSystemStorage``) and
  ``ATTACHMENT_STORAGE_OPTIONS`` (JSON object, default ``{"location": ATTACHMENTS_ROOT}``): any
  storage of Django's storage API, e.g. an S3-compatible store (docs/operations.md, "Attachments").
- ``ATTACHMENT_MAX_IMAGE_MB`` (int, default 15) and ``ATTACHMENT_MAX_PDF_MB`` (int, default 20):
  the largest photo and PDF accepted; ``ATTACHMENT_MAX_PER_OBJECT`` (int, default 10) per object.
- ``POLICE_FEED_LOOPBACK_ONLY`` (bool, default off): fetch the police feed only from this
  machine (127.0.0.1 or localhost) and refuse any other host; for offline environments.
- ``OIDC_PROVIDERS_FILE`` (path, default empty) or ``OIDC_PROVIDERS`` (JSON, default empty):
  the OpenID Connect providers staff may sign in with, a JSON list of objects
  (``hjo_safety.sso``, docs/security.md "Single sign-on"). Empty: local login only.

The test suite runs with ``hjo_safety.settings_test`` (set in ``pyproject.toml``), which imports
this module and overrides what a test run needs; nothing here asks whether it runs under tests.
"""

import json
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from hjo_safety.headers import tile_host_source

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG: bool = env_bool("DEBUG", False)

# Without DEBUG, SECRET_KEY and ALLOWED_HOSTS have no defaults: management commands such as
# ``migrate`` still run, but serving refuses to start (see require_production_settings()).
SECRET_KEY: str = os.environ.get("SECRET_KEY", "") or (
    "insecure-development-key-only-for-debug" if DEBUG else ""
)
ALLOWED_HOSTS: list[str] = env_list(
    "ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS: list[str] = env_list("CSRF_TRUSTED_ORIGINS", [])

DATABASE_URL: str = os.environ.get("DATABASE_URL", "")
MAP_TILE_URL: str = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION: str = os.environ.get("MAP_TILE_ATTRIBUTION", "")
LOG_LEVEL: str = os.environ.get("LOG_LEVEL", "INFO")
PUBLIC_PAGE_CACHE_SECONDS: int = int(
    os.environ.get("PUBLIC_PAGE_CACHE_SECONDS", "0" if DEBUG else "60")
)
FRAGMENT_CACHE_ENABLED: bool = env_bool("FRAGMENT_CACHE_ENABLED", True)
FRAGMENT_CACHE_MAX_ENTRIES: int = int(os.environ.get("FRAGMENT_CACHE_MAX_ENTRIES", "400"))
FRAGMENT_CACHE_MAX_ENTRY_BYTES: int = int(
    os.environ.get("FRAGMENT_CACHE_MAX_ENTRY_BYTES", str(256 * 1024))
)
SESSION_IDLE_MINUTES: int = int(os.environ.get("SESSION_IDLE_MINUTES", "30"))
LOGIN_FAILURE_LIMIT: int = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_COOLOFF_MINUTES: int = int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15"))
TRUSTED_PROXY_COUNT: int = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
OTP_REQUIRED_FOR_ADMINS: bool = env_bool("OTP_REQUIRED_FOR_ADMINS", not DEBUG)
INCIDENT_TEXT_RETENTION_MONTHS: int = int(os.environ.get("INCIDENT_TEXT_RETENTION_MONTHS", "24"))
ACCESS_LOG_RETENTION_DAYS: int = int(os.environ.get("ACCESS_LOG_RETENTION_DAYS", "730"))
TIP_TEXT_RETENTION_MONTHS: int = int(os.environ.get("TIP_TEXT_RETENTION_MONTHS", "12"))
TIP_RATE_LIMIT: str = os.environ.get("TIP_RATE_LIMIT", "10/h")
SUBSCRIPTION_RATE_LIMIT: str = os.environ.get("SUBSCRIPTION_RATE_LIMIT", "10/h")
SUBSCRIPTION_CONFIRM_HOURS: int = int(os.environ.get("SUBSCRIPTION_CONFIRM_HOURS", "48"))
SURVEY_RATE_LIMIT: str = os.environ.get("SURVEY_RATE_LIMIT", "20/d")
SURVEY_TEXT_RETENTION_MONTHS: int = int(os.environ.get("SURVEY_TEXT_RETENTION_MONTHS", "12"))
TIP_MIN_FILL_SECONDS: int = int(os.environ.get("TIP_MIN_FILL_SECONDS", "4"))
# django-ratelimit (the tip form) counts in the shared throttling cache, like password resets.
RATELIMIT_USE_CACHE = "throttle"
PUBLIC_STATISTICS_DELAY_DAYS: int = int(os.environ.get("PUBLIC_STATISTICS_DELAY_DAYS", "14"))
POLICE_FEED_LOOPBACK_ONLY: bool = env_bool("POLICE_FEED_LOOPBACK_ONLY", False)
METRICS_TOKEN: str = os.environ.get("METRICS_TOKEN", "")
METRICS_ALLOWED_NETWORKS: list[str] = env_list("METRICS_ALLOWED_NETWORKS", [])
SENTRY_DSN: str = os.environ.get("SENTRY_DSN", "")
SENTRY_ENVIRONMENT: str = os.environ.get("SENTRY_ENVIRONMENT", "production")
SENTRY_TRACES_SAMPLE_RATE: float = float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0"))
ATTACHMENTS_ROOT: Path = Path(os.environ.get("ATTACHMENTS_ROOT", BASE_DIR / "var" / "attachments"))
ATTACHMENT_STORAGE_BACKEND: str = os.environ.get(
    "ATTACHMENT_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"
)
ATTACHMENT_STORAGE_OPTIONS: dict = json.loads(
    os.environ.get("ATTACHMENT_STORAGE_OPTIONS", "") or "null"
) or {"location": str(ATTACHMENTS_ROOT)}
ATTACHMENT_MAX_IMAGE_MB: int = int(os.environ.get("ATTACHMENT_MAX_IMAGE_MB", "15"))
ATTACHMENT_MAX_PDF_MB: int = int(os.environ.get("ATTACHMENT_MAX_PDF_MB", "20"))
ATTACHMENT_MAX_PER_OBJECT: int = int(os.environ.get("ATTACHMENT_MAX_PER_OBJECT", "10"))
BACKUP_DIR: Path = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "var" / "backups"))
BACKUP_KEEP_DAYS: int = int(os.environ.get("BACKUP_KEEP_DAYS", "14"))
LOGIN_RATE_LIMIT_PER_ADDRESS: str = os.environ.get("LOGIN_RATE_LIMIT_PER_ADDRESS", "100/h")
PASSWORD_RESET_LIMIT_PER_ADDRESS: int = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_ADDRESS", "5"))
PASSWORD_RESET_LIMIT_PER_ACCOUNT: int = int(os.environ.get("PASSWORD_RESET_LIMIT_PER_ACCOUNT", "3"))
OIDC_PROVIDERS_FILE: str = os.environ.get("OIDC_PROVIDERS_FILE", "")


def read_oidc_providers() -> list[dict]:
    """The providers' JSON from ``OIDC_PROVIDERS_FILE`` or ``OIDC_PROVIDERS``; checked, with
    the organisations they map to, by ``hjo_safety.sso`` when first used."""
    import json

    text = os.environ.get("OIDC_PROVIDERS", "")
    if OIDC_PROVIDERS_FILE:
        text = Path(OIDC_PROVIDERS_FILE).read_text(encoding="utf-8")
    if not text.strip():
        return []
    providers = json.loads(text)
    if not isinstance(providers, list):
        raise ImproperlyConfigured("OIDC_PROVIDERS must be a JSON list of provider objects.")
    return providers


OIDC_PROVIDERS: list[dict] = read_oidc_providers()


def require_production_settings() -> None:
    """Refuse to serve with a missing production value (called by wsgi.py)."""
    missing = [
        name
        for name, value in (("SECRET_KEY", SECRET_KEY), ("ALLOWED_HOSTS", ALLOWED_HOSTS))
        if not value
    ]
    if missing:
        raise ImproperlyConfigured(
            f"Set {' and '.join(missing)} in the environment before serving "
            "(or DEBUG=1 for a local demo)."
        )


# --- Applications -------------------------------------------------------------------------

INSTALLED_APPS = [
    "hjo_safety.apps.HjoAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "simple_history",
    "hjo_safety.third_party_apps.AxesConfig",  # django-axes, with a Swedish name
    "django_otp",
    "hjo_safety.third_party_apps.TOTPConfig",  # django_otp.plugins.otp_totp
    "hjo_safety.third_party_apps.StaticConfig",  # django_otp.plugins.otp_static
    "csp",
    "pgtrigger",
    "django_prometheus",
    "hjo_safety.apps.HjoSafetyConfig",
    "bra_council",
    "est_incidents",
    "citizen_promises",
    "est_measures",
    "citizen_tips",
    "notifications",
    "safety_statistics",
    "portal",  # the top layer: URLconf, start pages, chrome, seed_demo
]

MIDDLEWARE = [
    # First: every answer, even a redirect or an error from below, gets a request id and a log line.
    "hjo_safety.request_log.RequestLogMiddleware",
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "hjo_safety.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "hjo_safety.middleware.RejectNulCharactersMiddleware",
    "hjo_safety.sessions.IdleTimeoutSessionMiddleware",  # Django's, + the idle-timeout stamp
    "hjo_safety.language.LanguageCookieMiddleware",  # sv, or en from the language switch's cookie
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "hjo_safety.middleware.StaffPagesNoStoreMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Single sign-on sessions: ended when the provider ends them; its multi-factor login counts.
    "hjo_safety.sso.SsoSessionMiddleware",
    "hjo_safety.middleware.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: turns a lockout found during login into the lockout page.
    "axes.middleware.AxesMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "hjo_safety.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.portal",
                "portal.context_processors.session_timeout",
                "citizen_tips.context_processors.tips",
                "est_incidents.context_processors.shares",
                "safety_statistics.context_processors.fact_base",
                "hjo_safety.request_log.request_id",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------

if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # Django's PostgreSQL backend, plus django-prometheus's query counts and durations.
        DATABASES["default"]["ENGINE"] = "django_prometheus.db.backends.postgresql"
else:
    DEMO_SQLITE_PATH = Path(os.environ.get("DEMO_SQLITE_PATH", BASE_DIR / "var" / "demo.sqlite3"))
    DEMO_SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": DEMO_SQLITE_PATH}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Caches -------------------------------------------------------------------------------
# ``public_pages`` lives in the database so that every worker and every instance share one
# cache and one invalidation (``migrate`` makes the tables: hjo_safety 0012 runs ``createcachetable``).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "public_pages": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "hjo_public_page_cache",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
    # Kept parts of staff pages, the chrome and situation pictures (``hjo_safety.cache``): a
    # bounded LRU per process; Redis or Memcached replace it here alone (README, "Memory").
    "fragments": (
        {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "hjo-fragments",
            "TIMEOUT": 24 * 60 * 60,
            "OPTIONS": {"MAX_ENTRIES": FRAGMENT_CACHE_MAX_ENTRIES, "CULL_FREQUENCY": 4},
        }
        if FRAGMENT_CACHE_ENABLED
        else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    ),
    # Throttling counters (password reset), shared by every worker like the page cache.
    "throttle": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "hjo_throttle_cache",
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
}

# --- Authentication -----------------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # First: refuses to authenticate a locked-out user name or address at all.
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, with the user's memberships read in the same query as the user.
    "hjo_safety.auth_backends.MembershipModelBackend",
    # OpenID Connect (mozilla-django-oidc), only ever called by the single sign-on callback.
    "hjo_safety.sso.SsoBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "staff_home"
LOGOUT_REDIRECT_URL = "home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation -----------------------------------------------------------------

LANGUAGE_CODE = "sv"
# Swedish by default; English on the public pages for a visitor who pressed the language switch
# (hjo_safety/language.py: the cookie alone decides, not the browser's Accept-Language, so the
# Swedish URLs stay as they are and a browser set to English still starts in Swedish).
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
LANGUAGE_COOKIE_NAME = "hjo_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

# --- Static files (our own in static/, third-party from npm's node_modules) ----------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", NODE_MODULES / "bootstrap" / "dist"),
    ("vendor/leaflet", NODE_MODULES / "leaflet" / "dist"),
    ("vendor/leaflet-heat", NODE_MODULES / "leaflet.heat" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Photos and papers (hjo_safety.attachments): never given a public URL, served only by
    # views that check access.
    "attachments": {"BACKEND": ATTACHMENT_STORAGE_BACKEND, "OPTIONS": ATTACHMENT_STORAGE_OPTIONS},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Mail ---------------------------------------------------------------------------------

EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "trygghet@hjo.se")
# The portal's public address, for links in e-mail (no trailing slash).
PUBLIC_BASE_URL: str = os.environ.get(
    "PUBLIC_BASE_URL", "http://127.0.0.1:8000" if DEBUG else "https://trygghet.hjo.se"
).rstrip("/")
# How long an invitation's set-your-password link stays valid.
INVITATION_VALID_DAYS: int = int(os.environ.get("INVITATION_VALID_DAYS", "5"))

# --- Login lockout (django-axes), sessions, two-factor authentication ---------------------------

AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_COOLOFF_MINUTES)
# A user name is locked after N failures from anywhere. The address is not: behind the
# municipality's or the police's NAT one address is a whole office, and one person's typos must
# not lock out everyone there. The login view throttles an address at a much higher count
# (LOGIN_RATE_LIMIT_PER_ADDRESS, django-ratelimit) instead.
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes.W006 asks for "ip_address" among them: we leave it out on purpose (above), and the login
# view throttles addresses instead, so the warning does not apply.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_CLIENT_IP_CALLABLE = "hjo_safety.security.client_ip"
AXES_USERNAME_CALLABLE = "hjo_safety.security.axes_username"
AXES_ENABLE_ADMIN = False  # registered in hjo_safety/admin.py under the coordinator-only policy
AXES_VERBOSE = False
AXES_DISABLE_ACCESS_LOG = True  # successful logins are in our own audit log (AuditEvent)

SESSION_ENGINE = "hjo_safety.sessions"  # Django's database sessions, shared by every app server
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES * 60
# The age counts from the last request, an idle timeout: IdleTimeoutSessionMiddleware writes the
# new expiry when it is a minute or more ahead of the stored one (not an UPDATE per request).
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

OTP_TOTP_ISSUER = "Hjo Trygghet"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# --- Security headers ---------------------------------------------------------------------

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *tile_host_source(MAP_TILE_URL)],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
PERMISSIONS_POLICY_DEFAULT = "geolocation=(), camera=(), microphone=()"
# The incident form may ask for the reporter's position; no other page may.
PERMISSIONS_POLICY_GEOLOCATION_PATHS = [
    r"^/personal/handelser/ny/$",
    r"^/personal/handelser/\d+/andra/$",
    r"^/tipsa/$",
]

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        # Submitting hjo.se to the browsers' HSTS preload list binds every subdomain of the
        # municipality for years: a decision for its IT department, not this application.
        SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W021"]

# --- Scheduled jobs (deploy/*.timer, ``manage.py run_job <name>``) ----------------------------
# Each job's name (a management command) and the hours after which a missing success counts as
# overdue: on the metrics (hjo_job_overdue) and the coordinator's start page.
SCHEDULED_JOBS: dict[str, int] = {
    "send_notifications": 3,  # hourly
    "send_tip_answers": 3,  # hourly
    "import_police_events": 3,  # hourly
    "purge_incident_text": 50,  # nightly
    "purge_citizen_tips": 50,  # nightly
    "purge_survey_text": 50,  # nightly
    "purge_access_log": 50,  # nightly
    "purge_attachments": 50,  # nightly
    "purge_walk_signups": 50,  # nightly (issue 26: walk sign-ups end with the walk)
    "clearsessions": 50,  # nightly
    "backup_database": 26,  # nightly
}

# --- Metrics (django-prometheus; /metrics, hjo_safety/metrics.py) -----------------------------
PROMETHEUS_EXPORT_MIGRATIONS = False  # no query at start-up; migrations are checked on deploy

# --- Error reporting (optional; hjo_safety/error_reporting.py) -------------------------------
if SENTRY_DSN:
    from hjo_safety.error_reporting import init_sentry

    init_sentry(
        dsn=SENTRY_DSN,
        environment=SENTRY_ENVIRONMENT,
        traces_sample_rate=SENTRY_TRACES_SAMPLE_RATE,
    )

# --- Logging ------------------------------------------------------------------------------

# One JSON object per line on stderr (journald keeps it); request lines come from the logger
# ``hjo.request`` (hjo_safety/request_log.py, docs/operations.md).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "hjo_safety.request_log.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",  # ISO 8601 in UTC
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # Django's "Not Found: <path>" lines repeat hjo.request's line with the raw path (which may
    # hold a secret link); server errors (with their traceback) are still logged.
    "loggers": {"django.request": {"level": "ERROR"}},
}

if not DATABASE_URL:
    # The SQLite demo: the covering columns (INCLUDE) of incident_situation_idx are a PostgreSQL
    # optimisation; SQLite builds the index without them, which is all the demo needs.
    SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "models.W040"]
