"""One event counted once (issue 25, point 1): suggestions without another organisation's text,
linking as "samma händelse", and a linked group counted once by the rollups, the public figures
and the effects."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse

from est_incidents import counts
from est_incidents.models import Incident
from est_incidents.same_event import possible_duplicates
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def test_a_reporter_links_another_organisations_report_and_it_is_counted_once(
    org_a, org_b, reporter_a, reporter_b, client_for
):
    fire = CategoryFactory(name="Brand", code="brand-test")
    smoke = CategoryFactory(name="Rök", code="rok-test", parent=fire)
    harbour = PlaceFactory(name="Hamnen (test)")
    theirs = IncidentFactory(
        organisation=org_b, category=fire, place=harbour, description="Hemlig text från B."
    )
    # 150 m away, another subcategory of the same main category, an hour later: a candidate.
    mine = IncidentFactory(
        organisation=org_a,
        category=smoke,
        place=None,
        latitude=harbour.latitude + Decimal("0.00135"),
        longitude=harbour.longitude,
        occurred_at=theirs.occurred_at + timedelta(minutes=70),
    )
    far = IncidentFactory(organisation=org_b, category=fire, place=PlaceFactory(name="Långt bort"))
    far.latitude, far.longitude = Decimal("58.32"), Decimal("14.30")
    Incident.objects.filter(pk=far.pk).update(
        latitude=far.latitude, longitude=far.longitude, place=None
    )
    assert [c.pk for c in possible_duplicates(mine, reporter_a)] == [theirs.pk]

    page = client_for(reporter_a).get(reverse("est:incident_detail", args=[mine.pk]))
    html = page.content.decode()
    assert "1 liknande händelse rapporterad av annan organisation inom 2 timmar" in html
    assert "Hemlig text" not in html and org_b.name not in html

    # Organisation B may not link A's report (404), nor A link a report that is no candidate.
    url = reverse("est:incident_same_event", args=[mine.pk])
    assert client_for(reporter_b).post(url, {"other": theirs.pk}).status_code == 404
    assert client_for(reporter_a).post(url, {"other": far.pk}).status_code == 404
    before = counts.stored_rollups()
    assert client_for(reporter_a).post(url, {"other": theirs.pk}).status_code == 302
    mine.refresh_from_db()
    assert mine.duplicate_of_id == theirs.pk and not mine.is_counted
    # The rollups lost exactly the linked report (what a recount of counted incidents gives).
    assert counts.stored_rollups() == counts.expected_rollups() != before
    assert sum(n for key, (n, _k) in counts.stored_rollups().items() if key[:2] == (0, 1)) == 2
    assert mine not in Incident.objects.published() and mine not in Incident.objects.counted()

    # Every list shows the link: A's report and B's report, each in its own organisation's list.
    assert (
        "räknas med en annan rapport"
        in client_for(reporter_a).get(reverse("est:incident_list")).content.decode()
    )
    assert (
        "Samma händelse: 1 rapport till"
        in client_for(reporter_b).get(reverse("est:incident_list")).content.decode()
    )
    detail = client_for(reporter_b).get(reverse("est:incident_detail", args=[theirs.pk]))
    assert "1 rapport från en annan organisation" in detail.content.decode()

    unlink = reverse("est:incident_same_event_unlink", args=[mine.pk])
    assert client_for(reporter_b).post(unlink).status_code == 404
    assert client_for(reporter_a).post(unlink).status_code == 302
    mine.refresh_from_db()
    assert mine.is_counted and counts.stored_rollups() == before
