"""Shared fixtures: two organisations and users of every role, query counting, browser + axe.

Organisation A and organisation B are the isolation pair: every app's tests check that
A's users get 404 for B's objects, while the coordinator sees both.
"""

import contextlib
import functools
import os

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from hjo_safety import cache
from hjo_safety.models import Role
from tests.hjo_safety.factories import OrganisationFactory, UserFactory, member
from tests.sso.provider import local_idp, sign_in_through_provider, sso_login, sso_settings  # noqa: F401

# Playwright's sync API runs an event loop in the test thread; Django's live_server and ORM
# calls from the same thread must be allowed.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# --- The clock ------------------------------------------------------------------------------
# HJO_TEST_CLOCK=2027-01-31T23:59:00+01:00 moves the clock of the whole run (every xdist worker,
# the test databases' set-up included) to that moment, ticking on from there: no test may depend
# on the hour or the day it happens to run (README, "Tests"). Only Python's clock moves;
# PostgreSQL's now() stays real, so code must take "now" from Python (django.utils.timezone).
_moved_clock = None


def pytest_configure(config):
    global _moved_clock
    moment = os.environ.get("HJO_TEST_CLOCK", "").strip()
    if moment:
        import datetime
        from zoneinfo import ZoneInfo

        import time_machine
        from django.conf import settings

        destination = datetime.datetime.fromisoformat(moment)
        if destination.tzinfo is None:
            raise pytest.UsageError("HJO_TEST_CLOCK needs a UTC offset, e.g. +01:00")
        # In the project's zone (a ZoneInfo): time-machine keeps the process's time zone then.
        destination = destination.astimezone(ZoneInfo(settings.TIME_ZONE))
        _moved_clock = time_machine.travel(destination, tick=True)
        _moved_clock.start()

    from django.db.models.signals import post_migrate

    post_migrate.connect(reseed_data_migration_rows, dispatch_uid="tests.reseed")


# --- One migrated database, copied for every worker --------------------------------------------
# Migrating a database from nothing costs ~40 s of CPU (Django renders the model states of 117
# migrations). With pytest-xdist and a new database (``--create-db``, what ``make test`` does), the
# controller makes one template database before the workers start — loaded from the dump of a
# migrated one when that dump is of these migrations (``tests/migrated_database.py``), else
# migrated — and each worker's test database is made as a copy of it (PostgreSQL's CREATE
# DATABASE … TEMPLATE, Django's ``TEST["TEMPLATE"]``): its migrate then finds nothing to do. So a
# worker costs a copy, not a migration, and the number of workers can follow the machine rather
# than the migrations.
TEMPLATE_SUFFIX = "_template"


def _xdist_controller_making_databases(config) -> bool:
    return (
        not hasattr(config, "workerinput")
        and bool(getattr(config.option, "numprocesses", None))
        and bool(config.getoption("create_db", False))
    )


def pytest_sessionstart(session):
    config = session.config
    if not _xdist_controller_making_databases(config):
        return
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].rsplit(".", 1)[-1] != "postgresql":
        return
    from django.db import connections
    from django.test.utils import setup_databases
    from pytest_django.plugin import blocking_manager_key

    from tests import migrated_database

    test = database.setdefault("TEST", {})
    name = (test.get("NAME") or f"test_{database['NAME']}") + TEMPLATE_SUFFIX
    # The template is loaded from the dump of a migrated database when the dump is of these
    # migrations (``tests/migrated_database.py``: a second, not ~35 s of migrating).
    if not migrated_database.load(database, name):
        print(
            "\ntests/migrated_database.sql is not of these migrations: migrating the test database"
            " (`make test-database-dump` writes it again)."
        )
        test["NAME"] = name
        with config.stash[blocking_manager_key].unblock():
            setup_databases(
                verbosity=0, interactive=False, aliases={"default"}, serialized_aliases=set()
            )
            connections.close_all()  # a template may have no other session while it is copied
    config.hjo_database_template = name


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """xdist: tell each worker the template its database is copied from."""
    template = getattr(node.config, "hjo_database_template", None)
    if template:
        node.workerinput["hjo_database_template"] = template


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, request):
    template = getattr(request.config, "workerinput", {}).get("hjo_database_template")
    if template:
        from django.conf import settings

        settings.DATABASES["default"].setdefault("TEST", {})["TEMPLATE"] = template


# --- Rows the data migrations seed -------------------------------------------------------------
# A transactional test (django_db(transaction=True), live_server) ends with a flush that empties
# every table, and a test database kept with --reuse-db keeps whatever the last run left. Both
# run `post_migrate` (the flush, and the migrate of a kept database), so after each the seed
# functions of every data migration (a RunPython whose function is named seed*) run again: every
# test starts with the categories, places, contact details and the rest that the migrations put
# in. The seed functions are idempotent (get_or_create).


@functools.cache
def seed_functions():
    """The seed* functions of every RunPython operation in the project's migrations."""
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.operations import RunPython

    loader = MigrationLoader(None, ignore_no_migrations=True)
    functions = []
    for key in sorted(loader.disk_migrations):
        for operation in loader.disk_migrations[key].operations:
            if isinstance(operation, RunPython) and operation.code.__name__.startswith("seed"):
                functions.append(operation.code)
    return functions


def reseed_data_migration_rows(sender, using="default", **kwargs):
    from django.apps import apps as global_apps

    with_models = [app for app in global_apps.get_app_configs() if app.models_module is not None]
    if sender is not with_models[-1]:
        return  # post_migrate is sent once per app: seed once, after the last one
    for seed in seed_functions():
        seed(global_apps, None)


def pytest_unconfigure(config):
    if _moved_clock is not None:
        _moved_clock.stop()


def pytest_report_header(config):
    moment = os.environ.get("HJO_TEST_CLOCK", "").strip()
    return f"clock moved to {moment} (HJO_TEST_CLOCK)" if moment else None


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
def login_method(request):
    """How ``client_for`` signs in: ``"password"`` (Django's login, as after the password
    form) or ``"sso"`` (a real single sign-on through the local OpenID Connect provider,
    ``tests/sso/provider.py``). A module runs its ``client_for`` tests both ways with
    ``@pytest.mark.parametrize("login_method", LOGIN_METHODS, indirect=True)`` on them, or by
    overriding this fixture with ``params=LOGIN_METHODS`` (``tests.sso.provider``;
    docs/security.md, "Single sign-on")."""
    return getattr(request, "param", "password")


@pytest.fixture
def client_for(client, login_method, request):
    """``client_for(user)``: the test client logged in as ``user`` (None: anonymous), the way
    ``login_method`` says."""

    def login(user):
        client.logout()
        if user is not None and login_method == "sso":
            sign_in_through_provider(
                client,
                user,
                request.getfixturevalue("local_idp"),
                request.getfixturevalue("settings"),
            )
        elif user is not None:
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


class Chromium:
    """Playwright's browser, whose new contexts block service workers unless a test asks for
    them (``service_workers="allow"``, as the offline test does): a logged-in page registers
    the portal's worker (static/js/offline-queue.js), which then fetches and keeps the incident
    form and the safety-walk form — two more pages for the live server to render in every
    browser test that never looks at them."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, **options):
        options.setdefault("service_workers", "block")
        return self._browser.new_context(**options)

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test` (installs it as root).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield Chromium(browser)
        browser.close()


@pytest.fixture(autouse=True)
def _live_server_requests_done(request):
    """Before a browser test's database is flushed, wait (at most 10 s) until no other connection
    to the test database is in the middle of a request: a page's late request (a service worker
    caching the incident form right after a page loaded, say) still running in the live server
    when the flush truncates every table can deadlock with it. Set up after the transactional
    database (as pytest-django's own live-server helper asks for it), so torn down before it."""
    if "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("transactional_db")
    yield
    import time

    deadline = time.monotonic() + 10
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')"
            )
            if cursor.fetchone()[0] == 0:
                break
            time.sleep(0.05)


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


def run_axe(page, every_rule=False):
    """Run axe-core on the page; return the WCAG 2.1 A/AA violations (``every_rule``: also axe's
    best practices, e.g. landmark-unique and empty-table-header, at every impact level)."""
    from axe_playwright_python.sync_playwright import Axe

    # Only the violations are collected (axe's ``resultTypes``): the passes' and incomplete
    # checks' nodes are not gathered, which on a page of a hundred table rows is most of axe's time.
    options = {"resultTypes": ["violations"]}
    if not every_rule:
        options["runOnly"] = {"type": "tag", "values": WCAG_TAGS}
    results = Axe().run(page, options=options)
    return results.response["violations"]


@pytest.fixture
def assert_accessible():
    """``assert_accessible(page)``: fail with a readable report on any WCAG 2.1 A/AA violation."""

    def check(page, every_rule=False):
        violations = run_axe(page, every_rule)
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


@contextlib.contextmanager
def module_transaction(django_db_blocker):
    """A transaction open for a whole test module, rolled back after its last test.

    For data that is slow to load and that the module's tests only read: load it once inside
    this (with ``django_db_blocker.unblock()``) in a module-scoped fixture. Each test still runs
    in a savepoint of its own (pytest-django's ``django_db``, like Django's ``TestCase``), so what a
    test writes is undone after it. Not for transactional tests.
    """
    with django_db_blocker.unblock():
        module_atomic = transaction.atomic()
        module_atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            module_atomic.__exit__(None, None, None)


# --- The demo data, loaded once per process --------------------------------------------------
# seed_demo costs ~25 s of CPU (three years of incidents, 78 held EST meetings with their frozen
# pictures). Every test that only reads the demo asks for ``shared_demo``: the first of them loads
# it in a transaction that stays open while the next tests ask for it too, and that is rolled back
# before the first test that does not (``pytest_runtest_setup``). So that they follow one another,
# they run first (``pytest_collection_modifyitems``): pytest-xdist's work stealing hands each
# worker a contiguous half of the tests in this order and steals from the end of a queue, so they
# all run first on one worker, while the other takes the rest. One load of the demo for the whole
# run, where each module loaded it once. (``--dist loadgroup`` would say so outright, but
# pytest-xdist 3.8 marks a group by rewriting ``item._nodeid``, which pytest 9 no longer reads.)
# Each test still runs in a savepoint of its own
# (pytest-django's ``django_db``), so what a test writes is undone after it. Not for transactional
# tests (a flush empties every table).
SHARED_DEMO = "shared_demo"


class SharedDemo:
    """The demo loaded once: ``loaded_at`` is the moment it was loaded at (the clock held)."""

    def __init__(self):
        self.atomic = None
        self.loaded_at = None

    def load(self, blocker):
        from io import StringIO

        from django.utils import timezone

        with blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            self.loaded_at = timezone.now()
            self.seed_again(verbosity=0, stdout=StringIO())

    def seed_again(self, *args, **kwargs):
        """``seed_demo`` once more, at the moment the demo was loaded: its incidents run up to
        "now", so a reload minutes later may rightly add one."""
        import time_machine
        from django.core.management import call_command

        with time_machine.travel(self.loaded_at, tick=False):
            call_command("seed_demo", *args, **kwargs)

    def end(self, blocker):
        if self.atomic is None:
            return
        with blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None


_shared_demo = SharedDemo()


def pytest_collection_modifyitems(config, items):
    demo = [item for item in items if SHARED_DEMO in getattr(item, "fixturenames", ())]
    # Then the browser tests, the longest one by one: a long test handed out last keeps one
    # worker busy while the other has nothing left.
    readers = set(demo)
    browser = [i for i in items if i not in readers and i.get_closest_marker("browser")]
    first = readers | set(browser)
    items[:] = demo + browser + [item for item in items if item not in first]


@pytest.hookimpl(tryfirst=True)  # before any fixture of the test is set up
def pytest_runtest_setup(item):
    if SHARED_DEMO not in item.fixturenames:
        _end_shared_demo(item.config)


def pytest_sessionfinish(session):
    _end_shared_demo(session.config)


def _end_shared_demo(config):
    if _shared_demo.atomic is not None:
        from pytest_django.plugin import blocking_manager_key

        _shared_demo.end(config.stash[blocking_manager_key])


@pytest.fixture(scope="module")  # module scope: set up before each test's own transaction
def shared_demo(django_db_setup, django_db_blocker) -> SharedDemo:
    """The demo data (``seed_demo``), loaded once for every test that reads it (see above)."""
    if _shared_demo.atomic is None:
        _shared_demo.load(django_db_blocker)
    return _shared_demo
