"""Issue 26, point 1: new figures for an area of /trygghet-i-siffror/, by e-mail, at the release
dates only.

A citizen picks an area on the figures page (a GET form: no JavaScript, no CSRF token in the
cached page), confirms by the link, and gets one mail per release, sent by the hourly
``send_notifications`` once the release day has come, with that area's released figures as the
page shows them (a count 1–4 reads "färre än 5"); the link in the mail ends the subscription.

October 2026 is released on 15 November, November on 15 December (``PUBLIC_STATISTICS_DELAY_DAYS``
14).
"""

import re
from datetime import date, datetime, time

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from est_incidents.publication import current_release
from notifications.models import Subscription, Topic
from safety_statistics.public_figures import MONTH, STOCKHOLM, compute_public_figures
from tests.est_incidents.factories import (
    CategoryFactory,
    IncidentFactory,
    PlaceFactory,
    registered_when_they_occurred,
)

pytestmark = pytest.mark.django_db

SUBSCRIBE = reverse("notifications:subscribe")
PAGE = reverse("statistics:public_figures")
LINK = re.compile(r"https://trygghet\.example\.se(/folj/(?:bekrafta|avsluta)/[^/\s]+/)")


def at(day: date, hour=10):
    return datetime.combine(day, time(hour), STOCKHOLM)


def links(message, kind):
    return [path for path in LINK.findall(message.body) if f"/{kind}/" in path]


def run_hourly_job():
    call_command("send_notifications", verbosity=0)


@pytest.fixture
def areas(org_a):
    """October 2026: 9 incidents at Torget and 3 at Gården; November: 2 at Gården."""
    category = CategoryFactory(name="Skadegörelse (test)", code="skadegorelse-test")
    torget = PlaceFactory(name="Torget (test)")
    farm = PlaceFactory(name="Gården (test)")
    for index in range(9):
        IncidentFactory(
            organisation=org_a,
            category=category,
            place=torget,
            occurred_at=at(date(2026, 10, 1 + index)),
        )
    for index in range(3):
        IncidentFactory(
            organisation=org_a,
            category=category,
            place=farm,
            occurred_at=at(date(2026, 10, 20 + index)),
        )
    for index in range(2):
        IncidentFactory(
            organisation=org_a,
            category=category,
            place=farm,
            occurred_at=at(date(2026, 11, 3 + index)),
        )
    registered_when_they_occurred()
    return {"torget": torget, "farm": farm}


def subscribe_and_confirm(client, on_commit, email, place):
    """Through the figures page's form: GET /folj/?amne=figures&omrade=<id>, then the form."""
    query = {"amne": "figures", "omrade": place.pk if place else ""}
    form = client.get(SUBSCRIBE, query).content.decode()
    if place:
        assert re.search(rf'<option value="{place.pk}" selected>', form)
    assert re.search(r'value="figures"[^>]*checked', form)
    data = {"email": email, "topic": Topic.FIGURES, "place": place.pk if place else ""}
    with on_commit():
        response = client.post(SUBSCRIBE, data, REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 302
    [confirm] = links(mail.outbox[-1], "bekrafta")
    assert mail.outbox[-1].to == [email]
    assert client.post(confirm).status_code == 200
    subscription = Subscription.objects.get(email=email)
    assert subscription.confirmed_at is not None and subscription.place == place
    return subscription


def page_cell(place_name):
    """The figures page's area table, per month: ``place_name``'s cell of the last month."""
    table = compute_public_figures(current_release(), by=MONTH).by_area
    column = table.columns.index(place_name)
    return str(table.rows[-2][1][column])


def test_area_figures_are_mailed_once_per_release_and_never_a_small_count(client, on_commit, areas):
    torget, farm = areas["torget"], areas["farm"]
    with time_machine.travel(at(date(2026, 11, 10)), tick=False):
        page = client.get(PAGE).content.decode()
        assert f'action="{SUBSCRIBE}"' in page and 'name="omrade"' in page
        assert f'<option value="{farm.pk}">Gården (test)</option>' in page
        subscribe_and_confirm(client, on_commit, "farm@example.org", farm)
        subscribe_and_confirm(client, on_commit, "torget@example.org", torget)
        subscribe_and_confirm(client, on_commit, "hjo@example.org", None)
        mail.outbox.clear()
        # Before the release day: the current release (September) came before they subscribed.
        run_hourly_job()
        assert mail.outbox == []

    with time_machine.travel(at(date(2026, 11, 15), hour=1), tick=False):
        run_hourly_job()
        by_address = {message.to[0]: message for message in mail.outbox}
        assert sorted(by_address) == ["farm@example.org", "hjo@example.org", "torget@example.org"]
        farm_mail = by_address["farm@example.org"].body
        assert "oktober 2026" in farm_mail and "Gården (test)" in farm_mail
        assert "färre än 5" in farm_mail and page_cell("Gården (test)") == "färre än 5"
        assert not re.search(r"\b3\b", farm_mail.split("--")[0])
        assert f"Gården (test) i oktober 2026: {page_cell('Gården (test)')}." in farm_mail
        assert f"Torget (test) i oktober 2026: {page_cell('Torget (test)')}." in (
            by_address["torget@example.org"].body
        )
        assert "Torget" not in farm_mail and "hela Hjo kommun" in by_address["hjo@example.org"].body
        assert "/trygghet-i-siffror/" in farm_mail
        # The job runs every hour: the same release is never mailed twice.
        run_hourly_job()
        assert len(mail.outbox) == 3

    with time_machine.travel(at(date(2026, 11, 30)), tick=False):
        run_hourly_job()
        assert len(mail.outbox) == 3
        # One click in the mail ends the subscription and the address with it.
        [unsubscribe] = links(by_address["farm@example.org"], "avsluta")
        assert client.post(unsubscribe).status_code == 200
        assert not Subscription.objects.filter(email="farm@example.org").exists()

    mail.outbox.clear()
    with time_machine.travel(at(date(2026, 12, 15)), tick=False):
        run_hourly_job()
        assert sorted(message.to[0] for message in mail.outbox) == [
            "hjo@example.org",
            "torget@example.org",
        ]
        assert all("november 2026" in message.body for message in mail.outbox)


def test_an_area_and_the_whole_municipality_are_separate_subscriptions(client, on_commit, areas):
    subscribe_and_confirm(client, on_commit, "ann@example.org", areas["farm"])
    with on_commit():
        client.post(
            SUBSCRIBE,
            {"email": "ann@example.org", "topic": Topic.FIGURES, "place": areas["torget"].pk},
        )
        client.post(SUBSCRIBE, {"email": "ann@example.org", "topic": Topic.FIGURES})
        # The same area again: nothing new (and the same page).
        client.post(
            SUBSCRIBE,
            {"email": "ann@example.org", "topic": Topic.FIGURES, "place": areas["farm"].pk},
        )
    assert Subscription.objects.filter(email="ann@example.org").count() == 3
    # An area only goes with the figures: another topic ignores it.
    with on_commit():
        client.post(
            SUBSCRIBE,
            {"email": "bo@example.org", "topic": Topic.SAFETY_WALK, "place": areas["farm"].pk},
        )
    assert Subscription.objects.get(email="bo@example.org").place is None
