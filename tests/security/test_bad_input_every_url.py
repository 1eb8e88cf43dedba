"""Bad input on every URL (issue 11, point 9): for every named URL of the project, hypothesis
draws the path's segments (numbers out of range, non-numeric and non-ASCII text where the
pattern allows text), query strings full of admin lookups (``__regex``, ``__iregex``, unknown
lookups, values PostgreSQL refuses) and POST bodies with odd charsets in ``Content-Type``
(``latin-1``, unknown charsets, UTF-16, multipart without a boundary). Whoever asks, anonymous,
a reporter or a coordinator, the answer is never a 500, and an HTML error page is the Swedish
one.

Runs are bounded (``max_examples``) so the suite stays fast; the URL list comes from the
resolver, so a new URL is covered without touching this file.
"""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.security.test_isolation_matrix import named_urls

pytestmark = pytest.mark.django_db

# 401: the session-timeout warning's "stay signed in" (a JSON answer a page's script reads)
# when the session has already ended.
ALLOWED = {200, 301, 302, 400, 401, 403, 404, 405, 429}
FEW = settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# --- What is drawn ---------------------------------------------------------------------------

text_segments = st.one_of(
    st.sampled_from(
        ["abc", "1", "0", "-1", "1.5", "9" * 25, "١٢", "²", "%FF", "a b", "ö", "(", "*", "__", "\\"]
    ),
    st.text(alphabet=st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=20),
).filter(lambda value: value not in {".", ".."} and "/" not in value)
number_segments = st.integers(min_value=0, max_value=10**25).map(str)

FIELDS = ["description", "id", "pk", "title", "name", "occurred_at", "organisation__name", "user"]
LOOKUPS = ["regex", "iregex", "exact", "gt", "in", "isnull", "year", "contains", "search", "bogus"]
lookup_keys = st.one_of(
    st.builds(
        lambda f, lookup: f"{f}__{lookup}", st.sampled_from(FIELDS), st.sampled_from(LOOKUPS)
    ),
    st.sampled_from(["q", "o", "p", "e", "page", "sida", "start", "end", "organisation", "year"]),
)
lookup_values = st.one_of(
    st.sampled_from(["(", "[", "a{99999}", "*", "\\", "9" * 30, "1e400", "-1", "", "2026-02-30"]),
    st.text(max_size=30).filter(lambda value: "\x00" not in value),
)
queries = st.dictionaries(lookup_keys, lookup_values, max_size=3)

CONTENT_TYPES = [
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset=iso-8859-1",
    "application/x-www-form-urlencoded; charset=utf-16",
    "application/x-www-form-urlencoded; charset=bogus",
    "application/x-www-form-urlencoded; charset=",
    "multipart/form-data; charset=latin-1",
    "multipart/form-data; boundary=x",
    "text/plain; charset=latin-1",
]
bodies = st.one_of(
    st.sampled_from([b"a=\xe5\xe4\xf6", b"description=\xff\xfe(", b"", b"--x\r\n\r\n"]),
    st.binary(max_size=60),
)
requests = st.one_of(
    st.tuples(st.just("GET"), st.none(), st.none()),
    st.tuples(st.just("POST"), st.sampled_from(CONTENT_TYPES), bodies),
)
roles = st.sampled_from(["anonymous", "reporter_a", "coordinator"])


# --- The URLs ---------------------------------------------------------------------------------


# An id; the admin's app pages take an app label; an attachment's file takes a UUID.
PROBES = ("1", "hjo_safety", "00000000-0000-4000-8000-000000000000")


def url_shapes():
    """Every named URL with, per argument, what may be drawn for it: ``"text"`` when the
    pattern takes any segment, ``"number"`` when only digits, else the one probe it takes."""
    shapes = []
    for name in sorted(set(named_urls())):
        for arity in range(4):
            base = next(
                ([probe] * arity for probe in PROBES if _reverses(name, [probe] * arity)),
                None,
            )
            if base is None:
                continue
            kinds = []
            for position in range(arity):
                args = list(base)
                args[position] = "abc"
                if _reverses(name, args):
                    kinds.append("text")
                else:
                    kinds.append("number" if base[position] == "1" else base[position])
            shapes.append((name, tuple(kinds)))
            break
    return shapes


def _reverses(name, args) -> bool:
    try:
        reverse(name, args=args)
    except NoReverseMatch:
        return False
    return True


SHAPES = url_shapes()


def test_every_url_is_drawn():
    assert len(SHAPES) == len(set(named_urls()))


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def clients(reporter_a, coordinator, contact_info):
    made = {}
    for role, user in (
        ("anonymous", None),
        ("reporter_a", reporter_a),
        ("coordinator", coordinator),
    ):
        client = Client(raise_request_exception=False)
        if user is not None:
            client.force_login(user)
        made[role] = client
    return made


def check(response, url):
    assert response.status_code in ALLOWED, f"{response.status_code} for {url}"
    content_type = response.get("Content-Type", "")
    if response.status_code in {400, 404} and content_type.startswith("text/html"):
        page = response.content.decode()
        assert 'lang="sv"' in page, f"not the Swedish error page for {url}"


@pytest.mark.parametrize(("name", "kinds"), SHAPES, ids=[shape[0] for shape in SHAPES])
@FEW
@given(data=st.data(), query=queries, request_spec=requests, role=roles)
def test_every_url_answers_bad_input_without_a_500(
    clients, name, kinds, data, query, request_spec, role
):
    strategies = {"text": text_segments, "number": number_segments}
    args = [
        data.draw(strategies.get(kind, st.just(kind)), label=f"arg{position}")
        for position, kind in enumerate(kinds)
    ]
    try:
        path = reverse(name, args=args)
    except NoReverseMatch:
        assume(False)
    url = f"{path}?{urlencode(query)}" if query else path
    client = clients[role]
    method, content_type, body = request_spec
    if method == "GET":
        response = client.get(url)
    else:
        response = client.generic("POST", url, body, content_type=content_type)
    check(response, url)
