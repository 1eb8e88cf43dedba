"""The local OpenID Connect provider (``local_idp``: django-oidc-provider in a second Django
process, its own settings and SQLite file) on a loopback port, started once per test session,
and a client that walks its real redirects. The fixtures are imported by ``tests/conftest.py``,
so every test directory can use them (``client_for`` signs in through it, ``login_method``).

``sso_login(client, username, password)`` starts at the portal's "Logga in med …" link, follows
the portal's redirect to the provider with ``requests`` (the provider's own login form, CSRF and
all), and hands the provider's redirect back to the portal's test client: what a browser does.
"""

import datetime
import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "hjo-portal"
CLIENT_SECRET = secrets.token_urlsafe(24)
PROVIDER_KEY = "testkommun"
LOGIN_METHODS = ("password", "sso")  # the ``login_method`` of ``client_for`` (tests/conftest.py)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LocalIdp:
    url: str
    control_token: str
    people: dict = field(default_factory=dict)  # sign_in_through_provider's, by username

    @property
    def issuer(self) -> str:
        return f"{self.url}/oidc"

    def control(self, **data) -> dict:
        response = requests.post(
            f"{self.url}/control/",
            json=data,
            headers={"Authorization": f"Bearer {self.control_token}"},
            timeout=10,
        )
        response.raise_for_status()
        return response.json()

    def person(self, username, *, email=None, groups=(), is_active=True, password="idp-lösen-1"):
        return self.control(
            action="user",
            username=username,
            password=password,
            email=email or f"{username}@testkommun.se",
            first_name=username.capitalize(),
            last_name="Testsson",
            groups=list(groups),
            is_active=is_active,
        )

    def register(self, *redirect_uris):
        self.control(
            action="client",
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            redirect_uris=list(redirect_uris),
        )

    def provider_settings(self, **overrides) -> dict:
        return {
            "key": PROVIDER_KEY,
            "name": "Testkommun",
            "issuer": self.issuer,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scopes": "openid email profile",
            "organisations": ["Hjo kommun – fritid (test)"],
            "session_check_seconds": 300,
            "backchannel_logout": True,
            **overrides,
        }


@pytest.fixture(scope="session")
def local_idp(tmp_path_factory):
    """One provider process for the whole run (its start-up, migrations included, takes ~2 s)."""
    directory = tmp_path_factory.mktemp("local_idp")
    port = _free_port()
    env = {
        **os.environ,
        "LOCAL_IDP_URL": f"http://127.0.0.1:{port}",
        "LOCAL_IDP_DB": str(directory / "idp.sqlite3"),
        "LOCAL_IDP_CONTROL_TOKEN": secrets.token_urlsafe(24),
        "DJANGO_SETTINGS_MODULE": "local_idp.settings",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("DATABASE_URL", None)
    python = sys.executable
    subprocess.run(
        [python, "-m", "django", "local_idp_setup", "-v0"], cwd=ROOT, env=env, check=True
    )
    if os.environ.get("HJO_TEST_CLOCK"):  # the run's moved clock, for the provider too
        env["LOCAL_IDP_CLOCK"] = datetime.datetime.now(datetime.UTC).isoformat()
    log = (directory / "server.log").open("w")
    server = subprocess.Popen(
        [python, "-m", "django", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    idp = LocalIdp(url=env["LOCAL_IDP_URL"], control_token=env["LOCAL_IDP_CONTROL_TOKEN"])
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{idp.issuer}/.well-known/openid-configuration", timeout=1)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError(
                        "The local provider did not start: "
                        + (directory / "server.log").read_text()
                    ) from None
                time.sleep(0.1)
        idp.register("http://testserver/konto/sso/svar/")
        yield idp
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture
def sso_settings(settings, local_idp):
    settings.OIDC_PROVIDERS = [local_idp.provider_settings()]
    return settings


def provider_redirect(client, next_url=""):
    """The portal's "Logga in med …" link: its redirect to the provider's authorisation URL."""
    from django.urls import reverse

    url = reverse("sso_start", args=[PROVIDER_KEY]) + (f"?next={next_url}" if next_url else "")
    response = client.get(url)
    assert response.status_code == 302, response
    return response["Location"]


def at_provider(authorize_url, username, password="idp-lösen-1", browser=None):
    """Log in at the provider (its own form) and return the redirect back to the portal."""
    browser = browser or requests.Session()
    response = browser.get(authorize_url, allow_redirects=False, timeout=10)
    if response.status_code == 302 and "/login/" in response.headers["Location"]:
        login_url = urljoin(authorize_url, response.headers["Location"])
        form = browser.get(login_url, timeout=10)
        assert form.status_code == 200
        response = browser.post(
            login_url,
            data={
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": browser.cookies["local_idp_csrftoken"],
                "next": _next_of(login_url),
            },
            allow_redirects=False,
            timeout=10,
        )
        assert response.status_code == 302, "wrong password at the provider?"
        response = browser.get(
            urljoin(authorize_url, response.headers["Location"]), allow_redirects=False, timeout=10
        )
    assert response.status_code == 302, response.text[:500]
    return response.headers["Location"]


def _next_of(url):
    from urllib.parse import parse_qs

    return parse_qs(urlsplit(url).query)["next"][0]


def back_to_portal(client, location):
    parts = urlsplit(location)
    return client.get(f"{parts.path}?{parts.query}")


@pytest.fixture
def sso_login(sso_settings):
    def login(client, username, password="idp-lösen-1", next_url=""):
        location = at_provider(provider_redirect(client, next_url), username, password)
        return back_to_portal(client, location)

    return login


def sign_in_through_provider(client, user, local_idp, settings, *, mfa=True):
    """Log ``client`` in as the portal account ``user`` through a real single sign-on at the
    local provider: its login form, its code, token, JWKS and userinfo; the portal's callback,
    ``SsoBackend`` and ``resolve_user`` find the account. The provider serves every
    organisation there is at that moment, reports a multi-factor login (like a password login
    that has passed the portal's two-factor step; ``mfa=False``: a single-factor one) and knows the person by ``user``'s e-mail
    address; an account that may not be linked by e-mail (a superuser, no membership, a shared
    address) is linked beforehand, as an earlier login would have."""
    from django.urls import reverse

    from hjo_safety import sso
    from hjo_safety.models import Organisation, SsoIdentity

    provider = local_idp.provider_settings(
        organisations=list(Organisation.objects.values_list("name", flat=True))
    )
    settings.OIDC_PROVIDERS = [
        *(p for p in settings.OIDC_PROVIDERS if p["key"] != PROVIDER_KEY),
        provider,
    ]
    username = f"portal-{user.username}"[:150]
    by_email = bool(user.email) and (
        type(user).objects.filter(email__iexact=user.email).count() == 1
        and sso.may_link(sso.providers()[PROVIDER_KEY], user)
    )
    email = user.email if by_email else f"{username}@testkommun.se"
    known = local_idp.people.get(username)
    groups = ["mfa"] if mfa else []
    if known is None or (known["email"], known["groups"]) != (email, groups):
        # Once per person and run: a new password would end the person's provider session.
        known = {"email": email, "groups": groups, "browser": requests.Session()}
        known["sub"] = local_idp.person(username, email=email, groups=groups)["sub"]
        local_idp.people[username] = known
    if not by_email:
        SsoIdentity.objects.update_or_create(
            provider=PROVIDER_KEY,
            subject=known["sub"],
            defaults={"user": user, "status": SsoIdentity.Status.APPROVED},
        )
    client.logout()
    # The person's browser at the provider keeps its provider session: the form only once.
    location = at_provider(provider_redirect(client), username, browser=known["browser"])
    response = back_to_portal(client, location)
    assert response.status_code == 302, f"single sign-on as {user}: {response.status_code}"
    if mfa:  # else the portal's own second factor may be asked next
        assert response["Location"] == reverse("staff_home"), response["Location"]
    assert client.session[sso.SESSION_KEY]["provider"] == PROVIDER_KEY
    return client
