"""/tillganglighet/ follows DIGG's model statement and its mail link is a valid URL."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_statement_has_the_parts_digg_requires(client, contact_info):
    response = client.get("/tillganglighet/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hjo kommun står bakom den här webbplatsen" in html
    assert "delvis förenlig med lagen om tillgänglighet till digital offentlig service" in html
    assert "Bristande förenlighet med lagkraven" in html
    for deviation in ["Kartorna", "Diagrammen", "PDF-filer"]:
        assert deviation in html
    assert "Myndigheten för digital förvaltning" in html
    assert 'href="https://www.digg.se/tdosanmalan"' in html
    assert "självskattning" in html
    assert '<time datetime="2026-11-30">30 november 2026</time>' in html


def test_report_mail_link_has_an_encoded_subject(client, contact_info):
    html = client.get("/tillganglighet/").content.decode()
    hrefs = re.findall(r'href="(mailto:[^"]*)"', html)
    statement_link = [href for href in hrefs if "subject=" in href]
    assert statement_link == [
        "mailto:kontaktcenter@hjo.se?subject=Tillg%C3%A4nglighet%20Trygghet%20i%20Hjo"
    ]
    assert all(" " not in href for href in hrefs)
