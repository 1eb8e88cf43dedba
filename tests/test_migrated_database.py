"""The dump the test databases are loaded from is of the migrations as they are now."""

from tests import migrated_database


def test_the_dump_of_the_migrated_test_database_is_of_these_migrations():
    # Stale, the suite still runs (it migrates instead), but ~35 s slower: write it again with
    # `make test-database-dump` after adding or changing a migration or upgrading a library.
    assert migrated_database.is_current(), (
        "tests/migrated_database.sql is not of these migrations: run `make test-database-dump`"
    )
