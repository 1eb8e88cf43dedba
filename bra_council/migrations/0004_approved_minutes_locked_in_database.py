"""Approved minutes are the record: the database refuses to change an item's minutes or decision
without a recorded correction (``services.correct_minutes`` writes the ``MinutesCorrection`` row
first, with the new text), to delete an item of approved minutes, or to take a meeting back from
"minutes approved" — even when the model is bypassed (a raw ``UPDATE``)."""

from django.db import migrations

FORWARD = """
CREATE FUNCTION bra_refuse_approved_minutes_change() RETURNS trigger AS $$
BEGIN
    IF current_setting('hjo.rewrite_locked_records', true) = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM bra_council_councilmeeting
        WHERE id = OLD.meeting_id AND status = 'minutes_approved'
    ) THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' OR NEW.meeting_id IS DISTINCT FROM OLD.meeting_id THEN
        RAISE EXCEPTION 'Protokollet är justerat: punkten kan inte tas bort eller flyttas.'
            USING ERRCODE = 'check_violation';
    END IF;
    IF (NEW.minutes IS DISTINCT FROM OLD.minutes OR NEW.decision IS DISTINCT FROM OLD.decision)
       AND NOT EXISTS (
            SELECT 1 FROM bra_council_minutescorrection c
            WHERE c.item_id = NEW.id
              AND c.new_minutes = NEW.minutes
              AND c.new_decision = NEW.decision
              AND c.revision = (
                  SELECT max(revision) FROM bra_council_minutescorrection
                  WHERE meeting_id = NEW.meeting_id
              )
       ) THEN
        RAISE EXCEPTION 'Protokollet är justerat och kan inte ändras utan en registrerad rättelse.'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER bra_agenda_item_locked_when_approved
    BEFORE UPDATE OR DELETE ON bra_council_agendaitem
    FOR EACH ROW EXECUTE FUNCTION bra_refuse_approved_minutes_change();

CREATE FUNCTION bra_refuse_unapproving_minutes() RETURNS trigger AS $$
BEGIN
    IF current_setting('hjo.rewrite_locked_records', true) = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'minutes_approved' AND NEW.status IS DISTINCT FROM OLD.status THEN
        RAISE EXCEPTION 'Protokollet är justerat: mötets status kan inte ändras.'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER bra_meeting_stays_approved
    BEFORE UPDATE ON bra_council_councilmeeting
    FOR EACH ROW EXECUTE FUNCTION bra_refuse_unapproving_minutes();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS bra_meeting_stays_approved ON bra_council_councilmeeting;
DROP FUNCTION IF EXISTS bra_refuse_unapproving_minutes();
DROP TRIGGER IF EXISTS bra_agenda_item_locked_when_approved ON bra_council_agendaitem;
DROP FUNCTION IF EXISTS bra_refuse_approved_minutes_change();
"""


def forward(apps, schema_editor):
    # PostgreSQL triggers; the SQLite demo has no such guard (and needs none).
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("bra_council", "0003_agenda_item_links_as_foreign_keys")]

    operations = [migrations.RunPython(forward, backward)]
