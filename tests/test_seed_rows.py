"""The rows the data migrations seed survive a transactional test's flush and a reused database.

A transactional test ends with a flush of every table; ``tests/conftest.py`` runs the seed
functions of the data migrations again on ``post_migrate`` (which the flush and the migrate of a
database kept with ``--reuse-db`` both send), so every test starts with them.
"""

import pytest
from django.core.management import call_command

from est_incidents.models import Category, Place
from est_measures.models import InterventionKind
from hjo_safety.models import ContactInfo
from safety_statistics.models import Population
from tests.conftest import seed_functions

SEEDED = [ContactInfo, Category, Place, InterventionKind, Population]


def counts():
    return {model.__name__: model.objects.count() for model in SEEDED}


def test_every_data_migration_that_seeds_rows_is_found():
    names = {f"{seed.__module__.rsplit('.', 1)[-1]}.{seed.__name__}" for seed in seed_functions()}
    assert names == {
        "0002_seed_contact_info.seed_contact",
        "0002_seed_categories_and_places.seed",
        "0002_seed_intervention_kinds.seed",
        "0002_seed_population.seed",
    }


@pytest.mark.django_db(transaction=True)
def test_a_flush_leaves_the_seeded_rows_as_the_migrations_made_them():
    before = counts()
    assert all(before.values()), before
    call_command("flush", interactive=False, verbosity=0)
    assert counts() == before
