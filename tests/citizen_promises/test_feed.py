"""The Atom feed: valid Atom parsed back, newest first, absolute URLs, never a draft."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.utils import timezone

from tests.citizen_promises.factories import CitizenPromiseFactory, FollowUpFactory

pytestmark = pytest.mark.django_db

FEED_URL = "/medborgarloften/flode/"
ATOM = "{http://www.w3.org/2005/Atom}"


def parse_feed(client):
    response = client.get(FEED_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "id": entry.findtext(f"{ATOM}id"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "updated": entry.findtext(f"{ATOM}updated"),
        }
        for entry in root.findall(f"{ATOM}entry")
    ]
    return root, entries


def test_feed_is_valid_atom_with_entries_newest_first_and_absolute_urls(client):
    now = timezone.now()
    old = CitizenPromiseFactory(
        published=True, title="Löfte 2024", published_at=now - timedelta(days=700)
    )
    new = CitizenPromiseFactory(
        published=True, title="Löfte 2026", published_at=now - timedelta(days=10)
    )
    follow_up = FollowUpFactory(promise=old, date=(now - timedelta(days=300)).date())
    root, entries = parse_feed(client)

    # Required Atom feed elements.
    assert root.findtext(f"{ATOM}title") == "Medborgarlöften i Hjo"
    assert root.findtext(f"{ATOM}id")
    assert root.findtext(f"{ATOM}updated")
    self_link = [link for link in root.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_link[0].get("href") == f"http://testserver{FEED_URL}"

    assert [entry["title"] for entry in entries] == [
        "Löfte 2026",
        f"Uppföljning av Löfte 2024, {follow_up.date.isoformat()}",
        "Löfte 2024",
    ]
    assert entries[0]["link"] == f"http://testserver{new.get_absolute_url()}"
    assert entries[1]["link"] == f"http://testserver{old.get_absolute_url()}#{follow_up.anchor}"
    for entry in entries:
        assert entry["link"].startswith("http://testserver/medborgarloften/")
        assert entry["id"] and entry["updated"]
    assert len({entry["id"] for entry in entries}) == len(entries)
    updated = [entry["updated"] for entry in entries]
    assert updated == sorted(updated, reverse=True)


def test_a_revised_promise_has_a_later_updated_time_in_the_feed(client):
    promise = CitizenPromiseFactory(
        published=True, title="Reviderat löfte", published_at=timezone.now() - timedelta(days=30)
    )
    before = parse_feed(client)[1][0]["updated"]
    promise.background = "Ny bakgrund."
    promise._change_reason = "Bakgrunden skrevs om."
    promise.save()
    entry = parse_feed(client)[1][0]
    assert entry["updated"] > before
    assert entry["updated"][:10] == timezone.now().date().isoformat()


def test_drafts_and_their_follow_ups_never_reach_the_feed(client):
    draft = CitizenPromiseFactory(title="Hemligt utkast")
    FollowUpFactory(promise=draft, summary="Uppföljning av utkastet", is_published=True)
    published = CitizenPromiseFactory(published=True, title="Publicerat löfte")
    FollowUpFactory(promise=published, summary="Ej publicerad uppföljning", is_published=False)
    response = client.get(FEED_URL)
    content = response.content.decode()
    assert "Hemligt utkast" not in content
    assert "Uppföljning av utkastet" not in content
    assert "Ej publicerad uppföljning" not in content
    _root, entries = parse_feed(client)
    assert [entry["title"] for entry in entries] == ["Publicerat löfte"]


def test_unpublishing_removes_the_promise_and_its_follow_ups_from_the_feed(client):
    promise = CitizenPromiseFactory(published=True, title="Tillfälligt löfte")
    FollowUpFactory(promise=promise, date=date(2026, 3, 1))
    assert len(parse_feed(client)[1]) == 2
    promise.unpublish()
    assert parse_feed(client)[1] == []


def test_feed_query_count_is_constant(
    client, assert_constant_queries, django_assert_max_num_queries
):
    def add(count):
        for _ in range(count):
            promise = CitizenPromiseFactory(published=True)
            FollowUpFactory(promise=promise)
            FollowUpFactory(promise=promise, is_published=False)

    add(2)
    assert_constant_queries(lambda: client.get(FEED_URL), lambda: add(10))
    with django_assert_max_num_queries(2):
        client.get(FEED_URL)
