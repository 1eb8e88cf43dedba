"""Statement-level triggers that bump the data version (``est_incidents/picture_cache.py``) on
every write to the council's meetings, agenda items and actions, so that the staff pages' fragments cached under that version
(``hjo_safety/fragments.py``) are never served after a change. PostgreSQL only."""

from django.db import migrations

TABLES = (
    "bra_council_councilmeeting",
    "bra_council_agendaitem",
    "bra_council_action",
)


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER est_picture_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION est_picture_version_bump()"
        )


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS est_picture_version ON {table}")


class Migration(migrations.Migration):
    dependencies = [
        ("bra_council", "0008_mark_closing_agenda_items"),
        ("est_incidents", "0015_picture_data_version"),
    ]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
