"""Issue 11, point 10: output never trusts markup. Place names reach the map as text, the
Atom feed sends promise text as text, and every CSV field is quoted besides the formula guard."""

import csv
import xml.etree.ElementTree as ET

import pytest

from tests.citizen_promises.factories import CitizenPromiseFactory
from tests.est_incidents.factories import IncidentFactory, PlaceFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
MARKUP = "<img src=x onerror=alert(1)>"


def test_feed_sends_promise_text_as_text(client):
    CitizenPromiseFactory(published=True, background=f"Bakgrund {MARKUP} & mer")
    response = client.get("/medborgarloften/flode/")
    root = ET.fromstring(response.content)
    summaries = root.findall(f"{ATOM}entry/{ATOM}summary")
    assert summaries
    for summary in summaries:
        assert summary.get("type") == "text"
    assert MARKUP in summaries[0].text  # a feed reader shows it as the characters typed
    assert b"<img" not in response.content


def test_csv_quotes_every_field(client_for, reporter_a, org_a):
    IncidentFactory(
        organisation=org_a, description='Hej; =1+1 och "citat"', place_description="Torget"
    )
    response = client_for(reporter_a).get("/personal/handelser/export.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = text.split("\r\n")
    header, line = lines[0], lines[1]
    assert header.startswith('"ID";"Inträffade";')
    (fields,) = csv.reader([line], delimiter=";")
    assert len(fields) > 10
    # Every field quoted, also numbers and empty ones: no reader splits a cell or sees a formula.
    assert line == ";".join('"' + field.replace('"', '""') + '"' for field in fields)
    assert 'Hej; =1+1 och "citat"' in fields


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_place_name_reaches_the_map_tooltip_as_text(
    browser, live_server, est_reference_data, reporter_a, settings
):
    from django.test import Client

    PlaceFactory(name=MARKUP, latitude="58.3010", longitude="14.2890")
    settings.MAP_TILE_URL = ""
    client = Client()
    client.force_login(reporter_a)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context = browser.new_context(base_url=live_server.url, locale="sv-SE")
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    try:
        page = context.new_page()
        page.goto("/personal/handelser/ny/")
        page.wait_for_selector(".place-label")
        labels = page.locator(".place-label")
        texts = [labels.nth(i).inner_text() for i in range(labels.count())]
        assert MARKUP in texts
        assert page.locator(".leaflet-container img[src='x']").count() == 0
    finally:
        context.close()
