"""The fact base's models refuse impossible rows in the database; the coordinator edits the
population in the admin and the public page follows at once."""

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from safety_statistics.models import CrimeStatistic, Population, per_thousand

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "fields",
    [
        {"year": 1999},
        {"year": 2101},
        {"month": 13},
        {"month": 0},
    ],
)
def test_the_database_refuses_rows_outside_the_bounds(fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        CrimeStatistic.objects.create(
            **(
                {"year": 2024, "category": "Misshandel", "category_key": "misshandel", "count": 1}
                | fields
            )
        )


def test_a_negative_count_is_refused_by_the_database():
    row = CrimeStatistic.objects.create(
        year=2024, category="Misshandel", category_key="misshandel", count=1
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        CrimeStatistic.objects.filter(pk=row.pk).update(count=-1)


@pytest.mark.parametrize("month", [None, 3])
def test_one_row_per_year_month_and_category(month):
    fields = {"year": 2024, "month": month, "category": "Misshandel", "category_key": "misshandel"}
    CrimeStatistic.objects.create(count=1, **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        CrimeStatistic.objects.create(count=2, **fields)


def test_population_is_seeded_as_sample_data_and_must_be_positive():
    seeded = Population.objects.get(year=2024)
    assert 9000 < seeded.inhabitants < 9600
    assert "Exempeldata" in seeded.note
    with pytest.raises(IntegrityError), transaction.atomic():
        Population.objects.filter(pk=seeded.pk).update(inhabitants=0)
    with pytest.raises(IntegrityError), transaction.atomic():
        Population.objects.create(year=1990, inhabitants=9000)


def test_per_thousand():
    assert str(per_thousand(212, 9270)) == "22.9"
    assert per_thousand(212, None) is None


def test_the_coordinator_corrects_the_population_and_the_page_follows(
    client_for, coordinator, settings, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    from safety_statistics.demo import SAMPLE_FILE

    call_command("import_crime_statistics", file=str(SAMPLE_FILE), verbosity=0)
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    reader = Client()
    assert "22,9" in reader.get("/trygghet-i-siffror/").content.decode()
    population = Population.objects.get(year=2023)
    admin = client_for(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            f"/admin/safety_statistics/population/{population.pk}/change/",
            {"year": 2023, "inhabitants": 10600, "note": "SCB"},
        )
    assert response.status_code == 302
    html = reader.get("/trygghet-i-siffror/").content.decode()
    assert "22,9" not in html and "20,0" in html  # 212 per 10 600 inhabitants


def test_an_organisation_admin_cannot_change_the_population(client_for, org_admin_a):
    population = Population.objects.get(year=2024)
    response = client_for(org_admin_a).post(
        f"/admin/safety_statistics/population/{population.pk}/change/",
        {"year": 2024, "inhabitants": 1, "note": ""},
    )
    assert response.status_code == 403
    population.refresh_from_db()
    assert population.inhabitants > 9000
