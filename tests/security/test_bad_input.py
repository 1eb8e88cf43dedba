"""Bad input: every value in a form or URL parameter gets the answer the policy gives that value,
never a 500 or a partial row. Oversized bodies, wrong content types, non-UTF-8 bytes and posts
without a CSRF token included.

The answers: a NUL character anywhere is 400 (``RejectNulCharactersMiddleware``); an invalid
form is shown again (200); an admin id that matches nothing answers exactly as an id that does
not exist; a path that matches no URL is 404. Covers login, password reset (form and link), the
audit log's filters and page numbers, and the admin's object ids and list parameters.
"""

from urllib.parse import quote

import pytest
from axes.models import AccessAttempt
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.test import Client
from django.urls import resolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hjo_safety.models import AuditEvent, Membership

pytestmark = pytest.mark.django_db

EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text as attackers type it: unicode, control characters, NUL, very long, SQL and HTML.
nasty_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=150, max_size=5000),
    st.sampled_from(
        [
            "",
            "\x00",
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "%00",
            "9" * 400,
            "-1",
            "0",
            "1e309",
            "NaN",
            "2026-02-30",
            "\ud7ff\ufffd",
        ]
    ),
)
path_segment = nasty_text.filter(lambda value: value not in {"", ".", ".."})


def has_nul(*values) -> bool:
    """True if any value (a string, or a dict of parameters) holds a NUL character."""
    for value in values:
        if isinstance(value, dict):
            if has_nul(*value.keys(), *value.values()):
                return True
        elif "\x00" in value:
            return True
    return False


def is_int(value: str) -> bool:
    """Whether the admin reads this id as a number (as Python's ``int`` does)."""
    try:
        int(value)
    except ValueError:
        return False
    return True


def existing_pk(model, object_id: str) -> bool:
    return is_int(object_id) and model._default_manager.filter(pk=int(object_id)).exists()


def is_email(value: str) -> bool:
    try:
        validate_email(value.strip())
    except ValidationError:
        return False
    return True


# Parameters of the admin list that are not filters (search, order, page, error flag...).
ADMIN_LIST_VARIABLES = {"q", "o", "p", "e", "all", "_to_field", "_popup", "_changelist_filters"}


def refused_lookups(model_admin, request, params):
    """Filter parameters the admin refuses outright (400): neither a list filter of its own nor
    a lookup Django's ``lookup_allowed`` permits."""
    own = {
        getattr(spec, "parameter_name", None)
        for spec in model_admin.list_filter
        if isinstance(spec, type)
    }
    return [
        key
        for key, value in params.items()
        if key not in ADMIN_LIST_VARIABLES
        and key not in own
        and not model_admin.lookup_allowed(key, value, request)
    ]


def bad_year(params) -> bool:
    """A ``__year`` lookup whose value is no year from 1 to 9998 (empty values are ignored)."""

    def is_year(value):
        value = value.strip()
        return not value or (
            value.isascii() and value.lstrip("-").isdigit() and 1 <= int(value) <= 9998
        )

    return any(
        "year" in key.lower().split("__") and not is_year(value) for key, value in params.items()
    )


def admin_changelist_answer(response, url, params):
    """The admin list either shows (200) or, for a filter it cannot apply, redirects to itself
    with ``?e=1``; with ``e`` already given it shows Django's "Database error" page (200).
    Refused outright (400): NUL, a ``_to_field`` no relation points to, a lookup not offered."""
    model_admin = resolve(url).func.model_admin
    if (
        has_nul(params)
        or params.get("_to_field", "") not in ("", "id")
        or refused_lookups(model_admin, response.wsgi_request, params)
        or bad_year(params)
    ):
        assert response.status_code == 400
    elif response.status_code == 302:
        assert response["Location"] == f"{url}?e=1"
    else:
        assert response.status_code == 200


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@EXAMPLES
@given(username=nasty_text, password=nasty_text, next_url=nasty_text)
def test_login_form(client, reporter_a, username, password, next_url):
    AccessAttempt.objects.all().delete()  # one failure at a time: lockouts have their own tests
    response = client.post(
        "/konto/logga-in/", {"username": username, "password": password, "next": next_url}
    )
    # No generated password is reporter_a's: the form again, never a log-in or a redirect.
    assert response.status_code == (400 if has_nul(username, password, next_url) else 200)


@EXAMPLES
@given(email=nasty_text)
def test_password_reset_form(client, reporter_a, email):
    response = client.post("/konto/losenord/aterstall/", {"email": email})
    if has_nul(email):
        assert response.status_code == 400
    elif is_email(email):  # "sent" whether or not the address belongs to anyone
        assert response["Location"] == "/konto/losenord/aterstall/skickat/"
    else:
        assert response.status_code == 200


@EXAMPLES
@given(uidb64=path_segment, token=path_segment)
def test_password_reset_link(client, uidb64, token):
    url = f"/konto/losenord/aterstall/{quote(uidb64, safe='')}/{quote(token, safe='')}/"
    response = client.get(url)
    if has_nul(uidb64, token):
        assert response.status_code == 400
    elif "/" in uidb64 + token:  # no longer two path segments: no such URL
        assert response.status_code == 404
    else:  # "the link is invalid", with a way to ask for a new one
        assert response.status_code == 200
        assert response.context["validlink"] is False


@EXAMPLES
@given(
    params=st.dictionaries(
        st.sampled_from(["model", "user", "date_from", "date_to", "page", "o", "x"]),
        nasty_text,
    )
)
def test_audit_log_filters(client_for, coordinator, params):
    response = client_for(coordinator).get("/personal/granskning/", params)
    assert response.status_code == (400 if any("\x00" in k + v for k, v in params.items()) else 200)


@EXAMPLES
@given(object_id=path_segment, view=st.sampled_from(["change", "delete", "history"]))
def test_admin_object_ids(client_for, coordinator, object_id, view):
    url = f"/admin/hjo_safety/membership/{quote(object_id, safe='')}/{view}/"
    response = client_for(coordinator).get(url)
    if has_nul(object_id):
        assert response.status_code == 400
    elif "\n" in object_id:  # the admin's URLs take any id but one with a line break
        assert response.status_code == 404
    elif existing_pk(Membership, object_id):  # "1" may well be the coordinator's own
        assert response.status_code == 200
    elif not is_int(object_id):  # an id the primary key cannot hold: 404 before any query
        assert response.status_code == 404
    elif view == "history":  # django-simple-history: no such object
        assert response.status_code == 404
    else:  # as for an id that does not exist: the admin's "does not exist" redirect
        assert (response.status_code, response["Location"]) == (302, "/admin/")


@EXAMPLES
@given(
    params=st.dictionaries(
        st.sampled_from(["q", "o", "p", "role", "organisation__id__exact", "e"]), nasty_text
    )
)
def test_admin_changelist_parameters(client_for, coordinator, params):
    url = "/admin/hjo_safety/membership/"
    admin_changelist_answer(client_for(coordinator).get(url, params), url, params)


def test_oversized_body_is_refused(client, settings):
    body = "username=" + "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10) + "&password=x"
    response = client.post(
        "/konto/logga-in/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    fields = "&".join(f"f{n}=1" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 5))
    response = client.post(
        "/konto/logga-in/", fields, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert not AuditEvent.objects.exists()


@pytest.mark.parametrize(
    "content_type",
    ["application/json", "text/plain", "application/xml", "multipart/form-data; boundary=x"],
)
def test_wrong_content_types(client, client_for, coordinator, content_type):
    response = client.post("/konto/logga-in/", b'{"username": "a"}', content_type=content_type)
    assert response.status_code == 200  # no form fields: the form again
    admin = client_for(coordinator)
    before = Membership.objects.count()
    response = admin.post(
        "/admin/hjo_safety/membership/add/", b"\x00\x01", content_type=content_type
    )
    assert response.status_code == 200
    assert Membership.objects.count() == before


def test_non_utf8_bytes(client, client_for, coordinator):
    body = b"username=\xff\xfe\xfd&password=\xc3\x28"
    response = client.post(
        "/konto/logga-in/", body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    response = client.generic(
        "POST",
        "/konto/logga-in/",
        body,
        content_type="application/x-www-form-urlencoded; charset=latin-1",
    )
    assert response.status_code == 400  # Django: form-encoded bodies must be UTF-8
    assert client.get("/kontakt/%FF%FE/").status_code == 404
    assert client.get("/personal/granskning/?user=%FF%FE").status_code == 302
    admin = client_for(coordinator)
    assert admin.get("/personal/granskning/?user=%FF%FE&date_from=%C3%28").status_code == 200
    # An id the primary key cannot hold: 404, as for any object this user cannot see.
    assert admin.get("/admin/hjo_safety/membership/%FF/change/").status_code == 404


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/konto/logga-in/", {"username": "reporter_a", "password": "x"}),
        ("/konto/logga-ut/", {}),
        ("/konto/losenord/aterstall/", {"email": "a@example.se"}),
        ("/konto/tvastegsverifiering/", {"token": "123456"}),
        ("/admin/hjo_safety/membership/add/", {"role": "reporter"}),
    ],
)
def test_posts_without_a_csrf_token_are_refused(coordinator, reporter_a, path, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    before = (Membership.objects.count(), AuditEvent.objects.count())
    response = client.post(path, data)
    assert response.status_code == 403
    assert "Formuläret kunde inte skickas" in response.content.decode()
    assert (Membership.objects.count(), AuditEvent.objects.count()) == before


def test_nul_characters_are_a_400_everywhere(client, client_for, coordinator):
    admin = client_for(coordinator)
    assert admin.get("/admin/hjo_safety/membership/", {"role": "\x00"}).status_code == 400
    assert admin.get("/admin/hjo_safety/membership/", {"q": "a\x00b"}).status_code == 400
    assert admin.get("/admin/hjo_safety/membership/%00/change/").status_code == 400
    response = client.post("/konto/logga-in/", {"username": "\x00", "password": "x"})
    assert response.status_code == 400
    assert "Ogiltigt tecken" in response.content.decode()
