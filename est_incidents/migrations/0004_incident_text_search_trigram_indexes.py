"""Trigram GIN indexes for the incident list's free-text search (``IncidentQuerySet.search``).

``?q=`` is ``UPPER(column) LIKE UPPER('%word%')`` on three text columns (Django's
``icontains``); a B-tree cannot serve a leading wildcard, so at a million incidents a rare word
read the whole table (about 0.5 s). pg_trgm's GIN indexes on exactly those expressions let
PostgreSQL combine the three in a BitmapOr. PostgreSQL only: on SQLite (the demo) this migration
does nothing. ``pg_trgm`` is a trusted extension (PostgreSQL 13+), so the database owner may
create it.
"""

from django.db import migrations

TEXT_COLUMNS = {
    "incident_description_trgm_idx": "description",
    "incident_place_description_trgm_idx": "place_description",
    "incident_handling_note_trgm_idx": "handling_note",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, column in TEXT_COLUMNS.items():
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "est_incidents_incident" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TEXT_COLUMNS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [("est_incidents", "0003_est_meetings_police_events")]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
