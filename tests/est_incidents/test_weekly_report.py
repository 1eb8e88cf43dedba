"""The weekly report (issue 25, point 4): several incidents in one sitting, each row guarded,
saved together; "inget att rapportera" tells the coverage monitor "quiet" from "forgot"."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from est_incidents.coverage import compute_coverage
from est_incidents.models import Incident, NothingToReport
from hjo_safety.dates import Period
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def _rows(category, place, *descriptions, total=5):
    at = (timezone.localtime() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    data = {
        "tabell": "6f1c1c1e-0000-4000-8000-000000000001",
        "rad-TOTAL_FORMS": str(total),
        "rad-INITIAL_FORMS": "0",
        "rad-MIN_NUM_FORMS": "0",
        "rad-MAX_NUM_FORMS": "30",
    }
    for index in range(total):
        data[f"rad-{index}-occurred_at"] = at
        data[f"rad-{index}-police_notified"] = "unknown"
    for index, text in enumerate(descriptions):
        data.update(
            {
                f"rad-{index}-category": category.pk,
                f"rad-{index}-place": place.pk,
                f"rad-{index}-description": text,
            }
        )
    return data


def test_a_reporter_logs_a_week_in_one_table(org_a, reporter_a, client_for):
    category, place = CategoryFactory(), PlaceFactory()
    client = client_for(reporter_a)
    url = reverse("est:incident_batch")
    assert client.get(url + "?rader=8").content.decode().count("<fieldset") == 8
    # One row with a phone number: nothing is saved, the row's error is named.
    bad = _rows(category, place, "Klotter på muren.", "Ring 070-123 45 67 om det.")
    response = client.post(url, bad)
    assert response.status_code == 200 and "Rad 2" in response.content.decode()
    assert not Incident.objects.exists()
    good = _rows(category, place, "Klotter på muren.", "Krossad ruta i busskuren.")
    assert client.post(url, good).status_code == 302
    assert Incident.objects.filter(organisation=org_a, reported_by=reporter_a).count() == 2
    client.post(url, good)  # sent twice: nothing twice
    assert Incident.objects.count() == 2
    assert client.post(url, _rows(category, place)).status_code == 200  # nothing filled in


def test_nothing_to_report_tells_quiet_from_forgot(
    org_a, org_b, reporter_a, reporter_b, client_for
):
    today = timezone.localdate()
    period = Period(today - timedelta(days=13), today)
    for weeks in range(2, 12, 2):  # both usually report
        for org in (org_a, org_b):
            IncidentFactory(organisation=org, occurred_at=timezone.now() - timedelta(weeks=weeks))
    url = reverse("est:nothing_to_report")
    client = client_for(reporter_a)
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"period_start": period.start.isoformat(), "period_end": period.end.isoformat()}
    )
    assert response.status_code == 302
    declaration = NothingToReport.objects.get()
    assert declaration.organisation == org_a and declaration.recorded_by == reporter_a
    rows = {row.organisation: row for row in compute_coverage(period)}
    assert rows[org_a].quiet and not rows[org_a].forgot and rows[org_a].declared
    assert rows[org_b].forgot
    # Another organisation's declaration: not listed, not withdrawn.
    assert "Anmälda perioder" in client_for(reporter_b).get(url).content.decode()
    assert org_a.name not in client_for(reporter_b).get(url).content.decode()
    withdraw = reverse("est:nothing_to_report_withdraw", args=[declaration.pk])
    assert client_for(reporter_b).post(withdraw).status_code == 404
    assert client_for(reporter_a).post(withdraw).status_code == 302
    assert not NothingToReport.objects.exists()
    future = {
        "period_start": today.isoformat(),
        "period_end": (today + timedelta(days=3)).isoformat(),
    }
    assert client.post(url, future).status_code == 200
    assert date.today() and not NothingToReport.objects.exists()
