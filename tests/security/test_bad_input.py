"""Bad input: any value in a form or URL parameter gives 200/302/400/403/404 (and 429 for a
locked-out login), never a 500 or a partial row. Oversized bodies, wrong content types,
non-UTF-8 bytes and posts without a CSRF token included.

Phase 1 covers the forms and URL parameters that exist on the security branch: login, password
reset (form and link), the audit log's filters and page numbers, and the admin's object ids.
"""

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hjo_safety.models import AuditEvent, Membership

pytestmark = pytest.mark.django_db

OK = {200, 302, 400, 403, 404}
LOGIN_OK = OK | {429}
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


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@EXAMPLES
@given(username=nasty_text, password=nasty_text, next_url=nasty_text)
def test_login_form(client, reporter_a, username, password, next_url):
    response = client.post(
        "/konto/logga-in/", {"username": username, "password": password, "next": next_url}
    )
    assert response.status_code in LOGIN_OK
    if response.status_code == 302:
        assert response["Location"].startswith("/")  # never off-site


@EXAMPLES
@given(email=nasty_text)
def test_password_reset_form(client, reporter_a, email):
    response = client.post("/konto/losenord/aterstall/", {"email": email})
    assert response.status_code in OK


@EXAMPLES
@given(uidb64=path_segment, token=path_segment)
def test_password_reset_link(client, uidb64, token):
    url = f"/konto/losenord/aterstall/{quote(uidb64, safe='')}/{quote(token, safe='')}/"
    assert client.get(url).status_code in OK


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
    assert client_for(coordinator).get(url).status_code in OK


@EXAMPLES
@given(
    params=st.dictionaries(
        st.sampled_from(["q", "o", "p", "role", "organisation__id__exact", "e"]), nasty_text
    )
)
def test_admin_changelist_parameters(client_for, coordinator, params):
    response = client_for(coordinator).get("/admin/hjo_safety/membership/", params)
    assert response.status_code in OK


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
    assert response.status_code in OK
    admin = client_for(coordinator)
    before = Membership.objects.count()
    response = admin.post(
        "/admin/hjo_safety/membership/add/", b"\x00\x01", content_type=content_type
    )
    assert response.status_code in OK
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
    assert admin.get("/admin/hjo_safety/membership/%FF/change/").status_code in {302, 404}


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
