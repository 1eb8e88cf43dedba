"""Issue 24, point 4: a citizen who gives an address gets a receipt (the status link and a
short reference, also on the page with a copy button); moderators hear of new tips (their
setting) and see how many wait on /personal/."""

import re

import pytest
from django.core import mail

from citizen_tips.models import CitizenTip
from hjo_safety.models import Role
from notifications.models import NotificationSettings
from tests.citizen_tips.factories import TipModeratorFactory
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db


def test_receipt_reference_and_moderators_mail_and_count(
    client,
    client_for,
    tip_data,
    coordinator,
    org_a,
    reporter_b,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.PUBLIC_BASE_URL = "https://trygghet.example.se"
    TipModeratorFactory(organisation=org_a)
    moderator = member(org_a, Role.REPORTER, username="tips_fritid", email="tips@example.se")
    quiet = member(org_a, Role.REPORTER, username="tyst", email="tyst@example.se")
    NotificationSettings.objects.create(user=quiet, tip_received=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/tipsa/", tip_data(email="medborgare@example.se"))
    token = re.match(r"^/tipsa/status/([\w-]+)/", response["Location"]).group(1)
    tip = CitizenTip.objects.get()
    assert re.fullmatch(r"T-\d\d-\d{4,}", tip.reference)

    receipts = [m for m in mail.outbox if m.to == ["medborgare@example.se"]]
    assert len(receipts) == 1
    assert receipts[0].subject == f"Ditt tips till Hjo kommun är mottaget ({tip.reference})"
    assert f"http://testserver/tipsa/status/{token}/" in receipts[0].body
    assert tip.reference in receipts[0].body
    # The moderators (coordinator and the appointed organisation's members) hear of it; the
    # citizen's text stays behind the login; nobody who switched it off, nobody else.
    told = sorted(address for m in mail.outbox for address in m.to if "medborgare" not in address)
    assert told == sorted([coordinator.email, moderator.email])
    staff_mail = next(m for m in mail.outbox if m.to == [moderator.email])
    assert staff_mail.subject == f"Nytt medborgartips att granska ({tip.reference})"
    assert tip.text not in staff_mail.body
    assert f"https://trygghet.example.se/personal/tips/{tip.pk}/" in staff_mail.body
    assert reporter_b.email not in told

    page = client.get(response["Location"]).content.decode()
    assert tip.reference in page and 'data-copy="tip-reference"' in page
    assert "skickat länken och referensnumret till din e-post" in page

    # The settings page offers the choice to moderators only.
    assert "tip_received" in client_for(moderator).get("/personal/installningar/").content.decode()
    assert (
        "tip_received"
        not in client_for(reporter_b).get("/personal/installningar/").content.decode()
    )

    # /personal/ counts the tips waiting for moderation, for moderators only.
    home = client_for(moderator).get("/personal/").content.decode()
    assert "Nya medborgartips att granska (1)" in home
    assert "Nya medborgartips" not in client_for(reporter_b).get("/personal/").content.decode()


def test_no_address_no_receipt_mail(client, tip_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/tipsa/", tip_data())
    assert [m for m in mail.outbox if "medborgare" in " ".join(m.to)] == []
    assert CitizenTip.objects.get().email == ""
