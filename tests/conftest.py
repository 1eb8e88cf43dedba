"""Shared fixtures: two organisations and users of every role, query counting, browser + axe.

Organisation A and organisation B are the isolation pair: every app's tests check that
A's users get 404 for B's objects, while the coordinator sees both.
"""

import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hjo_safety import cache
from hjo_safety.models import Role
from tests.hjo_safety.factories import OrganisationFactory, UserFactory, member

# Playwright's sync API runs an event loop in the test thread; Django's live_server and ORM
# calls from the same thread must be allowed.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _no_kept_parts_from_another_test():
    """Each test starts with an empty ``fragments`` cache: a version string can repeat between
    tests (each test's writes are rolled back)."""
    cache.clear()


@pytest.fixture
def org_a(db):
    return OrganisationFactory(name="Hjo kommun – fritid (test)", short_name="Fritid")


@pytest.fixture
def org_b(db):
    return OrganisationFactory(name="Hjo Bostäder AB (test)", short_name="Hjo Bostäder")


@pytest.fixture
def reporter_a(org_a):
    return member(org_a, Role.REPORTER, username="reporter_a")


@pytest.fixture
def org_admin_a(org_a):
    return member(org_a, Role.ORG_ADMIN, username="admin_a")


@pytest.fixture
def reporter_b(org_b):
    return member(org_b, Role.REPORTER, username="reporter_b")


@pytest.fixture
def org_admin_b(org_b):
    return member(org_b, Role.ORG_ADMIN, username="admin_b")


@pytest.fixture
def coordinator(db):
    municipality = OrganisationFactory(name="Hjo kommun – kommunledningen (test)")
    return member(municipality, Role.COORDINATOR, username="strateg")


@pytest.fixture
def outsider(db):
    """Logged in, but a member of no organisation."""
    return UserFactory(username="outsider")


@pytest.fixture
def client_for(client):
    """``client_for(user)``: the test client logged in as ``user`` (None: anonymous)."""

    def login(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return login


# --- Query counting -----------------------------------------------------------------------


def count_queries(func) -> int:
    with CaptureQueriesContext(connection) as ctx:
        func()
    return len(ctx.captured_queries)


@pytest.fixture
def assert_constant_queries():
    """``assert_constant_queries(fetch, grow)``: the query count of ``fetch()`` stays the same
    after ``grow()`` adds more data. Returns the count, for an additional upper bound.

    Both counts are of a page whose data-versioned fragments (``hjo_safety.cache``) are
    rendered afresh: the cost of the first view after a write, which is what grows if anything.
    """

    def uncached(fetch):
        cache.clear()
        return count_queries(fetch)

    def check(fetch, grow):
        fetch()  # warm caches that are legitimately filled once (content types, sessions)
        before = uncached(fetch)
        grow()
        after = uncached(fetch)
        assert after == before, f"query count grew with the data: {before} → {after}"
        return after

    return check


# --- Browser tests ------------------------------------------------------------------------

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test` (installs it as root).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_context(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="sv-SE")
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    page.set_default_timeout(10_000)
    yield page
    page.close()


@pytest.fixture
def login_browser(browser_context, live_server):
    """``login_browser(user)``: give the browser context a logged-in session for ``user``."""
    from django.conf import settings
    from django.test import Client

    def login(user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        browser_context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
        )

    return login


def run_axe(page):
    """Run axe-core on the page; return the WCAG 2.1 A/AA violations."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return results.response["violations"]


@pytest.fixture
def assert_accessible():
    """``assert_accessible(page)``: fail with a readable report on any WCAG 2.1 A/AA violation."""

    def check(page):
        violations = run_axe(page)
        report = "\n".join(
            f"- {v['id']} ({v['impact']}): {v['help']} → "
            + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:5])
            for v in violations
        )
        assert not violations, f"axe found violations on {page.url}:\n{report}"

    return check


@pytest.fixture
def contact_info(db):
    """The contact centre row as the data migration seeds it (transactional tests flush it)."""
    from importlib import import_module

    from django.apps import apps

    from hjo_safety.models import ContactInfo

    migration = import_module("hjo_safety.migrations.0002_seed_contact_info")
    migration.seed_contact(apps, None)
    return ContactInfo.current()


@pytest.fixture
def est_reference_data(db):
    """The seeded EST categories and Hjo places (transactional tests flush them)."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("est_incidents.migrations.0002_seed_categories_and_places")
    migration.seed(apps, None)
