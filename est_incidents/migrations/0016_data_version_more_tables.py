"""Statement-level triggers that bump the data version (``est_incidents/picture_cache.py``) on
every write to incident shares (and their handling notes), coverage reminders, the incidents'
history rows (a redaction changes only those), EST meetings' reports and presence, the contact details, and to a
user's name (shown in histories), so that the staff pages' fragments cached under that version
(``hjo_safety/fragments.py``) are never served after a change. PostgreSQL only."""

from django.db import migrations

TABLES = (
    "est_incidents_incidentshare",
    "est_incidents_sharehandlingnote",
    "est_incidents_coveragereminder",
    "est_incidents_estmeetingreport",
    "est_incidents_estmeeting_organisations_present",
    "hjo_safety_contactinfo",  # the footer of every staff page (hjo_safety/templatetags/chrome.py)
)
# The incidents' history rows: changed or removed only by a redaction or a purge (a new row
# comes with a write to the incident, which bumps the version already).
HISTORY_TRIGGER = (
    "CREATE TRIGGER est_picture_version AFTER UPDATE OR DELETE OR TRUNCATE "
    "ON est_incidents_historicalincident FOR EACH STATEMENT "
    "EXECUTE FUNCTION est_picture_version_bump()"
)
# A user's name: not on every save of a user (a login stamps last_login alone).
USER_NAMES_TRIGGER = (
    "CREATE TRIGGER est_picture_version AFTER UPDATE OF username, first_name, last_name "
    "ON auth_user FOR EACH STATEMENT EXECUTE FUNCTION est_picture_version_bump()"
)


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER est_picture_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION est_picture_version_bump()"
        )
    schema_editor.execute(HISTORY_TRIGGER)
    schema_editor.execute(USER_NAMES_TRIGGER)


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS est_picture_version ON {table}")
    schema_editor.execute(
        "DROP TRIGGER IF EXISTS est_picture_version ON est_incidents_historicalincident"
    )
    schema_editor.execute("DROP TRIGGER IF EXISTS est_picture_version ON auth_user")


class Migration(migrations.Migration):
    dependencies = [
        ("est_incidents", "0015_picture_data_version"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
