"""Statement-level triggers that bump the data version (``est_incidents/picture_cache.py``) on
every write to interventions (their kinds, places and co-organisers), so that the staff pages' fragments cached under that version
(``hjo_safety/fragments.py``) are never served after a change. PostgreSQL only."""

from django.db import migrations

TABLES = (
    "est_measures_intervention",
    "est_measures_interventionkind",
    "est_measures_intervention_places",
    "est_measures_intervention_co_organisations",
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
        ("est_measures", "0004_finding_shares_and_history"),
        ("est_incidents", "0015_picture_data_version"),
    ]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
