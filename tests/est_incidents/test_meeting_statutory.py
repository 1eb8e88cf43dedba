"""The statutory yearly lägesbild and action plan (lag (2023:196))."""

from datetime import UTC, date, datetime

import pytest

from est_incidents.models import YearlySituationAnalysis
from tests.est_incidents.disclosed import plain
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstActionFactory, EstMeetingFactory

pytestmark = pytest.mark.django_db


def test_document_assembles_the_year(client_for, reporter_a, coordinator, org_a):
    IncidentFactory(organisation=org_a, occurred_at=datetime(2025, 3, 10, 12, tzinfo=UTC))
    IncidentFactory(organisation=org_a, occurred_at=datetime(2025, 12, 31, 22, 30, tzinfo=UTC))
    IncidentFactory(organisation=org_a, occurred_at=datetime(2026, 1, 1, 0, 30, tzinfo=UTC))
    meeting = EstMeetingFactory(
        starts_at=datetime(2025, 5, 6, 7, tzinfo=UTC),
        period_start=date(2025, 4, 22),
        period_end=date(2025, 5, 5),
    )
    EstActionFactory(meeting=meeting, what="Pågående sak", due_date=date(2025, 6, 1))
    EstActionFactory(meeting=meeting, what="Klar sak", status="done", due_date=date(2025, 6, 1))
    # Exact numbers for the coordinator (others see small counts as "färre än 5": issue 11, 4)
    response = client_for(coordinator).get("/personal/lagesbild/ar/2025/")
    # 22:30 UTC on 31 Dec 2025 is 23:30 local: 2025; 00:30 UTC on 1 Jan 2026 is 01:30: 2026
    assert plain(response.context["picture"])["total"] == 2
    # The months from the mapping's first (March 2025) on.
    months = {m["start"]: m["count"] for m in plain(response.context["months"])}
    assert min(months) == "2025-03-01" and len(months) == 10
    assert months["2025-03-01"] == 1 and months["2025-12-01"] == 1
    response = client_for(reporter_a).get("/personal/lagesbild/ar/2025/")
    assert response.status_code == 200
    # Issue 21, round 3: the incidents are all A's own: A sees its own part exactly (the part of
    # other organisations, none here, would be perturbed and never 1–4)
    assert plain(response.context["picture"])["total"] == 2
    html = response.content.decode()
    assert "Pågående sak" in html and "Klar sak" in html
    assert 'data-chart="year-months"' in html
    assert "Skriv eller ändra analysen" not in html


def test_coordinator_writes_the_analysis_and_others_may_not(client_for, coordinator, reporter_a):
    url = "/personal/lagesbild/ar/2025/analys/"
    assert client_for(reporter_a).get(url).status_code == 403
    client = client_for(coordinator)
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "extent": "Mest skadegörelse.",
            "consequences": "",
            "analysis": "Orsaker.",
            "priorities": "",
        },
    )
    assert response.status_code == 302
    analysis = YearlySituationAnalysis.objects.get(year=2025)
    assert analysis.extent == "Mest skadegörelse." and analysis.updated_by == coordinator
    html = client.get("/personal/lagesbild/ar/2025/").content.decode()
    assert "Mest skadegörelse." in html


def test_year_out_of_range_is_404_and_chooser_redirects(client_for, reporter_a):
    client = client_for(reporter_a)
    assert client.get("/personal/lagesbild/ar/1999/").status_code == 404
    response = client.get("/personal/lagesbild/ar/", {"year": "2024"})
    assert response.url == "/personal/lagesbild/ar/2024/"
