"""English on the public pages (issue 26, point 5): the language switch, the English catalogue,
``<html lang>``, and the public page cache never mixing the two languages."""

import re

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

# Each public page with its English main heading (the Swedish name glossed where it is a name).
PAGES = {
    "/": "Safety and crime prevention in Hjo",
    "/est/": "EST – effective coordination for safety (effektiv samordning för trygghet)",
    "/kontakt/": "Contact",
    "/tillganglighet/": "Accessibility of Safety in Hjo",
    "/personuppgifter/": "How we process personal data",
    "/bra/": "The Crime Prevention Council (Brottsförebyggande rådet, BRÅ)",
    "/medborgarloften/": "Citizen promises",
    "/trygghet-i-siffror/": "Safety in figures",
    "/est/trygghetsvandringar/": "Safety walks",
    "/tipsa/": "Tell us about a place that feels unsafe",
    "/folj/": "Follow by e-mail",
}
# Swedish words that show a heading was left untranslated (names in a gloss aside).
SWEDISH = re.compile(r"\b(och|för|att|med|som|inte|till|är|på|om|vi|du|hur)\b|[åäö]", re.I)
GLOSS = re.compile(r"\((?:[^()]*)\)")


def _english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def _headings(html):
    return [
        re.sub(r"<[^>]+>|\s+", " ", text).strip()
        for text in re.findall(r"<h[12][^>]*>(.*?)</h[12]>", html, re.S)
    ]


def test_every_public_page_in_english(client, contact_info):
    client = _english(client)
    for path, heading in PAGES.items():
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert '<html lang="en">' in html, path
        assert response["Content-Language"] == "en"
        headings = _headings(html)
        assert headings[0] == heading, (path, headings[0])
        for text in headings:  # the chrome's and the page's own headings; no data on these pages
            assert not SWEDISH.search(GLOSS.sub("", text)), (path, text)
        # The 112 notice and the contact details in the footer, in English; the switch back.
        assert "Call <strong>112</strong> in an emergency" in html
        assert "kontaktcenter@hjo.se" in html and "0503-35000" in html
        assert "Hjo Municipality, contact centre" in html and "(Mon–Fri 07.30–16.00)" in html
        assert "Skip to main content" in html and "Hoppa till" not in html
        assert 'lang="sv" hreflang="sv">På svenska</a>' in html


def test_the_switch_sets_the_language_and_back(client, contact_info):
    html = client.get("/kontakt/").content.decode()
    assert '<html lang="sv">' in html and "<h1>Kontakt</h1>" in html
    assert 'href="/sprak/en/?next=/kontakt/" lang="en" hreflang="en">In English</a>' in html

    response = client.get("/sprak/en/", {"next": "/kontakt/"})
    assert response.status_code == 302 and response["Location"] == "/kontakt/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME]["samesite"] == "Lax"
    html = client.get("/kontakt/").content.decode()
    assert '<html lang="en">' in html and "<h1>Contact</h1>" in html

    response = client.get("/sprak/sv/", {"next": "/kontakt/"})
    assert response["Location"] == "/kontakt/"
    html = client.get("/kontakt/").content.decode()
    assert '<html lang="sv">' in html and "<h1>Kontakt</h1>" in html
    assert "mån–fre kl. 07.30–16.00" in html and "Mon–Fri" not in html
    # Only our own pages as the target, only the site's languages.
    assert client.get("/sprak/en/", {"next": "https://example.com/"})["Location"] == "/"
    assert client.get("/sprak/de/").status_code == 404


def test_the_browser_language_alone_does_not_switch(client, contact_info):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").content.decode()
    assert '<html lang="sv">' in html


def test_the_public_cache_keeps_each_language_apart(client, contact_info, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    from django.test import Client

    swedish, english = Client(), _english(Client())
    for first, second in ((swedish, english), (english, swedish)):
        for path in ("/", "/bra/", "/kontakt/"):
            first.get(path)  # fills the cache
            assert first.get(path).content == first.get(path).content  # served from it
        response = second.get("/kontakt/")
        lang = "en" if second is english else "sv"
        assert f'<html lang="{lang}">'.encode() in response.content
        assert "Cookie" in response["Vary"]
    assert b'<html lang="sv">' in swedish.get("/").content
    assert b'<html lang="en">' in english.get("/").content
