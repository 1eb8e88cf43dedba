"""Settings come from the environment; production values are safe unless DEBUG=1."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json
import hjo_safety.settings as settings
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "CSRF_TRUSTED_ORIGINS": settings.CSRF_TRUSTED_ORIGINS,
    "ENGINE": settings.DATABASES["default"]["ENGINE"],
    "DB_NAME": str(settings.DATABASES["default"]["NAME"]),
    "SESSION_COOKIE_SECURE": getattr(settings, "SESSION_COOKIE_SECURE", False),
    "SECURE_SSL_REDIRECT": getattr(settings, "SECURE_SSL_REDIRECT", False),
    "SECURE_HSTS_SECONDS": getattr(settings, "SECURE_HSTS_SECONDS", 0),
    "SECRET_KEY": settings.SECRET_KEY,
    "LANGUAGE_CODE": settings.LANGUAGE_CODE,
    "TIME_ZONE": settings.TIME_ZONE,
}))
"""


def load_settings(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DEBUG",
            "DATABASE_URL",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "CSRF_TRUSTED_ORIGINS",
            "PYTEST_CURRENT_TEST",
        }
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="hjo_safety.settings")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    return result


def test_production_values_from_the_environment():
    result = load_settings(
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="trygghet.hjo.se,www.trygghet.hjo.se",
        CSRF_TRUSTED_ORIGINS="https://trygghet.hjo.se",
        DATABASE_URL="postgres://hjo:secret@db.example:5433/hjo",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["trygghet.hjo.se", "www.trygghet.hjo.se"]
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://trygghet.hjo.se"]
    # Django's PostgreSQL backend, instrumented by django-prometheus (docs/operations.md).
    assert values["ENGINE"] == "django_prometheus.db.backends.postgresql"
    assert values["DB_NAME"] == "hjo"
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["LANGUAGE_CODE"] == "sv" and values["TIME_ZONE"] == "Europe/Stockholm"


def test_without_debug_there_is_no_default_secret_and_serving_refuses_to_start():
    result = load_settings()
    values = json.loads(result.stdout)
    assert values["SECRET_KEY"] == "" and values["ALLOWED_HOSTS"] == []
    served = subprocess.run(
        [sys.executable, "-c", "import hjo_safety.wsgi"],
        cwd=ROOT,
        env={
            k: v
            for k, v in os.environ.items()
            if k
            not in {
                "DEBUG",
                "SECRET_KEY",
                "ALLOWED_HOSTS",
                "PYTEST_CURRENT_TEST",
                "DJANGO_SETTINGS_MODULE",  # the test suite's; wsgi.py defaults to production
            }
        },
        capture_output=True,
        text=True,
    )
    assert served.returncode != 0
    assert "Set SECRET_KEY and ALLOWED_HOSTS in the environment" in served.stderr


def test_debug_demo_defaults_to_sqlite_under_var():
    result = load_settings(DEBUG="1")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["DEBUG"] is True
    assert values["ENGINE"] == "django.db.backends.sqlite3"
    assert values["DB_NAME"].endswith("var/demo.sqlite3")
    assert values["SESSION_COOKIE_SECURE"] is False
    assert "127.0.0.1" in values["ALLOWED_HOSTS"]


def test_production_settings_do_not_change_when_imported_by_a_test_runner():
    # pytest loaded first and "manage.py test" in argv: the production module must not notice.
    script = (
        "import sys, json, pytest\n"
        "sys.argv = ['manage.py', 'test']\n"
        "import hjo_safety.settings as s\n"
        "print(json.dumps([s.SECRET_KEY, s.ALLOWED_HOSTS, s.OTP_REQUIRED_FOR_ADMINS,\n"
        "    s.PUBLIC_PAGE_CACHE_SECONDS, s.SESSION_COOKIE_SECURE, s.POLICE_FEED_LOOPBACK_ONLY,\n"
        "    hasattr(s, 'TESTING')]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}}
    env.pop("OTP_REQUIRED_FOR_ADMINS", None)
    env.pop("PUBLIC_PAGE_CACHE_SECONDS", None)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["", [], True, 60, True, False, False]


def test_the_test_suite_runs_with_the_test_settings(settings):
    assert os.environ["DJANGO_SETTINGS_MODULE"] == "hjo_safety.settings_test"
    assert settings.OTP_REQUIRED_FOR_ADMINS is False and settings.PUBLIC_PAGE_CACHE_SECONDS == 0
    assert settings.POLICE_FEED_LOOPBACK_ONLY is True
    assert settings.SECURE_SSL_REDIRECT is False
