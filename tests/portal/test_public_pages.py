"""The public pages citizens read: they answer, speak Swedish and show the contact values."""

import pytest
from django.urls import reverse

from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

# Exactly as published by the municipality (shared/DESIGN.md).
CONTACT_VALUES = [
    "0503-35000",
    "mån–fre kl. 07.30–16.00",
    "kontaktcenter@hjo.se",
    "Bangatan 1 B",
    "544 30 Hjo",
]


@pytest.mark.parametrize(
    ("url_name", "heading"),
    [
        ("home", "Trygghet och brottsförebyggande arbete i Hjo"),
        ("est_method", "EST – effektiv samordning för trygghet"),
        ("contact", "Kontakt"),
        ("accessibility", "Tillgänglighet för Trygghet i Hjo"),
    ],
)
def test_public_page_answers_in_swedish_with_one_h1(client, contact_info, url_name, heading):
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert html.count("<h1") == 1
    assert f"<h1>{heading}</h1>" in html
    assert 'href="#main-content"' in html and 'id="main-content"' in html
    # The footer carries the contact centre on every page.
    assert "kontaktcenter@hjo.se" in html and "0503-35000" in html


def test_contact_page_shows_every_published_value_and_directions(client, contact_info):
    html = client.get("/kontakt/").content.decode()
    for value in CONTACT_VALUES:
        assert value in html
    assert "Telefontider" in html and "Öppettider" in html and "Postadress" in html
    assert "Hitta hit" in html
    assert 'href="tel:+4650335000"' in html
    assert 'href="mailto:kontaktcenter@hjo.se"' in html


def test_contact_page_follows_changes_made_in_the_admin(client, contact_info):
    contact_info.phone = "0503-35001"
    contact_info.save()
    assert "0503-35001" in client.get("/kontakt/").content.decode()


def test_emergency_number_is_shown_where_reporting_is_mentioned(client, contact_info):
    for url in ["/", "/est/", "/kontakt/"]:
        assert "Ring 112 vid akut fara" in client.get(url).content.decode()


def test_accessibility_statement_offers_a_way_to_report_shortcomings(client, contact_info):
    html = client.get("/tillganglighet/").content.decode()
    assert "Rapportera brister" in html
    assert "mailto:kontaktcenter@hjo.se" in html
    assert "digg.se" in html


def test_unknown_page_is_a_swedish_404(client, contact_info):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_public_pages_query_count_does_not_grow_with_organisations(
    client, contact_info, assert_constant_queries, django_assert_max_num_queries
):
    for url in ["/", "/est/", "/kontakt/", "/tillganglighet/"]:
        count = assert_constant_queries(
            lambda url=url: client.get(url),
            lambda: OrganisationFactory.create_batch(20),
        )
        with django_assert_max_num_queries(count):
            client.get(url)


def test_staff_home_requires_login(client):
    response = client.get("/personal/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logga-in/")


def test_staff_home_shows_my_organisation_and_the_emergency_banner(client_for, reporter_a):
    html = client_for(reporter_a).get("/personal/").content.decode()
    assert "Hjo kommun – fritid (test)" in html
    assert "Ring 112 vid akut fara — detta formulär är inte en polisanmälan." in html


def test_staff_home_refuses_a_user_without_membership(client_for, outsider):
    assert client_for(outsider).get("/personal/").status_code == 403


@pytest.mark.parametrize(
    "url",
    [
        "/konto/logga-in/",
        "/konto/losenord/aterstall/",
        "/konto/losenord/aterstall/skickat/",
        "/konto/losenord/aterstall/klart/",
    ],
)
def test_account_pages_are_styled_swedish_pages(client, contact_info, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/static/css/site.css"' in html
    assert html.count("<h1") == 1


def test_login_with_wrong_password_gives_a_swedish_error(client, reporter_a):
    response = client.post("/konto/logga-in/", {"username": "reporter_a", "password": "fel"})
    assert response.status_code == 200
    assert "Ange korrekt användarnamn och lösenord" in response.content.decode()


def test_login_then_logout(client, reporter_a):
    from tests.hjo_safety.factories import TEST_PASSWORD

    response = client.post(
        "/konto/logga-in/", {"username": "reporter_a", "password": TEST_PASSWORD}
    )
    assert response.status_code == 302 and response["Location"] == "/personal/"
    assert client.get("/personal/").status_code == 200
    response = client.post("/konto/logga-ut/")
    assert response.status_code == 302
    assert client.get("/personal/").status_code == 302


def test_password_change_page_for_a_logged_in_user(client_for, reporter_a):
    response = client_for(reporter_a).get("/konto/losenord/andra/")
    assert response.status_code == 200
    assert "Byt lösenord" in response.content.decode()


def test_password_reset_sends_a_mail_with_a_working_link(client, reporter_a, mailoutbox):
    response = client.post("/konto/losenord/aterstall/", {"email": reporter_a.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    link = next(line for line in mailoutbox[0].body.splitlines() if "/konto/losenord/" in line)
    path = link[link.index("/konto/") :].strip()
    response = client.get(path, follow=True)
    assert "Välj nytt lösenord" in response.content.decode()


def test_an_english_browser_still_gets_a_wholly_swedish_page(client, contact_info):
    """Django's own strings (form labels, dates) must not switch to English mid-page."""
    response = client.get("/konto/logga-in/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert "Användarnamn" in html and "Username" not in html
    response = client.post(
        "/konto/logga-in/",
        {"username": "", "password": ""},
        HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9",
    )
    assert "Detta fält måste fyllas i." in response.content.decode()
