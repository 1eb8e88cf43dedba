"""A held EST meeting is the record: the database refuses to change or delete its reports, and to
change its frozen picture, period or status, even when the model is bypassed (a raw ``UPDATE``)."""

from django.db import migrations

FORWARD = """
CREATE FUNCTION est_refuse_held_report_change() RETURNS trigger AS $$
DECLARE
    meeting_ids bigint[];
BEGIN
    IF current_setting('hjo.rewrite_locked_records', true) = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        meeting_ids := ARRAY[NEW.meeting_id];
    ELSIF TG_OP = 'UPDATE' THEN
        meeting_ids := ARRAY[OLD.meeting_id, NEW.meeting_id];
    ELSE
        meeting_ids := ARRAY[OLD.meeting_id];
    END IF;
    IF EXISTS (
        SELECT 1 FROM est_incidents_estmeeting
        WHERE id = ANY(meeting_ids) AND status = 'held'
    ) THEN
        RAISE EXCEPTION 'Mötet är genomfört: dess rapporter kan inte ändras eller tas bort.'
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER est_report_locked_when_held
    BEFORE INSERT OR UPDATE OR DELETE ON est_incidents_estmeetingreport
    FOR EACH ROW EXECUTE FUNCTION est_refuse_held_report_change();

CREATE FUNCTION est_refuse_held_meeting_change() RETURNS trigger AS $$
BEGIN
    IF current_setting('hjo.rewrite_locked_records', true) = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'held' AND (
        NEW.status IS DISTINCT FROM OLD.status
        OR NEW.frozen_picture IS DISTINCT FROM OLD.frozen_picture
        OR NEW.picture_computed_at IS DISTINCT FROM OLD.picture_computed_at
        OR NEW.period_start IS DISTINCT FROM OLD.period_start
        OR NEW.period_end IS DISTINCT FROM OLD.period_end
    ) THEN
        RAISE EXCEPTION 'Mötet är genomfört: dess lägesbild, period och status kan inte ändras.'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER est_meeting_record_locked_when_held
    BEFORE UPDATE ON est_incidents_estmeeting
    FOR EACH ROW EXECUTE FUNCTION est_refuse_held_meeting_change();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS est_meeting_record_locked_when_held ON est_incidents_estmeeting;
DROP FUNCTION IF EXISTS est_refuse_held_meeting_change();
DROP TRIGGER IF EXISTS est_report_locked_when_held ON est_incidents_estmeetingreport;
DROP FUNCTION IF EXISTS est_refuse_held_report_change();
"""


def forward(apps, schema_editor):
    # PostgreSQL triggers; the SQLite demo has no such guard (and needs none).
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("est_incidents", "0010_incident_citizen_tip_index")]

    operations = [migrations.RunPython(forward, backward)]
