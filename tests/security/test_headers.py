"""Security headers: a strict CSP, Permissions-Policy per path, nosniff, referrer, framing, HSTS."""

import pytest

from hjo_safety.headers import tile_host_source
from tests.security.settings_probe import PRODUCTION, probe_settings

pytestmark = pytest.mark.django_db


def directives(response):
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part
    }


@pytest.mark.parametrize("path", ["/", "/kontakt/", "/konto/logga-in/", "/finns-inte/"])
def test_strict_csp_on_every_response(client, contact_info, path):
    policy = directives(client.get(path))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert not any("unsafe" in source for sources in policy.values() for source in sources)


def test_csp_in_the_admin(client_for, coordinator):
    response = client_for(coordinator).get("/admin/")
    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'"]


def test_other_headers(client, contact_info):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.parametrize(
    ("path", "geolocation"),
    [
        ("/", "geolocation=()"),
        ("/personal/", "geolocation=()"),
        ("/personal/handelser/", "geolocation=()"),
        ("/personal/handelser/ny/", "geolocation=(self)"),
        ("/personal/handelser/12/andra/", "geolocation=(self)"),
        ("/personal/handelser/12/", "geolocation=()"),
        ("/personal/handelser/ny/extra/", "geolocation=()"),
        ("/admin/", "geolocation=()"),
    ],
)
def test_permissions_policy_allows_geolocation_only_on_the_incident_form(
    client_for, reporter_a, path, geolocation
):
    policy = client_for(reporter_a).get(path)["Permissions-Policy"]
    assert geolocation in policy
    assert "camera=()" in policy and "microphone=()" in policy


def test_tile_host_source():
    assert tile_host_source("") == []
    assert tile_host_source("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png") == [
        "https://*.tile.openstreetmap.org"
    ]
    assert tile_host_source("https://karta.hjo.se/tiles/{z}/{x}/{y}.png") == [
        "https://karta.hjo.se"
    ]
    assert tile_host_source("javascript:alert(1)") == []
    assert tile_host_source("https://{s}/{z}.png") == []


def test_map_tile_host_is_allowed_as_image_source():
    values = probe_settings(
        "CONTENT_SECURITY_POLICY",
        DEBUG="1",
        MAP_TILE_URL="https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
    )
    img_src = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert img_src == ["'self'", "data:", "https://*.tile.openstreetmap.org"]


def test_production_has_hsts_and_https_only_cookies():
    values = probe_settings(
        "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_SSL_REDIRECT", **PRODUCTION
    )
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_SSL_REDIRECT"] is True


def test_deploy_check_is_clean():
    import subprocess
    import sys

    from tests.security.settings_probe import CLEARED, ROOT

    env = {k: v for k, v in __import__("os").environ.items() if k not in CLEARED}
    env.update(
        PRODUCTION,
        SECRET_KEY="k" * 30 + "-hjo-deploy-check-" + "Q7x" * 10,
        CSRF_TRUSTED_ORIGINS="https://trygghet.hjo.se",
        DJANGO_SETTINGS_MODULE="hjo_safety.settings",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
