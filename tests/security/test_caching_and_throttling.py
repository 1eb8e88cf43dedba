"""Issue 11, point 11: staff pages and exports are never stored by a browser or proxy
(``Cache-Control: no-store, private``), and password reset requests are throttled per client
address and per account, with the same answer page in every case."""

import pytest
from django.core import mail

from tests.est_incidents.factories import IncidentFactory
from tests.sso.provider import LOGIN_METHODS

pytestmark = pytest.mark.django_db


@pytest.fixture(params=LOGIN_METHODS)
def login_method(request):
    """Each test signs in with a password and, again, through single sign-on (the red-team
    repros run for SSO users too: docs/security.md, "Single sign-on")."""
    return request.param


RESET = "/konto/losenord/aterstall/"
DONE = "/konto/losenord/aterstall/skickat/"


def assert_no_store(response, path):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert {"no-store", "private"} <= directives, (path, response.get("Cache-Control"))
    assert "public" not in directives, path


@pytest.mark.parametrize(
    "path",
    [
        "/personal/",
        "/personal/handelser/",
        "/personal/handelser/export.csv",
        "/personal/handelser/{incident}/",
        "/personal/handelser/999999/",  # a 404 is not stored either
        "/personal/lagesbild/",
        "/personal/est-moten/",
        "/personal/granskning/",
        "/admin/",
        "/admin/est_incidents/incident/",
        "/admin/est_incidents/incident/{incident}/change/",
        "/konto/losenord/andra/",
        "/konto/tvastegsverifiering/",
        "/",  # a public page, as a logged-in user (the header names them)
    ],
)
def test_staff_pages_and_the_export_are_not_stored(client_for, coordinator, org_a, path):
    incident = IncidentFactory(organisation=org_a)
    path = path.format(incident=incident.pk)
    response = client_for(coordinator).get(path)
    assert response.status_code in {200, 404}, path
    assert_no_store(response, path)


def test_a_reporter_gets_the_same_headers(client_for, reporter_a, org_a):
    client = client_for(reporter_a)
    for path in ["/personal/", "/personal/handelser/export.csv", "/admin/"]:
        assert_no_store(client.get(path), path)


def test_account_pages_are_not_stored_but_anonymous_public_pages_may_be(client, contact_info):
    assert_no_store(client.get("/konto/logga-in/"), "/konto/logga-in/")
    assert_no_store(client.get("/personal/"), "/personal/")  # the redirect to the login
    assert "no-store" not in client.get("/kontakt/").get("Cache-Control", "")


def reset(client, email, address="192.0.2.10"):
    response = client.post(RESET, {"email": email}, REMOTE_ADDR=address)
    assert response.status_code == 302 and response["Location"] == DONE
    return response


def test_password_reset_is_throttled_per_account(client, reporter_a):
    reporter_a.email = "kalle@hjo.se"
    reporter_a.save()
    for number in range(3):
        reset(client, "kalle@hjo.se", address=f"192.0.2.{number + 1}")
    assert len(mail.outbox) == 3
    # From yet another address, in other letter case: the same account, refused silently.
    reset(client, "KALLE@hjo.se", address="198.51.100.7")
    assert len(mail.outbox) == 3
    page = client.get(DONE).content.decode()
    assert "Kolla din e-post" in page


def test_password_reset_is_throttled_per_address(client, reporter_a, reporter_b):
    reporter_a.email = "a@hjo.se"
    reporter_a.save()
    for number in range(5):
        reset(client, f"finns-inte-{number}@hjo.se")
    assert len(mail.outbox) == 0
    reset(client, "a@hjo.se")  # a real account, but this address has asked too often
    assert len(mail.outbox) == 0
    reset(client, "a@hjo.se", address="192.0.2.99")  # another address may
    assert len(mail.outbox) == 1


def test_the_answer_is_the_same_for_every_case(client, reporter_a):
    """Existing account, missing account, throttled: the same redirect and the same page."""
    reporter_a.email = "finns@hjo.se"
    reporter_a.save()
    pages = set()
    for email, address in [
        ("finns@hjo.se", "192.0.2.20"),
        ("finns-inte@hjo.se", "192.0.2.21"),
        *[("finns@hjo.se", f"192.0.2.{30 + n}") for n in range(4)],  # the last is throttled
    ]:
        response = client.post(RESET, {"email": email}, REMOTE_ADDR=address, follow=True)
        assert response.redirect_chain == [(DONE, 302)]
        pages.add(response.content.decode())
    assert len(pages) == 1
    assert len(mail.outbox) == 3
