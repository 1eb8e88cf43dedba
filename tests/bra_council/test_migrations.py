"""The agenda item links became foreign keys: a database built from the previous migrations keeps
its links, and a link to a meeting or promise that no longer exists is dropped with a report."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("bra_council", "0001_council_members_meetings_agenda_minutes_actions"),
    ("est_incidents", "0003_est_meetings_police_events"),
    ("citizen_promises", "0001_promises_activities_follow_ups"),
]
AFTER = [("bra_council", "0003_agenda_item_links_as_foreign_keys")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_links_survive_the_migration_to_foreign_keys_and_dangling_ones_are_dropped(capsys):
    old = _migrate(BEFORE)
    try:
        est_meeting = old.get_model("est_incidents", "EstMeeting").objects.create(
            starts_at="2026-03-02T08:00:00Z", period_start="2026-02-16", period_end="2026-03-01"
        )
        promise = old.get_model("citizen_promises", "CitizenPromise").objects.create(
            title="Tryggare centrum",
            slug="tryggare-centrum-migration",
            period_start="2026-01-01",
            period_end="2026-12-31",
        )
        meeting = old.get_model("bra_council", "CouncilMeeting").objects.create(
            starts_at="2026-03-10T15:00:00Z",
            ends_at="2026-03-10T17:00:00Z",
            place="Stadshuset",
        )
        items = old.get_model("bra_council", "AgendaItem").objects
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

        new = _migrate(AFTER)

        items = new.get_model("bra_council", "AgendaItem").objects
        linked = items.get(pk=linked.pk)
        assert (linked.est_meeting_id, linked.promise_id) == (est_meeting.pk, promise.pk)
        assert linked.est_meeting.pk == est_meeting.pk
        assert items.get(pk=dangling.pk).est_meeting_id is None
        report = capsys.readouterr().out
        assert f"Agenda item {dangling.pk}" in report
        assert f"Agenda item {linked.pk}" not in report
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
