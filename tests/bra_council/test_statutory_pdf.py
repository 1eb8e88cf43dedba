"""The statutory yearly document as PDF (WeasyPrint), and the action plan's adoption."""

import re
import zlib
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from est_incidents.models import YearlySituationAnalysis
from tests.est_incidents.meeting_factories import EstActionFactory

pytestmark = pytest.mark.django_db


def pdf_strings(pdf: bytes) -> str:
    """The text strings of a PDF's objects (bookmarks, metadata), decompressed and decoded."""
    chunks = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    text = []
    for chunk in chunks:
        for hex_string in re.findall(rb"<(?i:feff)([0-9A-Fa-f]+)>", chunk):
            text.append(bytes.fromhex(hex_string.decode()).decode("utf-16-be", "replace"))
        for literal in re.findall(rb"\(((?:[^()\\]|\\.)*)\)", chunk):
            text.append(literal.decode("latin-1"))
    return "\n".join(text)


def test_the_document_downloads_as_a_pdf_with_its_headings(client_for, reporter_a):
    year = timezone.localdate().year
    response = client_for(reporter_a).get(reverse("est:statutory_pdf", args=[year]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f"lagesbild-och-atgardsplan-{year}.pdf" in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF-")
    strings = pdf_strings(response.content)
    for heading in (f"Lägesbild och åtgärdsplan {year}", "Underlag", "Analys", "Åtgärdsplan"):
        assert heading in strings, heading


def test_the_pdf_needs_a_login(client_for):
    response = client_for(None).get(reverse("est:statutory_pdf", args=[2025]))
    assert response.status_code == 302


def test_the_adoption_and_late_actions_are_in_the_document(client_for, coordinator, org_a):
    year = timezone.localdate().year
    client = client_for(coordinator)
    response = client.post(
        reverse("est:statutory_edit", args=[year]),
        {
            "plan_decision_body": "kommunfullmaktige",
            "plan_decided_on": f"{year}-03-15",
            "plan_diary_number": f"KS {year}/123",
            "plan_decision_url": "https://hjo.se/protokoll/kf-2026-03-15.pdf",
        },
    )
    assert response.status_code == 302
    analysis = YearlySituationAnalysis.objects.get(year=year)
    assert analysis.plan_is_adopted
    EstActionFactory(
        responsible_organisation=org_a,
        what="Sena lampor vid hamnen",
        due_date=timezone.localdate() - timedelta(days=3),
    )
    page = client.get(reverse("est:statutory_document", args=[year])).content.decode()
    assert f"Åtgärdsplanen antogs av Kommunfullmäktige den 15 mars {year}." in page
    assert f"Diarienummer KS {year}/123." in page
    late = page.split('id="plan-late"')[1].split("<h3")[0]
    assert "Sena lampor vid hamnen" in late


def test_adoption_needs_both_body_and_date(client_for, coordinator):
    response = client_for(coordinator).post(
        reverse("est:statutory_edit", args=[2025]), {"plan_decision_body": "kommunstyrelsen"}
    )
    assert response.status_code == 200
    assert "Ange både vem som antog åtgärdsplanen och när" in response.content.decode()
    assert not YearlySituationAnalysis.objects.filter(year=2025).exists()


def test_an_unadopted_plan_says_so(client_for, reporter_a):
    page = client_for(reporter_a).get(reverse("est:statutory_document", args=[2024]))
    assert "Åtgärdsplanen är inte antagen än." in page.content.decode()
    assert date(2024, 1, 1).year == 2024


def test_the_years_interventions_and_their_effect_are_summarised(client_for, reporter_a, org_a):
    from datetime import datetime

    from hjo_safety.dates import STOCKHOLM
    from tests.est_incidents.factories import IncidentFactory, PlaceFactory
    from tests.est_measures.factories import InterventionFactory, InterventionKindFactory

    hamnen = PlaceFactory(name="Hamnen")
    # 30 before and none after: the verdict is the same whatever the masked "after" (0–4) is.
    for day in range(30):
        IncidentFactory(place=hamnen, occurred_at=datetime(2024, 3, 1 + day, 22, tzinfo=STOCKHOLM))
    InterventionFactory(
        organisation=org_a,
        kind=InterventionKindFactory(name="Polispatrull", code="polispatrull"),
        starts_at=datetime(2024, 5, 1, 21, tzinfo=STOCKHOLM),
        ends_at=datetime(2024, 5, 1, 23, tzinfo=STOCKHOLM),
        places=[hamnen],
    )
    page = client_for(reporter_a).get(reverse("est:statutory_document", args=[2024]))
    text = page.content.decode()
    section = text.split('id="interventions-heading"')[1].split("</section>")[0]
    assert "Polispatrull" in section
    assert "Hamnen" in section
    assert "Färre händelser efter åtgärden, och fler än slumpen förklarar" in section
