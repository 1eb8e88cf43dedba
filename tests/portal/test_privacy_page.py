"""/personuppgifter/: what a visitor and the data protection officer expect to read there."""

import pytest
from django.urls import reverse

from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db


def _page(client):
    response = client.get("/personuppgifter/")
    assert response.status_code == 200
    return response.content.decode()


def test_privacy_page_names_controller_dpo_legal_basis_and_imy(client, contact_info):
    html = _page(client)
    assert "<h1>Så behandlar vi personuppgifter</h1>" in html
    assert "Hjo kommun genom kommunstyrelsen" in html
    assert 'href="mailto:dataskyddsombud@hjo.se"' in html
    assert "artikel 6.1 e" in html and "artikel 10" in html
    assert "Integritetsskyddsmyndigheten (IMY)" in html
    assert 'href="https://www.imy.se"' in html and "Box 8114, 104 20 Stockholm" in html
    for right in ["registerutdrag", "rättade", "raderade", "invända"]:
        assert right in html
    for data in ["Personalens konton", "Rapporterade händelser", "Medborgartips", "Loggar"]:
        assert data in html


def test_dpo_contact_is_edited_in_the_contact_information(client, contact_info):
    contact_info.dpo_email = "dso@skaraborg.example"
    contact_info.dpo_phone = ""
    contact_info.save()
    html = _page(client)
    assert 'href="mailto:dso@skaraborg.example"' in html
    assert "dataskyddsombud@hjo.se" not in html


def test_retention_times_follow_the_settings(client, contact_info, settings):
    settings.INCIDENT_TEXT_RETENTION_MONTHS = 18
    settings.SESSION_COOKIE_AGE = 45 * 60
    html = _page(client)
    assert "18 månader från registreringen" in html
    assert "efter 45 minuter utan aktivitet" in html
    settings.INCIDENT_TEXT_RETENTION_MONTHS = 1
    assert "1 månad från registreringen" in _page(client)


def test_the_access_log_and_its_retention_are_described(client, contact_info, settings):
    settings.ACCESS_LOG_RETENTION_DAYS = 400
    html = _page(client)
    assert "åtkomstloggen" in html and "Åtkomstloggen" in html
    assert "Sparas i 400 dagar och tas sedan bort automatiskt." in html


def test_listed_cookies_are_the_ones_the_site_sets(client, contact_info, reporter_a):
    from tests.hjo_safety.factories import TEST_PASSWORD

    html = _page(client)
    listed = {"sessionid", "csrftoken", "messages"}
    for name in listed:
        assert f"<code>{name}</code>" in html
    # A visitor who only reads sets no cookie at all.
    assert not client.get("/").cookies
    # Logging in (the form and the post) sets only cookies the page lists.
    client.get(reverse("login"))
    client.post(reverse("login"), {"username": "reporter_a", "password": TEST_PASSWORD})
    assert set(client.cookies) <= listed
    assert {"sessionid", "csrftoken"} <= set(client.cookies)


@pytest.mark.parametrize("url", ["/", "/kontakt/", "/tillganglighet/", "/personuppgifter/"])
def test_every_footer_links_the_privacy_page(client, contact_info, url):
    footer = client.get(url).content.decode().split("<footer", 1)[1]
    assert 'href="/personuppgifter/"' in footer


def test_forms_that_collect_data_link_the_privacy_page(client_for, reporter_a, contact_info):
    link = '<a href="/personuppgifter/">Så behandlar vi personuppgifter</a>'
    anonymous = client_for(None)
    assert link in anonymous.get(reverse("login")).content.decode()
    assert link in anonymous.get(reverse("password_reset")).content.decode()
    staff = client_for(reporter_a)
    assert link in staff.get(reverse("est:incident_create")).content.decode()
    incident = IncidentFactory(organisation=reporter_a.memberships.first().organisation)
    update = staff.get(reverse("est:incident_update", args=[incident.pk]))
    assert update.status_code == 200
    assert link in update.content.decode()
