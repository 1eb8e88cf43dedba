"""The data version moves to the core (``hjo_safety.DataVersion``, ``hjo_safety/cache.py``) and
its triggers are declared on the models (django-pgtrigger): the picture's version slots are
copied to the shared scope, the SQL triggers of migrations 0015/0016 (and those of bra_council
0009, citizen_tips 0003 and est_measures 0005, which call the same function) are dropped with
their function, and pgtrigger installs its own."""

import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations

SHARED = 0  # hjo_safety.cache.SHARED, as it was when this migration was written


def copy_versions(apps, schema_editor):
    old = apps.get_model("est_incidents", "PictureDataVersion")
    new = apps.get_model("hjo_safety", "DataVersion")
    for row in old.objects.all():
        new.objects.update_or_create(scope=SHARED, slot=row.slot, defaults={"n": row.n})


def copy_versions_back(apps, schema_editor):
    old = apps.get_model("est_incidents", "PictureDataVersion")
    new = apps.get_model("hjo_safety", "DataVersion")
    for row in new.objects.filter(scope=SHARED):
        old.objects.update_or_create(slot=row.slot, defaults={"n": row.n})


# Every old version trigger calls this function: CASCADE drops them on every table.
DROP_OLD_TRIGGERS = "DROP FUNCTION IF EXISTS est_picture_version_bump() CASCADE"


def drop_old_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":  # the SQLite demo never had them
        schema_editor.execute(DROP_OLD_TRIGGERS)


class Migration(migrations.Migration):
    dependencies = [
        ("est_incidents", "0017_incident_rollup_status_and_totals"),
        ("hjo_safety", "0008_data_versions_and_core_version_triggers"),
        ("bra_council", "0009_data_version_council_actions"),
        ("citizen_tips", "0003_data_version_tips"),
        ("est_measures", "0005_data_version_interventions"),
    ]

    operations = [
        migrations.RunPython(copy_versions, copy_versions_back, elidable=False),
        migrations.RunPython(drop_old_triggers, migrations.RunPython.noop, elidable=False),
        migrations.DeleteModel(
            name="PictureDataVersion",
        ),
        migrations.CreateModel(
            name="EstMeetingPresence",
            fields=[],
            options={
                "verbose_name": "närvarande organisation",
                "verbose_name_plural": "närvarande organisationer",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("est_incidents.estmeeting_organisations_present",),
        ),
        migrations.CreateModel(
            name="HistoricalIncidentVersion",
            fields=[],
            options={
                "verbose_name": "incidenthistorik",
                "verbose_name_plural": "incidenthistorik",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("est_incidents.historicalincident",),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="category",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="464864553fe93a5416ccecda217ca3bc48ee92d4",
                    level="STATEMENT",
                    operation="INSERT OR UPDATE OR DELETE OR TRUNCATE",
                    pgid="pgtrigger_data_version_5abf0",
                    table="est_incidents_category",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="coveragereminder",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="2b8cbb48fffc6e818b4702ccae271d2d79fb66c2",
                    level="STATEMENT",
                    operation="INSERT OR UPDATE OR DELETE OR TRUNCATE",
                    pgid="pgtrigger_data_version_be812",
                    table="est_incidents_coveragereminder",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="estaction",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="facc512f7c0cbda59871cbadda29f177f41b4f65",
                    level="STATEMENT",
                    operation="INSERT OR UPDATE OR DELETE OR TRUNCATE",
                    pgid="pgtrigger_data_version_a90d7",
                    table="est_incidents_estaction",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="estmeeting",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="3b40ca6817674c0e9df2c0cea9c64f687fcbba81",
                    level="STATEMENT",
                    operation="INSERT OR UPDATE OR DELETE OR TRUNCATE",
                    pgid="pgtrigger_data_version_c09b7",
                    table="est_incidents_estmeeting",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="estmeetingreport",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="ab8c48b48bfda7c1fa1486c7f95089bb2535c504",
                    level="STATEMENT",
                    operation="INSERT OR UPDATE OR DELETE OR TRUNCATE",
                    pgid="pgtrigger_data_version_7d4ad",
                    table="est_incidents_estmeetingreport",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="incident",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.incident_id = r.id UNION ALL SELECT r.organisation_id FROM old_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="bc3c683336dacf2ed622bb908ec2494ff9c2eee0",
                    level="STATEMENT",
                    operation="UPDATE",
                    pgid="pgtrigger_data_version_update_8a340",
                    referencing="REFERENCING OLD TABLE AS old_rows  NEW TABLE AS new_rows ",
                    table="est_incidents_incident",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="incident",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM old_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="93fa023c895b7789aacb2ed32566b210c1b89578",
                    level="STATEMENT",
                    operation="DELETE",
                    pgid="pgtrigger_data_version_delete_0c2e1",
                    referencing="REFERENCING OLD TABLE AS old_rows ",
                    table="est_incidents_incident",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="incident",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_truncate",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="e89e94ef4021947992918aca21adf16755fcd3a0",
                    level="STATEMENT",
                    operation="TRUNCATE",
                    pgid="pgtrigger_data_version_truncate_ed71c",
                    table="est_incidents_incident",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="incident",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="4b70206b1a2b1160f6b636d1206d8623babb0ebf",
                    level="STATEMENT",
                    operation="INSERT",
                    pgid="pgtrigger_data_version_insert_27db4",
                    referencing="REFERENCING NEW TABLE AS new_rows ",
                    table="est_incidents_incident",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="incidentshare",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN new_rows r ON i.id = r.incident_id UNION ALL SELECT r.organisation_id FROM old_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN old_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="ebc85d064a5bdb1c6c32f38fa10d7c31f2ee6e58",
                    level="STATEMENT",
                    operation="UPDATE",
                    pgid="pgtrigger_data_version_update_42df4",
                    referencing="REFERENCING OLD TABLE AS old_rows  NEW TABLE AS new_rows ",
                    table="est_incidents_incidentshare",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="incidentshare",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM old_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN old_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="a05003eb2acd53b09339715f8b443114c45cc395",
                    level="STATEMENT",
                    operation="DELETE",
                    pgid="pgtrigger_data_version_delete_a5d38",
                    referencing="REFERENCING OLD TABLE AS old_rows ",
                    table="est_incidents_incidentshare",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="incidentshare",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_truncate",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="ecff60c09211738aee45efe85bd743c8a16cd0e0",
                    level="STATEMENT",
                    operation="TRUNCATE",
                    pgid="pgtrigger_data_version_truncate_ee2d2",
                    table="est_incidents_incidentshare",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="incidentshare",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN new_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="57aa9bc05d99eb16757c1101fd7dbfc6738620b8",
                    level="STATEMENT",
                    operation="INSERT",
                    pgid="pgtrigger_data_version_insert_cbb4d",
                    referencing="REFERENCING NEW TABLE AS new_rows ",
                    table="est_incidents_incidentshare",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="place",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="69805ca1d9ee1965eed982c94fc0f15e7adb4572",
                    level="STATEMENT",
                    operation="INSERT OR UPDATE OR DELETE OR TRUNCATE",
                    pgid="pgtrigger_data_version_262db",
                    table="est_incidents_place",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="policeevent",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="ee8813bafac808a3ed3f225573c0407c8fab123d",
                    level="STATEMENT",
                    operation="INSERT OR UPDATE OR DELETE OR TRUNCATE",
                    pgid="pgtrigger_data_version_19370",
                    table="est_incidents_policeevent",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sharehandlingnote",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.id = r.share_id UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN est_incidents_incidentshare s ON i.id = s.incident_id JOIN new_rows r ON s.id = r.share_id UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.id = r.share_id UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN est_incidents_incidentshare s ON i.id = s.incident_id JOIN old_rows r ON s.id = r.share_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="2acf0aa32f366d1a3e3cbeed2675e3cd59e8a9ec",
                    level="STATEMENT",
                    operation="UPDATE",
                    pgid="pgtrigger_data_version_update_72503",
                    referencing="REFERENCING OLD TABLE AS old_rows  NEW TABLE AS new_rows ",
                    table="est_incidents_sharehandlingnote",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sharehandlingnote",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.id = r.share_id UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN est_incidents_incidentshare s ON i.id = s.incident_id JOIN old_rows r ON s.id = r.share_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="eecba9a14f23c0b449ded81d5db722ba6c6237a6",
                    level="STATEMENT",
                    operation="DELETE",
                    pgid="pgtrigger_data_version_delete_3d669",
                    referencing="REFERENCING OLD TABLE AS old_rows ",
                    table="est_incidents_sharehandlingnote",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sharehandlingnote",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_truncate",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="8ffd9f68d2d63db37215d5fda759e83b6cd6ac2d",
                    level="STATEMENT",
                    operation="TRUNCATE",
                    pgid="pgtrigger_data_version_truncate_f0a3e",
                    table="est_incidents_sharehandlingnote",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="sharehandlingnote",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_insert",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.id = r.share_id UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN est_incidents_incidentshare s ON i.id = s.incident_id JOIN new_rows r ON s.id = r.share_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="bebc5a94f82bcc121eb96ab1edd929ae484c81d5",
                    level="STATEMENT",
                    operation="INSERT",
                    pgid="pgtrigger_data_version_insert_4897b",
                    referencing="REFERENCING NEW TABLE AS new_rows ",
                    table="est_incidents_sharehandlingnote",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="estmeetingpresence",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="a84910ca44db61c2eb8461766e9f36c611ad43f7",
                    level="STATEMENT",
                    operation="INSERT OR UPDATE OR DELETE OR TRUNCATE",
                    pgid="pgtrigger_data_version_947a8",
                    table="est_incidents_estmeeting_organisations_present",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="historicalincidentversion",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.incident_id = r.id UNION ALL SELECT r.organisation_id FROM old_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="de70dfe4a16889bccf9d318296870939476c5380",
                    level="STATEMENT",
                    operation="UPDATE",
                    pgid="pgtrigger_data_version_update_0da1c",
                    referencing="REFERENCING OLD TABLE AS old_rows  NEW TABLE AS new_rows ",
                    table="est_incidents_historicalincident",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="historicalincidentversion",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM old_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="94139cdb61f443152cb47069745211edb447f470",
                    level="STATEMENT",
                    operation="DELETE",
                    pgid="pgtrigger_data_version_delete_662e7",
                    referencing="REFERENCING OLD TABLE AS old_rows ",
                    table="est_incidents_historicalincident",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="historicalincidentversion",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_truncate",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="838c0a5209b790523d3d4996df52b431a159a166",
                    level="STATEMENT",
                    operation="TRUNCATE",
                    pgid="pgtrigger_data_version_truncate_0a39e",
                    table="est_incidents_historicalincident",
                    when="AFTER",
                ),
            ),
        ),
        migrations.CreateModel(
            name="HistoricalIncidentShareVersion",
            fields=[],
            options={
                "verbose_name": "delningshistorik",
                "verbose_name_plural": "delningshistorik",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("est_incidents.historicalincidentshare",),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="historicalincidentshareversion",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_update",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN new_rows r ON i.id = r.incident_id UNION ALL SELECT r.organisation_id FROM old_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN old_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="5931b1a3adb31a3cce7091c3a1119a581c4c0756",
                    level="STATEMENT",
                    operation="UPDATE",
                    pgid="pgtrigger_data_version_update_2ac05",
                    referencing="REFERENCING OLD TABLE AS old_rows  NEW TABLE AS new_rows ",
                    table="est_incidents_historicalincidentshare",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="historicalincidentshareversion",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_delete",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM old_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN old_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;",
                    hash="b5f4373ad3793aeff5523e8ef9605c2c3904cc3b",
                    level="STATEMENT",
                    operation="DELETE",
                    pgid="pgtrigger_data_version_delete_03526",
                    referencing="REFERENCING OLD TABLE AS old_rows ",
                    table="est_incidents_historicalincidentshare",
                    when="AFTER",
                ),
            ),
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="historicalincidentshareversion",
            trigger=pgtrigger.compiler.Trigger(
                name="data_version_truncate",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;",
                    hash="1b058f70cd281a0ae61b36b2c609dac61c9c9049",
                    level="STATEMENT",
                    operation="TRUNCATE",
                    pgid="pgtrigger_data_version_truncate_16392",
                    table="est_incidents_historicalincidentshare",
                    when="AFTER",
                ),
            ),
        ),
    ]
