"""The statutory yearly document as PDF (WeasyPrint), and the action plan's adoption."""

import re
import zlib
from datetime import date, datetime, timedelta

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


def test_the_pdf_is_a_document_for_kommunstyrelsen(client_for, coordinator, org_a):
    """One PDF, read page by page (pypdf): a cover with the adoption and the diarienummer and
    no page number, contents whose page numbers point at the parts, "Sida n av m" on every
    other page, no screen hints, no page that is only a heading; the yearly chart starts where
    the mapping began and says which years are partial; a late action is listed once."""
    import io

    import time_machine
    from pypdf import PdfReader

    from hjo_safety.dates import STOCKHOLM
    from tests.est_incidents.factories import IncidentFactory

    mapping_start = datetime(2023, 12, 10, 12, tzinfo=STOCKHOLM)
    for day in (mapping_start, datetime(2024, 5, 2, 12, tzinfo=STOCKHOLM)):
        IncidentFactory(organisation=org_a, occurred_at=day)
    IncidentFactory(organisation=org_a, occurred_at=datetime(2025, 3, 2, 12, tzinfo=STOCKHOLM))
    YearlySituationAnalysis.objects.create(
        year=2025,
        plan_decision_body="kommunstyrelsen",
        plan_decided_on=date(2025, 3, 20),
        plan_diary_number="KS 2025/42",
    )
    EstActionFactory(
        responsible_organisation=org_a, what="Sen belysning", due_date=date(2025, 5, 2)
    )
    EstActionFactory(responsible_organisation=org_a, what="Ny skylt", due_date=date(2025, 9, 1))
    with time_machine.travel(datetime(2025, 6, 15, 12, tzinfo=STOCKHOLM), tick=False):
        client = client_for(coordinator)
        response = client.get(reverse("est:statutory_pdf", args=[2025]))
        page = client.get(reverse("est:statutory_document", args=[2025])).content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "lagesbild-och-atgardsplan-2025.pdf" in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.content))
    pages = [p.extract_text() for p in reader.pages]
    # Tagged for screen readers, in Swedish, with its title.
    assert reader.root_object["/MarkInfo"]["/Marked"] and reader.root_object["/Lang"] == "sv"
    assert reader.metadata.title == "Lägesbild och åtgärdsplan 2025"
    count = len(pages)

    cover = pages[0]
    assert "Lägesbild och åtgärdsplan" in cover and "2025" in cover
    assert "Antagen av Kommunstyrelsen den 20 mars 2025" in cover
    assert "KS 2025/42" in cover
    assert "1 januari – 15 juni 2025 (året pågår)" in cover
    assert "Sida" not in cover
    for number, text in enumerate(pages[1:], start=2):
        assert f"Sida {number} av {count}" in text, number

    contents = pages[1]
    assert "Innehåll" in contents
    for heading in (
        "Underlag",
        "Årets lägesbild",
        "Analys",
        "Insatser och effekt",
        "Åtgärdsplan",
        "Försenade åtgärder",
        "Pågående åtgärder",
    ):
        match = re.search(rf"{heading}\s*[.…]+\s*(\d+)", contents)
        assert match, heading
        target = int(match.group(1))
        assert 3 <= target <= count and heading in pages[target - 1], heading

    everything = "\n".join(pages)
    assert "Svep i sidled" not in everything
    assert "1 jan" not in everything.replace("1 januari", "")  # no "1 jan 2015" under the chart
    for year in range(2013, 2023):
        assert str(year) not in everything, year  # years before the mapping are not charted
    assert "från 1 dec" in everything and "t.o.m. 15 jun" in everything
    assert "sedan kartläggningen började (december 2023)" in everything
    assert "Året är inte slut: antalet gäller till och med 15 juni och jämförs med hela 2024." in (
        " ".join(everything.split())
    )
    assert "Juni (t.o.m. den 15)" in everything
    assert "Juli" not in everything.split("Händelser per månad")[1].split("Polisens")[0]
    # No page ends with a heading whose text went on to the next page.
    headings = {" ".join(h.split()) for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", page, re.S)}
    for number, text in enumerate(pages[2:], start=3):
        body = [line.strip() for line in text.splitlines() if line.strip()]
        body = [
            line for line in body if not line.startswith(("Sida ", "Lägesbild och åtgärdsplan"))
        ]
        assert len(body) > 1 and body[-1] not in headings, f"page {number} ends with a heading"

    # The late action once in the whole document: not again under "Pågående", nor in the
    # picture's list of open actions (the action plan lists them).
    assert everything.count("Sen belysning") == 1
    assert "Öppna åtgärder från tidigare EST-möten" not in everything
    late = page.split('id="plan-late"')[1].split('id="plan-open"')[0]
    ongoing = page.split('id="plan-open"')[1].split('id="plan-closed"')[0]
    assert "Sen belysning" in late and "Sen belysning" not in ongoing
    assert "Ny skylt" in ongoing
    assert "Svep i sidled" in page  # the page keeps its phone hint (hidden in print by CSS)


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
