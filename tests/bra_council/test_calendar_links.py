"""The council page offers the meetings both as a calendar subscription and as a file."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_council_page_offers_webcal_subscription_and_ics_file(client, contact_info, settings):
    settings.ALLOWED_HOSTS = ["trygghet.hjo.se", "testserver"]
    html = client.get(reverse("bra:index"), HTTP_HOST="trygghet.hjo.se").content.decode()
    assert '<a href="webcal://trygghet.hjo.se/bra/moten.ics">' in html
    assert "Prenumerera på rådets möten i din kalender" in html
    assert '<a href="/bra/moten.ics">Ladda ner mötena som kalenderfil (.ics)</a>' in html
    assert client.get("/bra/moten.ics").status_code == 200
