"""Every page's shell: who runs the site (header, footer), its icon and the menu without JavaScript."""

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/", "/kontakt/", "/konto/logga-in/"])
def test_header_and_footer_name_the_municipality(client, contact_info, url):
    html = client.get(url).content.decode()
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    assert "Hjo kommun" in header and "hjo-wordmark.svg" in header
    footer = html.split("<footer", 1)[1].split("</footer>", 1)[0]
    assert '<a href="https://www.hjo.se">Hjo kommun</a>' in footer


def test_every_page_links_the_favicon(client, contact_info):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
    assert finders.find("img/favicon.svg")


def test_favicon_ico_points_to_the_svg_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/img/favicon.svg"


def test_menu_is_shown_without_javascript(client, contact_info):
    """Without JavaScript Bootstrap's collapse never opens: no-js.css shows the menu instead."""
    html = client.get("/").content.decode()
    assert '<noscript><link rel="stylesheet" href="/static/css/no-js.css"></noscript>' in html
    css = open(finders.find("css/no-js.css"), encoding="utf-8").read()
    assert ".navbar-collapse.collapse { display: block; }" in css
