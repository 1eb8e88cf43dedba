"""The isolation matrix: every named URL × {anonymous, reporter of A, organisation admin of A,
coordinator} × {object of A, object of B} → the expected status, in ONE table (``MATRIX``).

The URL names come from the URL resolver, so a new URL without a row fails
``test_every_named_url_has_a_row`` with its name. The admin's change, delete and history pages
(and django-simple-history's version pages) of every registered model are included.

Adding a row for a new URL:

1. If its objects are of a new kind, add a builder to ``OBJECT_KINDS``: a function
   ``(world, side) -> list of URL args`` that makes (or picks) the object of organisation A
   (``side == "A"``) or B, e.g. ``"incident": lambda w, side: [IncidentFactory(organisation=
   w.org(side)).pk]``.
2. Add ``"namespace:name": row("kind", anonymous, reporter_a, org_admin_a, coordinator)`` to
   ``MATRIX``. Each status is one int (same for A's and B's object) or ``(for A, for B)``.

Invariants checked on top of the table: nobody but a coordinator gets a 200 for another
organisation's object, and anonymous users get no 200 below /personal/ or /admin/.
"""

from dataclasses import dataclass

import pytest
from axes.models import AccessAttempt
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "reporter_a", "org_admin_a", "coordinator")
SIDES = ("A", "B")


# --- Objects ------------------------------------------------------------------------------


@dataclass
class World:
    org_a: object
    org_b: object
    reporter_a: object
    reporter_b: object
    org_admin_a: object
    coordinator: object
    contact_info: object

    def org(self, side):
        return self.org_a if side == "A" else self.org_b

    def reporter(self, side):
        return self.reporter_a if side == "A" else self.reporter_b


def _attempt(world, side):
    # Not a user of the matrix: a successful login resets that user name's attempts.
    username = f"gissning-{side.lower()}"
    attempt = AccessAttempt.objects.create(
        username=username,
        ip_address="192.0.2.1" if side == "A" else "192.0.2.2",
        user_agent="test",
        http_accept="*/*",
        path_info="/konto/logga-in/",
        get_data="",
        post_data="",
        failures_since_start=1,
    )
    return [attempt.pk]


def _version(obj):
    if not obj.history.exists():  # rows seeded by a data migration have no history yet
        obj.save()
    return [obj.pk, obj.history.latest().history_id]


OBJECT_KINDS = {
    # URLs without an object: the same request for A and B.
    "none": lambda w, side: [],
    "organisation": lambda w, side: [w.org(side).pk],
    "organisation_version": lambda w, side: _version(w.org(side)),
    "organisation_on_site": lambda w, side: [
        ContentType.objects.get_for_model(w.org(side)).pk,
        w.org(side).pk,
    ],
    "membership": lambda w, side: [w.reporter(side).memberships.get().pk],
    "membership_version": lambda w, side: _version(w.reporter(side).memberships.get()),
    "user": lambda w, side: [w.reporter(side).pk],
    # One contact row for the whole municipality: A and B are the same object.
    "contactinfo": lambda w, side: [w.contact_info.pk],
    "contactinfo_version": lambda w, side: _version(w.contact_info),
    "accessattempt": _attempt,
    "totpdevice": lambda w, side: [
        TOTPDevice.objects.create(user=w.reporter(side), name="app", confirmed=True).pk
    ],
    "staticdevice": lambda w, side: [
        StaticDevice.objects.create(user=w.reporter(side), name="koder", confirmed=True).pk
    ],
    "app_label": lambda w, side: ["hjo_safety"],
    "reset_token": lambda w, side: ["MQ", "ogiltig-nyckel"],
}


# --- The table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    kind: str
    expected: dict  # role -> (status for A's object, status for B's object)


def row(kind, anonymous, reporter_a, org_admin_a, coordinator):
    def pair(status):
        return status if isinstance(status, tuple) else (status, status)

    statuses = (anonymous, reporter_a, org_admin_a, coordinator)
    return Row(kind, {role: pair(s) for role, s in zip(ROLES, statuses, strict=True)})


def admin_model_rows(prefix, kind, *, changelist, add, change, delete, history, version=None):
    """The admin's URLs of one model; each argument is the 4 roles' statuses."""
    rows = {
        f"admin:{prefix}_changelist": row("none", *changelist),
        f"admin:{prefix}_add": row("none", *add),
        f"admin:{prefix}_change": row(kind, *change),
        f"admin:{prefix}_delete": row(kind, *delete),
        f"admin:{prefix}_history": row(kind, *history),
    }
    if version is not None:
        rows[f"admin:{prefix}_simple_history"] = row(f"{kind}_version", *version)
    return rows


# 302 for anonymous is the login page; 302 for a reporter in the admin is /personal/; 302 for an
# admin user and another organisation's object is the admin's "does not exist" redirect.
MATRIX = {
    # Public pages
    "home": row("none", 200, 200, 200, 200),
    "est_method": row("none", 200, 200, 200, 200),
    "contact": row("none", 200, 200, 200, 200),
    "accessibility": row("none", 200, 200, 200, 200),
    "healthz": row("none", 200, 200, 200, 200),
    # Account
    "login": row("none", 200, 200, 200, 200),
    "logout": row("none", 405, 405, 405, 405),
    "password_change": row("none", 302, 200, 200, 200),
    "password_change_done": row("none", 302, 200, 200, 200),
    "password_reset": row("none", 200, 200, 200, 200),
    "password_reset_done": row("none", 200, 200, 200, 200),
    "password_reset_confirm": row("reset_token", 200, 200, 200, 200),
    "password_reset_complete": row("none", 200, 200, 200, 200),
    "otp_setup": row("none", 302, 200, 200, 200),
    "otp_verify": row("none", 302, 302, 302, 302),
    "otp_recovery_codes": row("none", 302, 200, 200, 200),
    # Staff pages
    "staff_home": row("none", 302, 200, 200, 200),
    "audit_log": row("none", 302, 403, 403, 200),
    # Admin site
    "admin:index": row("none", 302, 302, 200, 200),
    "admin:login": row("none", 302, 302, 302, 302),
    "admin:logout": row("none", 302, 302, 405, 405),
    "admin:password_change": row("none", 302, 302, 200, 200),
    "admin:password_change_done": row("none", 302, 302, 200, 200),
    "admin:autocomplete": row("none", 302, 302, 403, 403),
    "admin:jsi18n": row("none", 302, 302, 200, 200),
    "admin:view_on_site": row("organisation_on_site", 302, 302, 404, 404),
    "admin:app_list": row("app_label", 302, 302, 200, 200),
    **admin_model_rows(
        "hjo_safety_organisation",
        "organisation",
        changelist=(302, 302, 200, 200),
        add=(302, 302, 403, 200),
        change=(302, 302, (200, 302), 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, (200, 302), 200),
        version=(302, 302, (200, 302), 200),
    ),
    **admin_model_rows(
        "hjo_safety_membership",
        "membership",
        changelist=(302, 302, 200, 200),
        add=(302, 302, 200, 200),
        change=(302, 302, (200, 302), 200),
        delete=(302, 302, (200, 302), 200),
        history=(302, 302, (200, 302), 200),
        version=(302, 302, (200, 302), 200),
    ),
    **admin_model_rows(
        "auth_user",
        "user",
        changelist=(302, 302, 200, 200),
        add=(302, 302, 200, 200),
        change=(302, 302, (200, 302), 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, (200, 302), 200),
    ),
    "admin:auth_user_password_change": row("user", 302, 302, (200, 404), 200),
    **admin_model_rows(
        "hjo_safety_contactinfo",
        "contactinfo",
        changelist=(302, 302, 403, 200),
        add=(302, 302, 403, 403),
        change=(302, 302, 403, 200),
        delete=(302, 302, 403, 403),
        history=(302, 302, 403, 200),
        version=(302, 302, 403, 200),
    ),
    **admin_model_rows(
        "axes_accessattempt",
        "accessattempt",
        changelist=(302, 302, 403, 200),
        add=(302, 302, 403, 403),
        change=(302, 302, 403, 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, 403, 200),
    ),
    **admin_model_rows(
        "otp_totp_totpdevice",
        "totpdevice",
        changelist=(302, 302, 403, 200),
        add=(302, 302, 403, 403),
        change=(302, 302, 403, 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, 403, 200),
    ),
    **admin_model_rows(
        "otp_static_staticdevice",
        "staticdevice",
        changelist=(302, 302, 403, 200),
        add=(302, 302, 403, 403),
        change=(302, 302, 403, 200),
        delete=(302, 302, 403, 200),
        history=(302, 302, 403, 200),
    ),
}

# Kinds whose A and B objects are one and the same (nothing to isolate).
SHARED_KINDS = {"none", "contactinfo", "contactinfo_version", "app_label", "reset_token"}


# --- Machinery ----------------------------------------------------------------------------


def named_urls(patterns=None, namespace=None):
    """Every named URL of the project, as ``namespace:name``."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            full = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from named_urls(pattern.url_patterns, full)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def test_every_named_url_has_a_row():
    missing = sorted(set(named_urls()) - set(MATRIX))
    assert not missing, (
        "These URLs have no row in the isolation matrix (tests/security/test_isolation_matrix.py,"
        " MATRIX): " + ", ".join(missing)
    )


def test_no_row_for_a_url_that_does_not_exist():
    stale = sorted(set(MATRIX) - set(named_urls()))
    assert not stale, "Rows for URLs that no longer exist: " + ", ".join(stale)


def test_the_table_keeps_the_policy():
    """Independent of the recorded statuses: isolation and login hold for every row."""
    problems = []
    for name, spec in MATRIX.items():
        for role in ("reporter_a", "org_admin_a"):
            if spec.kind not in SHARED_KINDS and spec.expected[role][1] == 200:
                problems.append(f"{name}: {role} would see B's object")
        if spec.expected["anonymous"][0] == 200 and name.startswith(("admin:", "audit_log")):
            problems.append(f"{name}: anonymous would get 200")
    assert not problems, problems


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The matrix makes five users per URL; a fast hasher keeps it quick (tests only)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(org_a, org_b, reporter_a, reporter_b, org_admin_a, coordinator, contact_info):
    return World(org_a, org_b, reporter_a, reporter_b, org_admin_a, coordinator, contact_info)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_isolation(name, world, client_for):
    spec = MATRIX[name]
    users = {
        "anonymous": None,
        "reporter_a": world.reporter_a,
        "org_admin_a": world.org_admin_a,
        "coordinator": world.coordinator,
    }
    sides = ("A",) if spec.kind in SHARED_KINDS else SIDES
    urls = {side: reverse(name, args=OBJECT_KINDS[spec.kind](world, side)) for side in sides}
    mismatches = []
    for role in ROLES:
        client = client_for(users[role])
        for index, side in enumerate(sides):
            status = client.get(urls[side]).status_code
            expected = spec.expected[role][index]
            if status != expected:
                mismatches.append(f"{role} × {side} ({urls[side]}): {status}, expected {expected}")
    assert not mismatches, f"{name}:\n" + "\n".join(mismatches)


def test_every_history_admin_is_scoped():
    """Every admin with django-simple-history's pages guards them with ScopedHistoryMixin."""
    from django.contrib import admin
    from simple_history.admin import SimpleHistoryAdmin

    from hjo_safety.permissions import ScopedHistoryMixin

    unguarded = []
    for model, model_admin in admin.site._registry.items():
        mro = type(model_admin).__mro__
        if SimpleHistoryAdmin in mro and (
            ScopedHistoryMixin not in mro
            or mro.index(ScopedHistoryMixin) > mro.index(SimpleHistoryAdmin)
        ):
            unguarded.append(model._meta.label)
    assert not unguarded, f"Put ScopedHistoryMixin before SimpleHistoryAdmin in: {unguarded}"
