"""The police's crime statistics on the staff yearly views: the statutory yearly document and
the situation picture of a whole year. est_incidents and bra_council do not import this app:
without its context processor their pages still work, without the table."""

import copy

import pytest
from django.core.management import call_command

from safety_statistics.demo import SAMPLE_FILE

pytestmark = pytest.mark.django_db

HEADING = "Polisens statistik: anmälda brott"


@pytest.fixture
def statistics():
    call_command("import_crime_statistics", file=str(SAMPLE_FILE), verbosity=0)


def test_the_statutory_document_shows_the_year_and_the_two_before(
    statistics, client_for, reporter_a
):
    html = client_for(reporter_a).get("/personal/lagesbild/ar/2025/").content.decode()
    assert HEADING in html
    assert "<h3" in html.split(HEADING)[0][-40:]  # a sub-heading of "Underlag"
    for year in ("2023", "2024", "2025"):
        assert f'<th scope="col" class="text-end">{year}</th>' in html
    assert "22,9" in html  # 212 thefts per 9 270 inhabitants in 2023


def test_a_year_without_statistics_says_so(statistics, client_for, reporter_a):
    html = client_for(reporter_a).get("/personal/lagesbild/ar/2030/").content.decode()
    assert "Ingen brottsstatistik är inläst ännu." in html


def test_the_situation_picture_of_a_whole_year_shows_the_statistics(
    statistics, client_for, reporter_a
):
    client = client_for(reporter_a)
    html = client.get("/personal/lagesbild/?start=2024-01-01&end=2024-12-31").content.decode()
    assert HEADING in html and "Stöld- och tillgreppsbrott" in html
    assert HEADING not in client.get("/personal/lagesbild/").content.decode()  # a fortnight


def test_the_staff_pages_work_without_this_app_in_the_templates(
    statistics, client_for, reporter_a, settings
):
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["OPTIONS"]["context_processors"].remove(
        "safety_statistics.context_processors.fact_base"
    )
    settings.TEMPLATES = templates
    client = client_for(reporter_a)
    for path in (
        "/personal/lagesbild/ar/2025/",
        "/personal/lagesbild/?start=2024-01-01&end=2024-12-31",
    ):
        response = client.get(path)
        assert response.status_code == 200
        assert HEADING not in response.content.decode()
