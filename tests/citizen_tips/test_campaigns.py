"""The digital safety walk (issue 26, point 3): a citizen marks a place on a campaign's page,
a moderator approves it, the public page counts it per place with the small-count rule, the
coordinator turns marks into a safety walk, and sign-ups end with the walk."""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from citizen_tips.forms import started_value
from est_measures.models import CampaignMark, SafetyWalk, WalkCampaign, WalkSignup
from tests.est_incidents.factories import PlaceFactory
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    today = timezone.localdate()
    return WalkCampaign.objects.create(
        title="Kvällen i centrum",
        area="Centrum och hamnen",
        opens_on=today - timedelta(days=3),
        closes_on=today + timedelta(days=10),
        walk_date=today + timedelta(days=14),
    )


def mark_data(place, **changes):
    return {
        "form": "mark",
        "started": started_value(time.time() - 60),
        "webbplats": "",
        "place": place.pk,
        "latitude": "",
        "longitude": "",
        "verdict": "unsafe",
        "reason": "Mörkt och skymt efter klockan sex.",
        **changes,
    }


def test_a_citizens_mark_is_moderated_then_counted_and_turned_into_a_walk(
    client, client_for, coordinator, org_a, campaign
):
    place = PlaceFactory(name="Stationsparken")
    url = reverse("tips:campaign_public", args=[campaign.pk])
    # Citizens find it from the index and from the tip form.
    assert url in client.get(reverse("tips:campaign_index")).content.decode()
    assert url in client.get(reverse("tips:create")).content.decode()
    page = client.get(url)
    assert page.status_code == 200
    assert "Markera en plats" in page.content.decode()

    # The guard: a phone number and a name are refused, nothing is stored.
    refused = client.post(url, mark_data(place, reason="Ring 070-123 45 67"))
    assert refused.status_code == 400
    refused = client.post(url, mark_data(place, reason="Kalle Andersson står där"))
    assert refused.status_code == 400
    assert not CampaignMark.objects.exists()

    sent = client.post(url, mark_data(place))
    assert sent.status_code == 302
    mark = CampaignMark.objects.get()
    assert mark.status == CampaignMark.Status.PENDING
    # Pending: not on the public page.
    assert "Stationsparken</th>" not in client.get(url).content.decode()

    # A member of an organisation not appointed to moderate gets 404; the coordinator moderates.
    reporter = client_for(member(org_a))
    detail = reverse("tips:campaign_detail", args=[campaign.pk])
    assert reporter.get(detail).status_code == 404
    moderate = reverse("tips:campaign_mark_moderate", args=[mark.pk])
    assert reporter.post(moderate, {"beslut": "godkann"}).status_code == 404
    staff = client_for(coordinator)  # the same test client, now logged in as the coordinator
    assert "Mörkt och skymt" in staff.get(detail).content.decode()
    assert staff.post(moderate, {"beslut": "godkann"}).status_code == 302
    mark.refresh_from_db()
    assert mark.status == CampaignMark.Status.APPROVED

    # Approved: counted per place, one mark shown as "färre än 5", never the reason.
    public = client.get(url).content.decode()
    assert "Stationsparken</th>" in public
    assert "färre än 5" in public
    assert "Mörkt och skymt" not in public

    # The coordinator makes a safety walk with the mark as a prefilled finding.
    made = staff.post(reverse("tips:campaign_walk", args=[campaign.pk]), {"markering": [mark.pk]})
    walk = SafetyWalk.objects.get()
    assert made.url == reverse("measures:walk_detail", args=[walk.pk])
    finding = walk.findings.get()
    assert finding.place == place and "Mörkt och skymt" in finding.description
    campaign.refresh_from_db()
    assert campaign.walk == walk and walk.date == campaign.walk_date


def test_sign_ups_are_kept_until_the_walk_is_done(client, campaign):
    url = reverse("tips:campaign_public", args=[campaign.pk])
    data = {"form": "signup", "name": "Anna Berg", "email": "Anna@Example.se", "webbplats": ""}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 400  # the same address once
    call_command("run_job", "purge_walk_signups", verbosity=0)
    assert WalkSignup.objects.filter(email="anna@example.se").exists()
    WalkCampaign.objects.filter(pk=campaign.pk).update(
        walk_date=timezone.localdate() - timedelta(days=1)
    )
    call_command("run_job", "purge_walk_signups", verbosity=0)
    assert not WalkSignup.objects.exists()


def test_the_coordinator_opens_a_campaign(client_for, coordinator):
    staff = client_for(coordinator)
    assert staff.get(reverse("tips:campaign_create")).status_code == 200
    today = timezone.localdate()
    made = staff.post(
        reverse("tips:campaign_create"),
        {
            "title": "Hamnen i vinter",
            "area": "Hamnen",
            "description": "",
            "opens_on": today.isoformat(),
            "closes_on": (today + timedelta(days=20)).isoformat(),
            "walk_date": "",
        },
    )
    assert made.status_code == 302
    assert "Hamnen i vinter" in staff.get(reverse("tips:campaign_list")).content.decode()
