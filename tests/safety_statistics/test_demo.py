"""The demo's crime statistics: three years from the shipped sample file, idempotent."""

import pytest

from safety_statistics import demo
from safety_statistics.models import CrimeStatistic

pytestmark = pytest.mark.django_db


def seed():
    demo.seed(command=None, verbosity=0)


def test_the_demo_has_three_years_of_statistics_and_seeding_twice_changes_nothing():
    seed()
    first = set(CrimeStatistic.objects.values_list("year", "month", "category_key", "count"))
    seed()
    again = set(CrimeStatistic.objects.values_list("year", "month", "category_key", "count"))
    assert first == again
    assert {year for year, *_rest in first} >= {2023, 2024, 2025}


def test_reset_removes_only_the_sample_rows():
    seed()
    CrimeStatistic.objects.create(
        year=2022, category="Misshandel", category_key="misshandel", count=40, source_file="brå.csv"
    )
    demo.reset(command=None)
    assert list(CrimeStatistic.objects.values_list("source_file", flat=True)) == ["brå.csv"]


@pytest.mark.slow
def test_seed_demo_includes_the_statistics(shared_demo):
    assert CrimeStatistic.objects.filter(source_file=demo.SAMPLE_FILE.name).count() == 36
