"""The agenda item links became foreign keys: a database built from the previous migrations keeps
its links, and a link to a meeting or promise that no longer exists is dropped with a report.

The migrations run on a database of their own, made for this test: built from nothing up to the
state before the change, then migrated across it. The test database the
other tests use is never migrated backwards (which took half a minute: every later migration of
every app undone and done again). The database is dropped when the next run makes it again, like
the test databases (``make test`` keeps them): a DROP DATABASE forces a PostgreSQL checkpoint,
which costs most at the end of a run, when the server has the most to write.
"""

import psycopg
import pytest
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("bra_council", "0001_council_members_meetings_agenda_minutes_actions"),
    ("est_incidents", "0003_est_meetings_police_events"),
    ("citizen_promises", "0001_promises_activities_follow_ups"),
]
AFTER = [("bra_council", "0003_agenda_item_links_as_foreign_keys")]
ALIAS = "migration_check"


def _server(settings_dict):
    """An autocommit connection to the server's maintenance database, to create and drop ours."""
    return psycopg.connect(
        dbname="postgres",
        host=settings_dict["HOST"] or None,
        port=settings_dict["PORT"] or None,
        user=settings_dict["USER"] or None,
        password=settings_dict["PASSWORD"] or None,
        autocommit=True,
    )


@pytest.fixture
def fresh_database(django_db_blocker):
    """A connection, under ``ALIAS``, to a new empty database on the test database's server
    (``<test database>_migrations``; the last run's is dropped first)."""
    with django_db_blocker.unblock():
        default = connections[DEFAULT_DB_ALIAS]
        settings_dict = default.settings_dict
        name = f"{settings_dict['NAME']}_migrations"
        with _server(settings_dict) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}"')
            server.execute(f'CREATE DATABASE "{name}"')
        wrapper = default.__class__({**settings_dict, "NAME": name}, alias=ALIAS)
        connections[ALIAS] = wrapper
        try:
            yield wrapper
        finally:
            wrapper.close()
            del connections[ALIAS]


def _migrate(wrapper, targets):
    executor = MigrationExecutor(wrapper)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_links_survive_the_migration_to_foreign_keys_and_dangling_ones_are_dropped(
    fresh_database, capsys
):
    old = _migrate(fresh_database, BEFORE)
    est_meeting = (
        old.get_model("est_incidents", "EstMeeting")
        .objects.using(ALIAS)
        .create(
            starts_at="2026-03-02T08:00:00Z", period_start="2026-02-16", period_end="2026-03-01"
        )
    )
    promise = (
        old.get_model("citizen_promises", "CitizenPromise")
        .objects.using(ALIAS)
        .create(
            title="Tryggare centrum",
            slug="tryggare-centrum-migration",
            period_start="2026-01-01",
            period_end="2026-12-31",
        )
    )
    meeting = (
        old.get_model("bra_council", "CouncilMeeting")
        .objects.using(ALIAS)
        .create(
            starts_at="2026-03-10T15:00:00Z", ends_at="2026-03-10T17:00:00Z", place="Stadshuset"
        )
    )
    items = old.get_model("bra_council", "AgendaItem").objects.using(ALIAS)
    linked = items.create(
        meeting=meeting,
        position=1,
        title="Lägesbild",
        est_meeting_id=est_meeting.pk,
        promise_id=promise.pk,
    )
    dangling = items.create(
        meeting=meeting, position=2, title="Gammal länk", est_meeting_id=est_meeting.pk + 999
    )

    new = _migrate(fresh_database, AFTER)

    items = new.get_model("bra_council", "AgendaItem").objects.using(ALIAS)
    linked = items.get(pk=linked.pk)
    assert (linked.est_meeting_id, linked.promise_id) == (est_meeting.pk, promise.pk)
    assert linked.est_meeting.pk == est_meeting.pk
    assert items.get(pk=dangling.pk).est_meeting_id is None
    report = capsys.readouterr().out
    assert f"Agenda item {dangling.pk}" in report
    assert f"Agenda item {linked.pk}" not in report
