-- migrations digest: d02799fc1e98d05993b42d0528901f4e3e8092fc77c2817d98c4934fee6e74d0
--
-- PostgreSQL database dump
--

\restrict Lh24YPiwf6SxaNkSQsDHJqZfGyAfKMeJoeeWehgSixLdauXJjock5QLLJEwLPhE


SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: _pgtrigger_should_ignore(name); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public._pgtrigger_should_ignore(trigger_name name) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
                DECLARE
                    _pgtrigger_ignore TEXT[];
                    _result BOOLEAN;
                BEGIN
                    BEGIN
                        SELECT INTO _pgtrigger_ignore
                            CURRENT_SETTING('pgtrigger.ignore');
                        EXCEPTION WHEN OTHERS THEN
                    END;
                    IF _pgtrigger_ignore IS NOT NULL THEN
                        SELECT trigger_name = ANY(_pgtrigger_ignore)
                        INTO _result;
                        RETURN _result;
                    ELSE
                        RETURN FALSE;
                    END IF;
                END;
            $$;


--
-- Name: bra_refuse_approved_minutes_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.bra_refuse_approved_minutes_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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
$$;


--
-- Name: bra_refuse_unapproving_minutes(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.bra_refuse_unapproving_minutes() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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
$$;


--
-- Name: est_incident_counts_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.est_incident_counts_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO est_incidents_incidentrollup AS c (grouping, span, day, category_key, place_key, organisation_key, weekhour, cell_y, cell_x, status, n, k)
    SELECT g.grouping, s.span,
           CASE WHEN s.span = 1 THEN r.day
                WHEN s.span = 2 THEN date_trunc('month', r.day)::date
                ELSE DATE '2000-01-01' END,
           CASE WHEN g.grouping & 1 <> 0 THEN r.category_key ELSE 0 END, CASE WHEN g.grouping & 2 <> 0 THEN r.place_key
                WHEN g.grouping & 16 = 0 OR r.place_key = 0 THEN 0
                WHEN r.cell_y = 0 AND r.cell_x = 0 THEN r.place_key
                ELSE -1 END,
           CASE WHEN g.grouping & 4 <> 0 THEN r.organisation_key ELSE 0 END, CASE WHEN g.grouping & 8 <> 0 THEN r.weekhour ELSE 0 END,
           CASE WHEN g.grouping & 16 <> 0 THEN r.cell_y ELSE 0 END, CASE WHEN g.grouping & 16 <> 0 THEN r.cell_x ELSE 0 END,
           CASE WHEN g.grouping & 32 <> 0 THEN r.status ELSE '' END, sum(r.d), sum(r.d * r.record_key)
    FROM (
        SELECT (r.occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS day,
               ((extract(isodow FROM (r.occurred_at AT TIME ZONE 'Europe/Stockholm')) - 1) * 24
                + extract(hour FROM (r.occurred_at AT TIME ZONE 'Europe/Stockholm')))::smallint AS weekhour,
               r.category_id AS category_key,
               coalesce(r.place_id, 0) AS place_key,
               r.organisation_id AS organisation_key,
               coalesce(floor(r.latitude / 0.0018)::int, 0) AS cell_y,
               coalesce(floor(r.longitude / 0.0034)::int, 0) AS cell_x,
               r.status AS status,
               -1 AS d, r.record_key::bigint AS record_key
        FROM old_rows r WHERE r.duplicate_of_id IS NULL) AS r
    CROSS JOIN (VALUES (0, true, true, false), (1, true, true, false), (2, true, true, false), (3, true, false, false), (4, true, true, false), (5, true, false, false), (7, true, false, false), (8, true, true, false), (9, true, false, false), (10, true, false, false), (12, true, false, false), (16, true, true, false), (17, true, false, false), (20, true, false, false), (18, true, false, false), (38, false, false, true)) AS g (grouping, daily, monthly, total)
    JOIN (VALUES (1), (2), (3)) AS s (span)
      ON (s.span = 1 AND g.daily) OR (s.span = 2 AND g.monthly)
         OR (s.span = 3 AND g.total)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    HAVING sum(r.d) <> 0 OR sum(r.d * r.record_key) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT (grouping, span, day, category_key, place_key, organisation_key, weekhour, cell_y, cell_x, status) DO UPDATE SET n = c.n + EXCLUDED.n, k = c.k + EXCLUDED.k;
    DELETE FROM est_incidents_incidentrollup WHERE n = 0;
    RETURN NULL;
END $$;


--
-- Name: est_incident_counts_insert(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.est_incident_counts_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO est_incidents_incidentrollup AS c (grouping, span, day, category_key, place_key, organisation_key, weekhour, cell_y, cell_x, status, n, k)
    SELECT g.grouping, s.span,
           CASE WHEN s.span = 1 THEN r.day
                WHEN s.span = 2 THEN date_trunc('month', r.day)::date
                ELSE DATE '2000-01-01' END,
           CASE WHEN g.grouping & 1 <> 0 THEN r.category_key ELSE 0 END, CASE WHEN g.grouping & 2 <> 0 THEN r.place_key
                WHEN g.grouping & 16 = 0 OR r.place_key = 0 THEN 0
                WHEN r.cell_y = 0 AND r.cell_x = 0 THEN r.place_key
                ELSE -1 END,
           CASE WHEN g.grouping & 4 <> 0 THEN r.organisation_key ELSE 0 END, CASE WHEN g.grouping & 8 <> 0 THEN r.weekhour ELSE 0 END,
           CASE WHEN g.grouping & 16 <> 0 THEN r.cell_y ELSE 0 END, CASE WHEN g.grouping & 16 <> 0 THEN r.cell_x ELSE 0 END,
           CASE WHEN g.grouping & 32 <> 0 THEN r.status ELSE '' END, sum(r.d), sum(r.d * r.record_key)
    FROM (
        SELECT (r.occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS day,
               ((extract(isodow FROM (r.occurred_at AT TIME ZONE 'Europe/Stockholm')) - 1) * 24
                + extract(hour FROM (r.occurred_at AT TIME ZONE 'Europe/Stockholm')))::smallint AS weekhour,
               r.category_id AS category_key,
               coalesce(r.place_id, 0) AS place_key,
               r.organisation_id AS organisation_key,
               coalesce(floor(r.latitude / 0.0018)::int, 0) AS cell_y,
               coalesce(floor(r.longitude / 0.0034)::int, 0) AS cell_x,
               r.status AS status,
               +1 AS d, r.record_key::bigint AS record_key
        FROM new_rows r WHERE r.duplicate_of_id IS NULL) AS r
    CROSS JOIN (VALUES (0, true, true, false), (1, true, true, false), (2, true, true, false), (3, true, false, false), (4, true, true, false), (5, true, false, false), (7, true, false, false), (8, true, true, false), (9, true, false, false), (10, true, false, false), (12, true, false, false), (16, true, true, false), (17, true, false, false), (20, true, false, false), (18, true, false, false), (38, false, false, true)) AS g (grouping, daily, monthly, total)
    JOIN (VALUES (1), (2), (3)) AS s (span)
      ON (s.span = 1 AND g.daily) OR (s.span = 2 AND g.monthly)
         OR (s.span = 3 AND g.total)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    HAVING sum(r.d) <> 0 OR sum(r.d * r.record_key) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT (grouping, span, day, category_key, place_key, organisation_key, weekhour, cell_y, cell_x, status) DO UPDATE SET n = c.n + EXCLUDED.n, k = c.k + EXCLUDED.k;
    DELETE FROM est_incidents_incidentrollup WHERE n = 0;
    RETURN NULL;
END $$;


--
-- Name: est_incident_counts_truncate(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.est_incident_counts_truncate() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    DELETE FROM est_incidents_incidentrollup;
    RETURN NULL;
END $$;


--
-- Name: est_incident_counts_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.est_incident_counts_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO est_incidents_incidentrollup AS c (grouping, span, day, category_key, place_key, organisation_key, weekhour, cell_y, cell_x, status, n, k)
    SELECT g.grouping, s.span,
           CASE WHEN s.span = 1 THEN r.day
                WHEN s.span = 2 THEN date_trunc('month', r.day)::date
                ELSE DATE '2000-01-01' END,
           CASE WHEN g.grouping & 1 <> 0 THEN r.category_key ELSE 0 END, CASE WHEN g.grouping & 2 <> 0 THEN r.place_key
                WHEN g.grouping & 16 = 0 OR r.place_key = 0 THEN 0
                WHEN r.cell_y = 0 AND r.cell_x = 0 THEN r.place_key
                ELSE -1 END,
           CASE WHEN g.grouping & 4 <> 0 THEN r.organisation_key ELSE 0 END, CASE WHEN g.grouping & 8 <> 0 THEN r.weekhour ELSE 0 END,
           CASE WHEN g.grouping & 16 <> 0 THEN r.cell_y ELSE 0 END, CASE WHEN g.grouping & 16 <> 0 THEN r.cell_x ELSE 0 END,
           CASE WHEN g.grouping & 32 <> 0 THEN r.status ELSE '' END, sum(r.d), sum(r.d * r.record_key)
    FROM (
        SELECT (r.occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS day,
               ((extract(isodow FROM (r.occurred_at AT TIME ZONE 'Europe/Stockholm')) - 1) * 24
                + extract(hour FROM (r.occurred_at AT TIME ZONE 'Europe/Stockholm')))::smallint AS weekhour,
               r.category_id AS category_key,
               coalesce(r.place_id, 0) AS place_key,
               r.organisation_id AS organisation_key,
               coalesce(floor(r.latitude / 0.0018)::int, 0) AS cell_y,
               coalesce(floor(r.longitude / 0.0034)::int, 0) AS cell_x,
               r.status AS status,
               +1 AS d, r.record_key::bigint AS record_key
        FROM new_rows r WHERE r.duplicate_of_id IS NULL UNION ALL 
        SELECT (r.occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS day,
               ((extract(isodow FROM (r.occurred_at AT TIME ZONE 'Europe/Stockholm')) - 1) * 24
                + extract(hour FROM (r.occurred_at AT TIME ZONE 'Europe/Stockholm')))::smallint AS weekhour,
               r.category_id AS category_key,
               coalesce(r.place_id, 0) AS place_key,
               r.organisation_id AS organisation_key,
               coalesce(floor(r.latitude / 0.0018)::int, 0) AS cell_y,
               coalesce(floor(r.longitude / 0.0034)::int, 0) AS cell_x,
               r.status AS status,
               -1 AS d, r.record_key::bigint AS record_key
        FROM old_rows r WHERE r.duplicate_of_id IS NULL) AS r
    CROSS JOIN (VALUES (0, true, true, false), (1, true, true, false), (2, true, true, false), (3, true, false, false), (4, true, true, false), (5, true, false, false), (7, true, false, false), (8, true, true, false), (9, true, false, false), (10, true, false, false), (12, true, false, false), (16, true, true, false), (17, true, false, false), (20, true, false, false), (18, true, false, false), (38, false, false, true)) AS g (grouping, daily, monthly, total)
    JOIN (VALUES (1), (2), (3)) AS s (span)
      ON (s.span = 1 AND g.daily) OR (s.span = 2 AND g.monthly)
         OR (s.span = 3 AND g.total)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    HAVING sum(r.d) <> 0 OR sum(r.d * r.record_key) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT (grouping, span, day, category_key, place_key, organisation_key, weekhour, cell_y, cell_x, status) DO UPDATE SET n = c.n + EXCLUDED.n, k = c.k + EXCLUDED.k;
    DELETE FROM est_incidents_incidentrollup WHERE n = 0;
    RETURN NULL;
END $$;


--
-- Name: est_refuse_held_meeting_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.est_refuse_held_meeting_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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
$$;


--
-- Name: est_refuse_held_report_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.est_refuse_held_report_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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
$$;


--
-- Name: pgtrigger_data_version_19370(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_19370() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_2583c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_2583c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_262db(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_262db() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_2e690(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_2e690() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_327d0(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_327d0() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_3f2c7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_3f2c7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_49171(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_49171() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_56fe5(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_56fe5() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_5abf0(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_5abf0() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_6d14f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_6d14f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_7d4ad(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_7d4ad() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_947a8(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_947a8() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_a46a3(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_a46a3() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_a90d7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_a90d7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_acf86(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_acf86() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_b14f6(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_b14f6() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_b701f(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_b701f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_be812(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_be812() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_c09b7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_c09b7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_c28ed(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_c28ed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_c3fe0(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_c3fe0() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_c5f08(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_c5f08() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_delete_03526(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_delete_03526() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM old_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN old_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_delete_0c2e1(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_delete_0c2e1() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM old_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_delete_3d669(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_delete_3d669() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.id = r.share_id UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN est_incidents_incidentshare s ON i.id = s.incident_id JOIN old_rows r ON s.id = r.share_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_delete_473f0(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_delete_473f0() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM old_rows r) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_delete_662e7(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_delete_662e7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM old_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_delete_a5d38(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_delete_a5d38() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM old_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN old_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM old_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_e1237(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_e1237() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_e7c36(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_e7c36() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_f3832(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_f3832() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_insert_27db4(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_insert_27db4() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_insert_4897b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_insert_4897b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.id = r.share_id UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN est_incidents_incidentshare s ON i.id = s.incident_id JOIN new_rows r ON s.id = r.share_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_insert_53b0b(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_insert_53b0b() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_insert_cbb4d(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_insert_cbb4d() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN new_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_truncate_0a39e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_truncate_0a39e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_truncate_16392(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_truncate_16392() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_truncate_1e746(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_truncate_1e746() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_truncate_ed71c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_truncate_ed71c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_truncate_ee2d2(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_truncate_ee2d2() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_truncate_f0a3e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_truncate_f0a3e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_update_0da1c(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_update_0da1c() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.incident_id = r.id UNION ALL SELECT r.organisation_id FROM old_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_update_2ac05(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_update_2ac05() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN new_rows r ON i.id = r.incident_id UNION ALL SELECT r.organisation_id FROM old_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN old_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_update_42df4(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_update_42df4() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN new_rows r ON i.id = r.incident_id UNION ALL SELECT r.organisation_id FROM old_rows r UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN old_rows r ON i.id = r.incident_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_update_72503(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_update_72503() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.id = r.share_id UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN est_incidents_incidentshare s ON i.id = s.incident_id JOIN new_rows r ON s.id = r.share_id UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.id = r.share_id UNION ALL SELECT i.organisation_id FROM est_incidents_incident i JOIN est_incidents_incidentshare s ON i.id = s.incident_id JOIN old_rows r ON s.id = r.share_id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_update_8a340(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_update_8a340() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN new_rows r ON s.incident_id = r.id UNION ALL SELECT r.organisation_id FROM old_rows r UNION ALL SELECT s.organisation_id FROM est_incidents_incidentshare s JOIN old_rows r ON s.incident_id = r.id) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


--
-- Name: pgtrigger_data_version_update_f1c1e(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pgtrigger_data_version_update_f1c1e() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
                
                BEGIN
                    IF ("public"._pgtrigger_should_ignore(TG_NAME) IS TRUE) THEN
                        IF (TG_OP = 'DELETE') THEN
                            RETURN OLD;
                        ELSE
                            RETURN NEW;
                        END IF;
                    END IF;
                    INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT r.organisation_id FROM new_rows r UNION ALL SELECT r.organisation_id FROM old_rows r) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; IF NOT FOUND AND EXISTS (SELECT 1 FROM new_rows) THEN INSERT INTO hjo_safety_dataversion AS v (scope, slot, n) SELECT DISTINCT coalesce(changed.scope, 0), mod(pg_backend_pid(), 16), 1 FROM (SELECT 0) AS changed (scope) ORDER BY 1 ON CONFLICT (scope, slot) DO UPDATE SET n = v.n + 1; END IF; RETURN NULL;
                END;
            $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: auth_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group (
    id integer NOT NULL,
    name character varying(150) NOT NULL
);


--
-- Name: auth_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group_permissions (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_permission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_permission (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL
);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_permission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_permission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user (
    id integer NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    email character varying(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL
);


--
-- Name: auth_user_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user_groups (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_user_groups ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_user_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_user ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_user_user_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user_user_permissions (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_user_user_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_user_user_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattempt (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    get_data text NOT NULL,
    post_data text NOT NULL,
    failures_since_start integer NOT NULL,
    CONSTRAINT axes_accessattempt_failures_since_start_check CHECK ((failures_since_start >= 0))
);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattemptexpiration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattemptexpiration (
    access_attempt_id integer NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: axes_accessfailurelog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessfailurelog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    locked_out boolean NOT NULL
);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessfailurelog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessfailurelog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accesslog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accesslog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    logout_time timestamp with time zone,
    session_hash character varying(64) NOT NULL
);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accesslog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accesslog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_action (
    id bigint NOT NULL,
    what character varying(300) NOT NULL,
    responsible_person character varying(200) NOT NULL,
    due_date date NOT NULL,
    status character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    responsible_organisation_id bigint NOT NULL,
    origin_id bigint NOT NULL,
    CONSTRAINT action_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT action_due_date_in_range CHECK (((due_date >= '2000-01-01'::date) AND (due_date <= '2100-12-31'::date))),
    CONSTRAINT action_updated_at_in_range CHECK (((updated_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (updated_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT council_action_status_valid CHECK (((status)::text = ANY ((ARRAY['open'::character varying, 'done'::character varying, 'dropped'::character varying])::text[])))
);


--
-- Name: bra_council_action_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_action ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_action_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_action_interventions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_action_interventions (
    id bigint NOT NULL,
    action_id bigint NOT NULL,
    intervention_id bigint NOT NULL
);


--
-- Name: bra_council_action_interventions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_action_interventions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_action_interventions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_action_promise_activities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_action_promise_activities (
    id bigint NOT NULL,
    action_id bigint NOT NULL,
    promiseactivity_id bigint NOT NULL
);


--
-- Name: bra_council_action_promise_activities_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_action_promise_activities ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_action_promise_activities_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_agendaitem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_agendaitem (
    id bigint NOT NULL,
    "position" smallint NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    kind character varying(20) NOT NULL,
    is_public boolean NOT NULL,
    is_standing boolean NOT NULL,
    planned_minutes smallint NOT NULL,
    est_meeting_id bigint,
    promise_id bigint,
    minutes text NOT NULL,
    decision text NOT NULL,
    presenter_organisation_id bigint,
    meeting_id bigint NOT NULL,
    presenter_member_id bigint,
    is_closing boolean NOT NULL,
    CONSTRAINT agenda_item_kind_valid CHECK (((kind)::text = ANY ((ARRAY['information'::character varying, 'discussion'::character varying, 'decision'::character varying])::text[]))),
    CONSTRAINT agenda_item_one_presenter CHECK (((presenter_member_id IS NULL) OR (presenter_organisation_id IS NULL))),
    CONSTRAINT agenda_item_planned_minutes_range CHECK (((planned_minutes >= 1) AND (planned_minutes <= 480))),
    CONSTRAINT agenda_item_position_gte_1 CHECK (("position" >= 1)),
    CONSTRAINT bra_council_agendaitem_planned_minutes_check CHECK ((planned_minutes >= 0)),
    CONSTRAINT bra_council_agendaitem_position_check CHECK (("position" >= 0))
);


--
-- Name: bra_council_agendaitem_follow_up_actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_agendaitem_follow_up_actions (
    id bigint NOT NULL,
    agendaitem_id bigint NOT NULL,
    action_id bigint NOT NULL
);


--
-- Name: bra_council_agendaitem_follow_up_actions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_agendaitem_follow_up_actions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_agendaitem_follow_up_actions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_agendaitem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_agendaitem ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_agendaitem_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_attendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_attendance (
    id bigint NOT NULL,
    status character varying(20) NOT NULL,
    meeting_id bigint NOT NULL,
    member_id bigint NOT NULL,
    CONSTRAINT attendance_status_valid CHECK (((status)::text = ANY ((ARRAY['present'::character varying, 'apologies'::character varying])::text[])))
);


--
-- Name: bra_council_attendance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_attendance ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_attendance_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_councilmeeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_councilmeeting (
    id bigint NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    place character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    public_notes text NOT NULL,
    minutes_approved_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    adjuster_id bigint,
    CONSTRAINT council_meeting_approved_has_time CHECK (((NOT ((status)::text = 'minutes_approved'::text)) OR (minutes_approved_at IS NOT NULL))),
    CONSTRAINT council_meeting_ends_after_start CHECK ((ends_at > starts_at)),
    CONSTRAINT council_meeting_status_valid CHECK (((status)::text = ANY ((ARRAY['planned'::character varying, 'agenda_published'::character varying, 'held'::character varying, 'minutes_approved'::character varying])::text[]))),
    CONSTRAINT councilmeeting_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT councilmeeting_ends_at_in_range CHECK (((ends_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (ends_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT councilmeeting_minutes_approved_at_in_range CHECK (((minutes_approved_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (minutes_approved_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT councilmeeting_starts_at_in_range CHECK (((starts_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (starts_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT councilmeeting_updated_at_in_range CHECK (((updated_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (updated_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: bra_council_councilmeeting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_councilmeeting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_councilmeeting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_councilmember; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_councilmember (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    title character varying(200) NOT NULL,
    seat_kind character varying(30) NOT NULL,
    term_start date NOT NULL,
    term_end date,
    is_chair boolean NOT NULL,
    is_secretary boolean NOT NULL,
    organisation_id bigint NOT NULL,
    user_id integer,
    CONSTRAINT council_member_seat_kind_valid CHECK (((seat_kind)::text = ANY ((ARRAY['political_leadership'::character varying, 'municipal_management'::character varying, 'head_of_service'::character varying, 'security_strategist'::character varying, 'police'::character varying, 'business'::character varying, 'non_profit'::character varying])::text[]))),
    CONSTRAINT council_member_term_end_after_start CHECK (((term_end IS NULL) OR (term_end >= term_start))),
    CONSTRAINT councilmember_term_end_in_range CHECK (((term_end >= '2000-01-01'::date) AND (term_end <= '2100-12-31'::date))),
    CONSTRAINT councilmember_term_start_in_range CHECK (((term_start >= '2000-01-01'::date) AND (term_start <= '2100-12-31'::date)))
);


--
-- Name: bra_council_councilmember_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_councilmember ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_councilmember_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_historicalaction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_historicalaction (
    id bigint NOT NULL,
    what character varying(300) NOT NULL,
    responsible_person character varying(200) NOT NULL,
    due_date date NOT NULL,
    status character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    origin_id bigint,
    responsible_organisation_id bigint
);


--
-- Name: bra_council_historicalaction_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_historicalaction ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_historicalaction_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_historicalagendaitem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_historicalagendaitem (
    id bigint NOT NULL,
    "position" smallint NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    kind character varying(20) NOT NULL,
    is_public boolean NOT NULL,
    is_standing boolean NOT NULL,
    planned_minutes smallint NOT NULL,
    est_meeting_id bigint,
    promise_id bigint,
    minutes text NOT NULL,
    decision text NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    meeting_id bigint,
    presenter_member_id bigint,
    presenter_organisation_id bigint,
    is_closing boolean NOT NULL,
    CONSTRAINT bra_council_historicalagendaitem_planned_minutes_check CHECK ((planned_minutes >= 0)),
    CONSTRAINT bra_council_historicalagendaitem_position_check CHECK (("position" >= 0))
);


--
-- Name: bra_council_historicalagendaitem_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_historicalagendaitem ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_historicalagendaitem_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_historicalattendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_historicalattendance (
    id bigint NOT NULL,
    status character varying(20) NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    meeting_id bigint,
    member_id bigint
);


--
-- Name: bra_council_historicalattendance_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_historicalattendance ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_historicalattendance_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_historicalcouncilmeeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_historicalcouncilmeeting (
    id bigint NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    place character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    public_notes text NOT NULL,
    minutes_approved_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    adjuster_id bigint,
    history_user_id integer
);


--
-- Name: bra_council_historicalcouncilmeeting_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_historicalcouncilmeeting ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_historicalcouncilmeeting_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_historicalcouncilmember; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_historicalcouncilmember (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    title character varying(200) NOT NULL,
    seat_kind character varying(30) NOT NULL,
    term_start date NOT NULL,
    term_end date,
    is_chair boolean NOT NULL,
    is_secretary boolean NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    organisation_id bigint,
    user_id integer
);


--
-- Name: bra_council_historicalcouncilmember_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_historicalcouncilmember ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_historicalcouncilmember_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_minutesapproval; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_minutesapproval (
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    approved_at timestamp with time zone NOT NULL,
    meeting_id bigint NOT NULL,
    member_id bigint NOT NULL,
    recorded_by_id integer,
    CONSTRAINT minutes_approval_role_valid CHECK (((role)::text = ANY ((ARRAY['chair'::character varying, 'adjuster'::character varying])::text[]))),
    CONSTRAINT minutesapproval_approved_at_in_range CHECK (((approved_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (approved_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: bra_council_minutesapproval_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_minutesapproval ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_minutesapproval_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: bra_council_minutescorrection; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bra_council_minutescorrection (
    id bigint NOT NULL,
    revision smallint NOT NULL,
    old_minutes text NOT NULL,
    new_minutes text NOT NULL,
    old_decision text NOT NULL,
    new_decision text NOT NULL,
    reason text NOT NULL,
    made_at timestamp with time zone NOT NULL,
    item_id bigint NOT NULL,
    made_by_id integer,
    meeting_id bigint NOT NULL,
    CONSTRAINT bra_council_minutescorrection_revision_check CHECK ((revision >= 0)),
    CONSTRAINT minutes_correction_revision_gte_1 CHECK ((revision >= 1)),
    CONSTRAINT minutescorrection_made_at_in_range CHECK (((made_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (made_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: bra_council_minutescorrection_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.bra_council_minutescorrection ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.bra_council_minutescorrection_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_agreementsignatory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_agreementsignatory (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    title character varying(160) NOT NULL,
    signed_on date NOT NULL,
    "position" smallint NOT NULL,
    party_id bigint NOT NULL,
    agreement_id bigint NOT NULL,
    CONSTRAINT agreementsignatory_signed_on_in_range CHECK (((signed_on >= '2000-01-01'::date) AND (signed_on <= '2100-12-31'::date))),
    CONSTRAINT citizen_promises_agreementsignatory_position_check CHECK (("position" >= 0))
);


--
-- Name: citizen_promises_agreementsignatory_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_agreementsignatory ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_agreementsignatory_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_citizenpromise; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_citizenpromise (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    slug character varying(120) NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    background text NOT NULL,
    basis text NOT NULL,
    signed_on date,
    police_url character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    published_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    priority_area_id bigint,
    CONSTRAINT citizenpromise_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT citizenpromise_period_end_in_range CHECK (((period_end >= '2000-01-01'::date) AND (period_end <= '2100-12-31'::date))),
    CONSTRAINT citizenpromise_period_start_in_range CHECK (((period_start >= '2000-01-01'::date) AND (period_start <= '2100-12-31'::date))),
    CONSTRAINT citizenpromise_published_at_in_range CHECK (((published_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (published_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT citizenpromise_signed_on_in_range CHECK (((signed_on >= '2000-01-01'::date) AND (signed_on <= '2100-12-31'::date))),
    CONSTRAINT promise_period_ordered CHECK ((period_end >= period_start)),
    CONSTRAINT promise_public_has_published_at CHECK ((((status)::text = 'draft'::text) OR (published_at IS NOT NULL))),
    CONSTRAINT promise_status_valid CHECK (((status)::text = ANY ((ARRAY['draft'::character varying, 'published'::character varying, 'followed_up'::character varying, 'archived'::character varying])::text[])))
);


--
-- Name: citizen_promises_citizenpromise_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_citizenpromise ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_citizenpromise_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_cooperationagreement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_cooperationagreement (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    summary text NOT NULL,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    signed_on date,
    reminder_days smallint NOT NULL,
    is_published boolean NOT NULL,
    CONSTRAINT agreement_period_ordered CHECK ((valid_to >= valid_from)),
    CONSTRAINT citizen_promises_cooperationagreement_reminder_days_check CHECK ((reminder_days >= 0)),
    CONSTRAINT cooperationagreement_signed_on_in_range CHECK (((signed_on >= '2000-01-01'::date) AND (signed_on <= '2100-12-31'::date))),
    CONSTRAINT cooperationagreement_valid_from_in_range CHECK (((valid_from >= '2000-01-01'::date) AND (valid_from <= '2100-12-31'::date))),
    CONSTRAINT cooperationagreement_valid_to_in_range CHECK (((valid_to >= '2000-01-01'::date) AND (valid_to <= '2100-12-31'::date)))
);


--
-- Name: citizen_promises_cooperationagreement_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_cooperationagreement ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_cooperationagreement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_cooperationagreement_parties; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_cooperationagreement_parties (
    id bigint NOT NULL,
    cooperationagreement_id bigint NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: citizen_promises_cooperationagreement_parties_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_cooperationagreement_parties ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_cooperationagreement_parties_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_followup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_followup (
    id bigint NOT NULL,
    date date NOT NULL,
    covers_from date NOT NULL,
    covers_to date NOT NULL,
    summary text NOT NULL,
    is_published boolean NOT NULL,
    promise_id bigint NOT NULL,
    CONSTRAINT followup_covers_from_in_range CHECK (((covers_from >= '2000-01-01'::date) AND (covers_from <= '2100-12-31'::date))),
    CONSTRAINT followup_covers_to_in_range CHECK (((covers_to >= '2000-01-01'::date) AND (covers_to <= '2100-12-31'::date))),
    CONSTRAINT followup_date_in_range CHECK (((date >= '2000-01-01'::date) AND (date <= '2100-12-31'::date))),
    CONSTRAINT followup_period_ordered CHECK ((covers_to >= covers_from))
);


--
-- Name: citizen_promises_followup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_followup ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_followup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_followupresult; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_followupresult (
    id bigint NOT NULL,
    result text NOT NULL,
    status character varying(20) NOT NULL,
    follow_up_id bigint NOT NULL,
    activity_id bigint NOT NULL,
    CONSTRAINT followup_result_status_valid CHECK (((status)::text = ANY ((ARRAY['planned'::character varying, 'ongoing'::character varying, 'done'::character varying, 'not_done'::character varying])::text[])))
);


--
-- Name: citizen_promises_followupresult_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_followupresult ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_followupresult_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_historicalagreementsignatory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_historicalagreementsignatory (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    title character varying(160) NOT NULL,
    signed_on date NOT NULL,
    "position" smallint NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    agreement_id bigint,
    history_user_id integer,
    party_id bigint,
    CONSTRAINT citizen_promises_historicalagreementsignatory_position_check CHECK (("position" >= 0))
);


--
-- Name: citizen_promises_historicalagreementsignatory_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_historicalagreementsignatory ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_historicalagreementsignatory_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_historicalcitizenpromise; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_historicalcitizenpromise (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    slug character varying(120) NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    background text NOT NULL,
    basis text NOT NULL,
    signed_on date,
    police_url character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    published_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    history_change_reason text,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    priority_area_id bigint
);


--
-- Name: citizen_promises_historicalcitizenpromise_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_historicalcitizenpromise ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_historicalcitizenpromise_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_historicalcooperationagreement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_historicalcooperationagreement (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    summary text NOT NULL,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    signed_on date,
    reminder_days smallint NOT NULL,
    is_published boolean NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    CONSTRAINT citizen_promises_historicalcooperationagree_reminder_days_check CHECK ((reminder_days >= 0))
);


--
-- Name: citizen_promises_historicalcooperationagreement_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_historicalcooperationagreement ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_historicalcooperationagreement_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_historicalfollowup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_historicalfollowup (
    id bigint NOT NULL,
    date date NOT NULL,
    covers_from date NOT NULL,
    covers_to date NOT NULL,
    summary text NOT NULL,
    is_published boolean NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    promise_id bigint
);


--
-- Name: citizen_promises_historicalfollowup_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_historicalfollowup ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_historicalfollowup_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_historicalfollowupresult; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_historicalfollowupresult (
    id bigint NOT NULL,
    result text NOT NULL,
    status character varying(20) NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    follow_up_id bigint,
    history_user_id integer,
    activity_id bigint
);


--
-- Name: citizen_promises_historicalfollowupresult_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_historicalfollowupresult ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_historicalfollowupresult_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_historicalpriorityarea; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_historicalpriorityarea (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    problem text NOT NULL,
    causes text NOT NULL,
    goals text NOT NULL,
    measures text NOT NULL,
    "position" smallint NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    agreement_id bigint,
    history_user_id integer,
    CONSTRAINT citizen_promises_historicalpriorityarea_position_check CHECK (("position" >= 0))
);


--
-- Name: citizen_promises_historicalpriorityarea_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_historicalpriorityarea ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_historicalpriorityarea_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_historicalpromiseactivity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_historicalpromiseactivity (
    id bigint NOT NULL,
    text text NOT NULL,
    responsible character varying(20) NOT NULL,
    target character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    outcome text NOT NULL,
    "position" smallint NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    organisation_id bigint,
    promise_id bigint,
    priority_area_id bigint,
    CONSTRAINT citizen_promises_historicalpromiseactivity_position_check CHECK (("position" >= 0))
);


--
-- Name: citizen_promises_historicalpromiseactivity_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_historicalpromiseactivity ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_historicalpromiseactivity_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_historicalpromisegoal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_historicalpromisegoal (
    id bigint NOT NULL,
    text character varying(300) NOT NULL,
    "position" smallint NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    promise_id bigint,
    survey_question character varying(30) NOT NULL,
    CONSTRAINT citizen_promises_historicalpromisegoal_position_check CHECK (("position" >= 0))
);


--
-- Name: citizen_promises_historicalpromisegoal_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_historicalpromisegoal ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_historicalpromisegoal_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_historicalsignatory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_historicalsignatory (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    title character varying(160) NOT NULL,
    party character varying(20) NOT NULL,
    "position" smallint NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    promise_id bigint,
    CONSTRAINT citizen_promises_historicalsignatory_position_check CHECK (("position" >= 0))
);


--
-- Name: citizen_promises_historicalsignatory_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_historicalsignatory ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_historicalsignatory_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_priorityarea; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_priorityarea (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    problem text NOT NULL,
    causes text NOT NULL,
    goals text NOT NULL,
    measures text NOT NULL,
    "position" smallint NOT NULL,
    agreement_id bigint NOT NULL,
    CONSTRAINT citizen_promises_priorityarea_position_check CHECK (("position" >= 0))
);


--
-- Name: citizen_promises_priorityarea_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_priorityarea ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_priorityarea_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_promiseactivity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_promiseactivity (
    id bigint NOT NULL,
    text text NOT NULL,
    responsible character varying(20) NOT NULL,
    target character varying(200) NOT NULL,
    status character varying(20) NOT NULL,
    outcome text NOT NULL,
    "position" smallint NOT NULL,
    organisation_id bigint,
    promise_id bigint NOT NULL,
    priority_area_id bigint,
    CONSTRAINT activity_named_organisation_set CHECK (((NOT ((responsible)::text = 'organisation'::text)) OR (organisation_id IS NOT NULL))),
    CONSTRAINT activity_responsible_valid CHECK (((responsible)::text = ANY ((ARRAY['police'::character varying, 'municipality'::character varying, 'both'::character varying, 'organisation'::character varying])::text[]))),
    CONSTRAINT activity_status_valid CHECK (((status)::text = ANY ((ARRAY['planned'::character varying, 'ongoing'::character varying, 'done'::character varying, 'not_done'::character varying])::text[]))),
    CONSTRAINT citizen_promises_promiseactivity_position_check CHECK (("position" >= 0))
);


--
-- Name: citizen_promises_promiseactivity_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_promiseactivity ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_promiseactivity_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_promiseactivity_interventions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_promiseactivity_interventions (
    id bigint NOT NULL,
    promiseactivity_id bigint NOT NULL,
    intervention_id bigint NOT NULL
);


--
-- Name: citizen_promises_promiseactivity_interventions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_promiseactivity_interventions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_promiseactivity_interventions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_promiseactivity_places; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_promiseactivity_places (
    id bigint NOT NULL,
    promiseactivity_id bigint NOT NULL,
    place_id bigint NOT NULL
);


--
-- Name: citizen_promises_promiseactivity_places_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_promiseactivity_places ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_promiseactivity_places_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_promisecontact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_promisecontact (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    title character varying(160) NOT NULL,
    party character varying(20) NOT NULL,
    email character varying(254) NOT NULL,
    phone character varying(40) NOT NULL,
    "position" smallint NOT NULL,
    promise_id bigint NOT NULL,
    CONSTRAINT citizen_promises_promisecontact_position_check CHECK (("position" >= 0)),
    CONSTRAINT contact_party_valid CHECK (((party)::text = ANY ((ARRAY['police'::character varying, 'municipality'::character varying])::text[])))
);


--
-- Name: citizen_promises_promisecontact_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_promisecontact ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_promisecontact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_promisegoal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_promisegoal (
    id bigint NOT NULL,
    text character varying(300) NOT NULL,
    "position" smallint NOT NULL,
    promise_id bigint NOT NULL,
    survey_question character varying(30) NOT NULL,
    CONSTRAINT citizen_promises_promisegoal_position_check CHECK (("position" >= 0))
);


--
-- Name: citizen_promises_promisegoal_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_promisegoal ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_promisegoal_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_signatory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_signatory (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    title character varying(160) NOT NULL,
    party character varying(20) NOT NULL,
    "position" smallint NOT NULL,
    promise_id bigint NOT NULL,
    CONSTRAINT citizen_promises_signatory_position_check CHECK (("position" >= 0)),
    CONSTRAINT signatory_party_valid CHECK (((party)::text = ANY ((ARRAY['police'::character varying, 'municipality'::character varying])::text[])))
);


--
-- Name: citizen_promises_signatory_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_signatory ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_signatory_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_survey; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_survey (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    slug character varying(120) NOT NULL,
    intro text NOT NULL,
    opens_on date NOT NULL,
    closes_on date NOT NULL,
    is_published boolean NOT NULL,
    asks_safety boolean NOT NULL,
    asks_avoided boolean NOT NULL,
    asks_help boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT survey_asks_something CHECK ((asks_safety OR asks_avoided OR asks_help)),
    CONSTRAINT survey_closes_on_in_range CHECK (((closes_on >= '2000-01-01'::date) AND (closes_on <= '2100-12-31'::date))),
    CONSTRAINT survey_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT survey_opens_on_in_range CHECK (((opens_on >= '2000-01-01'::date) AND (opens_on <= '2100-12-31'::date))),
    CONSTRAINT survey_period_ordered CHECK ((closes_on >= opens_on))
);


--
-- Name: citizen_promises_survey_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_survey ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_survey_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_surveyavoidedplace; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_surveyavoidedplace (
    id bigint NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    reason character varying(20) NOT NULL,
    place_id bigint,
    response_id bigint NOT NULL,
    CONSTRAINT survey_avoided_place_or_point CHECK (((place_id IS NOT NULL) OR ((latitude IS NOT NULL) AND (longitude IS NOT NULL)))),
    CONSTRAINT survey_avoided_reason_valid CHECK (((reason)::text = ANY ((ARRAY['dark'::character varying, 'deserted'::character varying, 'people'::character varying, 'crime'::character varying, 'traffic'::character varying, 'other'::character varying])::text[])))
);


--
-- Name: citizen_promises_surveyavoidedplace_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_surveyavoidedplace ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_surveyavoidedplace_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_surveyhelp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_surveyhelp (
    id bigint NOT NULL,
    option character varying(20) NOT NULL,
    response_id bigint NOT NULL,
    CONSTRAINT survey_help_option_valid CHECK (((option)::text = ANY ((ARRAY['lighting'::character varying, 'vegetation'::character varying, 'police'::character varying, 'adults'::character varying, 'youth'::character varying, 'cleaning'::character varying, 'cameras'::character varying, 'other'::character varying])::text[])))
);


--
-- Name: citizen_promises_surveyhelp_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_surveyhelp ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_surveyhelp_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_promises_surveyresponse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_promises_surveyresponse (
    id bigint NOT NULL,
    safety smallint,
    help_other character varying(300) NOT NULL,
    answered_on date NOT NULL,
    area_id bigint,
    survey_id bigint NOT NULL,
    CONSTRAINT citizen_promises_surveyresponse_safety_check CHECK ((safety >= 0)),
    CONSTRAINT survey_response_safety_valid CHECK (((safety IS NULL) OR (safety = ANY (ARRAY[1, 2, 3, 4, 5])))),
    CONSTRAINT surveyresponse_answered_on_in_range CHECK (((answered_on >= '2000-01-01'::date) AND (answered_on <= '2100-12-31'::date)))
);


--
-- Name: citizen_promises_surveyresponse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_promises_surveyresponse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_promises_surveyresponse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_tips_citizentip; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_tips_citizentip (
    id bigint NOT NULL,
    token_hash character varying(64) NOT NULL,
    kind character varying(20) NOT NULL,
    time_of_day character varying(20) NOT NULL,
    place_description character varying(200) NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    text text NOT NULL,
    email character varying(254) NOT NULL,
    state character varying(10) NOT NULL,
    rejection_reason text NOT NULL,
    moderated_at timestamp with time zone,
    answer text NOT NULL,
    answered_at timestamp with time zone,
    answer_mailed_at timestamp with time zone,
    closed_at timestamp with time zone,
    text_purged_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    answered_by_id integer,
    incident_id bigint,
    moderated_by_id integer,
    place_id bigint,
    forward_note text NOT NULL,
    forwarded_to_id bigint,
    closing_mailed_at timestamp with time zone,
    closing_note text NOT NULL,
    CONSTRAINT citizentip_answer_length CHECK ((length(answer) <= 2000)),
    CONSTRAINT citizentip_forwarded_has_receiver CHECK (((NOT ((state)::text = 'forwarded'::text)) OR (forwarded_to_id IS NOT NULL))),
    CONSTRAINT citizentip_kind_valid CHECK (((kind)::text = ANY ((ARRAY['lighting'::character varying, 'hidden'::character varying, 'vandalism'::character varying, 'gathering'::character varying, 'traffic'::character varying, 'other'::character varying])::text[]))),
    CONSTRAINT citizentip_point_complete CHECK ((((latitude IS NULL) AND (longitude IS NULL)) OR ((latitude IS NOT NULL) AND (longitude IS NOT NULL)))),
    CONSTRAINT citizentip_rejection_has_reason CHECK (((NOT ((state)::text = 'rejected'::text)) OR (NOT (rejection_reason = ''::text)))),
    CONSTRAINT citizentip_state_valid CHECK (((state)::text = ANY ((ARRAY['new'::character varying, 'accepted'::character varying, 'forwarded'::character varying, 'rejected'::character varying])::text[]))),
    CONSTRAINT citizentip_text_length CHECK ((length(text) <= 2000)),
    CONSTRAINT citizentip_time_of_day_valid CHECK (((time_of_day)::text = ANY ((ARRAY['morning'::character varying, 'day'::character varying, 'evening'::character varying, 'night'::character varying, 'always'::character varying])::text[])))
);


--
-- Name: citizen_tips_citizentip_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_tips_citizentip ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_tips_citizentip_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_tips_historicalcitizentip; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_tips_historicalcitizentip (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    time_of_day character varying(20) NOT NULL,
    place_description character varying(200) NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    text text NOT NULL,
    state character varying(10) NOT NULL,
    rejection_reason text NOT NULL,
    moderated_at timestamp with time zone,
    answer text NOT NULL,
    answered_at timestamp with time zone,
    answer_mailed_at timestamp with time zone,
    closed_at timestamp with time zone,
    text_purged_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    answered_by_id integer,
    history_user_id integer,
    incident_id bigint,
    moderated_by_id integer,
    place_id bigint,
    forward_note text NOT NULL,
    forwarded_to_id bigint,
    closing_mailed_at timestamp with time zone,
    closing_note text NOT NULL
);


--
-- Name: citizen_tips_historicalcitizentip_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_tips_historicalcitizentip ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_tips_historicalcitizentip_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_tips_historicaltipmoderator; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_tips_historicaltipmoderator (
    id bigint NOT NULL,
    appointed_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    organisation_id bigint
);


--
-- Name: citizen_tips_historicaltipmoderator_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_tips_historicaltipmoderator ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_tips_historicaltipmoderator_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: citizen_tips_tipmoderator; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citizen_tips_tipmoderator (
    id bigint NOT NULL,
    appointed_at timestamp with time zone NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: citizen_tips_tipmoderator_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.citizen_tips_tipmoderator ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.citizen_tips_tipmoderator_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_admin_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_admin_log (
    id integer NOT NULL,
    action_time timestamp with time zone NOT NULL,
    object_id text,
    object_repr character varying(200) NOT NULL,
    action_flag smallint NOT NULL,
    change_message text NOT NULL,
    content_type_id integer,
    user_id integer NOT NULL,
    CONSTRAINT django_admin_log_action_flag_check CHECK ((action_flag >= 0))
);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_admin_log ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_admin_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_content_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL
);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_content_type ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_content_type_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_migrations (
    id bigint NOT NULL,
    app character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_migrations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_migrations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);


--
-- Name: est_incidents_category; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_category (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    code character varying(80) NOT NULL,
    "position" smallint NOT NULL,
    is_active boolean NOT NULL,
    parent_id bigint,
    default_share_organisation_id bigint,
    CONSTRAINT est_incidents_category_position_check CHECK (("position" >= 0))
);


--
-- Name: est_incidents_category_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_category ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_category_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_coveragereminder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_coveragereminder (
    id bigint NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    recipients text NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    organisation_id bigint NOT NULL,
    sent_by_id integer,
    CONSTRAINT coveragereminder_period_end_in_range CHECK (((period_end >= '2000-01-01'::date) AND (period_end <= '2100-12-31'::date))),
    CONSTRAINT coveragereminder_period_start_in_range CHECK (((period_start >= '2000-01-01'::date) AND (period_start <= '2100-12-31'::date))),
    CONSTRAINT coveragereminder_sent_at_in_range CHECK (((sent_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (sent_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_incidents_coveragereminder_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_coveragereminder ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_coveragereminder_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_estaction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_estaction (
    id bigint NOT NULL,
    what character varying(300) NOT NULL,
    due_date date,
    status character varying(10) NOT NULL,
    status_changed_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    responsible_organisation_id bigint NOT NULL,
    meeting_id bigint NOT NULL,
    CONSTRAINT estaction_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT estaction_due_date_in_range CHECK (((due_date >= '2000-01-01'::date) AND (due_date <= '2100-12-31'::date))),
    CONSTRAINT estaction_status_changed_at_in_range CHECK (((status_changed_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (status_changed_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT estaction_status_valid CHECK (((status)::text = ANY ((ARRAY['open'::character varying, 'done'::character varying, 'dropped'::character varying])::text[])))
);


--
-- Name: est_incidents_estaction_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_estaction ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_estaction_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_estmeeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_estmeeting (
    id bigint NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    location character varying(200) NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    status character varying(10) NOT NULL,
    notes text NOT NULL,
    frozen_picture jsonb,
    picture_computed_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    held_by_id integer,
    CONSTRAINT estmeeting_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT estmeeting_held_has_picture CHECK ((((status)::text = 'planned'::text) OR ((frozen_picture IS NOT NULL) AND (picture_computed_at IS NOT NULL)))),
    CONSTRAINT estmeeting_period_end_in_range CHECK (((period_end >= '2000-01-01'::date) AND (period_end <= '2100-12-31'::date))),
    CONSTRAINT estmeeting_period_in_order CHECK ((period_end >= period_start)),
    CONSTRAINT estmeeting_period_start_in_range CHECK (((period_start >= '2000-01-01'::date) AND (period_start <= '2100-12-31'::date))),
    CONSTRAINT estmeeting_picture_computed_at_in_range CHECK (((picture_computed_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (picture_computed_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT estmeeting_starts_at_in_range CHECK (((starts_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (starts_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT estmeeting_status_valid CHECK (((status)::text = ANY ((ARRAY['planned'::character varying, 'held'::character varying])::text[])))
);


--
-- Name: est_incidents_estmeeting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_estmeeting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_estmeeting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_estmeeting_organisations_present; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_estmeeting_organisations_present (
    id bigint NOT NULL,
    estmeeting_id bigint NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: est_incidents_estmeeting_organisations_present_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_estmeeting_organisations_present ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_estmeeting_organisations_present_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_estmeetingreport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_estmeetingreport (
    id bigint NOT NULL,
    text text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    meeting_id bigint NOT NULL,
    organisation_id bigint NOT NULL,
    updated_by_id integer,
    CONSTRAINT estmeetingreport_updated_at_in_range CHECK (((updated_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (updated_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_incidents_estmeetingreport_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_estmeetingreport ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_estmeetingreport_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_historicalcoveragereminder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_historicalcoveragereminder (
    id bigint NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    recipients text NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    organisation_id bigint,
    sent_by_id integer
);


--
-- Name: est_incidents_historicalcoveragereminder_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_historicalcoveragereminder ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_historicalcoveragereminder_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_historicalestaction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_historicalestaction (
    id bigint NOT NULL,
    what character varying(300) NOT NULL,
    due_date date,
    status character varying(10) NOT NULL,
    status_changed_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    meeting_id bigint,
    responsible_organisation_id bigint
);


--
-- Name: est_incidents_historicalestaction_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_historicalestaction ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_historicalestaction_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_historicalestmeeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_historicalestmeeting (
    id bigint NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    location character varying(200) NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    status character varying(10) NOT NULL,
    notes text NOT NULL,
    picture_computed_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    held_by_id integer,
    history_user_id integer
);


--
-- Name: est_incidents_historicalestmeeting_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_historicalestmeeting ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_historicalestmeeting_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_historicalestmeetingreport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_historicalestmeetingreport (
    id bigint NOT NULL,
    text text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    meeting_id bigint,
    organisation_id bigint,
    updated_by_id integer
);


--
-- Name: est_incidents_historicalestmeetingreport_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_historicalestmeetingreport ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_historicalestmeetingreport_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_historicalincident; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_historicalincident (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    time_is_approximate boolean NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    place_description character varying(200) NOT NULL,
    description text NOT NULL,
    people_involved character varying(5) NOT NULL,
    police_notified character varying(10) NOT NULL,
    status character varying(10) NOT NULL,
    handling_note text NOT NULL,
    submission_token uuid,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    category_id bigint,
    history_user_id integer,
    organisation_id bigint,
    reported_by_id integer,
    place_id bigint,
    source character varying(20) NOT NULL,
    duplicate_linked_at timestamp with time zone,
    duplicate_linked_by_id integer,
    duplicate_of_id bigint,
    record_key integer DEFAULT (floor((random() * (1048576)::double precision)))::integer NOT NULL,
    CONSTRAINT est_incidents_historicalincident_record_key_check CHECK ((record_key >= 0))
);


--
-- Name: est_incidents_historicalincident_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_historicalincident ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_historicalincident_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_historicalincidentshare; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_historicalincidentshare (
    id bigint NOT NULL,
    note text NOT NULL,
    show_reporter boolean NOT NULL,
    shared_at timestamp with time zone NOT NULL,
    first_viewed_at timestamp with time zone,
    handling_status character varying(20) NOT NULL,
    withdrawn_at timestamp with time zone,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    first_viewed_by_id integer,
    history_user_id integer,
    incident_id bigint,
    organisation_id bigint,
    shared_by_id integer,
    withdrawn_by_id integer
);


--
-- Name: est_incidents_historicalincidentshare_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_historicalincidentshare ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_historicalincidentshare_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_historicalnothingtoreport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_historicalnothingtoreport (
    id bigint NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    organisation_id bigint,
    recorded_by_id integer
);


--
-- Name: est_incidents_historicalnothingtoreport_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_historicalnothingtoreport ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_historicalnothingtoreport_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_historicalsharehandlingnote; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_historicalsharehandlingnote (
    id bigint NOT NULL,
    text text NOT NULL,
    written_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    written_by_id integer,
    share_id bigint
);


--
-- Name: est_incidents_historicalsharehandlingnote_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_historicalsharehandlingnote ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_historicalsharehandlingnote_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_historicalyearlysituationanalysis; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_historicalyearlysituationanalysis (
    id bigint NOT NULL,
    year smallint NOT NULL,
    extent text NOT NULL,
    consequences text NOT NULL,
    analysis text NOT NULL,
    priorities text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    updated_by_id integer,
    plan_decided_on date,
    plan_decision_body character varying(20) NOT NULL,
    plan_decision_url character varying(200) NOT NULL,
    plan_diary_number character varying(40) NOT NULL,
    CONSTRAINT est_incidents_historicalyearlysituationanalysis_year_check CHECK ((year >= 0))
);


--
-- Name: est_incidents_historicalyearlysituationanalysis_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_historicalyearlysituationanalysis ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_historicalyearlysituationanalysis_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_incident; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_incident (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    time_is_approximate boolean NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    place_description character varying(200) NOT NULL,
    description text NOT NULL,
    people_involved character varying(5) NOT NULL,
    police_notified character varying(10) NOT NULL,
    status character varying(10) NOT NULL,
    handling_note text NOT NULL,
    submission_token uuid,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    category_id bigint NOT NULL,
    organisation_id bigint NOT NULL,
    reported_by_id integer,
    place_id bigint,
    source character varying(20) NOT NULL,
    duplicate_linked_at timestamp with time zone,
    duplicate_linked_by_id integer,
    duplicate_of_id bigint,
    record_key integer DEFAULT (floor((random() * (1048576)::double precision)))::integer NOT NULL,
    CONSTRAINT est_incidents_incident_record_key_check CHECK ((record_key >= 0)),
    CONSTRAINT incident_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT incident_duplicate_linked_at_in_range CHECK (((duplicate_linked_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (duplicate_linked_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT incident_ended_at_in_range CHECK (((ended_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (ended_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT incident_ends_after_start CHECK (((ended_at IS NULL) OR (ended_at >= occurred_at))),
    CONSTRAINT incident_not_duplicate_of_itself CHECK ((NOT ((duplicate_of_id = id) AND (duplicate_of_id IS NOT NULL)))),
    CONSTRAINT incident_occurred_at_in_range CHECK (((occurred_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (occurred_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT incident_people_involved_valid CHECK (((people_involved)::text = ANY ((ARRAY[''::character varying, '1'::character varying, '2-5'::character varying, '6-10'::character varying, '10+'::character varying])::text[]))),
    CONSTRAINT incident_point_complete CHECK ((((latitude IS NULL) AND (longitude IS NULL)) OR ((latitude IS NOT NULL) AND (longitude IS NOT NULL)))),
    CONSTRAINT incident_police_notified_valid CHECK (((police_notified)::text = ANY ((ARRAY['yes'::character varying, 'no'::character varying, 'unknown'::character varying])::text[]))),
    CONSTRAINT incident_source_valid CHECK (((source)::text = ANY ((ARRAY['staff'::character varying, 'medborgartips'::character varying])::text[]))),
    CONSTRAINT incident_status_valid CHECK (((status)::text = ANY ((ARRAY['new'::character varying, 'reviewed'::character varying, 'handled'::character varying])::text[]))),
    CONSTRAINT incident_updated_at_in_range CHECK (((updated_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (updated_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_incidents_incident_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_incident ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_incident_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_incidentrollup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_incidentrollup (
    id bigint NOT NULL,
    "grouping" smallint NOT NULL,
    span smallint NOT NULL,
    day date NOT NULL,
    weekhour smallint NOT NULL,
    place_key integer NOT NULL,
    cell_y integer NOT NULL,
    cell_x integer NOT NULL,
    n integer NOT NULL,
    category_key bigint NOT NULL,
    organisation_key bigint NOT NULL,
    status character varying(10) NOT NULL,
    k bigint NOT NULL,
    CONSTRAINT est_incidents_incidentrollup_grouping_check CHECK (("grouping" >= 0)),
    CONSTRAINT est_incidents_incidentrollup_span_check CHECK ((span >= 0)),
    CONSTRAINT est_incidents_incidentrollup_weekhour_check CHECK ((weekhour >= 0)),
    CONSTRAINT incident_rollup_span_valid CHECK ((span = ANY (ARRAY[1, 2, 3]))),
    CONSTRAINT incidentrollup_day_in_range CHECK (((day >= '2000-01-01'::date) AND (day <= '2100-12-31'::date)))
);


--
-- Name: est_incidents_incidentrollup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_incidentrollup ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_incidentrollup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_incidentshare; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_incidentshare (
    id bigint NOT NULL,
    note text NOT NULL,
    show_reporter boolean NOT NULL,
    shared_at timestamp with time zone NOT NULL,
    first_viewed_at timestamp with time zone,
    handling_status character varying(20) NOT NULL,
    withdrawn_at timestamp with time zone,
    first_viewed_by_id integer,
    incident_id bigint NOT NULL,
    organisation_id bigint NOT NULL,
    shared_by_id integer,
    withdrawn_by_id integer,
    CONSTRAINT incident_share_handling_status_valid CHECK (((handling_status)::text = ANY ((ARRAY['received'::character varying, 'in_progress'::character varying, 'done'::character varying, 'not_ours'::character varying])::text[]))),
    CONSTRAINT incident_share_withdrawn_after_shared CHECK (((withdrawn_at IS NULL) OR (withdrawn_at >= shared_at))),
    CONSTRAINT incidentshare_first_viewed_at_in_range CHECK (((first_viewed_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (first_viewed_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT incidentshare_shared_at_in_range CHECK (((shared_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (shared_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT incidentshare_withdrawn_at_in_range CHECK (((withdrawn_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (withdrawn_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_incidents_incidentshare_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_incidentshare ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_incidentshare_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_nothingtoreport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_nothingtoreport (
    id bigint NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    organisation_id bigint NOT NULL,
    recorded_by_id integer,
    CONSTRAINT nothing_to_report_period_ordered CHECK ((period_end >= period_start)),
    CONSTRAINT nothingtoreport_period_end_in_range CHECK (((period_end >= '2000-01-01'::date) AND (period_end <= '2100-12-31'::date))),
    CONSTRAINT nothingtoreport_period_start_in_range CHECK (((period_start >= '2000-01-01'::date) AND (period_start <= '2100-12-31'::date))),
    CONSTRAINT nothingtoreport_recorded_at_in_range CHECK (((recorded_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (recorded_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_incidents_nothingtoreport_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_nothingtoreport ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_nothingtoreport_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_place; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_place (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    latitude numeric(9,6) NOT NULL,
    longitude numeric(9,6) NOT NULL,
    area_geojson text NOT NULL,
    is_active boolean NOT NULL
);


--
-- Name: est_incidents_place_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_place ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_place_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_policeevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_policeevent (
    id bigint NOT NULL,
    police_id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    name character varying(300) NOT NULL,
    summary text NOT NULL,
    url character varying(500) NOT NULL,
    event_type character varying(120) NOT NULL,
    location_name character varying(120) NOT NULL,
    gps character varying(60) NOT NULL,
    imported_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    category_id bigint,
    CONSTRAINT est_incidents_policeevent_police_id_check CHECK ((police_id >= 0)),
    CONSTRAINT policeevent_imported_at_in_range CHECK (((imported_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (imported_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT policeevent_occurred_at_in_range CHECK (((occurred_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (occurred_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT policeevent_updated_at_in_range CHECK (((updated_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (updated_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_incidents_policeevent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_policeevent ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_policeevent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_releasedincident; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_releasedincident (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    category_id bigint NOT NULL,
    place_id bigint,
    CONSTRAINT releasedincident_occurred_at_in_range CHECK (((occurred_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (occurred_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_incidents_releasesnapshot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_releasesnapshot (
    id bigint NOT NULL,
    through_month date NOT NULL,
    CONSTRAINT releasesnapshot_through_month_in_range CHECK (((through_month >= '2000-01-01'::date) AND (through_month <= '2100-12-31'::date)))
);


--
-- Name: est_incidents_releasesnapshot_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_releasesnapshot ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_releasesnapshot_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_sharehandlingnote; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_sharehandlingnote (
    id bigint NOT NULL,
    text text NOT NULL,
    written_at timestamp with time zone NOT NULL,
    share_id bigint NOT NULL,
    written_by_id integer,
    CONSTRAINT sharehandlingnote_written_at_in_range CHECK (((written_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (written_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_incidents_sharehandlingnote_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_sharehandlingnote ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_sharehandlingnote_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_incidents_yearlysituationanalysis; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_incidents_yearlysituationanalysis (
    id bigint NOT NULL,
    year smallint NOT NULL,
    extent text NOT NULL,
    consequences text NOT NULL,
    analysis text NOT NULL,
    priorities text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by_id integer,
    plan_decided_on date,
    plan_decision_body character varying(20) NOT NULL,
    plan_decision_url character varying(200) NOT NULL,
    plan_diary_number character varying(40) NOT NULL,
    CONSTRAINT est_incidents_yearlysituationanalysis_year_check CHECK ((year >= 0)),
    CONSTRAINT yearlyanalysis_decided_on_range CHECK (((plan_decided_on IS NULL) OR ((plan_decided_on >= '2000-01-01'::date) AND (plan_decided_on <= '2100-12-31'::date)))),
    CONSTRAINT yearlyanalysis_decision_body_valid CHECK (((plan_decision_body)::text = ANY ((ARRAY[''::character varying, 'kommunfullmaktige'::character varying, 'kommunstyrelsen'::character varying])::text[]))),
    CONSTRAINT yearlyanalysis_year_range CHECK (((year >= 2000) AND (year <= 2100))),
    CONSTRAINT yearlysituationanalysis_updated_at_in_range CHECK (((updated_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (updated_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_incidents_yearlysituationanalysis_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_incidents_yearlysituationanalysis ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_incidents_yearlysituationanalysis_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_campaignmark; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_campaignmark (
    id bigint NOT NULL,
    verdict character varying(8) NOT NULL,
    reason character varying(300) NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    status character varying(8) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    moderated_at timestamp with time zone,
    moderated_by_id integer,
    place_id bigint,
    campaign_id bigint NOT NULL,
    CONSTRAINT campaignmark_has_a_place CHECK (((place_id IS NOT NULL) OR (latitude IS NOT NULL))),
    CONSTRAINT campaignmark_point_complete CHECK ((((latitude IS NULL) AND (longitude IS NULL)) OR ((latitude IS NOT NULL) AND (longitude IS NOT NULL)))),
    CONSTRAINT campaignmark_status_valid CHECK (((status)::text = ANY ((ARRAY['pending'::character varying, 'approved'::character varying, 'rejected'::character varying])::text[]))),
    CONSTRAINT campaignmark_verdict_valid CHECK (((verdict)::text = ANY ((ARRAY['unsafe'::character varying, 'safe'::character varying])::text[])))
);


--
-- Name: est_measures_campaignmark_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_campaignmark ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_campaignmark_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_findingshare; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_findingshare (
    id bigint NOT NULL,
    note text NOT NULL,
    answer text NOT NULL,
    shared_at timestamp with time zone NOT NULL,
    answered_at timestamp with time zone,
    finding_id bigint NOT NULL,
    organisation_id bigint NOT NULL,
    shared_by_id integer,
    CONSTRAINT finding_share_shared_at_in_range CHECK (((shared_at >= '2000-01-01 00:00:00+00'::timestamp with time zone) AND (shared_at < '2101-01-01 00:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_measures_findingshare_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_findingshare ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_findingshare_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_historicalfindingshare; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_historicalfindingshare (
    id bigint NOT NULL,
    note text NOT NULL,
    answer text NOT NULL,
    shared_at timestamp with time zone NOT NULL,
    answered_at timestamp with time zone,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    finding_id bigint,
    history_user_id integer,
    organisation_id bigint,
    shared_by_id integer
);


--
-- Name: est_measures_historicalfindingshare_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_historicalfindingshare ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_historicalfindingshare_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_historicalsafetywalkfinding; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_historicalsafetywalkfinding (
    id bigint NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    problem_kind character varying(20) NOT NULL,
    description text NOT NULL,
    proposed_measure text NOT NULL,
    status character varying(12) NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    est_action_id bigint,
    history_user_id integer,
    place_id bigint,
    responsible_organisation_id bigint,
    walk_id bigint
);


--
-- Name: est_measures_historicalsafetywalkfinding_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_historicalsafetywalkfinding ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_historicalsafetywalkfinding_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_intervention; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_intervention (
    id bigint NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone,
    recurrence_weekdays character varying(13) NOT NULL,
    recurrence_start_time time without time zone,
    recurrence_end_time time without time zone,
    recurrence_until date,
    description text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    created_by_id integer,
    est_action_id bigint,
    organisation_id bigint NOT NULL,
    kind_id bigint NOT NULL,
    CONSTRAINT intervention_ends_after_start CHECK (((ends_at IS NULL) OR (ends_at >= starts_at))),
    CONSTRAINT intervention_point_complete CHECK ((((latitude IS NULL) AND (longitude IS NULL)) OR ((latitude IS NOT NULL) AND (longitude IS NOT NULL)))),
    CONSTRAINT intervention_rule_complete CHECK ((((recurrence_end_time IS NULL) AND (recurrence_start_time IS NULL) AND (recurrence_until IS NULL) AND ((recurrence_weekdays)::text = ''::text)) OR ((NOT ((recurrence_weekdays)::text = ''::text)) AND (recurrence_end_time IS NOT NULL) AND (recurrence_start_time IS NOT NULL) AND (recurrence_until IS NOT NULL)))),
    CONSTRAINT intervention_starts_in_range CHECK (((starts_at >= '2000-01-01 00:00:00+00'::timestamp with time zone) AND (starts_at < '2101-01-01 00:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_measures_intervention_co_organisations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_intervention_co_organisations (
    id bigint NOT NULL,
    intervention_id bigint NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: est_measures_intervention_co_organisations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_intervention_co_organisations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_intervention_co_organisations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_intervention_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_intervention ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_intervention_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_intervention_places; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_intervention_places (
    id bigint NOT NULL,
    intervention_id bigint NOT NULL,
    place_id bigint NOT NULL
);


--
-- Name: est_measures_intervention_places_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_intervention_places ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_intervention_places_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_interventionkind; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_interventionkind (
    id bigint NOT NULL,
    name character varying(80) NOT NULL,
    code character varying(40) NOT NULL,
    "position" smallint NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT est_measures_interventionkind_position_check CHECK (("position" >= 0))
);


--
-- Name: est_measures_interventionkind_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_interventionkind ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_interventionkind_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_plannedevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_plannedevent (
    id bigint NOT NULL,
    title character varying(120) NOT NULL,
    kind character varying(10) NOT NULL,
    place_text character varying(200) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone,
    note text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    created_by_id integer,
    organisation_id bigint NOT NULL,
    place_id bigint,
    CONSTRAINT planned_event_ends_after_start CHECK (((ends_at IS NULL) OR (ends_at >= starts_at))),
    CONSTRAINT planned_event_kind_valid CHECK (((kind)::text = ANY ((ARRAY['idrott'::character varying, 'fest'::character varying, 'skola'::character varying, 'marknad'::character varying, 'helgdag'::character varying, 'annat'::character varying])::text[]))),
    CONSTRAINT plannedevent_ends_at_in_range CHECK (((ends_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (ends_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT plannedevent_starts_at_in_range CHECK (((starts_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (starts_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT plannedevent_updated_at_in_range CHECK (((updated_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (updated_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: est_measures_plannedevent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_plannedevent ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_plannedevent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_safetywalk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_safetywalk (
    id bigint NOT NULL,
    date date NOT NULL,
    area character varying(200) NOT NULL,
    residents_count smallint NOT NULL,
    notes text NOT NULL,
    is_published boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id integer,
    submission_token uuid,
    CONSTRAINT est_measures_safetywalk_residents_count_check CHECK ((residents_count >= 0)),
    CONSTRAINT safetywalk_date_in_range CHECK (((date >= '2000-01-01'::date) AND (date <= '2100-12-31'::date)))
);


--
-- Name: est_measures_safetywalk_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_safetywalk ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_safetywalk_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_safetywalk_organisations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_safetywalk_organisations (
    id bigint NOT NULL,
    safetywalk_id bigint NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: est_measures_safetywalk_organisations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_safetywalk_organisations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_safetywalk_organisations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_safetywalkfinding; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_safetywalkfinding (
    id bigint NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    problem_kind character varying(20) NOT NULL,
    description text NOT NULL,
    proposed_measure text NOT NULL,
    status character varying(12) NOT NULL,
    est_action_id bigint,
    place_id bigint,
    responsible_organisation_id bigint,
    walk_id bigint NOT NULL,
    CONSTRAINT finding_point_complete CHECK ((((latitude IS NULL) AND (longitude IS NULL)) OR ((latitude IS NOT NULL) AND (longitude IS NOT NULL)))),
    CONSTRAINT finding_problem_kind_valid CHECK (((problem_kind)::text = ANY ((ARRAY['lighting'::character varying, 'vegetation'::character varying, 'hidden_spot'::character varying, 'vandalism'::character varying, 'traffic'::character varying, 'other'::character varying])::text[]))),
    CONSTRAINT finding_status_valid CHECK (((status)::text = ANY ((ARRAY['open'::character varying, 'in_progress'::character varying, 'done'::character varying, 'not_done'::character varying])::text[])))
);


--
-- Name: est_measures_safetywalkfinding_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_safetywalkfinding ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_safetywalkfinding_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_walkcampaign; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_walkcampaign (
    id bigint NOT NULL,
    title character varying(120) NOT NULL,
    area character varying(200) NOT NULL,
    description text NOT NULL,
    opens_on date NOT NULL,
    closes_on date NOT NULL,
    walk_date date,
    created_at timestamp with time zone NOT NULL,
    created_by_id integer,
    walk_id bigint,
    CONSTRAINT walkcampaign_closes_after_opens CHECK ((closes_on >= opens_on)),
    CONSTRAINT walkcampaign_closes_on_in_range CHECK (((closes_on >= '2000-01-01'::date) AND (closes_on <= '2100-12-31'::date))),
    CONSTRAINT walkcampaign_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT walkcampaign_opens_on_in_range CHECK (((opens_on >= '2000-01-01'::date) AND (opens_on <= '2100-12-31'::date))),
    CONSTRAINT walkcampaign_walk_date_in_range CHECK (((walk_date >= '2000-01-01'::date) AND (walk_date <= '2100-12-31'::date)))
);


--
-- Name: est_measures_walkcampaign_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_walkcampaign ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_walkcampaign_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: est_measures_walksignup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.est_measures_walksignup (
    id bigint NOT NULL,
    name character varying(120) NOT NULL,
    email character varying(254) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    campaign_id bigint NOT NULL
);


--
-- Name: est_measures_walksignup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.est_measures_walksignup ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.est_measures_walksignup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_public_page_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_public_page_cache (
    cache_key character varying(255) NOT NULL,
    value text NOT NULL,
    expires timestamp with time zone NOT NULL
);


--
-- Name: hjo_safety_accessevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_accessevent (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    username character varying(150) NOT NULL,
    object_type character varying(60) NOT NULL,
    object_id bigint,
    object_label character varying(200) NOT NULL,
    detail character varying(300) NOT NULL,
    ip_address inet,
    created_at timestamp with time zone NOT NULL,
    organisation_id bigint,
    user_id integer,
    CONSTRAINT accessevent_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT accessevent_kind_valid CHECK (((kind)::text = ANY ((ARRAY['incident_view'::character varying, 'csv_export'::character varying, 'frozen_picture'::character varying, 'yearly_document'::character varying])::text[]))),
    CONSTRAINT hjo_safety_accessevent_object_id_check CHECK ((object_id >= 0))
);


--
-- Name: hjo_safety_accessevent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_accessevent ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_accessevent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_attachment (
    id bigint NOT NULL,
    public_id uuid NOT NULL,
    object_id bigint NOT NULL,
    kind character varying(8) NOT NULL,
    file character varying(120) NOT NULL,
    size integer NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    content_type_id integer NOT NULL,
    uploaded_by_id integer,
    CONSTRAINT attachment_kind_valid CHECK (((kind)::text = ANY ((ARRAY['image'::character varying, 'pdf'::character varying])::text[]))),
    CONSTRAINT attachment_uploaded_at_in_range CHECK (((uploaded_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (uploaded_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT hjo_safety_attachment_object_id_check CHECK ((object_id >= 0)),
    CONSTRAINT hjo_safety_attachment_size_check CHECK ((size >= 0))
);


--
-- Name: hjo_safety_attachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_attachment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_attachment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_auditevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_auditevent (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    username character varying(150) NOT NULL,
    ip_address inet,
    detail character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    user_id integer,
    CONSTRAINT auditevent_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT auditevent_kind_valid CHECK (((kind)::text = ANY ((ARRAY['login'::character varying, 'logout'::character varying, 'login_failed'::character varying, 'locked_out'::character varying, 'unlocked'::character varying, 'otp_enabled'::character varying, 'otp_failed'::character varying, 'redacted'::character varying, 'sso_login'::character varying, 'sso_refused'::character varying, 'sso_pending'::character varying, 'sso_approved'::character varying, 'sso_ended'::character varying, 'invited'::character varying, 'invitation_resent'::character varying, 'invitation_withdrawn'::character varying, 'role_changed'::character varying, 'member_removed'::character varying, 'deactivated'::character varying])::text[])))
);


--
-- Name: hjo_safety_auditevent_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_auditevent ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_auditevent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_contactinfo; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_contactinfo (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    phone character varying(40) NOT NULL,
    phone_hours character varying(200) NOT NULL,
    email character varying(254) NOT NULL,
    visiting_address character varying(200) NOT NULL,
    opening_hours character varying(200) NOT NULL,
    postal_address character varying(200) NOT NULL,
    directions_url character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    dpo_email character varying(254) NOT NULL,
    dpo_phone character varying(40) NOT NULL,
    name_en character varying(200) NOT NULL,
    opening_hours_en character varying(200) NOT NULL,
    phone_hours_en character varying(200) NOT NULL,
    CONSTRAINT contactinfo_updated_at_in_range CHECK (((updated_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (updated_at < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: hjo_safety_contactinfo_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_contactinfo ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_contactinfo_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_dataversion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_dataversion (
    id bigint NOT NULL,
    scope bigint NOT NULL,
    slot smallint NOT NULL,
    n bigint NOT NULL,
    CONSTRAINT hjo_safety_dataversion_slot_check CHECK ((slot >= 0))
);


--
-- Name: hjo_safety_dataversion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_dataversion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_dataversion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_historicalcontactinfo; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_historicalcontactinfo (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    phone character varying(40) NOT NULL,
    phone_hours character varying(200) NOT NULL,
    email character varying(254) NOT NULL,
    visiting_address character varying(200) NOT NULL,
    opening_hours character varying(200) NOT NULL,
    postal_address character varying(200) NOT NULL,
    directions_url character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    dpo_email character varying(254) NOT NULL,
    dpo_phone character varying(40) NOT NULL,
    name_en character varying(200) NOT NULL,
    opening_hours_en character varying(200) NOT NULL,
    phone_hours_en character varying(200) NOT NULL
);


--
-- Name: hjo_safety_historicalcontactinfo_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_historicalcontactinfo ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_historicalcontactinfo_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_historicalmembership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_historicalmembership (
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    user_id integer,
    organisation_id bigint
);


--
-- Name: hjo_safety_historicalmembership_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_historicalmembership ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_historicalmembership_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_historicalorganisation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_historicalorganisation (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    short_name character varying(40) NOT NULL,
    kind character varying(20) NOT NULL,
    is_active boolean NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id integer,
    share_reporter_name boolean NOT NULL
);


--
-- Name: hjo_safety_historicalorganisation_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_historicalorganisation ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_historicalorganisation_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_jobrun; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_jobrun (
    id bigint NOT NULL,
    name character varying(100) NOT NULL,
    last_success timestamp with time zone,
    last_failure timestamp with time zone,
    CONSTRAINT jobrun_last_failure_in_range CHECK (((last_failure >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (last_failure < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT jobrun_last_success_in_range CHECK (((last_success >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (last_success < '2100-12-31 23:00:00+00'::timestamp with time zone)))
);


--
-- Name: hjo_safety_jobrun_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_jobrun ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_jobrun_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_membership (
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    user_id integer NOT NULL,
    organisation_id bigint NOT NULL,
    CONSTRAINT membership_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT membership_role_valid CHECK (((role)::text = ANY ((ARRAY['reporter'::character varying, 'org_admin'::character varying, 'coordinator'::character varying])::text[])))
);


--
-- Name: hjo_safety_membership_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_membership ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_membership_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_organisation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_organisation (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    short_name character varying(40) NOT NULL,
    kind character varying(20) NOT NULL,
    is_active boolean NOT NULL,
    share_reporter_name boolean NOT NULL,
    CONSTRAINT organisation_kind_valid CHECK (((kind)::text = ANY ((ARRAY['municipal_service'::character varying, 'police'::character varying, 'company'::character varying, 'non_profit'::character varying, 'other'::character varying])::text[])))
);


--
-- Name: hjo_safety_organisation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_organisation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_organisation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_safety_ssoidentity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_safety_ssoidentity (
    id bigint NOT NULL,
    provider character varying(40) NOT NULL,
    subject character varying(255) NOT NULL,
    status character varying(10) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_login_at timestamp with time zone,
    logged_out_at timestamp with time zone,
    last_sid character varying(255) NOT NULL,
    user_id integer NOT NULL,
    CONSTRAINT ssoidentity_created_at_in_range CHECK (((created_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (created_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT ssoidentity_last_login_at_in_range CHECK (((last_login_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (last_login_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT ssoidentity_logged_out_at_in_range CHECK (((logged_out_at >= '1999-12-31 23:00:00+00'::timestamp with time zone) AND (logged_out_at < '2100-12-31 23:00:00+00'::timestamp with time zone))),
    CONSTRAINT ssoidentity_status_valid CHECK (((status)::text = ANY ((ARRAY['pending'::character varying, 'approved'::character varying])::text[])))
);


--
-- Name: hjo_safety_ssoidentity_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.hjo_safety_ssoidentity ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.hjo_safety_ssoidentity_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: hjo_throttle_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hjo_throttle_cache (
    cache_key character varying(255) NOT NULL,
    value text NOT NULL,
    expires timestamp with time zone NOT NULL
);


--
-- Name: notifications_bulletin; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications_bulletin (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    title character varying(120) NOT NULL,
    text text NOT NULL,
    to_all boolean NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    sent_by_id integer,
    early_warnings jsonb NOT NULL,
    CONSTRAINT bulletin_kind_valid CHECK (((kind)::text = ANY ((ARRAY['weekend'::character varying, 'warning'::character varying, 'weekly'::character varying])::text[])))
);


--
-- Name: notifications_bulletin_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notifications_bulletin ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.notifications_bulletin_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notifications_bulletin_organisations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications_bulletin_organisations (
    id bigint NOT NULL,
    bulletin_id bigint NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: notifications_bulletin_organisations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notifications_bulletin_organisations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.notifications_bulletin_organisations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notifications_digestrun; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications_digestrun (
    id bigint NOT NULL,
    covered_until timestamp with time zone NOT NULL,
    user_id integer NOT NULL
);


--
-- Name: notifications_digestrun_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notifications_digestrun ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.notifications_digestrun_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notifications_notificationsettings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications_notificationsettings (
    id bigint NOT NULL,
    incident_status boolean NOT NULL,
    incident_note boolean NOT NULL,
    incident_shared boolean NOT NULL,
    council boolean NOT NULL,
    action_reminder boolean NOT NULL,
    digest character varying(10) NOT NULL,
    user_id integer NOT NULL,
    coverage_reminder boolean NOT NULL,
    tip_forwarded boolean NOT NULL,
    handles_shares boolean NOT NULL,
    tip_received boolean NOT NULL,
    bulletin character varying(10) NOT NULL,
    CONSTRAINT notificationsettings_bulletin_valid CHECK (((bulletin)::text = ANY ((ARRAY['instant'::character varying, 'weekly'::character varying, 'none'::character varying])::text[]))),
    CONSTRAINT notificationsettings_digest_valid CHECK (((digest)::text = ANY ((ARRAY['daily'::character varying, 'weekly'::character varying, 'none'::character varying])::text[])))
);


--
-- Name: notifications_notificationsettings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notifications_notificationsettings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.notifications_notificationsettings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notifications_outboxmessage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications_outboxmessage (
    id bigint NOT NULL,
    event_key character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    to_address character varying(254) NOT NULL,
    subject character varying(250) NOT NULL,
    unsubscribe_url character varying(500) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    attempts integer NOT NULL,
    last_error text NOT NULL,
    recipient_id integer,
    about_id bigint,
    about_type_id integer,
    drop_reason character varying(20) NOT NULL,
    dropped_at timestamp with time zone,
    params jsonb NOT NULL,
    template character varying(30) NOT NULL,
    subscription_id bigint,
    CONSTRAINT notifications_outboxmessage_about_id_check CHECK ((about_id >= 0)),
    CONSTRAINT notifications_outboxmessage_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT outboxmessage_drop_reason_valid CHECK (((((drop_reason)::text = ''::text) AND (dropped_at IS NULL)) OR (((drop_reason)::text = ANY ((ARRAY['not_visible'::character varying, 'gone'::character varying, 'recipient_inactive'::character varying, 'legacy'::character varying])::text[])) AND (dropped_at IS NOT NULL)))),
    CONSTRAINT outboxmessage_kind_valid CHECK (((kind)::text = ANY ((ARRAY['incident_status'::character varying, 'incident_note'::character varying, 'incident_shared'::character varying, 'digest'::character varying, 'council'::character varying, 'action_reminder'::character varying, 'coverage_reminder'::character varying, 'tip_forwarded'::character varying, 'tip_received'::character varying, 'share_received'::character varying, 'bulletin'::character varying, 'account'::character varying, 'subscription'::character varying])::text[]))),
    CONSTRAINT outboxmessage_sent_or_dropped CHECK (((sent_at IS NULL) OR (dropped_at IS NULL))),
    CONSTRAINT outboxmessage_template_valid CHECK (((template)::text = ANY ((ARRAY['incident_status'::character varying, 'incident_note'::character varying, 'share_note'::character varying, 'incident_shared'::character varying, 'digest'::character varying, 'council_agenda'::character varying, 'council_minutes'::character varying, 'action_reminder'::character varying, 'coverage_reminder'::character varying, 'agreement_reminder'::character varying, 'tip_forwarded'::character varying, 'tip_received'::character varying, 'share_received'::character varying, 'bulletin'::character varying, 'bulletin_week'::character varying, 'invitation'::character varying, 'password_link'::character varying, 'subscription_confirm'::character varying, 'subscription_follow_up'::character varying, 'subscription_agenda'::character varying, 'subscription_minutes'::character varying, 'subscription_walk'::character varying, 'subscription_figures'::character varying, 'legacy'::character varying])::text[])))
);


--
-- Name: notifications_outboxmessage_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notifications_outboxmessage ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.notifications_outboxmessage_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notifications_subscription; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications_subscription (
    id bigint NOT NULL,
    email character varying(254) NOT NULL,
    topic character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    confirmed_at timestamp with time zone,
    promise_id bigint,
    place_id bigint,
    CONSTRAINT subscription_place_only_figures CHECK (((place_id IS NULL) OR ((topic)::text = 'figures'::text))),
    CONSTRAINT subscription_promise_iff_follow_up CHECK ((((promise_id IS NOT NULL) AND ((topic)::text = 'follow_up'::text)) OR ((NOT ((topic)::text = 'follow_up'::text)) AND (promise_id IS NULL)))),
    CONSTRAINT subscription_topic_valid CHECK (((topic)::text = ANY ((ARRAY['follow_up'::character varying, 'council'::character varying, 'safety_walk'::character varying, 'figures'::character varying])::text[])))
);


--
-- Name: notifications_subscription_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.notifications_subscription ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.notifications_subscription_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: otp_static_staticdevice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.otp_static_staticdevice (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    confirmed boolean NOT NULL,
    user_id integer NOT NULL,
    throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamp with time zone,
    created_at timestamp with time zone,
    last_used_at timestamp with time zone,
    CONSTRAINT otp_static_staticdevice_throttling_failure_count_check CHECK ((throttling_failure_count >= 0))
);


--
-- Name: otp_static_staticdevice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.otp_static_staticdevice ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.otp_static_staticdevice_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: otp_static_statictoken; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.otp_static_statictoken (
    id integer NOT NULL,
    token character varying(16) NOT NULL,
    device_id integer NOT NULL
);


--
-- Name: otp_static_statictoken_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.otp_static_statictoken ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.otp_static_statictoken_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: otp_totp_totpdevice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.otp_totp_totpdevice (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    confirmed boolean NOT NULL,
    key character varying(80) NOT NULL,
    step smallint NOT NULL,
    t0 bigint NOT NULL,
    digits smallint NOT NULL,
    tolerance smallint NOT NULL,
    drift smallint NOT NULL,
    last_t bigint NOT NULL,
    user_id integer NOT NULL,
    throttling_failure_count integer NOT NULL,
    throttling_failure_timestamp timestamp with time zone,
    created_at timestamp with time zone,
    last_used_at timestamp with time zone,
    CONSTRAINT otp_totp_totpdevice_digits_check CHECK ((digits >= 0)),
    CONSTRAINT otp_totp_totpdevice_step_check CHECK ((step >= 0)),
    CONSTRAINT otp_totp_totpdevice_throttling_failure_count_check CHECK ((throttling_failure_count >= 0)),
    CONSTRAINT otp_totp_totpdevice_tolerance_check CHECK ((tolerance >= 0))
);


--
-- Name: otp_totp_totpdevice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.otp_totp_totpdevice ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.otp_totp_totpdevice_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: safety_statistics_crimestatistic; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.safety_statistics_crimestatistic (
    id bigint NOT NULL,
    year smallint NOT NULL,
    month smallint,
    category character varying(200) NOT NULL,
    category_key character varying(120) NOT NULL,
    count integer NOT NULL,
    imported_at timestamp with time zone NOT NULL,
    source_file character varying(255) NOT NULL,
    CONSTRAINT crimestatistic_count_positive CHECK ((count >= 0)),
    CONSTRAINT crimestatistic_month_range CHECK (((month IS NULL) OR ((month >= 1) AND (month <= 12)))),
    CONSTRAINT crimestatistic_year_range CHECK (((year >= 2000) AND (year <= 2100))),
    CONSTRAINT safety_statistics_crimestatistic_count_check CHECK ((count >= 0)),
    CONSTRAINT safety_statistics_crimestatistic_month_check CHECK ((month >= 0)),
    CONSTRAINT safety_statistics_crimestatistic_year_check CHECK ((year >= 0))
);


--
-- Name: safety_statistics_crimestatistic_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.safety_statistics_crimestatistic ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.safety_statistics_crimestatistic_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: safety_statistics_population; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.safety_statistics_population (
    id bigint NOT NULL,
    year smallint NOT NULL,
    inhabitants integer NOT NULL,
    note character varying(200) NOT NULL,
    CONSTRAINT population_positive CHECK ((inhabitants > 0)),
    CONSTRAINT population_year_range CHECK (((year >= 2000) AND (year <= 2100))),
    CONSTRAINT safety_statistics_population_inhabitants_check CHECK ((inhabitants >= 0)),
    CONSTRAINT safety_statistics_population_year_check CHECK ((year >= 0))
);


--
-- Name: safety_statistics_population_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.safety_statistics_population ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.safety_statistics_population_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: auth_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group (id, name) FROM stdin;
\.


--
-- Data for Name: auth_group_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group_permissions (id, group_id, permission_id) FROM stdin;
\.


--
-- Data for Name: auth_permission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_permission (id, name, content_type_id, codename) FROM stdin;
1	Can add log entry	1	add_logentry
2	Can change log entry	1	change_logentry
3	Can delete log entry	1	delete_logentry
4	Can view log entry	1	view_logentry
5	Can add permission	2	add_permission
6	Can change permission	2	change_permission
7	Can delete permission	2	delete_permission
8	Can view permission	2	view_permission
9	Can add group	3	add_group
10	Can change group	3	change_group
11	Can delete group	3	delete_group
12	Can view group	3	view_group
13	Can add user	4	add_user
14	Can change user	4	change_user
15	Can delete user	4	delete_user
16	Can view user	4	view_user
17	Can add content type	5	add_contenttype
18	Can change content type	5	change_contenttype
19	Can delete content type	5	delete_contenttype
20	Can view content type	5	view_contenttype
21	Can add session	6	add_session
22	Can change session	6	change_session
23	Can delete session	6	delete_session
24	Can view session	6	view_session
25	Can add access attempt	7	add_accessattempt
26	Can change access attempt	7	change_accessattempt
27	Can delete access attempt	7	delete_accessattempt
28	Can view access attempt	7	view_accessattempt
29	Can add access log	8	add_accesslog
30	Can change access log	8	change_accesslog
31	Can delete access log	8	delete_accesslog
32	Can view access log	8	view_accesslog
33	Can add access failure	9	add_accessfailurelog
34	Can change access failure	9	change_accessfailurelog
35	Can delete access failure	9	delete_accessfailurelog
36	Can view access failure	9	view_accessfailurelog
37	Can add access attempt expiration	10	add_accessattemptexpiration
38	Can change access attempt expiration	10	change_accessattemptexpiration
39	Can delete access attempt expiration	10	delete_accessattemptexpiration
40	Can view access attempt expiration	10	view_accessattemptexpiration
41	Can add TOTP device	11	add_totpdevice
42	Can change TOTP device	11	change_totpdevice
43	Can delete TOTP device	11	delete_totpdevice
44	Can view TOTP device	11	view_totpdevice
45	Can add static device	12	add_staticdevice
46	Can change static device	12	change_staticdevice
47	Can delete static device	12	delete_staticdevice
48	Can view static device	12	view_staticdevice
49	Can add static token	13	add_statictoken
50	Can change static token	13	change_statictoken
51	Can delete static token	13	delete_statictoken
52	Can view static token	13	view_statictoken
53	Can add kontaktuppgifter	14	add_contactinfo
54	Can change kontaktuppgifter	14	change_contactinfo
55	Can delete kontaktuppgifter	14	delete_contactinfo
56	Can view kontaktuppgifter	14	view_contactinfo
57	Can add historical kontaktuppgifter	15	add_historicalcontactinfo
58	Can change historical kontaktuppgifter	15	change_historicalcontactinfo
59	Can delete historical kontaktuppgifter	15	delete_historicalcontactinfo
60	Can view historical kontaktuppgifter	15	view_historicalcontactinfo
61	Can add historical organisation	16	add_historicalorganisation
62	Can change historical organisation	16	change_historicalorganisation
63	Can delete historical organisation	16	delete_historicalorganisation
64	Can view historical organisation	16	view_historicalorganisation
65	Can add organisation	17	add_organisation
66	Can change organisation	17	change_organisation
67	Can delete organisation	17	delete_organisation
68	Can view organisation	17	view_organisation
69	Can add historical medlemskap	18	add_historicalmembership
70	Can change historical medlemskap	18	change_historicalmembership
71	Can delete historical medlemskap	18	delete_historicalmembership
72	Can view historical medlemskap	18	view_historicalmembership
73	Can add medlemskap	19	add_membership
74	Can change medlemskap	19	change_membership
75	Can delete medlemskap	19	delete_membership
76	Can view medlemskap	19	view_membership
77	Can add kontohändelse	20	add_auditevent
78	Can change kontohändelse	20	change_auditevent
79	Can delete kontohändelse	20	delete_auditevent
80	Can view kontohändelse	20	view_auditevent
81	Can add dataversion	21	add_dataversion
82	Can change dataversion	21	change_dataversion
83	Can delete dataversion	21	delete_dataversion
84	Can view dataversion	21	view_dataversion
85	Can add användarnamn	22	add_usernames
86	Can change användarnamn	22	change_usernames
87	Can delete användarnamn	22	delete_usernames
88	Can view användarnamn	22	view_usernames
89	Can add åtkomsthändelse	23	add_accessevent
90	Can change åtkomsthändelse	23	change_accessevent
91	Can delete åtkomsthändelse	23	delete_accessevent
92	Can view åtkomsthändelse	23	view_accessevent
93	Kan söka i åtkomstloggen (dataskyddsombud)	23	search_access_log
94	Can add schemalagt jobb	24	add_jobrun
95	Can change schemalagt jobb	24	change_jobrun
96	Can delete schemalagt jobb	24	delete_jobrun
97	Can view schemalagt jobb	24	view_jobrun
98	Can add inloggning via identitetsleverantör	25	add_ssoidentity
99	Can change inloggning via identitetsleverantör	25	change_ssoidentity
100	Can delete inloggning via identitetsleverantör	25	delete_ssoidentity
101	Can view inloggning via identitetsleverantör	25	view_ssoidentity
102	Can add bilaga	26	add_attachment
103	Can change bilaga	26	change_attachment
104	Can delete bilaga	26	delete_attachment
105	Can view bilaga	26	view_attachment
106	Can add rådsmöte	27	add_councilmeeting
107	Can change rådsmöte	27	change_councilmeeting
108	Can delete rådsmöte	27	delete_councilmeeting
109	Can view rådsmöte	27	view_councilmeeting
110	Can add åtgärd	28	add_action
111	Can change åtgärd	28	change_action
112	Can delete åtgärd	28	delete_action
113	Can view åtgärd	28	view_action
114	Can add dagordningspunkt	29	add_agendaitem
115	Can change dagordningspunkt	29	change_agendaitem
116	Can delete dagordningspunkt	29	delete_agendaitem
117	Can view dagordningspunkt	29	view_agendaitem
118	Can add rådsledamot	30	add_councilmember
119	Can change rådsledamot	30	change_councilmember
120	Can delete rådsledamot	30	delete_councilmember
121	Can view rådsledamot	30	view_councilmember
122	Can add närvaro	31	add_attendance
123	Can change närvaro	31	change_attendance
124	Can delete närvaro	31	delete_attendance
125	Can view närvaro	31	view_attendance
126	Can add historical åtgärd	32	add_historicalaction
127	Can change historical åtgärd	32	change_historicalaction
128	Can delete historical åtgärd	32	delete_historicalaction
129	Can view historical åtgärd	32	view_historicalaction
130	Can add historical dagordningspunkt	33	add_historicalagendaitem
131	Can change historical dagordningspunkt	33	change_historicalagendaitem
132	Can delete historical dagordningspunkt	33	delete_historicalagendaitem
133	Can view historical dagordningspunkt	33	view_historicalagendaitem
134	Can add historical närvaro	34	add_historicalattendance
135	Can change historical närvaro	34	change_historicalattendance
136	Can delete historical närvaro	34	delete_historicalattendance
137	Can view historical närvaro	34	view_historicalattendance
138	Can add historical rådsmöte	35	add_historicalcouncilmeeting
139	Can change historical rådsmöte	35	change_historicalcouncilmeeting
140	Can delete historical rådsmöte	35	delete_historicalcouncilmeeting
141	Can view historical rådsmöte	35	view_historicalcouncilmeeting
142	Can add historical rådsledamot	36	add_historicalcouncilmember
143	Can change historical rådsledamot	36	change_historicalcouncilmember
144	Can delete historical rådsledamot	36	delete_historicalcouncilmember
145	Can view historical rådsledamot	36	view_historicalcouncilmember
146	Can add justering	37	add_minutesapproval
147	Can change justering	37	change_minutesapproval
148	Can delete justering	37	delete_minutesapproval
149	Can view justering	37	view_minutesapproval
150	Can add rättelse av protokoll	38	add_minutescorrection
151	Can change rättelse av protokoll	38	change_minutescorrection
152	Can delete rättelse av protokoll	38	delete_minutescorrection
153	Can view rättelse av protokoll	38	view_minutescorrection
154	Can add plats	39	add_place
155	Can change plats	39	change_place
156	Can delete plats	39	delete_place
157	Can view plats	39	view_place
158	Can add kategori	40	add_category
159	Can change kategori	40	change_category
160	Can delete kategori	40	delete_category
161	Can view kategori	40	view_category
162	Can add händelse	41	add_incident
163	Can change händelse	41	change_incident
164	Can delete händelse	41	delete_incident
165	Can view händelse	41	view_incident
166	Can add historical händelse	42	add_historicalincident
167	Can change historical händelse	42	change_historicalincident
168	Can delete historical händelse	42	delete_historicalincident
169	Can view historical händelse	42	view_historicalincident
170	Can add EST-möte	43	add_estmeeting
171	Can change EST-möte	43	change_estmeeting
172	Can delete EST-möte	43	delete_estmeeting
173	Can view EST-möte	43	view_estmeeting
174	Can add EST-åtgärd	44	add_estaction
175	Can change EST-åtgärd	44	change_estaction
176	Can delete EST-åtgärd	44	delete_estaction
177	Can view EST-åtgärd	44	view_estaction
178	Can add rapport till EST-möte	45	add_estmeetingreport
179	Can change rapport till EST-möte	45	change_estmeetingreport
180	Can delete rapport till EST-möte	45	delete_estmeetingreport
181	Can view rapport till EST-möte	45	view_estmeetingreport
182	Can add historical EST-åtgärd	46	add_historicalestaction
183	Can change historical EST-åtgärd	46	change_historicalestaction
184	Can delete historical EST-åtgärd	46	delete_historicalestaction
185	Can view historical EST-åtgärd	46	view_historicalestaction
186	Can add historical EST-möte	47	add_historicalestmeeting
187	Can change historical EST-möte	47	change_historicalestmeeting
188	Can delete historical EST-möte	47	delete_historicalestmeeting
189	Can view historical EST-möte	47	view_historicalestmeeting
190	Can add historical rapport till EST-möte	48	add_historicalestmeetingreport
191	Can change historical rapport till EST-möte	48	change_historicalestmeetingreport
192	Can delete historical rapport till EST-möte	48	delete_historicalestmeetingreport
193	Can view historical rapport till EST-möte	48	view_historicalestmeetingreport
194	Can add historical årlig lägesbild – analys	49	add_historicalyearlysituationanalysis
195	Can change historical årlig lägesbild – analys	49	change_historicalyearlysituationanalysis
196	Can delete historical årlig lägesbild – analys	49	delete_historicalyearlysituationanalysis
197	Can view historical årlig lägesbild – analys	49	view_historicalyearlysituationanalysis
198	Can add polishändelse	50	add_policeevent
199	Can change polishändelse	50	change_policeevent
200	Can delete polishändelse	50	delete_policeevent
201	Can view polishändelse	50	view_policeevent
202	Can add årlig lägesbild – analys	51	add_yearlysituationanalysis
203	Can change årlig lägesbild – analys	51	change_yearlysituationanalysis
204	Can delete årlig lägesbild – analys	51	delete_yearlysituationanalysis
205	Can view årlig lägesbild – analys	51	view_yearlysituationanalysis
206	Can add historical påminnelse om rapportering	52	add_historicalcoveragereminder
207	Can change historical påminnelse om rapportering	52	change_historicalcoveragereminder
208	Can delete historical påminnelse om rapportering	52	delete_historicalcoveragereminder
209	Can view historical påminnelse om rapportering	52	view_historicalcoveragereminder
210	Can add historical delning av händelse	53	add_historicalincidentshare
211	Can change historical delning av händelse	53	change_historicalincidentshare
212	Can delete historical delning av händelse	53	delete_historicalincidentshare
213	Can view historical delning av händelse	53	view_historicalincidentshare
214	Can add delning av händelse	54	add_incidentshare
215	Can change delning av händelse	54	change_incidentshare
216	Can delete delning av händelse	54	delete_incidentshare
217	Can view delning av händelse	54	view_incidentshare
218	Can add historical hanteringsanteckning	55	add_historicalsharehandlingnote
219	Can change historical hanteringsanteckning	55	change_historicalsharehandlingnote
220	Can delete historical hanteringsanteckning	55	delete_historicalsharehandlingnote
221	Can view historical hanteringsanteckning	55	view_historicalsharehandlingnote
222	Can add hanteringsanteckning	56	add_sharehandlingnote
223	Can change hanteringsanteckning	56	change_sharehandlingnote
224	Can delete hanteringsanteckning	56	delete_sharehandlingnote
225	Can view hanteringsanteckning	56	view_sharehandlingnote
226	Can add påminnelse om rapportering	57	add_coveragereminder
227	Can change påminnelse om rapportering	57	change_coveragereminder
228	Can delete påminnelse om rapportering	57	delete_coveragereminder
229	Can view påminnelse om rapportering	57	view_coveragereminder
230	Can add sammanräkning av händelser	58	add_incidentrollup
231	Can change sammanräkning av händelser	58	change_incidentrollup
232	Can delete sammanräkning av händelser	58	delete_incidentrollup
233	Can view sammanräkning av händelser	58	view_incidentrollup
234	Can add närvarande organisation	59	add_estmeetingpresence
235	Can change närvarande organisation	59	change_estmeetingpresence
236	Can delete närvarande organisation	59	delete_estmeetingpresence
237	Can view närvarande organisation	59	view_estmeetingpresence
238	Can add incidenthistorik	60	add_historicalincidentversion
239	Can change incidenthistorik	60	change_historicalincidentversion
240	Can delete incidenthistorik	60	delete_historicalincidentversion
241	Can view incidenthistorik	60	view_historicalincidentversion
242	Can add delningshistorik	61	add_historicalincidentshareversion
243	Can change delningshistorik	61	change_historicalincidentshareversion
244	Can delete delningshistorik	61	delete_historicalincidentshareversion
245	Can view delningshistorik	61	view_historicalincidentshareversion
246	Can add historical inget att rapportera	62	add_historicalnothingtoreport
247	Can change historical inget att rapportera	62	change_historicalnothingtoreport
248	Can delete historical inget att rapportera	62	delete_historicalnothingtoreport
249	Can view historical inget att rapportera	62	view_historicalnothingtoreport
250	Can add inget att rapportera	63	add_nothingtoreport
251	Can change inget att rapportera	63	change_nothingtoreport
252	Can delete inget att rapportera	63	delete_nothingtoreport
253	Can view inget att rapportera	63	view_nothingtoreport
254	Can add publicering (kopia)	64	add_releasesnapshot
255	Can change publicering (kopia)	64	change_releasesnapshot
256	Can delete publicering (kopia)	64	delete_releasesnapshot
257	Can view publicering (kopia)	64	view_releasesnapshot
258	Can add publicerad händelse	65	add_releasedincident
259	Can change publicerad händelse	65	change_releasedincident
260	Can delete publicerad händelse	65	delete_releasedincident
261	Can view publicerad händelse	65	view_releasedincident
262	Can add medborgarlöfte	66	add_citizenpromise
263	Can change medborgarlöfte	66	change_citizenpromise
264	Can delete medborgarlöfte	66	delete_citizenpromise
265	Can view medborgarlöfte	66	view_citizenpromise
266	Can add uppföljning	67	add_followup
267	Can change uppföljning	67	change_followup
268	Can delete uppföljning	67	delete_followup
269	Can view uppföljning	67	view_followup
270	Can add historical medborgarlöfte	68	add_historicalcitizenpromise
271	Can change historical medborgarlöfte	68	change_historicalcitizenpromise
272	Can delete historical medborgarlöfte	68	delete_historicalcitizenpromise
273	Can view historical medborgarlöfte	68	view_historicalcitizenpromise
274	Can add historical uppföljning	69	add_historicalfollowup
275	Can change historical uppföljning	69	change_historicalfollowup
276	Can delete historical uppföljning	69	delete_historicalfollowup
277	Can view historical uppföljning	69	view_historicalfollowup
278	Can add historical aktivitet	70	add_historicalpromiseactivity
279	Can change historical aktivitet	70	change_historicalpromiseactivity
280	Can delete historical aktivitet	70	delete_historicalpromiseactivity
281	Can view historical aktivitet	70	view_historicalpromiseactivity
282	Can add historical mål	71	add_historicalpromisegoal
283	Can change historical mål	71	change_historicalpromisegoal
284	Can delete historical mål	71	delete_historicalpromisegoal
285	Can view historical mål	71	view_historicalpromisegoal
286	Can add historical undertecknare	72	add_historicalsignatory
287	Can change historical undertecknare	72	change_historicalsignatory
288	Can delete historical undertecknare	72	delete_historicalsignatory
289	Can view historical undertecknare	72	view_historicalsignatory
290	Can add aktivitet	73	add_promiseactivity
291	Can change aktivitet	73	change_promiseactivity
292	Can delete aktivitet	73	delete_promiseactivity
293	Can view aktivitet	73	view_promiseactivity
294	Can add historical resultat per aktivitet	74	add_historicalfollowupresult
295	Can change historical resultat per aktivitet	74	change_historicalfollowupresult
296	Can delete historical resultat per aktivitet	74	delete_historicalfollowupresult
297	Can view historical resultat per aktivitet	74	view_historicalfollowupresult
298	Can add resultat per aktivitet	75	add_followupresult
299	Can change resultat per aktivitet	75	change_followupresult
300	Can delete resultat per aktivitet	75	delete_followupresult
301	Can view resultat per aktivitet	75	view_followupresult
302	Can add kontaktperson	76	add_promisecontact
303	Can change kontaktperson	76	change_promisecontact
304	Can delete kontaktperson	76	delete_promisecontact
305	Can view kontaktperson	76	view_promisecontact
306	Can add mål	77	add_promisegoal
307	Can change mål	77	change_promisegoal
308	Can delete mål	77	delete_promisegoal
309	Can view mål	77	view_promisegoal
310	Can add undertecknare	78	add_signatory
311	Can change undertecknare	78	change_signatory
312	Can delete undertecknare	78	delete_signatory
313	Can view undertecknare	78	view_signatory
314	Can add trygghetsmätning	79	add_survey
315	Can change trygghetsmätning	79	change_survey
316	Can delete trygghetsmätning	79	delete_survey
317	Can view trygghetsmätning	79	view_survey
318	Can add enkätsvar	80	add_surveyresponse
319	Can change enkätsvar	80	change_surveyresponse
320	Can delete enkätsvar	80	delete_surveyresponse
321	Can view enkätsvar	80	view_surveyresponse
322	Can add förslag	81	add_surveyhelp
323	Can change förslag	81	change_surveyhelp
324	Can delete förslag	81	delete_surveyhelp
325	Can view förslag	81	view_surveyhelp
326	Can add plats som undviks	82	add_surveyavoidedplace
327	Can change plats som undviks	82	change_surveyavoidedplace
328	Can delete plats som undviks	82	delete_surveyavoidedplace
329	Can view plats som undviks	82	view_surveyavoidedplace
330	Can add samverkansöverenskommelse	83	add_cooperationagreement
331	Can change samverkansöverenskommelse	83	change_cooperationagreement
332	Can delete samverkansöverenskommelse	83	delete_cooperationagreement
333	Can view samverkansöverenskommelse	83	view_cooperationagreement
334	Can add undertecknare	84	add_agreementsignatory
335	Can change undertecknare	84	change_agreementsignatory
336	Can delete undertecknare	84	delete_agreementsignatory
337	Can view undertecknare	84	view_agreementsignatory
338	Can add historical undertecknare	85	add_historicalagreementsignatory
339	Can change historical undertecknare	85	change_historicalagreementsignatory
340	Can delete historical undertecknare	85	delete_historicalagreementsignatory
341	Can view historical undertecknare	85	view_historicalagreementsignatory
342	Can add historical samverkansöverenskommelse	86	add_historicalcooperationagreement
343	Can change historical samverkansöverenskommelse	86	change_historicalcooperationagreement
344	Can delete historical samverkansöverenskommelse	86	delete_historicalcooperationagreement
345	Can view historical samverkansöverenskommelse	86	view_historicalcooperationagreement
346	Can add historical prioriterat område	87	add_historicalpriorityarea
347	Can change historical prioriterat område	87	change_historicalpriorityarea
348	Can delete historical prioriterat område	87	delete_historicalpriorityarea
349	Can view historical prioriterat område	87	view_historicalpriorityarea
350	Can add prioriterat område	88	add_priorityarea
351	Can change prioriterat område	88	change_priorityarea
352	Can delete prioriterat område	88	delete_priorityarea
353	Can view prioriterat område	88	view_priorityarea
354	Can add sorts insats	89	add_interventionkind
355	Can change sorts insats	89	change_interventionkind
356	Can delete sorts insats	89	delete_interventionkind
357	Can view sorts insats	89	view_interventionkind
358	Can add insats	90	add_intervention
359	Can change insats	90	change_intervention
360	Can delete insats	90	delete_intervention
361	Can view insats	90	view_intervention
362	Can add trygghetsvandring	91	add_safetywalk
363	Can change trygghetsvandring	91	change_safetywalk
364	Can delete trygghetsvandring	91	delete_safetywalk
365	Can view trygghetsvandring	91	view_safetywalk
366	Can add fynd	92	add_safetywalkfinding
367	Can change fynd	92	change_safetywalkfinding
368	Can delete fynd	92	delete_safetywalkfinding
369	Can view fynd	92	view_safetywalkfinding
370	Can add historical delat fynd	93	add_historicalfindingshare
371	Can change historical delat fynd	93	change_historicalfindingshare
372	Can delete historical delat fynd	93	delete_historicalfindingshare
373	Can view historical delat fynd	93	view_historicalfindingshare
374	Can add historical fynd	94	add_historicalsafetywalkfinding
375	Can change historical fynd	94	change_historicalsafetywalkfinding
376	Can delete historical fynd	94	delete_historicalsafetywalkfinding
377	Can view historical fynd	94	view_historicalsafetywalkfinding
378	Can add delat fynd	95	add_findingshare
379	Can change delat fynd	95	change_findingshare
380	Can delete delat fynd	95	delete_findingshare
381	Can view delat fynd	95	view_findingshare
382	Can add insatsens medarrangör	96	add_interventioncoorganisation
383	Can change insatsens medarrangör	96	change_interventioncoorganisation
384	Can delete insatsens medarrangör	96	delete_interventioncoorganisation
385	Can view insatsens medarrangör	96	view_interventioncoorganisation
386	Can add insatsens plats	97	add_interventionplace
387	Can change insatsens plats	97	change_interventionplace
388	Can delete insatsens plats	97	delete_interventionplace
389	Can view insatsens plats	97	view_interventionplace
390	Can add arrangemang	98	add_plannedevent
391	Can change arrangemang	98	change_plannedevent
392	Can delete arrangemang	98	delete_plannedevent
393	Can view arrangemang	98	view_plannedevent
394	Can add kampanj för digital trygghetsvandring	99	add_walkcampaign
395	Can change kampanj för digital trygghetsvandring	99	change_walkcampaign
396	Can delete kampanj för digital trygghetsvandring	99	delete_walkcampaign
397	Can view kampanj för digital trygghetsvandring	99	view_walkcampaign
398	Can add markering	100	add_campaignmark
399	Can change markering	100	change_campaignmark
400	Can delete markering	100	delete_campaignmark
401	Can view markering	100	view_campaignmark
402	Can add anmälan till trygghetsvandring	101	add_walksignup
403	Can change anmälan till trygghetsvandring	101	change_walksignup
404	Can delete anmälan till trygghetsvandring	101	delete_walksignup
405	Can view anmälan till trygghetsvandring	101	view_walksignup
406	Can add historical medborgartips	102	add_historicalcitizentip
407	Can change historical medborgartips	102	change_historicalcitizentip
408	Can delete historical medborgartips	102	delete_historicalcitizentip
409	Can view historical medborgartips	102	view_historicalcitizentip
410	Can add historical organisation som granskar tips	103	add_historicaltipmoderator
411	Can change historical organisation som granskar tips	103	change_historicaltipmoderator
412	Can delete historical organisation som granskar tips	103	delete_historicaltipmoderator
413	Can view historical organisation som granskar tips	103	view_historicaltipmoderator
414	Can add organisation som granskar tips	104	add_tipmoderator
415	Can change organisation som granskar tips	104	change_tipmoderator
416	Can delete organisation som granskar tips	104	delete_tipmoderator
417	Can view organisation som granskar tips	104	view_tipmoderator
418	Can add medborgartips	105	add_citizentip
419	Can change medborgartips	105	change_citizentip
420	Can delete medborgartips	105	delete_citizentip
421	Can view medborgartips	105	view_citizentip
422	Can add skickad sammanfattning	106	add_digestrun
423	Can change skickad sammanfattning	106	change_digestrun
424	Can delete skickad sammanfattning	106	delete_digestrun
425	Can view skickad sammanfattning	106	view_digestrun
426	Can add aviseringsinställning	107	add_notificationsettings
427	Can change aviseringsinställning	107	change_notificationsettings
428	Can delete aviseringsinställning	107	delete_notificationsettings
429	Can view aviseringsinställning	107	view_notificationsettings
430	Can add utgående e-post	108	add_outboxmessage
431	Can change utgående e-post	108	change_outboxmessage
432	Can delete utgående e-post	108	delete_outboxmessage
433	Can view utgående e-post	108	view_outboxmessage
434	Can add prenumeration	109	add_subscription
435	Can change prenumeration	109	change_subscription
436	Can delete prenumeration	109	delete_subscription
437	Can view prenumeration	109	view_subscription
438	Can add utskick	110	add_bulletin
439	Can change utskick	110	change_bulletin
440	Can delete utskick	110	delete_bulletin
441	Can view utskick	110	view_bulletin
442	Can add anmälda brott (statistik)	111	add_crimestatistic
443	Can change anmälda brott (statistik)	111	change_crimestatistic
444	Can delete anmälda brott (statistik)	111	delete_crimestatistic
445	Can view anmälda brott (statistik)	111	view_crimestatistic
446	Can add folkmängd	112	add_population
447	Can change folkmängd	112	change_population
448	Can delete folkmängd	112	delete_population
449	Can view folkmängd	112	view_population
\.


--
-- Data for Name: auth_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) FROM stdin;
\.


--
-- Data for Name: auth_user_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user_groups (id, user_id, group_id) FROM stdin;
\.


--
-- Data for Name: auth_user_user_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user_user_permissions (id, user_id, permission_id) FROM stdin;
\.


--
-- Data for Name: axes_accessattempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattempt (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, get_data, post_data, failures_since_start) FROM stdin;
\.


--
-- Data for Name: axes_accessattemptexpiration; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattemptexpiration (access_attempt_id, expires_at) FROM stdin;
\.


--
-- Data for Name: axes_accessfailurelog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessfailurelog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, locked_out) FROM stdin;
\.


--
-- Data for Name: axes_accesslog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accesslog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, logout_time, session_hash) FROM stdin;
\.


--
-- Data for Name: bra_council_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_action (id, what, responsible_person, due_date, status, created_at, updated_at, responsible_organisation_id, origin_id) FROM stdin;
\.


--
-- Data for Name: bra_council_action_interventions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_action_interventions (id, action_id, intervention_id) FROM stdin;
\.


--
-- Data for Name: bra_council_action_promise_activities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_action_promise_activities (id, action_id, promiseactivity_id) FROM stdin;
\.


--
-- Data for Name: bra_council_agendaitem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_agendaitem (id, "position", title, description, kind, is_public, is_standing, planned_minutes, est_meeting_id, promise_id, minutes, decision, presenter_organisation_id, meeting_id, presenter_member_id, is_closing) FROM stdin;
\.


--
-- Data for Name: bra_council_agendaitem_follow_up_actions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_agendaitem_follow_up_actions (id, agendaitem_id, action_id) FROM stdin;
\.


--
-- Data for Name: bra_council_attendance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_attendance (id, status, meeting_id, member_id) FROM stdin;
\.


--
-- Data for Name: bra_council_councilmeeting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_councilmeeting (id, starts_at, ends_at, place, status, public_notes, minutes_approved_at, created_at, updated_at, adjuster_id) FROM stdin;
\.


--
-- Data for Name: bra_council_councilmember; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_councilmember (id, name, title, seat_kind, term_start, term_end, is_chair, is_secretary, organisation_id, user_id) FROM stdin;
\.


--
-- Data for Name: bra_council_historicalaction; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_historicalaction (id, what, responsible_person, due_date, status, created_at, updated_at, history_id, history_date, history_change_reason, history_type, history_user_id, origin_id, responsible_organisation_id) FROM stdin;
\.


--
-- Data for Name: bra_council_historicalagendaitem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_historicalagendaitem (id, "position", title, description, kind, is_public, is_standing, planned_minutes, est_meeting_id, promise_id, minutes, decision, history_id, history_date, history_change_reason, history_type, history_user_id, meeting_id, presenter_member_id, presenter_organisation_id, is_closing) FROM stdin;
\.


--
-- Data for Name: bra_council_historicalattendance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_historicalattendance (id, status, history_id, history_date, history_change_reason, history_type, history_user_id, meeting_id, member_id) FROM stdin;
\.


--
-- Data for Name: bra_council_historicalcouncilmeeting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_historicalcouncilmeeting (id, starts_at, ends_at, place, status, public_notes, minutes_approved_at, created_at, updated_at, history_id, history_date, history_change_reason, history_type, adjuster_id, history_user_id) FROM stdin;
\.


--
-- Data for Name: bra_council_historicalcouncilmember; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_historicalcouncilmember (id, name, title, seat_kind, term_start, term_end, is_chair, is_secretary, history_id, history_date, history_change_reason, history_type, history_user_id, organisation_id, user_id) FROM stdin;
\.


--
-- Data for Name: bra_council_minutesapproval; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_minutesapproval (id, role, approved_at, meeting_id, member_id, recorded_by_id) FROM stdin;
\.


--
-- Data for Name: bra_council_minutescorrection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.bra_council_minutescorrection (id, revision, old_minutes, new_minutes, old_decision, new_decision, reason, made_at, item_id, made_by_id, meeting_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_agreementsignatory; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_agreementsignatory (id, name, title, signed_on, "position", party_id, agreement_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_citizenpromise; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_citizenpromise (id, title, slug, period_start, period_end, background, basis, signed_on, police_url, status, published_at, created_at, priority_area_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_cooperationagreement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_cooperationagreement (id, title, summary, valid_from, valid_to, signed_on, reminder_days, is_published) FROM stdin;
\.


--
-- Data for Name: citizen_promises_cooperationagreement_parties; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_cooperationagreement_parties (id, cooperationagreement_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_followup; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_followup (id, date, covers_from, covers_to, summary, is_published, promise_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_followupresult; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_followupresult (id, result, status, follow_up_id, activity_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_historicalagreementsignatory; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_historicalagreementsignatory (id, name, title, signed_on, "position", history_id, history_date, history_change_reason, history_type, agreement_id, history_user_id, party_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_historicalcitizenpromise; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_historicalcitizenpromise (id, title, slug, period_start, period_end, background, basis, signed_on, police_url, status, published_at, created_at, history_change_reason, history_id, history_date, history_type, history_user_id, priority_area_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_historicalcooperationagreement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_historicalcooperationagreement (id, title, summary, valid_from, valid_to, signed_on, reminder_days, is_published, history_id, history_date, history_change_reason, history_type, history_user_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_historicalfollowup; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_historicalfollowup (id, date, covers_from, covers_to, summary, is_published, history_id, history_date, history_change_reason, history_type, history_user_id, promise_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_historicalfollowupresult; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_historicalfollowupresult (id, result, status, history_id, history_date, history_change_reason, history_type, follow_up_id, history_user_id, activity_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_historicalpriorityarea; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_historicalpriorityarea (id, title, problem, causes, goals, measures, "position", history_id, history_date, history_change_reason, history_type, agreement_id, history_user_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_historicalpromiseactivity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_historicalpromiseactivity (id, text, responsible, target, status, outcome, "position", history_id, history_date, history_change_reason, history_type, history_user_id, organisation_id, promise_id, priority_area_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_historicalpromisegoal; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_historicalpromisegoal (id, text, "position", history_id, history_date, history_change_reason, history_type, history_user_id, promise_id, survey_question) FROM stdin;
\.


--
-- Data for Name: citizen_promises_historicalsignatory; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_historicalsignatory (id, name, title, party, "position", history_id, history_date, history_change_reason, history_type, history_user_id, promise_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_priorityarea; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_priorityarea (id, title, problem, causes, goals, measures, "position", agreement_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_promiseactivity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_promiseactivity (id, text, responsible, target, status, outcome, "position", organisation_id, promise_id, priority_area_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_promiseactivity_interventions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_promiseactivity_interventions (id, promiseactivity_id, intervention_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_promiseactivity_places; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_promiseactivity_places (id, promiseactivity_id, place_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_promisecontact; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_promisecontact (id, name, title, party, email, phone, "position", promise_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_promisegoal; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_promisegoal (id, text, "position", promise_id, survey_question) FROM stdin;
\.


--
-- Data for Name: citizen_promises_signatory; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_signatory (id, name, title, party, "position", promise_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_survey; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_survey (id, title, slug, intro, opens_on, closes_on, is_published, asks_safety, asks_avoided, asks_help, created_at) FROM stdin;
\.


--
-- Data for Name: citizen_promises_surveyavoidedplace; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_surveyavoidedplace (id, latitude, longitude, reason, place_id, response_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_surveyhelp; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_surveyhelp (id, option, response_id) FROM stdin;
\.


--
-- Data for Name: citizen_promises_surveyresponse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_promises_surveyresponse (id, safety, help_other, answered_on, area_id, survey_id) FROM stdin;
\.


--
-- Data for Name: citizen_tips_citizentip; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_tips_citizentip (id, token_hash, kind, time_of_day, place_description, latitude, longitude, text, email, state, rejection_reason, moderated_at, answer, answered_at, answer_mailed_at, closed_at, text_purged_at, created_at, answered_by_id, incident_id, moderated_by_id, place_id, forward_note, forwarded_to_id, closing_mailed_at, closing_note) FROM stdin;
\.


--
-- Data for Name: citizen_tips_historicalcitizentip; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_tips_historicalcitizentip (id, kind, time_of_day, place_description, latitude, longitude, text, state, rejection_reason, moderated_at, answer, answered_at, answer_mailed_at, closed_at, text_purged_at, created_at, history_id, history_date, history_change_reason, history_type, answered_by_id, history_user_id, incident_id, moderated_by_id, place_id, forward_note, forwarded_to_id, closing_mailed_at, closing_note) FROM stdin;
\.


--
-- Data for Name: citizen_tips_historicaltipmoderator; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_tips_historicaltipmoderator (id, appointed_at, history_id, history_date, history_change_reason, history_type, history_user_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: citizen_tips_tipmoderator; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.citizen_tips_tipmoderator (id, appointed_at, organisation_id) FROM stdin;
\.


--
-- Data for Name: django_admin_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_admin_log (id, action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id) FROM stdin;
\.


--
-- Data for Name: django_content_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_content_type (id, app_label, model) FROM stdin;
1	admin	logentry
2	auth	permission
3	auth	group
4	auth	user
5	contenttypes	contenttype
6	sessions	session
7	axes	accessattempt
8	axes	accesslog
9	axes	accessfailurelog
10	axes	accessattemptexpiration
11	otp_totp	totpdevice
12	otp_static	staticdevice
13	otp_static	statictoken
14	hjo_safety	contactinfo
15	hjo_safety	historicalcontactinfo
16	hjo_safety	historicalorganisation
17	hjo_safety	organisation
18	hjo_safety	historicalmembership
19	hjo_safety	membership
20	hjo_safety	auditevent
21	hjo_safety	dataversion
22	hjo_safety	usernames
23	hjo_safety	accessevent
24	hjo_safety	jobrun
25	hjo_safety	ssoidentity
26	hjo_safety	attachment
27	bra_council	councilmeeting
28	bra_council	action
29	bra_council	agendaitem
30	bra_council	councilmember
31	bra_council	attendance
32	bra_council	historicalaction
33	bra_council	historicalagendaitem
34	bra_council	historicalattendance
35	bra_council	historicalcouncilmeeting
36	bra_council	historicalcouncilmember
37	bra_council	minutesapproval
38	bra_council	minutescorrection
39	est_incidents	place
40	est_incidents	category
41	est_incidents	incident
42	est_incidents	historicalincident
43	est_incidents	estmeeting
44	est_incidents	estaction
45	est_incidents	estmeetingreport
46	est_incidents	historicalestaction
47	est_incidents	historicalestmeeting
48	est_incidents	historicalestmeetingreport
49	est_incidents	historicalyearlysituationanalysis
50	est_incidents	policeevent
51	est_incidents	yearlysituationanalysis
52	est_incidents	historicalcoveragereminder
53	est_incidents	historicalincidentshare
54	est_incidents	incidentshare
55	est_incidents	historicalsharehandlingnote
56	est_incidents	sharehandlingnote
57	est_incidents	coveragereminder
58	est_incidents	incidentrollup
59	est_incidents	estmeetingpresence
60	est_incidents	historicalincidentversion
61	est_incidents	historicalincidentshareversion
62	est_incidents	historicalnothingtoreport
63	est_incidents	nothingtoreport
64	est_incidents	releasesnapshot
65	est_incidents	releasedincident
66	citizen_promises	citizenpromise
67	citizen_promises	followup
68	citizen_promises	historicalcitizenpromise
69	citizen_promises	historicalfollowup
70	citizen_promises	historicalpromiseactivity
71	citizen_promises	historicalpromisegoal
72	citizen_promises	historicalsignatory
73	citizen_promises	promiseactivity
74	citizen_promises	historicalfollowupresult
75	citizen_promises	followupresult
76	citizen_promises	promisecontact
77	citizen_promises	promisegoal
78	citizen_promises	signatory
79	citizen_promises	survey
80	citizen_promises	surveyresponse
81	citizen_promises	surveyhelp
82	citizen_promises	surveyavoidedplace
83	citizen_promises	cooperationagreement
84	citizen_promises	agreementsignatory
85	citizen_promises	historicalagreementsignatory
86	citizen_promises	historicalcooperationagreement
87	citizen_promises	historicalpriorityarea
88	citizen_promises	priorityarea
89	est_measures	interventionkind
90	est_measures	intervention
91	est_measures	safetywalk
92	est_measures	safetywalkfinding
93	est_measures	historicalfindingshare
94	est_measures	historicalsafetywalkfinding
95	est_measures	findingshare
96	est_measures	interventioncoorganisation
97	est_measures	interventionplace
98	est_measures	plannedevent
99	est_measures	walkcampaign
100	est_measures	campaignmark
101	est_measures	walksignup
102	citizen_tips	historicalcitizentip
103	citizen_tips	historicaltipmoderator
104	citizen_tips	tipmoderator
105	citizen_tips	citizentip
106	notifications	digestrun
107	notifications	notificationsettings
108	notifications	outboxmessage
109	notifications	subscription
110	notifications	bulletin
111	safety_statistics	crimestatistic
112	safety_statistics	population
\.


--
-- Data for Name: django_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_migrations (id, app, name, applied) FROM stdin;
1	contenttypes	0001_initial	2026-12-08 00:58:16.274556+00
2	auth	0001_initial	2026-12-08 00:58:16.43559+00
3	admin	0001_initial	2026-12-08 00:58:16.475227+00
4	admin	0002_logentry_remove_auto_add	2026-12-08 00:58:16.489901+00
5	admin	0003_logentry_add_action_flag_choices	2026-12-08 00:58:16.503972+00
6	contenttypes	0002_remove_content_type_name	2026-12-08 00:58:16.537302+00
7	auth	0002_alter_permission_name_max_length	2026-12-08 00:58:16.551638+00
8	auth	0003_alter_user_email_max_length	2026-12-08 00:58:16.571894+00
9	auth	0004_alter_user_username_opts	2026-12-08 00:58:16.587817+00
10	auth	0005_alter_user_last_login_null	2026-12-08 00:58:16.611329+00
11	auth	0006_require_contenttypes_0002	2026-12-08 00:58:16.612617+00
12	auth	0007_alter_validators_add_error_messages	2026-12-08 00:58:16.632553+00
13	auth	0008_alter_user_username_max_length	2026-12-08 00:58:16.663951+00
14	auth	0009_alter_user_last_name_max_length	2026-12-08 00:58:16.683539+00
15	auth	0010_alter_group_name_max_length	2026-12-08 00:58:16.699615+00
16	auth	0011_update_proxy_permissions	2026-12-08 00:58:16.708489+00
17	auth	0012_alter_user_first_name_max_length	2026-12-08 00:58:16.719036+00
18	axes	0001_initial	2026-12-08 00:58:16.755671+00
19	axes	0002_auto_20151217_2044	2026-12-08 00:58:16.853618+00
20	axes	0003_auto_20160322_0929	2026-12-08 00:58:16.883543+00
21	axes	0004_auto_20181024_1538	2026-12-08 00:58:16.902005+00
22	axes	0005_remove_accessattempt_trusted	2026-12-08 00:58:16.90734+00
23	axes	0006_remove_accesslog_trusted	2026-12-08 00:58:16.91918+00
24	axes	0007_alter_accessattempt_unique_together	2026-12-08 00:58:16.954087+00
25	axes	0008_accessfailurelog	2026-12-08 00:58:16.987289+00
26	axes	0009_add_session_hash	2026-12-08 00:58:16.990984+00
27	axes	0010_accessattemptexpiration	2026-12-08 00:58:17.004587+00
28	hjo_safety	0001_organisations_memberships_contact	2026-12-08 00:58:17.231389+00
29	hjo_safety	0002_seed_contact_info	2026-12-08 00:58:17.26493+00
30	hjo_safety	0003_audit_events	2026-12-08 00:58:17.335297+00
31	hjo_safety	0004_contact_info_data_protection_officer	2026-12-08 00:58:17.387967+00
32	hjo_safety	0005_auditevent_kind_redacted	2026-12-08 00:58:17.45752+00
33	hjo_safety	0006_organisation_share_reporter_name	2026-12-08 00:58:17.50342+00
34	hjo_safety	0007_dates_within_2000_2100	2026-12-08 00:58:17.553704+00
35	hjo_safety	0008_data_versions_and_core_version_triggers	2026-12-08 00:58:17.639825+00
36	est_incidents	0001_categories_places_incidents	2026-12-08 00:58:18.31058+00
37	est_incidents	0002_seed_categories_and_places	2026-12-08 00:58:18.479566+00
38	est_incidents	0003_est_meetings_police_events	2026-12-08 00:58:19.731861+00
39	est_incidents	0004_incident_text_search_trigram_indexes	2026-12-08 00:58:19.774212+00
40	est_incidents	0005_incident_situation_covering_index	2026-12-08 00:58:19.797213+00
41	est_incidents	0006_action_plan_adoption	2026-12-08 00:58:19.973499+00
42	est_incidents	0007_incident_source	2026-12-08 00:58:20.033451+00
43	est_incidents	0008_incident_sharing_and_coverage_reminders	2026-12-08 00:58:20.546159+00
44	est_incidents	0009_incident_counts	2026-12-08 00:58:20.619695+00
45	est_incidents	0010_incident_citizen_tip_index	2026-12-08 00:58:20.646505+00
46	est_incidents	0011_held_meeting_reports_locked_in_database	2026-12-08 00:58:20.683067+00
47	est_incidents	0012_dates_within_2000_2100	2026-12-08 00:58:21.305844+00
48	est_incidents	0013_shares_reminders_counts_dates_within_2000_2100	2026-12-08 00:58:21.519648+00
49	est_incidents	0014_incident_rollups	2026-12-08 00:58:21.890167+00
50	est_incidents	0015_picture_data_version	2026-12-08 00:58:21.932357+00
51	est_measures	0001_initial	2026-12-08 00:58:22.011861+00
52	est_measures	0002_seed_intervention_kinds	2026-12-08 00:58:22.096618+00
53	est_measures	0003_safety_walks_and_findings	2026-12-08 00:58:22.445169+00
54	est_measures	0004_finding_shares_and_history	2026-12-08 00:58:22.79896+00
55	citizen_promises	0001_promises_activities_follow_ups	2026-12-08 00:58:23.792108+00
56	citizen_promises	0002_dates_within_2000_2100	2026-12-08 00:58:23.888845+00
57	bra_council	0001_council_members_meetings_agenda_minutes_actions	2026-12-08 00:58:26.243074+00
58	bra_council	0002_drop_dangling_agenda_links	2026-12-08 00:58:26.300146+00
59	bra_council	0003_agenda_item_links_as_foreign_keys	2026-12-08 00:58:26.947786+00
60	bra_council	0004_approved_minutes_locked_in_database	2026-12-08 00:58:27.019142+00
61	bra_council	0005_dates_within_2000_2100	2026-12-08 00:58:27.545856+00
62	bra_council	0006_council_action_interventions_and_activities	2026-12-08 00:58:27.67411+00
63	bra_council	0007_agenda_item_is_closing	2026-12-08 00:58:27.770811+00
64	bra_council	0008_mark_closing_agenda_items	2026-12-08 00:58:28.007366+00
65	bra_council	0009_data_version_council_actions	2026-12-08 00:58:28.060618+00
66	bra_council	0010_version_triggers_on_models	2026-12-08 00:58:28.198606+00
67	hjo_safety	0009_access_event	2026-12-08 00:58:28.26417+00
68	hjo_safety	0010_job_run	2026-12-08 00:58:28.269918+00
69	hjo_safety	0011_job_run_dates_within_2000_2100	2026-12-08 00:58:28.27884+00
70	hjo_safety	0012_cache_tables	2026-12-08 00:58:28.34335+00
71	hjo_safety	0013_sso_identities	2026-12-08 00:58:29.072367+00
72	hjo_safety	0014_member_audit_events	2026-12-08 00:58:29.393618+00
73	hjo_safety	0015_attachments	2026-12-08 00:58:29.471843+00
74	est_measures	0005_data_version_interventions	2026-12-08 00:58:29.536348+00
75	est_incidents	0016_data_version_more_tables	2026-12-08 00:58:29.593555+00
76	est_incidents	0017_incident_rollup_status_and_totals	2026-12-08 00:58:30.066139+00
77	citizen_tips	0001_citizen_tips_and_moderators	2026-12-08 00:58:30.342013+00
78	citizen_tips	0002_citizen_tip_forwarding	2026-12-08 00:58:31.19327+00
79	citizen_tips	0003_data_version_tips	2026-12-08 00:58:31.24919+00
80	est_incidents	0018_version_triggers_on_models	2026-12-08 00:58:32.616529+00
81	est_incidents	0019_same_event_and_nothing_to_report	2026-12-08 00:58:34.877237+00
82	citizen_promises	0003_promise_activity_interventions	2026-12-08 00:58:34.966422+00
83	citizen_promises	0004_safety_survey	2026-12-08 00:58:35.57621+00
84	citizen_promises	0005_cooperation_agreement	2026-12-08 00:58:36.950927+00
85	citizen_tips	0004_version_triggers_on_models	2026-12-08 00:58:37.01968+00
86	citizen_tips	0005_tip_closing_note_and_mail	2026-12-08 00:58:37.486932+00
87	est_incidents	0020_incident_record_keys_and_release_copies	2026-12-08 00:58:37.8806+00
88	est_measures	0006_version_triggers_on_models	2026-12-08 00:58:38.179225+00
89	est_measures	0007_finding_share_fields_from_the_share_base	2026-12-08 00:58:38.626813+00
90	est_measures	0008_planned_events	2026-12-08 00:58:38.951918+00
91	est_measures	0009_safety_walk_version_triggers	2026-12-08 00:58:39.052396+00
92	est_measures	0010_walk_submission_token	2026-12-08 00:58:39.109898+00
93	est_measures	0011_walk_campaigns	2026-12-08 00:58:40.289697+00
94	hjo_safety	0016_contact_info_in_english	2026-12-08 00:58:40.490555+00
95	hjo_safety	0017_attachment_dates_within_2000_2100	2026-12-08 00:58:40.552922+00
96	notifications	0001_outbox_and_settings	2026-12-08 00:58:41.009665+00
97	notifications	0002_coverage_reminder_mail	2026-12-08 00:58:41.242601+00
98	notifications	0003_tip_forwarded_mail	2026-12-08 00:58:41.767973+00
99	notifications	0004_outbox_composed_at_send_time	2026-12-08 00:58:43.013394+00
100	notifications	0005_drop_unsent_mail_with_stored_text	2026-12-08 00:58:43.089561+00
101	notifications	0006_outbox_keeps_no_mail_text	2026-12-08 00:58:43.201395+00
102	notifications	0007_citizen_subscriptions	2026-12-08 00:58:44.206776+00
103	notifications	0008_share_and_tip_received_mail	2026-12-08 00:58:44.907729+00
104	notifications	0009_bulletins	2026-12-08 00:58:45.855837+00
105	notifications	0010_agreement_reminder	2026-12-08 00:58:46.022746+00
106	notifications	0011_subscription_figures_area	2026-12-08 00:58:46.424831+00
107	notifications	0012_bulletin_early_warnings	2026-12-08 00:58:46.485199+00
108	otp_static	0001_initial	2026-12-08 00:58:46.642544+00
109	otp_static	0002_throttling	2026-12-08 00:58:47.004038+00
110	otp_static	0003_add_timestamps	2026-12-08 00:58:47.114129+00
111	otp_totp	0001_initial	2026-12-08 00:58:47.203956+00
112	otp_totp	0002_auto_20190420_0723	2026-12-08 00:58:47.325423+00
113	otp_totp	0003_add_timestamps	2026-12-08 00:58:47.659434+00
114	safety_statistics	0001_crime_statistics_population	2026-12-08 00:58:47.67319+00
115	safety_statistics	0002_seed_population	2026-12-08 00:58:47.764519+00
116	safety_statistics	0003_version_triggers_on_models	2026-12-08 00:58:47.775553+00
117	sessions	0001_initial	2026-12-08 00:58:47.781898+00
\.


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_session (session_key, session_data, expire_date) FROM stdin;
\.


--
-- Data for Name: est_incidents_category; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_category (id, name, code, "position", is_active, parent_id, default_share_organisation_id) FROM stdin;
1	Skadegörelse	skadegorelse	10	t	\N	\N
2	Klotter	klotter	1	t	1	\N
3	Glaskross	glaskross	2	t	1	\N
4	Brand/anlagd brand	brand	3	t	1	\N
5	Annan skadegörelse	annan-skadegorelse	4	t	1	\N
6	Otrygghetsskapande samling av personer	samling	20	t	\N	\N
7	Ordningsstörning	ordningsstorning	30	t	\N	\N
8	Bråk	brak	1	t	7	\N
9	Hot/våld	hot-vald	2	t	7	\N
10	Störande fordonskörning/buskörning	buskorning	3	t	7	\N
11	Hög musik	hog-musik	4	t	7	\N
12	Misstänkt narkotikahandel	narkotikahandel	5	t	7	\N
13	Berusning	berusning	6	t	7	\N
14	Nedskräpning	nedskrapning	40	t	\N	\N
15	Otrygg plats	otrygg-plats	50	t	\N	\N
16	Belysning	belysning	1	t	15	\N
17	Skymd sikt	skymd-sikt	2	t	15	\N
18	Öde plats	ode-plats	3	t	15	\N
19	Incident mot anställd	incident-mot-anstalld	60	t	\N	\N
20	Övrigt	ovrigt	70	t	\N	\N
\.


--
-- Data for Name: est_incidents_coveragereminder; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_coveragereminder (id, period_start, period_end, recipients, sent_at, organisation_id, sent_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_estaction; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_estaction (id, what, due_date, status, status_changed_at, created_at, responsible_organisation_id, meeting_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_estmeeting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_estmeeting (id, starts_at, location, period_start, period_end, status, notes, frozen_picture, picture_computed_at, created_at, held_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_estmeeting_organisations_present; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_estmeeting_organisations_present (id, estmeeting_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_estmeetingreport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_estmeetingreport (id, text, updated_at, meeting_id, organisation_id, updated_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_historicalcoveragereminder; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_historicalcoveragereminder (id, period_start, period_end, recipients, sent_at, history_id, history_date, history_change_reason, history_type, history_user_id, organisation_id, sent_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_historicalestaction; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_historicalestaction (id, what, due_date, status, status_changed_at, created_at, history_id, history_date, history_change_reason, history_type, history_user_id, meeting_id, responsible_organisation_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_historicalestmeeting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_historicalestmeeting (id, starts_at, location, period_start, period_end, status, notes, picture_computed_at, created_at, history_id, history_date, history_change_reason, history_type, held_by_id, history_user_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_historicalestmeetingreport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_historicalestmeetingreport (id, text, updated_at, history_id, history_date, history_change_reason, history_type, history_user_id, meeting_id, organisation_id, updated_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_historicalincident; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_historicalincident (id, occurred_at, ended_at, time_is_approximate, latitude, longitude, place_description, description, people_involved, police_notified, status, handling_note, submission_token, created_at, updated_at, history_id, history_date, history_change_reason, history_type, category_id, history_user_id, organisation_id, reported_by_id, place_id, source, duplicate_linked_at, duplicate_linked_by_id, duplicate_of_id, record_key) FROM stdin;
\.


--
-- Data for Name: est_incidents_historicalincidentshare; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_historicalincidentshare (id, note, show_reporter, shared_at, first_viewed_at, handling_status, withdrawn_at, history_id, history_date, history_change_reason, history_type, first_viewed_by_id, history_user_id, incident_id, organisation_id, shared_by_id, withdrawn_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_historicalnothingtoreport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_historicalnothingtoreport (id, period_start, period_end, recorded_at, history_id, history_date, history_change_reason, history_type, history_user_id, organisation_id, recorded_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_historicalsharehandlingnote; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_historicalsharehandlingnote (id, text, written_at, history_id, history_date, history_change_reason, history_type, history_user_id, written_by_id, share_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_historicalyearlysituationanalysis; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_historicalyearlysituationanalysis (id, year, extent, consequences, analysis, priorities, updated_at, history_id, history_date, history_change_reason, history_type, history_user_id, updated_by_id, plan_decided_on, plan_decision_body, plan_decision_url, plan_diary_number) FROM stdin;
\.


--
-- Data for Name: est_incidents_incident; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_incident (id, occurred_at, ended_at, time_is_approximate, latitude, longitude, place_description, description, people_involved, police_notified, status, handling_note, submission_token, created_at, updated_at, category_id, organisation_id, reported_by_id, place_id, source, duplicate_linked_at, duplicate_linked_by_id, duplicate_of_id, record_key) FROM stdin;
\.


--
-- Data for Name: est_incidents_incidentrollup; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_incidentrollup (id, "grouping", span, day, weekhour, place_key, cell_y, cell_x, n, category_key, organisation_key, status, k) FROM stdin;
\.


--
-- Data for Name: est_incidents_incidentshare; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_incidentshare (id, note, show_reporter, shared_at, first_viewed_at, handling_status, withdrawn_at, first_viewed_by_id, incident_id, organisation_id, shared_by_id, withdrawn_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_nothingtoreport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_nothingtoreport (id, period_start, period_end, recorded_at, organisation_id, recorded_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_place; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_place (id, name, latitude, longitude, area_geojson, is_active) FROM stdin;
1	Centrum/Torget	58.304200	14.287300		t
2	Hamnen	58.306900	14.292800		t
3	Stadsparken	58.301900	14.291600		t
4	Busstationen	58.302600	14.282700		t
5	Skolområde Guldkroksskolan	58.298400	14.279900		t
6	Skolområde Ågårdsskolan	58.307800	14.279100		t
7	Idrottsplatsen	58.296100	14.275300		t
8	Badplatsen Strandpromenaden	58.311800	14.294900		t
9	Sjöpromenaden	58.309200	14.296400		t
10	Korsberga	58.262000	14.102000		t
\.


--
-- Data for Name: est_incidents_policeevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_policeevent (id, police_id, occurred_at, name, summary, url, event_type, location_name, gps, imported_at, updated_at, category_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_releasedincident; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_releasedincident (id, occurred_at, latitude, longitude, category_id, place_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_releasesnapshot; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_releasesnapshot (id, through_month) FROM stdin;
\.


--
-- Data for Name: est_incidents_sharehandlingnote; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_sharehandlingnote (id, text, written_at, share_id, written_by_id) FROM stdin;
\.


--
-- Data for Name: est_incidents_yearlysituationanalysis; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_incidents_yearlysituationanalysis (id, year, extent, consequences, analysis, priorities, updated_at, updated_by_id, plan_decided_on, plan_decision_body, plan_decision_url, plan_diary_number) FROM stdin;
\.


--
-- Data for Name: est_measures_campaignmark; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_campaignmark (id, verdict, reason, latitude, longitude, status, created_at, moderated_at, moderated_by_id, place_id, campaign_id) FROM stdin;
\.


--
-- Data for Name: est_measures_findingshare; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_findingshare (id, note, answer, shared_at, answered_at, finding_id, organisation_id, shared_by_id) FROM stdin;
\.


--
-- Data for Name: est_measures_historicalfindingshare; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_historicalfindingshare (id, note, answer, shared_at, answered_at, history_id, history_date, history_change_reason, history_type, finding_id, history_user_id, organisation_id, shared_by_id) FROM stdin;
\.


--
-- Data for Name: est_measures_historicalsafetywalkfinding; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_historicalsafetywalkfinding (id, latitude, longitude, problem_kind, description, proposed_measure, status, history_id, history_date, history_change_reason, history_type, est_action_id, history_user_id, place_id, responsible_organisation_id, walk_id) FROM stdin;
\.


--
-- Data for Name: est_measures_intervention; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_intervention (id, latitude, longitude, starts_at, ends_at, recurrence_weekdays, recurrence_start_time, recurrence_end_time, recurrence_until, description, created_at, updated_at, created_by_id, est_action_id, organisation_id, kind_id) FROM stdin;
\.


--
-- Data for Name: est_measures_intervention_co_organisations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_intervention_co_organisations (id, intervention_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: est_measures_intervention_places; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_intervention_places (id, intervention_id, place_id) FROM stdin;
\.


--
-- Data for Name: est_measures_interventionkind; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_interventionkind (id, name, code, "position", is_active) FROM stdin;
1	Nattvandring	nattvandring	10	t
2	Polispatrull	polispatrull	20	t
3	Fältarbete	faltarbete	30	t
4	Belysning åtgärdad	belysning-atgardad	40	t
5	Städning/klotterborttagning	stadning-klotterborttagning	50	t
6	Kamera	kamera	60	t
7	Dialogmöte	dialogmote	70	t
8	Annat	annat	80	t
\.


--
-- Data for Name: est_measures_plannedevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_plannedevent (id, title, kind, place_text, starts_at, ends_at, note, updated_at, created_by_id, organisation_id, place_id) FROM stdin;
\.


--
-- Data for Name: est_measures_safetywalk; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_safetywalk (id, date, area, residents_count, notes, is_published, created_at, created_by_id, submission_token) FROM stdin;
\.


--
-- Data for Name: est_measures_safetywalk_organisations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_safetywalk_organisations (id, safetywalk_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: est_measures_safetywalkfinding; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_safetywalkfinding (id, latitude, longitude, problem_kind, description, proposed_measure, status, est_action_id, place_id, responsible_organisation_id, walk_id) FROM stdin;
\.


--
-- Data for Name: est_measures_walkcampaign; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_walkcampaign (id, title, area, description, opens_on, closes_on, walk_date, created_at, created_by_id, walk_id) FROM stdin;
\.


--
-- Data for Name: est_measures_walksignup; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.est_measures_walksignup (id, name, email, created_at, campaign_id) FROM stdin;
\.


--
-- Data for Name: hjo_public_page_cache; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_public_page_cache (cache_key, value, expires) FROM stdin;
\.


--
-- Data for Name: hjo_safety_accessevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_accessevent (id, kind, username, object_type, object_id, object_label, detail, ip_address, created_at, organisation_id, user_id) FROM stdin;
\.


--
-- Data for Name: hjo_safety_attachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_attachment (id, public_id, object_id, kind, file, size, uploaded_at, content_type_id, uploaded_by_id) FROM stdin;
\.


--
-- Data for Name: hjo_safety_auditevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_auditevent (id, kind, username, ip_address, detail, created_at, user_id) FROM stdin;
\.


--
-- Data for Name: hjo_safety_contactinfo; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_contactinfo (id, name, phone, phone_hours, email, visiting_address, opening_hours, postal_address, directions_url, updated_at, dpo_email, dpo_phone, name_en, opening_hours_en, phone_hours_en) FROM stdin;
1	Hjo kommun, kontaktcenter	0503-35000	mån–fre kl. 07.30–16.00	kontaktcenter@hjo.se	Bangatan 1 B	mån–fre kl. 07.30–16.00	544 30 Hjo	https://www.openstreetmap.org/search?query=Bangatan%201B%2C%20Hjo	2026-12-08 00:58:17.264072+00	dataskyddsombud@hjo.se	0503-35000	Hjo Municipality, contact centre	Mon–Fri 07.30–16.00	Mon–Fri 07.30–16.00
\.


--
-- Data for Name: hjo_safety_dataversion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_dataversion (id, scope, slot, n) FROM stdin;
\.


--
-- Data for Name: hjo_safety_historicalcontactinfo; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_historicalcontactinfo (id, name, phone, phone_hours, email, visiting_address, opening_hours, postal_address, directions_url, updated_at, history_id, history_date, history_change_reason, history_type, history_user_id, dpo_email, dpo_phone, name_en, opening_hours_en, phone_hours_en) FROM stdin;
\.


--
-- Data for Name: hjo_safety_historicalmembership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_historicalmembership (id, role, created_at, history_id, history_date, history_change_reason, history_type, history_user_id, user_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: hjo_safety_historicalorganisation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_historicalorganisation (id, name, short_name, kind, is_active, history_id, history_date, history_change_reason, history_type, history_user_id, share_reporter_name) FROM stdin;
\.


--
-- Data for Name: hjo_safety_jobrun; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_jobrun (id, name, last_success, last_failure) FROM stdin;
\.


--
-- Data for Name: hjo_safety_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_membership (id, role, created_at, user_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: hjo_safety_organisation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_organisation (id, name, short_name, kind, is_active, share_reporter_name) FROM stdin;
\.


--
-- Data for Name: hjo_safety_ssoidentity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_safety_ssoidentity (id, provider, subject, status, created_at, last_login_at, logged_out_at, last_sid, user_id) FROM stdin;
\.


--
-- Data for Name: hjo_throttle_cache; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.hjo_throttle_cache (cache_key, value, expires) FROM stdin;
\.


--
-- Data for Name: notifications_bulletin; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notifications_bulletin (id, kind, title, text, to_all, sent_at, sent_by_id, early_warnings) FROM stdin;
\.


--
-- Data for Name: notifications_bulletin_organisations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notifications_bulletin_organisations (id, bulletin_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: notifications_digestrun; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notifications_digestrun (id, covered_until, user_id) FROM stdin;
\.


--
-- Data for Name: notifications_notificationsettings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notifications_notificationsettings (id, incident_status, incident_note, incident_shared, council, action_reminder, digest, user_id, coverage_reminder, tip_forwarded, handles_shares, tip_received, bulletin) FROM stdin;
\.


--
-- Data for Name: notifications_outboxmessage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notifications_outboxmessage (id, event_key, kind, to_address, subject, unsubscribe_url, created_at, sent_at, attempts, last_error, recipient_id, about_id, about_type_id, drop_reason, dropped_at, params, template, subscription_id) FROM stdin;
\.


--
-- Data for Name: notifications_subscription; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notifications_subscription (id, email, topic, created_at, confirmed_at, promise_id, place_id) FROM stdin;
\.


--
-- Data for Name: otp_static_staticdevice; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.otp_static_staticdevice (id, name, confirmed, user_id, throttling_failure_count, throttling_failure_timestamp, created_at, last_used_at) FROM stdin;
\.


--
-- Data for Name: otp_static_statictoken; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.otp_static_statictoken (id, token, device_id) FROM stdin;
\.


--
-- Data for Name: otp_totp_totpdevice; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.otp_totp_totpdevice (id, name, confirmed, key, step, t0, digits, tolerance, drift, last_t, user_id, throttling_failure_count, throttling_failure_timestamp, created_at, last_used_at) FROM stdin;
\.


--
-- Data for Name: safety_statistics_crimestatistic; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.safety_statistics_crimestatistic (id, year, month, category, category_key, count, imported_at, source_file) FROM stdin;
\.


--
-- Data for Name: safety_statistics_population; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.safety_statistics_population (id, year, inhabitants, note) FROM stdin;
1	2022	9240	Exempeldata – ersätt med SCB:s folkmängd 31 december
2	2023	9270	Exempeldata – ersätt med SCB:s folkmängd 31 december
3	2024	9300	Exempeldata – ersätt med SCB:s folkmängd 31 december
4	2025	9320	Exempeldata – ersätt med SCB:s folkmängd 31 december
5	2026	9330	Exempeldata – ersätt med SCB:s folkmängd 31 december
\.


--
-- Name: auth_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_id_seq', 1, false);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_permissions_id_seq', 1, false);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_permission_id_seq', 449, true);


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_groups_id_seq', 1, false);


--
-- Name: auth_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_id_seq', 1, false);


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_user_permissions_id_seq', 1, false);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessattempt_id_seq', 1, false);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessfailurelog_id_seq', 1, false);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accesslog_id_seq', 1, false);


--
-- Name: bra_council_action_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_action_id_seq', 1, false);


--
-- Name: bra_council_action_interventions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_action_interventions_id_seq', 1, false);


--
-- Name: bra_council_action_promise_activities_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_action_promise_activities_id_seq', 1, false);


--
-- Name: bra_council_agendaitem_follow_up_actions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_agendaitem_follow_up_actions_id_seq', 1, false);


--
-- Name: bra_council_agendaitem_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_agendaitem_id_seq', 1, false);


--
-- Name: bra_council_attendance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_attendance_id_seq', 1, false);


--
-- Name: bra_council_councilmeeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_councilmeeting_id_seq', 1, false);


--
-- Name: bra_council_councilmember_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_councilmember_id_seq', 1, false);


--
-- Name: bra_council_historicalaction_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_historicalaction_history_id_seq', 1, false);


--
-- Name: bra_council_historicalagendaitem_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_historicalagendaitem_history_id_seq', 1, false);


--
-- Name: bra_council_historicalattendance_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_historicalattendance_history_id_seq', 1, false);


--
-- Name: bra_council_historicalcouncilmeeting_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_historicalcouncilmeeting_history_id_seq', 1, false);


--
-- Name: bra_council_historicalcouncilmember_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_historicalcouncilmember_history_id_seq', 1, false);


--
-- Name: bra_council_minutesapproval_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_minutesapproval_id_seq', 1, false);


--
-- Name: bra_council_minutescorrection_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.bra_council_minutescorrection_id_seq', 1, false);


--
-- Name: citizen_promises_agreementsignatory_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_agreementsignatory_id_seq', 1, false);


--
-- Name: citizen_promises_citizenpromise_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_citizenpromise_id_seq', 1, false);


--
-- Name: citizen_promises_cooperationagreement_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_cooperationagreement_id_seq', 1, false);


--
-- Name: citizen_promises_cooperationagreement_parties_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_cooperationagreement_parties_id_seq', 1, false);


--
-- Name: citizen_promises_followup_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_followup_id_seq', 1, false);


--
-- Name: citizen_promises_followupresult_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_followupresult_id_seq', 1, false);


--
-- Name: citizen_promises_historicalagreementsignatory_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_historicalagreementsignatory_history_id_seq', 1, false);


--
-- Name: citizen_promises_historicalcitizenpromise_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_historicalcitizenpromise_history_id_seq', 1, false);


--
-- Name: citizen_promises_historicalcooperationagreement_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_historicalcooperationagreement_history_id_seq', 1, false);


--
-- Name: citizen_promises_historicalfollowup_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_historicalfollowup_history_id_seq', 1, false);


--
-- Name: citizen_promises_historicalfollowupresult_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_historicalfollowupresult_history_id_seq', 1, false);


--
-- Name: citizen_promises_historicalpriorityarea_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_historicalpriorityarea_history_id_seq', 1, false);


--
-- Name: citizen_promises_historicalpromiseactivity_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_historicalpromiseactivity_history_id_seq', 1, false);


--
-- Name: citizen_promises_historicalpromisegoal_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_historicalpromisegoal_history_id_seq', 1, false);


--
-- Name: citizen_promises_historicalsignatory_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_historicalsignatory_history_id_seq', 1, false);


--
-- Name: citizen_promises_priorityarea_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_priorityarea_id_seq', 1, false);


--
-- Name: citizen_promises_promiseactivity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_promiseactivity_id_seq', 1, false);


--
-- Name: citizen_promises_promiseactivity_interventions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_promiseactivity_interventions_id_seq', 1, false);


--
-- Name: citizen_promises_promiseactivity_places_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_promiseactivity_places_id_seq', 1, false);


--
-- Name: citizen_promises_promisecontact_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_promisecontact_id_seq', 1, false);


--
-- Name: citizen_promises_promisegoal_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_promisegoal_id_seq', 1, false);


--
-- Name: citizen_promises_signatory_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_signatory_id_seq', 1, false);


--
-- Name: citizen_promises_survey_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_survey_id_seq', 1, false);


--
-- Name: citizen_promises_surveyavoidedplace_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_surveyavoidedplace_id_seq', 1, false);


--
-- Name: citizen_promises_surveyhelp_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_surveyhelp_id_seq', 1, false);


--
-- Name: citizen_promises_surveyresponse_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_promises_surveyresponse_id_seq', 1, false);


--
-- Name: citizen_tips_citizentip_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_tips_citizentip_id_seq', 1, false);


--
-- Name: citizen_tips_historicalcitizentip_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_tips_historicalcitizentip_history_id_seq', 1, false);


--
-- Name: citizen_tips_historicaltipmoderator_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_tips_historicaltipmoderator_history_id_seq', 1, false);


--
-- Name: citizen_tips_tipmoderator_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.citizen_tips_tipmoderator_id_seq', 1, false);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_admin_log_id_seq', 1, false);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_content_type_id_seq', 112, true);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_migrations_id_seq', 117, true);


--
-- Name: est_incidents_category_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_category_id_seq', 20, true);


--
-- Name: est_incidents_coveragereminder_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_coveragereminder_id_seq', 1, false);


--
-- Name: est_incidents_estaction_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_estaction_id_seq', 1, false);


--
-- Name: est_incidents_estmeeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_estmeeting_id_seq', 1, false);


--
-- Name: est_incidents_estmeeting_organisations_present_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_estmeeting_organisations_present_id_seq', 1, false);


--
-- Name: est_incidents_estmeetingreport_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_estmeetingreport_id_seq', 1, false);


--
-- Name: est_incidents_historicalcoveragereminder_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_historicalcoveragereminder_history_id_seq', 1, false);


--
-- Name: est_incidents_historicalestaction_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_historicalestaction_history_id_seq', 1, false);


--
-- Name: est_incidents_historicalestmeeting_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_historicalestmeeting_history_id_seq', 1, false);


--
-- Name: est_incidents_historicalestmeetingreport_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_historicalestmeetingreport_history_id_seq', 1, false);


--
-- Name: est_incidents_historicalincident_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_historicalincident_history_id_seq', 1, false);


--
-- Name: est_incidents_historicalincidentshare_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_historicalincidentshare_history_id_seq', 1, false);


--
-- Name: est_incidents_historicalnothingtoreport_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_historicalnothingtoreport_history_id_seq', 1, false);


--
-- Name: est_incidents_historicalsharehandlingnote_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_historicalsharehandlingnote_history_id_seq', 1, false);


--
-- Name: est_incidents_historicalyearlysituationanalysis_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_historicalyearlysituationanalysis_history_id_seq', 1, false);


--
-- Name: est_incidents_incident_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_incident_id_seq', 1, false);


--
-- Name: est_incidents_incidentrollup_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_incidentrollup_id_seq', 1, false);


--
-- Name: est_incidents_incidentshare_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_incidentshare_id_seq', 1, false);


--
-- Name: est_incidents_nothingtoreport_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_nothingtoreport_id_seq', 1, false);


--
-- Name: est_incidents_place_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_place_id_seq', 10, true);


--
-- Name: est_incidents_policeevent_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_policeevent_id_seq', 1, false);


--
-- Name: est_incidents_releasesnapshot_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_releasesnapshot_id_seq', 1, false);


--
-- Name: est_incidents_sharehandlingnote_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_sharehandlingnote_id_seq', 1, false);


--
-- Name: est_incidents_yearlysituationanalysis_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_incidents_yearlysituationanalysis_id_seq', 1, false);


--
-- Name: est_measures_campaignmark_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_campaignmark_id_seq', 1, false);


--
-- Name: est_measures_findingshare_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_findingshare_id_seq', 1, false);


--
-- Name: est_measures_historicalfindingshare_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_historicalfindingshare_history_id_seq', 1, false);


--
-- Name: est_measures_historicalsafetywalkfinding_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_historicalsafetywalkfinding_history_id_seq', 1, false);


--
-- Name: est_measures_intervention_co_organisations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_intervention_co_organisations_id_seq', 1, false);


--
-- Name: est_measures_intervention_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_intervention_id_seq', 1, false);


--
-- Name: est_measures_intervention_places_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_intervention_places_id_seq', 1, false);


--
-- Name: est_measures_interventionkind_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_interventionkind_id_seq', 8, true);


--
-- Name: est_measures_plannedevent_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_plannedevent_id_seq', 1, false);


--
-- Name: est_measures_safetywalk_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_safetywalk_id_seq', 1, false);


--
-- Name: est_measures_safetywalk_organisations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_safetywalk_organisations_id_seq', 1, false);


--
-- Name: est_measures_safetywalkfinding_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_safetywalkfinding_id_seq', 1, false);


--
-- Name: est_measures_walkcampaign_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_walkcampaign_id_seq', 1, false);


--
-- Name: est_measures_walksignup_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.est_measures_walksignup_id_seq', 1, false);


--
-- Name: hjo_safety_accessevent_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_accessevent_id_seq', 1, false);


--
-- Name: hjo_safety_attachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_attachment_id_seq', 1, false);


--
-- Name: hjo_safety_auditevent_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_auditevent_id_seq', 1, false);


--
-- Name: hjo_safety_contactinfo_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_contactinfo_id_seq', 1, true);


--
-- Name: hjo_safety_dataversion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_dataversion_id_seq', 1, false);


--
-- Name: hjo_safety_historicalcontactinfo_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_historicalcontactinfo_history_id_seq', 1, false);


--
-- Name: hjo_safety_historicalmembership_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_historicalmembership_history_id_seq', 1, false);


--
-- Name: hjo_safety_historicalorganisation_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_historicalorganisation_history_id_seq', 1, false);


--
-- Name: hjo_safety_jobrun_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_jobrun_id_seq', 1, false);


--
-- Name: hjo_safety_membership_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_membership_id_seq', 1, false);


--
-- Name: hjo_safety_organisation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_organisation_id_seq', 1, false);


--
-- Name: hjo_safety_ssoidentity_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hjo_safety_ssoidentity_id_seq', 1, false);


--
-- Name: notifications_bulletin_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notifications_bulletin_id_seq', 1, false);


--
-- Name: notifications_bulletin_organisations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notifications_bulletin_organisations_id_seq', 1, false);


--
-- Name: notifications_digestrun_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notifications_digestrun_id_seq', 1, false);


--
-- Name: notifications_notificationsettings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notifications_notificationsettings_id_seq', 1, false);


--
-- Name: notifications_outboxmessage_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notifications_outboxmessage_id_seq', 1, false);


--
-- Name: notifications_subscription_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notifications_subscription_id_seq', 1, false);


--
-- Name: otp_static_staticdevice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.otp_static_staticdevice_id_seq', 1, false);


--
-- Name: otp_static_statictoken_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.otp_static_statictoken_id_seq', 1, false);


--
-- Name: otp_totp_totpdevice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.otp_totp_totpdevice_id_seq', 1, false);


--
-- Name: safety_statistics_crimestatistic_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.safety_statistics_crimestatistic_id_seq', 1, false);


--
-- Name: safety_statistics_population_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.safety_statistics_population_id_seq', 5, true);


--
-- Name: bra_council_agendaitem agenda_item_unique_position; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem
    ADD CONSTRAINT agenda_item_unique_position UNIQUE (meeting_id, "position");


--
-- Name: bra_council_attendance attendance_unique_meeting_member; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_attendance
    ADD CONSTRAINT attendance_unique_meeting_member UNIQUE (meeting_id, member_id);


--
-- Name: auth_group auth_group_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_name_key UNIQUE (name);


--
-- Name: auth_group_permissions auth_group_permissions_group_id_permission_id_0cd325b0_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_permission_id_0cd325b0_uniq UNIQUE (group_id, permission_id);


--
-- Name: auth_group_permissions auth_group_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_group auth_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_pkey PRIMARY KEY (id);


--
-- Name: auth_permission auth_permission_content_type_id_codename_01ab375a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_codename_01ab375a_uniq UNIQUE (content_type_id, codename);


--
-- Name: auth_permission auth_permission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_pkey PRIMARY KEY (id);


--
-- Name: auth_user_groups auth_user_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_pkey PRIMARY KEY (id);


--
-- Name: auth_user_groups auth_user_groups_user_id_group_id_94350c0c_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_user_id_group_id_94350c0c_uniq UNIQUE (user_id, group_id);


--
-- Name: auth_user auth_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_pkey PRIMARY KEY (id);


--
-- Name: auth_user_user_permissions auth_user_user_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_user_user_permissions auth_user_user_permissions_user_id_permission_id_14a6b632_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_user_id_permission_id_14a6b632_uniq UNIQUE (user_id, permission_id);


--
-- Name: auth_user auth_user_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_username_key UNIQUE (username);


--
-- Name: axes_accessattempt axes_accessattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_pkey PRIMARY KEY (id);


--
-- Name: axes_accessattempt axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq UNIQUE (username, ip_address, user_agent);


--
-- Name: axes_accessattemptexpiration axes_accessattemptexpiration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptexpiration_pkey PRIMARY KEY (access_attempt_id);


--
-- Name: axes_accessfailurelog axes_accessfailurelog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessfailurelog
    ADD CONSTRAINT axes_accessfailurelog_pkey PRIMARY KEY (id);


--
-- Name: axes_accesslog axes_accesslog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accesslog
    ADD CONSTRAINT axes_accesslog_pkey PRIMARY KEY (id);


--
-- Name: bra_council_action_interventions bra_council_action_inter_action_id_intervention_i_570d8650_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action_interventions
    ADD CONSTRAINT bra_council_action_inter_action_id_intervention_i_570d8650_uniq UNIQUE (action_id, intervention_id);


--
-- Name: bra_council_action_interventions bra_council_action_interventions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action_interventions
    ADD CONSTRAINT bra_council_action_interventions_pkey PRIMARY KEY (id);


--
-- Name: bra_council_action bra_council_action_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action
    ADD CONSTRAINT bra_council_action_pkey PRIMARY KEY (id);


--
-- Name: bra_council_action_promise_activities bra_council_action_promi_action_id_promiseactivit_fad674f1_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action_promise_activities
    ADD CONSTRAINT bra_council_action_promi_action_id_promiseactivit_fad674f1_uniq UNIQUE (action_id, promiseactivity_id);


--
-- Name: bra_council_action_promise_activities bra_council_action_promise_activities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action_promise_activities
    ADD CONSTRAINT bra_council_action_promise_activities_pkey PRIMARY KEY (id);


--
-- Name: bra_council_agendaitem_follow_up_actions bra_council_agendaitem_f_agendaitem_id_action_id_69e107bb_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem_follow_up_actions
    ADD CONSTRAINT bra_council_agendaitem_f_agendaitem_id_action_id_69e107bb_uniq UNIQUE (agendaitem_id, action_id);


--
-- Name: bra_council_agendaitem_follow_up_actions bra_council_agendaitem_follow_up_actions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem_follow_up_actions
    ADD CONSTRAINT bra_council_agendaitem_follow_up_actions_pkey PRIMARY KEY (id);


--
-- Name: bra_council_agendaitem bra_council_agendaitem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem
    ADD CONSTRAINT bra_council_agendaitem_pkey PRIMARY KEY (id);


--
-- Name: bra_council_attendance bra_council_attendance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_attendance
    ADD CONSTRAINT bra_council_attendance_pkey PRIMARY KEY (id);


--
-- Name: bra_council_councilmeeting bra_council_councilmeeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_councilmeeting
    ADD CONSTRAINT bra_council_councilmeeting_pkey PRIMARY KEY (id);


--
-- Name: bra_council_councilmember bra_council_councilmember_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_councilmember
    ADD CONSTRAINT bra_council_councilmember_pkey PRIMARY KEY (id);


--
-- Name: bra_council_historicalaction bra_council_historicalaction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalaction
    ADD CONSTRAINT bra_council_historicalaction_pkey PRIMARY KEY (history_id);


--
-- Name: bra_council_historicalagendaitem bra_council_historicalagendaitem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalagendaitem
    ADD CONSTRAINT bra_council_historicalagendaitem_pkey PRIMARY KEY (history_id);


--
-- Name: bra_council_historicalattendance bra_council_historicalattendance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalattendance
    ADD CONSTRAINT bra_council_historicalattendance_pkey PRIMARY KEY (history_id);


--
-- Name: bra_council_historicalcouncilmeeting bra_council_historicalcouncilmeeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalcouncilmeeting
    ADD CONSTRAINT bra_council_historicalcouncilmeeting_pkey PRIMARY KEY (history_id);


--
-- Name: bra_council_historicalcouncilmember bra_council_historicalcouncilmember_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalcouncilmember
    ADD CONSTRAINT bra_council_historicalcouncilmember_pkey PRIMARY KEY (history_id);


--
-- Name: bra_council_minutesapproval bra_council_minutesapproval_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutesapproval
    ADD CONSTRAINT bra_council_minutesapproval_pkey PRIMARY KEY (id);


--
-- Name: bra_council_minutescorrection bra_council_minutescorrection_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutescorrection
    ADD CONSTRAINT bra_council_minutescorrection_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_category category_unique_name_per_parent; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_category
    ADD CONSTRAINT category_unique_name_per_parent UNIQUE (parent_id, name);


--
-- Name: citizen_promises_agreementsignatory citizen_promises_agreementsignatory_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_agreementsignatory
    ADD CONSTRAINT citizen_promises_agreementsignatory_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_citizenpromise citizen_promises_citizenpromise_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_citizenpromise
    ADD CONSTRAINT citizen_promises_citizenpromise_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_cooperationagreement_parties citizen_promises_coopera_cooperationagreement_id__8abbab7a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_cooperationagreement_parties
    ADD CONSTRAINT citizen_promises_coopera_cooperationagreement_id__8abbab7a_uniq UNIQUE (cooperationagreement_id, organisation_id);


--
-- Name: citizen_promises_cooperationagreement_parties citizen_promises_cooperationagreement_parties_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_cooperationagreement_parties
    ADD CONSTRAINT citizen_promises_cooperationagreement_parties_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_cooperationagreement citizen_promises_cooperationagreement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_cooperationagreement
    ADD CONSTRAINT citizen_promises_cooperationagreement_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_followup citizen_promises_followup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_followup
    ADD CONSTRAINT citizen_promises_followup_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_followupresult citizen_promises_followupresult_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_followupresult
    ADD CONSTRAINT citizen_promises_followupresult_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_historicalagreementsignatory citizen_promises_historicalagreementsignatory_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalagreementsignatory
    ADD CONSTRAINT citizen_promises_historicalagreementsignatory_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_promises_historicalcitizenpromise citizen_promises_historicalcitizenpromise_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalcitizenpromise
    ADD CONSTRAINT citizen_promises_historicalcitizenpromise_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_promises_historicalcooperationagreement citizen_promises_historicalcooperationagreement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalcooperationagreement
    ADD CONSTRAINT citizen_promises_historicalcooperationagreement_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_promises_historicalfollowup citizen_promises_historicalfollowup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalfollowup
    ADD CONSTRAINT citizen_promises_historicalfollowup_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_promises_historicalfollowupresult citizen_promises_historicalfollowupresult_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalfollowupresult
    ADD CONSTRAINT citizen_promises_historicalfollowupresult_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_promises_historicalpriorityarea citizen_promises_historicalpriorityarea_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalpriorityarea
    ADD CONSTRAINT citizen_promises_historicalpriorityarea_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_promises_historicalpromiseactivity citizen_promises_historicalpromiseactivity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalpromiseactivity
    ADD CONSTRAINT citizen_promises_historicalpromiseactivity_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_promises_historicalpromisegoal citizen_promises_historicalpromisegoal_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalpromisegoal
    ADD CONSTRAINT citizen_promises_historicalpromisegoal_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_promises_historicalsignatory citizen_promises_historicalsignatory_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalsignatory
    ADD CONSTRAINT citizen_promises_historicalsignatory_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_promises_priorityarea citizen_promises_priorityarea_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_priorityarea
    ADD CONSTRAINT citizen_promises_priorityarea_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_promiseactivity_interventions citizen_promises_promise_promiseactivity_id_inter_afc2bb40_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity_interventions
    ADD CONSTRAINT citizen_promises_promise_promiseactivity_id_inter_afc2bb40_uniq UNIQUE (promiseactivity_id, intervention_id);


--
-- Name: citizen_promises_promiseactivity_places citizen_promises_promise_promiseactivity_id_place_c6c1ac0c_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity_places
    ADD CONSTRAINT citizen_promises_promise_promiseactivity_id_place_c6c1ac0c_uniq UNIQUE (promiseactivity_id, place_id);


--
-- Name: citizen_promises_promiseactivity_interventions citizen_promises_promiseactivity_interventions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity_interventions
    ADD CONSTRAINT citizen_promises_promiseactivity_interventions_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_promiseactivity citizen_promises_promiseactivity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity
    ADD CONSTRAINT citizen_promises_promiseactivity_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_promiseactivity_places citizen_promises_promiseactivity_places_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity_places
    ADD CONSTRAINT citizen_promises_promiseactivity_places_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_promisecontact citizen_promises_promisecontact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promisecontact
    ADD CONSTRAINT citizen_promises_promisecontact_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_promisegoal citizen_promises_promisegoal_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promisegoal
    ADD CONSTRAINT citizen_promises_promisegoal_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_signatory citizen_promises_signatory_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_signatory
    ADD CONSTRAINT citizen_promises_signatory_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_survey citizen_promises_survey_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_survey
    ADD CONSTRAINT citizen_promises_survey_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_surveyavoidedplace citizen_promises_surveyavoidedplace_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_surveyavoidedplace
    ADD CONSTRAINT citizen_promises_surveyavoidedplace_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_surveyhelp citizen_promises_surveyhelp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_surveyhelp
    ADD CONSTRAINT citizen_promises_surveyhelp_pkey PRIMARY KEY (id);


--
-- Name: citizen_promises_surveyresponse citizen_promises_surveyresponse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_surveyresponse
    ADD CONSTRAINT citizen_promises_surveyresponse_pkey PRIMARY KEY (id);


--
-- Name: citizen_tips_citizentip citizen_tips_citizentip_incident_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_citizentip
    ADD CONSTRAINT citizen_tips_citizentip_incident_id_key UNIQUE (incident_id);


--
-- Name: citizen_tips_citizentip citizen_tips_citizentip_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_citizentip
    ADD CONSTRAINT citizen_tips_citizentip_pkey PRIMARY KEY (id);


--
-- Name: citizen_tips_citizentip citizen_tips_citizentip_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_citizentip
    ADD CONSTRAINT citizen_tips_citizentip_token_hash_key UNIQUE (token_hash);


--
-- Name: citizen_tips_historicalcitizentip citizen_tips_historicalcitizentip_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_historicalcitizentip
    ADD CONSTRAINT citizen_tips_historicalcitizentip_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_tips_historicaltipmoderator citizen_tips_historicaltipmoderator_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_historicaltipmoderator
    ADD CONSTRAINT citizen_tips_historicaltipmoderator_pkey PRIMARY KEY (history_id);


--
-- Name: citizen_tips_tipmoderator citizen_tips_tipmoderator_organisation_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_tipmoderator
    ADD CONSTRAINT citizen_tips_tipmoderator_organisation_id_key UNIQUE (organisation_id);


--
-- Name: citizen_tips_tipmoderator citizen_tips_tipmoderator_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_tipmoderator
    ADD CONSTRAINT citizen_tips_tipmoderator_pkey PRIMARY KEY (id);


--
-- Name: hjo_safety_dataversion data_version_scope_slot; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_dataversion
    ADD CONSTRAINT data_version_scope_slot UNIQUE (scope, slot);


--
-- Name: django_admin_log django_admin_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_pkey PRIMARY KEY (id);


--
-- Name: django_content_type django_content_type_app_label_model_76bd3d3b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model);


--
-- Name: django_content_type django_content_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_pkey PRIMARY KEY (id);


--
-- Name: django_migrations django_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_migrations
    ADD CONSTRAINT django_migrations_pkey PRIMARY KEY (id);


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_session
    ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);


--
-- Name: est_incidents_category est_incidents_category_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_category
    ADD CONSTRAINT est_incidents_category_code_key UNIQUE (code);


--
-- Name: est_incidents_category est_incidents_category_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_category
    ADD CONSTRAINT est_incidents_category_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_coveragereminder est_incidents_coveragereminder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_coveragereminder
    ADD CONSTRAINT est_incidents_coveragereminder_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_estaction est_incidents_estaction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estaction
    ADD CONSTRAINT est_incidents_estaction_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_estmeeting_organisations_present est_incidents_estmeeting_estmeeting_id_organisati_902a7e27_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeeting_organisations_present
    ADD CONSTRAINT est_incidents_estmeeting_estmeeting_id_organisati_902a7e27_uniq UNIQUE (estmeeting_id, organisation_id);


--
-- Name: est_incidents_estmeeting_organisations_present est_incidents_estmeeting_organisations_present_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeeting_organisations_present
    ADD CONSTRAINT est_incidents_estmeeting_organisations_present_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_estmeeting est_incidents_estmeeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeeting
    ADD CONSTRAINT est_incidents_estmeeting_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_estmeetingreport est_incidents_estmeetingreport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeetingreport
    ADD CONSTRAINT est_incidents_estmeetingreport_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_historicalcoveragereminder est_incidents_historicalcoveragereminder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalcoveragereminder
    ADD CONSTRAINT est_incidents_historicalcoveragereminder_pkey PRIMARY KEY (history_id);


--
-- Name: est_incidents_historicalestaction est_incidents_historicalestaction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalestaction
    ADD CONSTRAINT est_incidents_historicalestaction_pkey PRIMARY KEY (history_id);


--
-- Name: est_incidents_historicalestmeeting est_incidents_historicalestmeeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalestmeeting
    ADD CONSTRAINT est_incidents_historicalestmeeting_pkey PRIMARY KEY (history_id);


--
-- Name: est_incidents_historicalestmeetingreport est_incidents_historicalestmeetingreport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalestmeetingreport
    ADD CONSTRAINT est_incidents_historicalestmeetingreport_pkey PRIMARY KEY (history_id);


--
-- Name: est_incidents_historicalincident est_incidents_historicalincident_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalincident
    ADD CONSTRAINT est_incidents_historicalincident_pkey PRIMARY KEY (history_id);


--
-- Name: est_incidents_historicalincidentshare est_incidents_historicalincidentshare_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalincidentshare
    ADD CONSTRAINT est_incidents_historicalincidentshare_pkey PRIMARY KEY (history_id);


--
-- Name: est_incidents_historicalnothingtoreport est_incidents_historicalnothingtoreport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalnothingtoreport
    ADD CONSTRAINT est_incidents_historicalnothingtoreport_pkey PRIMARY KEY (history_id);


--
-- Name: est_incidents_historicalsharehandlingnote est_incidents_historicalsharehandlingnote_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalsharehandlingnote
    ADD CONSTRAINT est_incidents_historicalsharehandlingnote_pkey PRIMARY KEY (history_id);


--
-- Name: est_incidents_historicalyearlysituationanalysis est_incidents_historicalyearlysituationanalysis_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalyearlysituationanalysis
    ADD CONSTRAINT est_incidents_historicalyearlysituationanalysis_pkey PRIMARY KEY (history_id);


--
-- Name: est_incidents_incident est_incidents_incident_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incident
    ADD CONSTRAINT est_incidents_incident_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_incident est_incidents_incident_submission_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incident
    ADD CONSTRAINT est_incidents_incident_submission_token_key UNIQUE (submission_token);


--
-- Name: est_incidents_incidentrollup est_incidents_incidentrollup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incidentrollup
    ADD CONSTRAINT est_incidents_incidentrollup_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_incidentshare est_incidents_incidentshare_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incidentshare
    ADD CONSTRAINT est_incidents_incidentshare_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_nothingtoreport est_incidents_nothingtoreport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_nothingtoreport
    ADD CONSTRAINT est_incidents_nothingtoreport_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_place est_incidents_place_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_place
    ADD CONSTRAINT est_incidents_place_name_key UNIQUE (name);


--
-- Name: est_incidents_place est_incidents_place_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_place
    ADD CONSTRAINT est_incidents_place_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_policeevent est_incidents_policeevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_policeevent
    ADD CONSTRAINT est_incidents_policeevent_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_releasedincident est_incidents_releasedincident_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_releasedincident
    ADD CONSTRAINT est_incidents_releasedincident_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_releasesnapshot est_incidents_releasesnapshot_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_releasesnapshot
    ADD CONSTRAINT est_incidents_releasesnapshot_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_sharehandlingnote est_incidents_sharehandlingnote_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_sharehandlingnote
    ADD CONSTRAINT est_incidents_sharehandlingnote_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_yearlysituationanalysis est_incidents_yearlysituationanalysis_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_yearlysituationanalysis
    ADD CONSTRAINT est_incidents_yearlysituationanalysis_pkey PRIMARY KEY (id);


--
-- Name: est_measures_campaignmark est_measures_campaignmark_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_campaignmark
    ADD CONSTRAINT est_measures_campaignmark_pkey PRIMARY KEY (id);


--
-- Name: est_measures_findingshare est_measures_findingshare_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_findingshare
    ADD CONSTRAINT est_measures_findingshare_pkey PRIMARY KEY (id);


--
-- Name: est_measures_historicalfindingshare est_measures_historicalfindingshare_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_historicalfindingshare
    ADD CONSTRAINT est_measures_historicalfindingshare_pkey PRIMARY KEY (history_id);


--
-- Name: est_measures_historicalsafetywalkfinding est_measures_historicalsafetywalkfinding_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_historicalsafetywalkfinding
    ADD CONSTRAINT est_measures_historicalsafetywalkfinding_pkey PRIMARY KEY (history_id);


--
-- Name: est_measures_intervention_co_organisations est_measures_interventio_intervention_id_organisa_4ac26278_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention_co_organisations
    ADD CONSTRAINT est_measures_interventio_intervention_id_organisa_4ac26278_uniq UNIQUE (intervention_id, organisation_id);


--
-- Name: est_measures_intervention_places est_measures_interventio_intervention_id_place_id_bb961fb2_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention_places
    ADD CONSTRAINT est_measures_interventio_intervention_id_place_id_bb961fb2_uniq UNIQUE (intervention_id, place_id);


--
-- Name: est_measures_intervention_co_organisations est_measures_intervention_co_organisations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention_co_organisations
    ADD CONSTRAINT est_measures_intervention_co_organisations_pkey PRIMARY KEY (id);


--
-- Name: est_measures_intervention est_measures_intervention_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention
    ADD CONSTRAINT est_measures_intervention_pkey PRIMARY KEY (id);


--
-- Name: est_measures_intervention_places est_measures_intervention_places_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention_places
    ADD CONSTRAINT est_measures_intervention_places_pkey PRIMARY KEY (id);


--
-- Name: est_measures_interventionkind est_measures_interventionkind_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_interventionkind
    ADD CONSTRAINT est_measures_interventionkind_code_key UNIQUE (code);


--
-- Name: est_measures_interventionkind est_measures_interventionkind_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_interventionkind
    ADD CONSTRAINT est_measures_interventionkind_name_key UNIQUE (name);


--
-- Name: est_measures_interventionkind est_measures_interventionkind_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_interventionkind
    ADD CONSTRAINT est_measures_interventionkind_pkey PRIMARY KEY (id);


--
-- Name: est_measures_plannedevent est_measures_plannedevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_plannedevent
    ADD CONSTRAINT est_measures_plannedevent_pkey PRIMARY KEY (id);


--
-- Name: est_measures_safetywalk_organisations est_measures_safetywalk__safetywalk_id_organisati_22541be8_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalk_organisations
    ADD CONSTRAINT est_measures_safetywalk__safetywalk_id_organisati_22541be8_uniq UNIQUE (safetywalk_id, organisation_id);


--
-- Name: est_measures_safetywalk_organisations est_measures_safetywalk_organisations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalk_organisations
    ADD CONSTRAINT est_measures_safetywalk_organisations_pkey PRIMARY KEY (id);


--
-- Name: est_measures_safetywalk est_measures_safetywalk_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalk
    ADD CONSTRAINT est_measures_safetywalk_pkey PRIMARY KEY (id);


--
-- Name: est_measures_safetywalk est_measures_safetywalk_submission_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalk
    ADD CONSTRAINT est_measures_safetywalk_submission_token_key UNIQUE (submission_token);


--
-- Name: est_measures_safetywalkfinding est_measures_safetywalkfinding_est_action_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalkfinding
    ADD CONSTRAINT est_measures_safetywalkfinding_est_action_id_key UNIQUE (est_action_id);


--
-- Name: est_measures_safetywalkfinding est_measures_safetywalkfinding_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalkfinding
    ADD CONSTRAINT est_measures_safetywalkfinding_pkey PRIMARY KEY (id);


--
-- Name: est_measures_walkcampaign est_measures_walkcampaign_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_walkcampaign
    ADD CONSTRAINT est_measures_walkcampaign_pkey PRIMARY KEY (id);


--
-- Name: est_measures_walkcampaign est_measures_walkcampaign_walk_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_walkcampaign
    ADD CONSTRAINT est_measures_walkcampaign_walk_id_key UNIQUE (walk_id);


--
-- Name: est_measures_walksignup est_measures_walksignup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_walksignup
    ADD CONSTRAINT est_measures_walksignup_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_estmeeting estmeeting_unique_starts_at; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeeting
    ADD CONSTRAINT estmeeting_unique_starts_at UNIQUE (starts_at);


--
-- Name: est_incidents_estmeetingreport estreport_unique_per_organisation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeetingreport
    ADD CONSTRAINT estreport_unique_per_organisation UNIQUE (meeting_id, organisation_id);


--
-- Name: est_measures_findingshare finding_share_unique_organisation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_findingshare
    ADD CONSTRAINT finding_share_unique_organisation UNIQUE (finding_id, organisation_id);


--
-- Name: citizen_promises_followupresult followup_result_unique_activity; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_followupresult
    ADD CONSTRAINT followup_result_unique_activity UNIQUE (follow_up_id, activity_id);


--
-- Name: hjo_public_page_cache hjo_public_page_cache_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_public_page_cache
    ADD CONSTRAINT hjo_public_page_cache_pkey PRIMARY KEY (cache_key);


--
-- Name: hjo_safety_accessevent hjo_safety_accessevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_accessevent
    ADD CONSTRAINT hjo_safety_accessevent_pkey PRIMARY KEY (id);


--
-- Name: hjo_safety_attachment hjo_safety_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_attachment
    ADD CONSTRAINT hjo_safety_attachment_pkey PRIMARY KEY (id);


--
-- Name: hjo_safety_attachment hjo_safety_attachment_public_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_attachment
    ADD CONSTRAINT hjo_safety_attachment_public_id_key UNIQUE (public_id);


--
-- Name: hjo_safety_auditevent hjo_safety_auditevent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_auditevent
    ADD CONSTRAINT hjo_safety_auditevent_pkey PRIMARY KEY (id);


--
-- Name: hjo_safety_contactinfo hjo_safety_contactinfo_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_contactinfo
    ADD CONSTRAINT hjo_safety_contactinfo_pkey PRIMARY KEY (id);


--
-- Name: hjo_safety_dataversion hjo_safety_dataversion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_dataversion
    ADD CONSTRAINT hjo_safety_dataversion_pkey PRIMARY KEY (id);


--
-- Name: hjo_safety_historicalcontactinfo hjo_safety_historicalcontactinfo_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_historicalcontactinfo
    ADD CONSTRAINT hjo_safety_historicalcontactinfo_pkey PRIMARY KEY (history_id);


--
-- Name: hjo_safety_historicalmembership hjo_safety_historicalmembership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_historicalmembership
    ADD CONSTRAINT hjo_safety_historicalmembership_pkey PRIMARY KEY (history_id);


--
-- Name: hjo_safety_historicalorganisation hjo_safety_historicalorganisation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_historicalorganisation
    ADD CONSTRAINT hjo_safety_historicalorganisation_pkey PRIMARY KEY (history_id);


--
-- Name: hjo_safety_jobrun hjo_safety_jobrun_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_jobrun
    ADD CONSTRAINT hjo_safety_jobrun_name_key UNIQUE (name);


--
-- Name: hjo_safety_jobrun hjo_safety_jobrun_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_jobrun
    ADD CONSTRAINT hjo_safety_jobrun_pkey PRIMARY KEY (id);


--
-- Name: hjo_safety_membership hjo_safety_membership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_membership
    ADD CONSTRAINT hjo_safety_membership_pkey PRIMARY KEY (id);


--
-- Name: hjo_safety_organisation hjo_safety_organisation_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_organisation
    ADD CONSTRAINT hjo_safety_organisation_name_key UNIQUE (name);


--
-- Name: hjo_safety_organisation hjo_safety_organisation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_organisation
    ADD CONSTRAINT hjo_safety_organisation_pkey PRIMARY KEY (id);


--
-- Name: hjo_safety_ssoidentity hjo_safety_ssoidentity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_ssoidentity
    ADD CONSTRAINT hjo_safety_ssoidentity_pkey PRIMARY KEY (id);


--
-- Name: hjo_throttle_cache hjo_throttle_cache_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_throttle_cache
    ADD CONSTRAINT hjo_throttle_cache_pkey PRIMARY KEY (cache_key);


--
-- Name: est_incidents_incidentrollup incident_rollup_dimensions; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incidentrollup
    ADD CONSTRAINT incident_rollup_dimensions UNIQUE ("grouping", span, day, category_key, organisation_key, status, place_key, weekhour, cell_y, cell_x);


--
-- Name: hjo_safety_membership membership_unique_user_organisation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_membership
    ADD CONSTRAINT membership_unique_user_organisation UNIQUE (user_id, organisation_id);


--
-- Name: bra_council_minutesapproval minutes_approval_unique_role; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutesapproval
    ADD CONSTRAINT minutes_approval_unique_role UNIQUE (meeting_id, role);


--
-- Name: bra_council_minutescorrection minutes_correction_unique_revision; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutescorrection
    ADD CONSTRAINT minutes_correction_unique_revision UNIQUE (meeting_id, revision);


--
-- Name: est_incidents_nothingtoreport nothing_to_report_unique_period; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_nothingtoreport
    ADD CONSTRAINT nothing_to_report_unique_period UNIQUE (organisation_id, period_start, period_end);


--
-- Name: notifications_bulletin_organisations notifications_bulletin_o_bulletin_id_organisation_428c5ae6_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_bulletin_organisations
    ADD CONSTRAINT notifications_bulletin_o_bulletin_id_organisation_428c5ae6_uniq UNIQUE (bulletin_id, organisation_id);


--
-- Name: notifications_bulletin_organisations notifications_bulletin_organisations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_bulletin_organisations
    ADD CONSTRAINT notifications_bulletin_organisations_pkey PRIMARY KEY (id);


--
-- Name: notifications_bulletin notifications_bulletin_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_bulletin
    ADD CONSTRAINT notifications_bulletin_pkey PRIMARY KEY (id);


--
-- Name: notifications_digestrun notifications_digestrun_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_digestrun
    ADD CONSTRAINT notifications_digestrun_pkey PRIMARY KEY (id);


--
-- Name: notifications_digestrun notifications_digestrun_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_digestrun
    ADD CONSTRAINT notifications_digestrun_user_id_key UNIQUE (user_id);


--
-- Name: notifications_notificationsettings notifications_notificationsettings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_notificationsettings
    ADD CONSTRAINT notifications_notificationsettings_pkey PRIMARY KEY (id);


--
-- Name: notifications_notificationsettings notifications_notificationsettings_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_notificationsettings
    ADD CONSTRAINT notifications_notificationsettings_user_id_key UNIQUE (user_id);


--
-- Name: notifications_outboxmessage notifications_outboxmessage_event_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_outboxmessage
    ADD CONSTRAINT notifications_outboxmessage_event_key_key UNIQUE (event_key);


--
-- Name: notifications_outboxmessage notifications_outboxmessage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_outboxmessage
    ADD CONSTRAINT notifications_outboxmessage_pkey PRIMARY KEY (id);


--
-- Name: notifications_subscription notifications_subscription_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_subscription
    ADD CONSTRAINT notifications_subscription_pkey PRIMARY KEY (id);


--
-- Name: otp_static_staticdevice otp_static_staticdevice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_static_staticdevice
    ADD CONSTRAINT otp_static_staticdevice_pkey PRIMARY KEY (id);


--
-- Name: otp_static_statictoken otp_static_statictoken_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_static_statictoken
    ADD CONSTRAINT otp_static_statictoken_pkey PRIMARY KEY (id);


--
-- Name: otp_totp_totpdevice otp_totp_totpdevice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_totp_totpdevice
    ADD CONSTRAINT otp_totp_totpdevice_pkey PRIMARY KEY (id);


--
-- Name: est_incidents_policeevent policeevent_unique_police_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_policeevent
    ADD CONSTRAINT policeevent_unique_police_id UNIQUE (police_id);


--
-- Name: citizen_promises_citizenpromise promise_unique_slug; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_citizenpromise
    ADD CONSTRAINT promise_unique_slug UNIQUE (slug);


--
-- Name: safety_statistics_crimestatistic safety_statistics_crimestatistic_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safety_statistics_crimestatistic
    ADD CONSTRAINT safety_statistics_crimestatistic_pkey PRIMARY KEY (id);


--
-- Name: safety_statistics_population safety_statistics_population_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safety_statistics_population
    ADD CONSTRAINT safety_statistics_population_pkey PRIMARY KEY (id);


--
-- Name: safety_statistics_population safety_statistics_population_year_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safety_statistics_population
    ADD CONSTRAINT safety_statistics_population_year_key UNIQUE (year);


--
-- Name: hjo_safety_ssoidentity ssoidentity_unique_provider_subject; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_ssoidentity
    ADD CONSTRAINT ssoidentity_unique_provider_subject UNIQUE (provider, subject);


--
-- Name: hjo_safety_ssoidentity ssoidentity_unique_user_provider; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_ssoidentity
    ADD CONSTRAINT ssoidentity_unique_user_provider UNIQUE (user_id, provider);


--
-- Name: citizen_promises_surveyhelp survey_help_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_surveyhelp
    ADD CONSTRAINT survey_help_unique UNIQUE (response_id, option);


--
-- Name: citizen_promises_survey survey_unique_slug; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_survey
    ADD CONSTRAINT survey_unique_slug UNIQUE (slug);


--
-- Name: est_measures_walksignup walksignup_one_per_address; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_walksignup
    ADD CONSTRAINT walksignup_one_per_address UNIQUE (campaign_id, email);


--
-- Name: est_incidents_yearlysituationanalysis yearlyanalysis_unique_year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_yearlysituationanalysis
    ADD CONSTRAINT yearlyanalysis_unique_year UNIQUE (year);


--
-- Name: accessevent_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accessevent_created_idx ON public.hjo_safety_accessevent USING btree (created_at DESC);


--
-- Name: accessevent_object_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accessevent_object_idx ON public.hjo_safety_accessevent USING btree (object_type, object_id);


--
-- Name: accessevent_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accessevent_org_idx ON public.hjo_safety_accessevent USING btree (organisation_id, created_at DESC);


--
-- Name: accessevent_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accessevent_user_idx ON public.hjo_safety_accessevent USING btree (user_id, created_at DESC);


--
-- Name: activity_promise_position_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activity_promise_position_idx ON public.citizen_promises_promiseactivity USING btree (promise_id, "position");


--
-- Name: activity_promise_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activity_promise_status_idx ON public.citizen_promises_promiseactivity USING btree (promise_id, status);


--
-- Name: agenda_item_public_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agenda_item_public_idx ON public.bra_council_agendaitem USING btree (meeting_id, is_public);


--
-- Name: agenda_item_standing_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agenda_item_standing_idx ON public.bra_council_agendaitem USING btree (is_standing);


--
-- Name: attachment_of_object_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachment_of_object_idx ON public.hjo_safety_attachment USING btree (content_type_id, object_id);


--
-- Name: attendance_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attendance_status_idx ON public.bra_council_attendance USING btree (meeting_id, status);


--
-- Name: auditevent_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auditevent_created_idx ON public.hjo_safety_auditevent USING btree (created_at DESC);


--
-- Name: auditevent_kind_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auditevent_kind_idx ON public.hjo_safety_auditevent USING btree (kind, created_at DESC);


--
-- Name: auditevent_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auditevent_user_idx ON public.hjo_safety_auditevent USING btree (user_id, created_at DESC);


--
-- Name: auditevent_username_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auditevent_username_idx ON public.hjo_safety_auditevent USING btree (username);


--
-- Name: auth_group_name_a6ea08ec_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_name_a6ea08ec_like ON public.auth_group USING btree (name varchar_pattern_ops);


--
-- Name: auth_group_permissions_group_id_b120cbf9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_group_id_b120cbf9 ON public.auth_group_permissions USING btree (group_id);


--
-- Name: auth_group_permissions_permission_id_84c5c92e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_permission_id_84c5c92e ON public.auth_group_permissions USING btree (permission_id);


--
-- Name: auth_permission_content_type_id_2f476e4b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_permission_content_type_id_2f476e4b ON public.auth_permission USING btree (content_type_id);


--
-- Name: auth_user_groups_group_id_97559544; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_groups_group_id_97559544 ON public.auth_user_groups USING btree (group_id);


--
-- Name: auth_user_groups_user_id_6a12ed8b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_groups_user_id_6a12ed8b ON public.auth_user_groups USING btree (user_id);


--
-- Name: auth_user_user_permissions_permission_id_1fbb5f2c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_user_permissions_permission_id_1fbb5f2c ON public.auth_user_user_permissions USING btree (permission_id);


--
-- Name: auth_user_user_permissions_user_id_a95ead1b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_user_permissions_user_id_a95ead1b ON public.auth_user_user_permissions USING btree (user_id);


--
-- Name: auth_user_username_6821ab7c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_username_6821ab7c_like ON public.auth_user USING btree (username varchar_pattern_ops);


--
-- Name: axes_accessattempt_ip_address_10922d9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_ip_address_10922d9c ON public.axes_accessattempt USING btree (ip_address);


--
-- Name: axes_accessattempt_user_agent_ad89678b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b ON public.axes_accessattempt USING btree (user_agent);


--
-- Name: axes_accessattempt_user_agent_ad89678b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b_like ON public.axes_accessattempt USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessattempt_username_3f2d4ca0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0 ON public.axes_accessattempt USING btree (username);


--
-- Name: axes_accessattempt_username_3f2d4ca0_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0_like ON public.axes_accessattempt USING btree (username varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_ip_address_2e9f5a7f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_ip_address_2e9f5a7f ON public.axes_accessfailurelog USING btree (ip_address);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda ON public.axes_accessfailurelog USING btree (user_agent);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda_like ON public.axes_accessfailurelog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4 ON public.axes_accessfailurelog USING btree (username);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4_like ON public.axes_accessfailurelog USING btree (username varchar_pattern_ops);


--
-- Name: axes_accesslog_ip_address_86b417e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_ip_address_86b417e5 ON public.axes_accesslog USING btree (ip_address);


--
-- Name: axes_accesslog_user_agent_0e659004; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004 ON public.axes_accesslog USING btree (user_agent);


--
-- Name: axes_accesslog_user_agent_0e659004_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004_like ON public.axes_accesslog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accesslog_username_df93064b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b ON public.axes_accesslog USING btree (username);


--
-- Name: axes_accesslog_username_df93064b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b_like ON public.axes_accesslog USING btree (username varchar_pattern_ops);


--
-- Name: bra_council_action_interventions_action_id_285da882; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_action_interventions_action_id_285da882 ON public.bra_council_action_interventions USING btree (action_id);


--
-- Name: bra_council_action_interventions_intervention_id_e61b9ab0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_action_interventions_intervention_id_e61b9ab0 ON public.bra_council_action_interventions USING btree (intervention_id);


--
-- Name: bra_council_action_origin_id_910b456d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_action_origin_id_910b456d ON public.bra_council_action USING btree (origin_id);


--
-- Name: bra_council_action_promise_activities_action_id_58939da1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_action_promise_activities_action_id_58939da1 ON public.bra_council_action_promise_activities USING btree (action_id);


--
-- Name: bra_council_action_promise_promiseactivity_id_185a4a9e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_action_promise_promiseactivity_id_185a4a9e ON public.bra_council_action_promise_activities USING btree (promiseactivity_id);


--
-- Name: bra_council_action_responsible_organisation_id_b83509f6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_action_responsible_organisation_id_b83509f6 ON public.bra_council_action USING btree (responsible_organisation_id);


--
-- Name: bra_council_agendaitem_est_meeting_id_6a960a4f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_agendaitem_est_meeting_id_6a960a4f ON public.bra_council_agendaitem USING btree (est_meeting_id);


--
-- Name: bra_council_agendaitem_follow_up_actions_action_id_aa8e2b1f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_agendaitem_follow_up_actions_action_id_aa8e2b1f ON public.bra_council_agendaitem_follow_up_actions USING btree (action_id);


--
-- Name: bra_council_agendaitem_follow_up_actions_agendaitem_id_7f0ed8a0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_agendaitem_follow_up_actions_agendaitem_id_7f0ed8a0 ON public.bra_council_agendaitem_follow_up_actions USING btree (agendaitem_id);


--
-- Name: bra_council_agendaitem_meeting_id_d8aae5fb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_agendaitem_meeting_id_d8aae5fb ON public.bra_council_agendaitem USING btree (meeting_id);


--
-- Name: bra_council_agendaitem_presenter_member_id_0ee817bf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_agendaitem_presenter_member_id_0ee817bf ON public.bra_council_agendaitem USING btree (presenter_member_id);


--
-- Name: bra_council_agendaitem_presenter_organisation_id_c923d9e0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_agendaitem_presenter_organisation_id_c923d9e0 ON public.bra_council_agendaitem USING btree (presenter_organisation_id);


--
-- Name: bra_council_agendaitem_promise_id_3fc8d971; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_agendaitem_promise_id_3fc8d971 ON public.bra_council_agendaitem USING btree (promise_id);


--
-- Name: bra_council_attendance_meeting_id_bf935be2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_attendance_meeting_id_bf935be2 ON public.bra_council_attendance USING btree (meeting_id);


--
-- Name: bra_council_attendance_member_id_f9120248; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_attendance_member_id_f9120248 ON public.bra_council_attendance USING btree (member_id);


--
-- Name: bra_council_councilmeeting_adjuster_id_606e9d7a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_councilmeeting_adjuster_id_606e9d7a ON public.bra_council_councilmeeting USING btree (adjuster_id);


--
-- Name: bra_council_councilmember_organisation_id_472b5b86; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_councilmember_organisation_id_472b5b86 ON public.bra_council_councilmember USING btree (organisation_id);


--
-- Name: bra_council_councilmember_user_id_6b233260; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_councilmember_user_id_6b233260 ON public.bra_council_councilmember USING btree (user_id);


--
-- Name: bra_council_historicalacti_responsible_organisation_i_b8f69337; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalacti_responsible_organisation_i_b8f69337 ON public.bra_council_historicalaction USING btree (responsible_organisation_id);


--
-- Name: bra_council_historicalaction_history_date_5c54c3e9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalaction_history_date_5c54c3e9 ON public.bra_council_historicalaction USING btree (history_date);


--
-- Name: bra_council_historicalaction_history_user_id_7156c884; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalaction_history_user_id_7156c884 ON public.bra_council_historicalaction USING btree (history_user_id);


--
-- Name: bra_council_historicalaction_id_c8e92165; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalaction_id_c8e92165 ON public.bra_council_historicalaction USING btree (id);


--
-- Name: bra_council_historicalaction_origin_id_7e0748fc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalaction_origin_id_7e0748fc ON public.bra_council_historicalaction USING btree (origin_id);


--
-- Name: bra_council_historicalagen_presenter_organisation_id_1065cf16; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalagen_presenter_organisation_id_1065cf16 ON public.bra_council_historicalagendaitem USING btree (presenter_organisation_id);


--
-- Name: bra_council_historicalagendaitem_est_meeting_id_ff8a03ca; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalagendaitem_est_meeting_id_ff8a03ca ON public.bra_council_historicalagendaitem USING btree (est_meeting_id);


--
-- Name: bra_council_historicalagendaitem_history_date_2bafd84a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalagendaitem_history_date_2bafd84a ON public.bra_council_historicalagendaitem USING btree (history_date);


--
-- Name: bra_council_historicalagendaitem_history_user_id_c9a8db53; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalagendaitem_history_user_id_c9a8db53 ON public.bra_council_historicalagendaitem USING btree (history_user_id);


--
-- Name: bra_council_historicalagendaitem_id_71da8c97; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalagendaitem_id_71da8c97 ON public.bra_council_historicalagendaitem USING btree (id);


--
-- Name: bra_council_historicalagendaitem_meeting_id_a6564453; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalagendaitem_meeting_id_a6564453 ON public.bra_council_historicalagendaitem USING btree (meeting_id);


--
-- Name: bra_council_historicalagendaitem_presenter_member_id_37b8e389; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalagendaitem_presenter_member_id_37b8e389 ON public.bra_council_historicalagendaitem USING btree (presenter_member_id);


--
-- Name: bra_council_historicalagendaitem_promise_id_35e85cb0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalagendaitem_promise_id_35e85cb0 ON public.bra_council_historicalagendaitem USING btree (promise_id);


--
-- Name: bra_council_historicalattendance_history_date_2ea684c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalattendance_history_date_2ea684c0 ON public.bra_council_historicalattendance USING btree (history_date);


--
-- Name: bra_council_historicalattendance_history_user_id_762b7535; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalattendance_history_user_id_762b7535 ON public.bra_council_historicalattendance USING btree (history_user_id);


--
-- Name: bra_council_historicalattendance_id_238581c3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalattendance_id_238581c3 ON public.bra_council_historicalattendance USING btree (id);


--
-- Name: bra_council_historicalattendance_meeting_id_33801d16; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalattendance_meeting_id_33801d16 ON public.bra_council_historicalattendance USING btree (meeting_id);


--
-- Name: bra_council_historicalattendance_member_id_a144b504; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalattendance_member_id_a144b504 ON public.bra_council_historicalattendance USING btree (member_id);


--
-- Name: bra_council_historicalcouncilmeeting_adjuster_id_acf11e60; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalcouncilmeeting_adjuster_id_acf11e60 ON public.bra_council_historicalcouncilmeeting USING btree (adjuster_id);


--
-- Name: bra_council_historicalcouncilmeeting_history_date_35a9051b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalcouncilmeeting_history_date_35a9051b ON public.bra_council_historicalcouncilmeeting USING btree (history_date);


--
-- Name: bra_council_historicalcouncilmeeting_history_user_id_116c9fe2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalcouncilmeeting_history_user_id_116c9fe2 ON public.bra_council_historicalcouncilmeeting USING btree (history_user_id);


--
-- Name: bra_council_historicalcouncilmeeting_id_2a6335b9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalcouncilmeeting_id_2a6335b9 ON public.bra_council_historicalcouncilmeeting USING btree (id);


--
-- Name: bra_council_historicalcouncilmember_history_date_fb5117ec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalcouncilmember_history_date_fb5117ec ON public.bra_council_historicalcouncilmember USING btree (history_date);


--
-- Name: bra_council_historicalcouncilmember_history_user_id_1c5d24d9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalcouncilmember_history_user_id_1c5d24d9 ON public.bra_council_historicalcouncilmember USING btree (history_user_id);


--
-- Name: bra_council_historicalcouncilmember_id_bfc85fca; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalcouncilmember_id_bfc85fca ON public.bra_council_historicalcouncilmember USING btree (id);


--
-- Name: bra_council_historicalcouncilmember_organisation_id_df95cf58; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalcouncilmember_organisation_id_df95cf58 ON public.bra_council_historicalcouncilmember USING btree (organisation_id);


--
-- Name: bra_council_historicalcouncilmember_user_id_6db5ac23; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_historicalcouncilmember_user_id_6db5ac23 ON public.bra_council_historicalcouncilmember USING btree (user_id);


--
-- Name: bra_council_minutesapproval_meeting_id_1395867d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_minutesapproval_meeting_id_1395867d ON public.bra_council_minutesapproval USING btree (meeting_id);


--
-- Name: bra_council_minutesapproval_member_id_15e4720f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_minutesapproval_member_id_15e4720f ON public.bra_council_minutesapproval USING btree (member_id);


--
-- Name: bra_council_minutesapproval_recorded_by_id_659ce2f5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_minutesapproval_recorded_by_id_659ce2f5 ON public.bra_council_minutesapproval USING btree (recorded_by_id);


--
-- Name: bra_council_minutescorrection_item_id_e91bd4ea; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_minutescorrection_item_id_e91bd4ea ON public.bra_council_minutescorrection USING btree (item_id);


--
-- Name: bra_council_minutescorrection_made_by_id_9e07300d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_minutescorrection_made_by_id_9e07300d ON public.bra_council_minutescorrection USING btree (made_by_id);


--
-- Name: bra_council_minutescorrection_meeting_id_25c5a279; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX bra_council_minutescorrection_meeting_id_25c5a279 ON public.bra_council_minutescorrection USING btree (meeting_id);


--
-- Name: category_unique_top_level_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX category_unique_top_level_name ON public.est_incidents_category USING btree (name) WHERE (parent_id IS NULL);


--
-- Name: citizen_promises_agreementsignatory_agreement_id_8cc7f86c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_agreementsignatory_agreement_id_8cc7f86c ON public.citizen_promises_agreementsignatory USING btree (agreement_id);


--
-- Name: citizen_promises_agreementsignatory_party_id_9391a36c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_agreementsignatory_party_id_9391a36c ON public.citizen_promises_agreementsignatory USING btree (party_id);


--
-- Name: citizen_promises_citizenpromise_priority_area_id_229d6d07; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_citizenpromise_priority_area_id_229d6d07 ON public.citizen_promises_citizenpromise USING btree (priority_area_id);


--
-- Name: citizen_promises_citizenpromise_slug_ac2ac0a1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_citizenpromise_slug_ac2ac0a1 ON public.citizen_promises_citizenpromise USING btree (slug);


--
-- Name: citizen_promises_citizenpromise_slug_ac2ac0a1_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_citizenpromise_slug_ac2ac0a1_like ON public.citizen_promises_citizenpromise USING btree (slug varchar_pattern_ops);


--
-- Name: citizen_promises_cooperati_cooperationagreement_id_c246d184; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_cooperati_cooperationagreement_id_c246d184 ON public.citizen_promises_cooperationagreement_parties USING btree (cooperationagreement_id);


--
-- Name: citizen_promises_cooperati_organisation_id_6dee5af8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_cooperati_organisation_id_6dee5af8 ON public.citizen_promises_cooperationagreement_parties USING btree (organisation_id);


--
-- Name: citizen_promises_followup_promise_id_dc815f08; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_followup_promise_id_dc815f08 ON public.citizen_promises_followup USING btree (promise_id);


--
-- Name: citizen_promises_followupresult_activity_id_c468fa0d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_followupresult_activity_id_c468fa0d ON public.citizen_promises_followupresult USING btree (activity_id);


--
-- Name: citizen_promises_followupresult_follow_up_id_1bb1e9dc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_followupresult_follow_up_id_1bb1e9dc ON public.citizen_promises_followupresult USING btree (follow_up_id);


--
-- Name: citizen_promises_historica_agreement_id_8dfcb219; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_agreement_id_8dfcb219 ON public.citizen_promises_historicalagreementsignatory USING btree (agreement_id);


--
-- Name: citizen_promises_historica_history_date_14bc30f5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_history_date_14bc30f5 ON public.citizen_promises_historicalpromiseactivity USING btree (history_date);


--
-- Name: citizen_promises_historica_history_date_567bd4d1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_history_date_567bd4d1 ON public.citizen_promises_historicalagreementsignatory USING btree (history_date);


--
-- Name: citizen_promises_historica_history_date_b05ca12c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_history_date_b05ca12c ON public.citizen_promises_historicalcooperationagreement USING btree (history_date);


--
-- Name: citizen_promises_historica_history_user_id_79c1b203; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_history_user_id_79c1b203 ON public.citizen_promises_historicalfollowupresult USING btree (history_user_id);


--
-- Name: citizen_promises_historica_history_user_id_81350b83; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_history_user_id_81350b83 ON public.citizen_promises_historicalcooperationagreement USING btree (history_user_id);


--
-- Name: citizen_promises_historica_history_user_id_8223d6cb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_history_user_id_8223d6cb ON public.citizen_promises_historicalagreementsignatory USING btree (history_user_id);


--
-- Name: citizen_promises_historica_history_user_id_b3f85001; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_history_user_id_b3f85001 ON public.citizen_promises_historicalpriorityarea USING btree (history_user_id);


--
-- Name: citizen_promises_historica_history_user_id_b83d5360; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_history_user_id_b83d5360 ON public.citizen_promises_historicalcitizenpromise USING btree (history_user_id);


--
-- Name: citizen_promises_historica_history_user_id_e66982c6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_history_user_id_e66982c6 ON public.citizen_promises_historicalpromiseactivity USING btree (history_user_id);


--
-- Name: citizen_promises_historica_organisation_id_7281d925; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_organisation_id_7281d925 ON public.citizen_promises_historicalpromiseactivity USING btree (organisation_id);


--
-- Name: citizen_promises_historica_priority_area_id_5ec7548a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_priority_area_id_5ec7548a ON public.citizen_promises_historicalcitizenpromise USING btree (priority_area_id);


--
-- Name: citizen_promises_historica_priority_area_id_8ca6e895; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historica_priority_area_id_8ca6e895 ON public.citizen_promises_historicalpromiseactivity USING btree (priority_area_id);


--
-- Name: citizen_promises_historicalagreementsignatory_id_d39f71fb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalagreementsignatory_id_d39f71fb ON public.citizen_promises_historicalagreementsignatory USING btree (id);


--
-- Name: citizen_promises_historicalagreementsignatory_party_id_a0b29e28; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalagreementsignatory_party_id_a0b29e28 ON public.citizen_promises_historicalagreementsignatory USING btree (party_id);


--
-- Name: citizen_promises_historicalcitizenpromise_history_date_cfe493a3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalcitizenpromise_history_date_cfe493a3 ON public.citizen_promises_historicalcitizenpromise USING btree (history_date);


--
-- Name: citizen_promises_historicalcitizenpromise_id_8b466f0a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalcitizenpromise_id_8b466f0a ON public.citizen_promises_historicalcitizenpromise USING btree (id);


--
-- Name: citizen_promises_historicalcitizenpromise_slug_9416a55e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalcitizenpromise_slug_9416a55e ON public.citizen_promises_historicalcitizenpromise USING btree (slug);


--
-- Name: citizen_promises_historicalcitizenpromise_slug_9416a55e_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalcitizenpromise_slug_9416a55e_like ON public.citizen_promises_historicalcitizenpromise USING btree (slug varchar_pattern_ops);


--
-- Name: citizen_promises_historicalcooperationagreement_id_9da5e713; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalcooperationagreement_id_9da5e713 ON public.citizen_promises_historicalcooperationagreement USING btree (id);


--
-- Name: citizen_promises_historicalfollowup_history_date_ae3f16fb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalfollowup_history_date_ae3f16fb ON public.citizen_promises_historicalfollowup USING btree (history_date);


--
-- Name: citizen_promises_historicalfollowup_history_user_id_f0160d74; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalfollowup_history_user_id_f0160d74 ON public.citizen_promises_historicalfollowup USING btree (history_user_id);


--
-- Name: citizen_promises_historicalfollowup_id_b11a741e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalfollowup_id_b11a741e ON public.citizen_promises_historicalfollowup USING btree (id);


--
-- Name: citizen_promises_historicalfollowup_promise_id_4afd6869; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalfollowup_promise_id_4afd6869 ON public.citizen_promises_historicalfollowup USING btree (promise_id);


--
-- Name: citizen_promises_historicalfollowupresult_activity_id_b0a77e19; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalfollowupresult_activity_id_b0a77e19 ON public.citizen_promises_historicalfollowupresult USING btree (activity_id);


--
-- Name: citizen_promises_historicalfollowupresult_follow_up_id_3ec849de; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalfollowupresult_follow_up_id_3ec849de ON public.citizen_promises_historicalfollowupresult USING btree (follow_up_id);


--
-- Name: citizen_promises_historicalfollowupresult_history_date_be80dcdd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalfollowupresult_history_date_be80dcdd ON public.citizen_promises_historicalfollowupresult USING btree (history_date);


--
-- Name: citizen_promises_historicalfollowupresult_id_5135c872; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalfollowupresult_id_5135c872 ON public.citizen_promises_historicalfollowupresult USING btree (id);


--
-- Name: citizen_promises_historicalpriorityarea_agreement_id_af2ec082; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalpriorityarea_agreement_id_af2ec082 ON public.citizen_promises_historicalpriorityarea USING btree (agreement_id);


--
-- Name: citizen_promises_historicalpriorityarea_history_date_5ed7609c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalpriorityarea_history_date_5ed7609c ON public.citizen_promises_historicalpriorityarea USING btree (history_date);


--
-- Name: citizen_promises_historicalpriorityarea_id_016bf865; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalpriorityarea_id_016bf865 ON public.citizen_promises_historicalpriorityarea USING btree (id);


--
-- Name: citizen_promises_historicalpromiseactivity_id_445deda8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalpromiseactivity_id_445deda8 ON public.citizen_promises_historicalpromiseactivity USING btree (id);


--
-- Name: citizen_promises_historicalpromiseactivity_promise_id_92cb8c70; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalpromiseactivity_promise_id_92cb8c70 ON public.citizen_promises_historicalpromiseactivity USING btree (promise_id);


--
-- Name: citizen_promises_historicalpromisegoal_history_date_3c3639ca; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalpromisegoal_history_date_3c3639ca ON public.citizen_promises_historicalpromisegoal USING btree (history_date);


--
-- Name: citizen_promises_historicalpromisegoal_history_user_id_0c5d7b5c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalpromisegoal_history_user_id_0c5d7b5c ON public.citizen_promises_historicalpromisegoal USING btree (history_user_id);


--
-- Name: citizen_promises_historicalpromisegoal_id_63be2dd9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalpromisegoal_id_63be2dd9 ON public.citizen_promises_historicalpromisegoal USING btree (id);


--
-- Name: citizen_promises_historicalpromisegoal_promise_id_cfd0ce41; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalpromisegoal_promise_id_cfd0ce41 ON public.citizen_promises_historicalpromisegoal USING btree (promise_id);


--
-- Name: citizen_promises_historicalsignatory_history_date_93b0eecb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalsignatory_history_date_93b0eecb ON public.citizen_promises_historicalsignatory USING btree (history_date);


--
-- Name: citizen_promises_historicalsignatory_history_user_id_8c97cd9a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalsignatory_history_user_id_8c97cd9a ON public.citizen_promises_historicalsignatory USING btree (history_user_id);


--
-- Name: citizen_promises_historicalsignatory_id_8208912a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalsignatory_id_8208912a ON public.citizen_promises_historicalsignatory USING btree (id);


--
-- Name: citizen_promises_historicalsignatory_promise_id_c6e319a9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_historicalsignatory_promise_id_c6e319a9 ON public.citizen_promises_historicalsignatory USING btree (promise_id);


--
-- Name: citizen_promises_priorityarea_agreement_id_6006b9c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_priorityarea_agreement_id_6006b9c0 ON public.citizen_promises_priorityarea USING btree (agreement_id);


--
-- Name: citizen_promises_promiseac_intervention_id_4f989b0f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_promiseac_intervention_id_4f989b0f ON public.citizen_promises_promiseactivity_interventions USING btree (intervention_id);


--
-- Name: citizen_promises_promiseac_promiseactivity_id_219c1339; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_promiseac_promiseactivity_id_219c1339 ON public.citizen_promises_promiseactivity_places USING btree (promiseactivity_id);


--
-- Name: citizen_promises_promiseac_promiseactivity_id_e08e048f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_promiseac_promiseactivity_id_e08e048f ON public.citizen_promises_promiseactivity_interventions USING btree (promiseactivity_id);


--
-- Name: citizen_promises_promiseactivity_organisation_id_056e7309; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_promiseactivity_organisation_id_056e7309 ON public.citizen_promises_promiseactivity USING btree (organisation_id);


--
-- Name: citizen_promises_promiseactivity_places_place_id_a05698ef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_promiseactivity_places_place_id_a05698ef ON public.citizen_promises_promiseactivity_places USING btree (place_id);


--
-- Name: citizen_promises_promiseactivity_priority_area_id_a404f0c4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_promiseactivity_priority_area_id_a404f0c4 ON public.citizen_promises_promiseactivity USING btree (priority_area_id);


--
-- Name: citizen_promises_promiseactivity_promise_id_6b52f4ea; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_promiseactivity_promise_id_6b52f4ea ON public.citizen_promises_promiseactivity USING btree (promise_id);


--
-- Name: citizen_promises_promisecontact_promise_id_68e9da59; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_promisecontact_promise_id_68e9da59 ON public.citizen_promises_promisecontact USING btree (promise_id);


--
-- Name: citizen_promises_promisegoal_promise_id_4ef44a00; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_promisegoal_promise_id_4ef44a00 ON public.citizen_promises_promisegoal USING btree (promise_id);


--
-- Name: citizen_promises_signatory_promise_id_61584398; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_signatory_promise_id_61584398 ON public.citizen_promises_signatory USING btree (promise_id);


--
-- Name: citizen_promises_survey_slug_78cad0c3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_survey_slug_78cad0c3 ON public.citizen_promises_survey USING btree (slug);


--
-- Name: citizen_promises_survey_slug_78cad0c3_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_survey_slug_78cad0c3_like ON public.citizen_promises_survey USING btree (slug varchar_pattern_ops);


--
-- Name: citizen_promises_surveyavoidedplace_place_id_7860b7a0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_surveyavoidedplace_place_id_7860b7a0 ON public.citizen_promises_surveyavoidedplace USING btree (place_id);


--
-- Name: citizen_promises_surveyavoidedplace_response_id_0573b3c9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_surveyavoidedplace_response_id_0573b3c9 ON public.citizen_promises_surveyavoidedplace USING btree (response_id);


--
-- Name: citizen_promises_surveyhelp_response_id_3ea4bb69; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_surveyhelp_response_id_3ea4bb69 ON public.citizen_promises_surveyhelp USING btree (response_id);


--
-- Name: citizen_promises_surveyresponse_area_id_0c59f4ae; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_surveyresponse_area_id_0c59f4ae ON public.citizen_promises_surveyresponse USING btree (area_id);


--
-- Name: citizen_promises_surveyresponse_survey_id_f6a15ae6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_promises_surveyresponse_survey_id_f6a15ae6 ON public.citizen_promises_surveyresponse USING btree (survey_id);


--
-- Name: citizen_tips_citizentip_answered_by_id_78e5fd3e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_citizentip_answered_by_id_78e5fd3e ON public.citizen_tips_citizentip USING btree (answered_by_id);


--
-- Name: citizen_tips_citizentip_forwarded_to_id_7938c410; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_citizentip_forwarded_to_id_7938c410 ON public.citizen_tips_citizentip USING btree (forwarded_to_id);


--
-- Name: citizen_tips_citizentip_moderated_by_id_ad316367; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_citizentip_moderated_by_id_ad316367 ON public.citizen_tips_citizentip USING btree (moderated_by_id);


--
-- Name: citizen_tips_citizentip_place_id_98440889; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_citizentip_place_id_98440889 ON public.citizen_tips_citizentip USING btree (place_id);


--
-- Name: citizen_tips_citizentip_token_hash_ba624f17_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_citizentip_token_hash_ba624f17_like ON public.citizen_tips_citizentip USING btree (token_hash varchar_pattern_ops);


--
-- Name: citizen_tips_historicalcitizentip_answered_by_id_7eb10c26; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicalcitizentip_answered_by_id_7eb10c26 ON public.citizen_tips_historicalcitizentip USING btree (answered_by_id);


--
-- Name: citizen_tips_historicalcitizentip_forwarded_to_id_66fbf58e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicalcitizentip_forwarded_to_id_66fbf58e ON public.citizen_tips_historicalcitizentip USING btree (forwarded_to_id);


--
-- Name: citizen_tips_historicalcitizentip_history_date_242afc69; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicalcitizentip_history_date_242afc69 ON public.citizen_tips_historicalcitizentip USING btree (history_date);


--
-- Name: citizen_tips_historicalcitizentip_history_user_id_92063f39; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicalcitizentip_history_user_id_92063f39 ON public.citizen_tips_historicalcitizentip USING btree (history_user_id);


--
-- Name: citizen_tips_historicalcitizentip_id_074348a9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicalcitizentip_id_074348a9 ON public.citizen_tips_historicalcitizentip USING btree (id);


--
-- Name: citizen_tips_historicalcitizentip_incident_id_60aa15e9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicalcitizentip_incident_id_60aa15e9 ON public.citizen_tips_historicalcitizentip USING btree (incident_id);


--
-- Name: citizen_tips_historicalcitizentip_moderated_by_id_676abaa4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicalcitizentip_moderated_by_id_676abaa4 ON public.citizen_tips_historicalcitizentip USING btree (moderated_by_id);


--
-- Name: citizen_tips_historicalcitizentip_place_id_97a6d30c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicalcitizentip_place_id_97a6d30c ON public.citizen_tips_historicalcitizentip USING btree (place_id);


--
-- Name: citizen_tips_historicaltipmoderator_history_date_04040c28; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicaltipmoderator_history_date_04040c28 ON public.citizen_tips_historicaltipmoderator USING btree (history_date);


--
-- Name: citizen_tips_historicaltipmoderator_history_user_id_21394779; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicaltipmoderator_history_user_id_21394779 ON public.citizen_tips_historicaltipmoderator USING btree (history_user_id);


--
-- Name: citizen_tips_historicaltipmoderator_id_cc43f18e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicaltipmoderator_id_cc43f18e ON public.citizen_tips_historicaltipmoderator USING btree (id);


--
-- Name: citizen_tips_historicaltipmoderator_organisation_id_2a64fba4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizen_tips_historicaltipmoderator_organisation_id_2a64fba4 ON public.citizen_tips_historicaltipmoderator USING btree (organisation_id);


--
-- Name: citizentip_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizentip_created_idx ON public.citizen_tips_citizentip USING btree (created_at DESC, id DESC);


--
-- Name: citizentip_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citizentip_state_idx ON public.citizen_tips_citizentip USING btree (state, created_at DESC);


--
-- Name: contact_promise_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contact_promise_idx ON public.citizen_promises_promisecontact USING btree (promise_id, "position");


--
-- Name: council_action_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX council_action_org_idx ON public.bra_council_action USING btree (responsible_organisation_id, status);


--
-- Name: council_action_status_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX council_action_status_due_idx ON public.bra_council_action USING btree (status, due_date);


--
-- Name: council_meeting_ends_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX council_meeting_ends_idx ON public.bra_council_councilmeeting USING btree (ends_at);


--
-- Name: council_meeting_starts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX council_meeting_starts_idx ON public.bra_council_councilmeeting USING btree (starts_at);


--
-- Name: council_meeting_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX council_meeting_status_idx ON public.bra_council_councilmeeting USING btree (status, starts_at);


--
-- Name: council_member_seat_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX council_member_seat_idx ON public.bra_council_councilmember USING btree (seat_kind);


--
-- Name: council_member_term_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX council_member_term_idx ON public.bra_council_councilmember USING btree (term_start, term_end);


--
-- Name: crimestatistic_unique_month_category; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX crimestatistic_unique_month_category ON public.safety_statistics_crimestatistic USING btree (year, month, category_key) WHERE (month IS NOT NULL);


--
-- Name: crimestatistic_unique_year_category; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX crimestatistic_unique_year_category ON public.safety_statistics_crimestatistic USING btree (year, category_key) WHERE (month IS NULL);


--
-- Name: crimestatistic_year_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX crimestatistic_year_idx ON public.safety_statistics_crimestatistic USING btree (year, category_key);


--
-- Name: django_admin_log_content_type_id_c4bce8eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_content_type_id_c4bce8eb ON public.django_admin_log USING btree (content_type_id);


--
-- Name: django_admin_log_user_id_c564eba6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_user_id_c564eba6 ON public.django_admin_log USING btree (user_id);


--
-- Name: django_session_expire_date_a5c62663; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_expire_date_a5c62663 ON public.django_session USING btree (expire_date);


--
-- Name: django_session_session_key_c0390e0f_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_session_key_c0390e0f_like ON public.django_session USING btree (session_key varchar_pattern_ops);


--
-- Name: est_incidents_category_code_18d53468_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_category_code_18d53468_like ON public.est_incidents_category USING btree (code varchar_pattern_ops);


--
-- Name: est_incidents_category_default_share_organisation_id_d85387bf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_category_default_share_organisation_id_d85387bf ON public.est_incidents_category USING btree (default_share_organisation_id);


--
-- Name: est_incidents_category_parent_id_9c1927a3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_category_parent_id_9c1927a3 ON public.est_incidents_category USING btree (parent_id);


--
-- Name: est_incidents_coveragereminder_organisation_id_57cccec5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_coveragereminder_organisation_id_57cccec5 ON public.est_incidents_coveragereminder USING btree (organisation_id);


--
-- Name: est_incidents_coveragereminder_sent_by_id_8eef18a9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_coveragereminder_sent_by_id_8eef18a9 ON public.est_incidents_coveragereminder USING btree (sent_by_id);


--
-- Name: est_incidents_estaction_meeting_id_47bd868d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_estaction_meeting_id_47bd868d ON public.est_incidents_estaction USING btree (meeting_id);


--
-- Name: est_incidents_estaction_responsible_organisation_id_54091400; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_estaction_responsible_organisation_id_54091400 ON public.est_incidents_estaction USING btree (responsible_organisation_id);


--
-- Name: est_incidents_estmeeting_held_by_id_2b667206; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_estmeeting_held_by_id_2b667206 ON public.est_incidents_estmeeting USING btree (held_by_id);


--
-- Name: est_incidents_estmeeting_o_estmeeting_id_b5d4c44a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_estmeeting_o_estmeeting_id_b5d4c44a ON public.est_incidents_estmeeting_organisations_present USING btree (estmeeting_id);


--
-- Name: est_incidents_estmeeting_o_organisation_id_cd5e00e0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_estmeeting_o_organisation_id_cd5e00e0 ON public.est_incidents_estmeeting_organisations_present USING btree (organisation_id);


--
-- Name: est_incidents_estmeetingreport_meeting_id_36bdeb07; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_estmeetingreport_meeting_id_36bdeb07 ON public.est_incidents_estmeetingreport USING btree (meeting_id);


--
-- Name: est_incidents_estmeetingreport_organisation_id_7706faa2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_estmeetingreport_organisation_id_7706faa2 ON public.est_incidents_estmeetingreport USING btree (organisation_id);


--
-- Name: est_incidents_estmeetingreport_updated_by_id_ed970167; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_estmeetingreport_updated_by_id_ed970167 ON public.est_incidents_estmeetingreport USING btree (updated_by_id);


--
-- Name: est_incidents_historicalco_history_user_id_745681f3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalco_history_user_id_745681f3 ON public.est_incidents_historicalcoveragereminder USING btree (history_user_id);


--
-- Name: est_incidents_historicalco_organisation_id_c8a9adc9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalco_organisation_id_c8a9adc9 ON public.est_incidents_historicalcoveragereminder USING btree (organisation_id);


--
-- Name: est_incidents_historicalcoveragereminder_history_date_d58b4a01; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalcoveragereminder_history_date_d58b4a01 ON public.est_incidents_historicalcoveragereminder USING btree (history_date);


--
-- Name: est_incidents_historicalcoveragereminder_id_019e6b39; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalcoveragereminder_id_019e6b39 ON public.est_incidents_historicalcoveragereminder USING btree (id);


--
-- Name: est_incidents_historicalcoveragereminder_sent_by_id_aeb6fc72; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalcoveragereminder_sent_by_id_aeb6fc72 ON public.est_incidents_historicalcoveragereminder USING btree (sent_by_id);


--
-- Name: est_incidents_historicales_history_user_id_83b1a650; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicales_history_user_id_83b1a650 ON public.est_incidents_historicalestmeetingreport USING btree (history_user_id);


--
-- Name: est_incidents_historicales_organisation_id_2e0f74b4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicales_organisation_id_2e0f74b4 ON public.est_incidents_historicalestmeetingreport USING btree (organisation_id);


--
-- Name: est_incidents_historicales_responsible_organisation_i_a0aa7c11; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicales_responsible_organisation_i_a0aa7c11 ON public.est_incidents_historicalestaction USING btree (responsible_organisation_id);


--
-- Name: est_incidents_historicalestaction_history_date_96965ec0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestaction_history_date_96965ec0 ON public.est_incidents_historicalestaction USING btree (history_date);


--
-- Name: est_incidents_historicalestaction_history_user_id_ac4a76c6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestaction_history_user_id_ac4a76c6 ON public.est_incidents_historicalestaction USING btree (history_user_id);


--
-- Name: est_incidents_historicalestaction_id_ce1fb2f7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestaction_id_ce1fb2f7 ON public.est_incidents_historicalestaction USING btree (id);


--
-- Name: est_incidents_historicalestaction_meeting_id_31878d3b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestaction_meeting_id_31878d3b ON public.est_incidents_historicalestaction USING btree (meeting_id);


--
-- Name: est_incidents_historicalestmeeting_held_by_id_bc4cfe4f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestmeeting_held_by_id_bc4cfe4f ON public.est_incidents_historicalestmeeting USING btree (held_by_id);


--
-- Name: est_incidents_historicalestmeeting_history_date_83408ae0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestmeeting_history_date_83408ae0 ON public.est_incidents_historicalestmeeting USING btree (history_date);


--
-- Name: est_incidents_historicalestmeeting_history_user_id_db21aec5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestmeeting_history_user_id_db21aec5 ON public.est_incidents_historicalestmeeting USING btree (history_user_id);


--
-- Name: est_incidents_historicalestmeeting_id_6d06d433; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestmeeting_id_6d06d433 ON public.est_incidents_historicalestmeeting USING btree (id);


--
-- Name: est_incidents_historicalestmeetingreport_history_date_a78f71de; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestmeetingreport_history_date_a78f71de ON public.est_incidents_historicalestmeetingreport USING btree (history_date);


--
-- Name: est_incidents_historicalestmeetingreport_id_bf622cd6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestmeetingreport_id_bf622cd6 ON public.est_incidents_historicalestmeetingreport USING btree (id);


--
-- Name: est_incidents_historicalestmeetingreport_meeting_id_7aecdf5b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestmeetingreport_meeting_id_7aecdf5b ON public.est_incidents_historicalestmeetingreport USING btree (meeting_id);


--
-- Name: est_incidents_historicalestmeetingreport_updated_by_id_c2719af6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalestmeetingreport_updated_by_id_c2719af6 ON public.est_incidents_historicalestmeetingreport USING btree (updated_by_id);


--
-- Name: est_incidents_historicalin_duplicate_linked_by_id_b5dbc035; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalin_duplicate_linked_by_id_b5dbc035 ON public.est_incidents_historicalincident USING btree (duplicate_linked_by_id);


--
-- Name: est_incidents_historicalin_first_viewed_by_id_e6bfa7aa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalin_first_viewed_by_id_e6bfa7aa ON public.est_incidents_historicalincidentshare USING btree (first_viewed_by_id);


--
-- Name: est_incidents_historicalincident_category_id_f2326f66; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincident_category_id_f2326f66 ON public.est_incidents_historicalincident USING btree (category_id);


--
-- Name: est_incidents_historicalincident_duplicate_of_id_5198cd97; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincident_duplicate_of_id_5198cd97 ON public.est_incidents_historicalincident USING btree (duplicate_of_id);


--
-- Name: est_incidents_historicalincident_history_date_d7c0b2b7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincident_history_date_d7c0b2b7 ON public.est_incidents_historicalincident USING btree (history_date);


--
-- Name: est_incidents_historicalincident_history_user_id_db20058b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincident_history_user_id_db20058b ON public.est_incidents_historicalincident USING btree (history_user_id);


--
-- Name: est_incidents_historicalincident_id_ea7a86aa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincident_id_ea7a86aa ON public.est_incidents_historicalincident USING btree (id);


--
-- Name: est_incidents_historicalincident_organisation_id_5ed1dd1e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincident_organisation_id_5ed1dd1e ON public.est_incidents_historicalincident USING btree (organisation_id);


--
-- Name: est_incidents_historicalincident_place_id_d2524a85; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincident_place_id_d2524a85 ON public.est_incidents_historicalincident USING btree (place_id);


--
-- Name: est_incidents_historicalincident_reported_by_id_7edce656; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincident_reported_by_id_7edce656 ON public.est_incidents_historicalincident USING btree (reported_by_id);


--
-- Name: est_incidents_historicalincident_submission_token_bda57c95; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincident_submission_token_bda57c95 ON public.est_incidents_historicalincident USING btree (submission_token);


--
-- Name: est_incidents_historicalincidentshare_history_date_d36e58ba; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincidentshare_history_date_d36e58ba ON public.est_incidents_historicalincidentshare USING btree (history_date);


--
-- Name: est_incidents_historicalincidentshare_history_user_id_119980fe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincidentshare_history_user_id_119980fe ON public.est_incidents_historicalincidentshare USING btree (history_user_id);


--
-- Name: est_incidents_historicalincidentshare_id_c01fe4a2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincidentshare_id_c01fe4a2 ON public.est_incidents_historicalincidentshare USING btree (id);


--
-- Name: est_incidents_historicalincidentshare_incident_id_d5ac1df8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincidentshare_incident_id_d5ac1df8 ON public.est_incidents_historicalincidentshare USING btree (incident_id);


--
-- Name: est_incidents_historicalincidentshare_organisation_id_97b9bd02; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincidentshare_organisation_id_97b9bd02 ON public.est_incidents_historicalincidentshare USING btree (organisation_id);


--
-- Name: est_incidents_historicalincidentshare_shared_by_id_61d5c55d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincidentshare_shared_by_id_61d5c55d ON public.est_incidents_historicalincidentshare USING btree (shared_by_id);


--
-- Name: est_incidents_historicalincidentshare_withdrawn_by_id_2956d0a5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalincidentshare_withdrawn_by_id_2956d0a5 ON public.est_incidents_historicalincidentshare USING btree (withdrawn_by_id);


--
-- Name: est_incidents_historicalno_history_user_id_498a90a7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalno_history_user_id_498a90a7 ON public.est_incidents_historicalnothingtoreport USING btree (history_user_id);


--
-- Name: est_incidents_historicalno_organisation_id_75adc115; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalno_organisation_id_75adc115 ON public.est_incidents_historicalnothingtoreport USING btree (organisation_id);


--
-- Name: est_incidents_historicalnothingtoreport_history_date_1c25b67a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalnothingtoreport_history_date_1c25b67a ON public.est_incidents_historicalnothingtoreport USING btree (history_date);


--
-- Name: est_incidents_historicalnothingtoreport_id_df979f38; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalnothingtoreport_id_df979f38 ON public.est_incidents_historicalnothingtoreport USING btree (id);


--
-- Name: est_incidents_historicalnothingtoreport_recorded_by_id_69c03617; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalnothingtoreport_recorded_by_id_69c03617 ON public.est_incidents_historicalnothingtoreport USING btree (recorded_by_id);


--
-- Name: est_incidents_historicalsh_history_user_id_90cda7bd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalsh_history_user_id_90cda7bd ON public.est_incidents_historicalsharehandlingnote USING btree (history_user_id);


--
-- Name: est_incidents_historicalsh_written_by_id_9f49738b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalsh_written_by_id_9f49738b ON public.est_incidents_historicalsharehandlingnote USING btree (written_by_id);


--
-- Name: est_incidents_historicalsharehandlingnote_history_date_de70f93b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalsharehandlingnote_history_date_de70f93b ON public.est_incidents_historicalsharehandlingnote USING btree (history_date);


--
-- Name: est_incidents_historicalsharehandlingnote_id_4a7e4e1c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalsharehandlingnote_id_4a7e4e1c ON public.est_incidents_historicalsharehandlingnote USING btree (id);


--
-- Name: est_incidents_historicalsharehandlingnote_share_id_66c9ff33; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalsharehandlingnote_share_id_66c9ff33 ON public.est_incidents_historicalsharehandlingnote USING btree (share_id);


--
-- Name: est_incidents_historicalye_history_date_4e5831c8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalye_history_date_4e5831c8 ON public.est_incidents_historicalyearlysituationanalysis USING btree (history_date);


--
-- Name: est_incidents_historicalye_history_user_id_21f156b8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalye_history_user_id_21f156b8 ON public.est_incidents_historicalyearlysituationanalysis USING btree (history_user_id);


--
-- Name: est_incidents_historicalye_updated_by_id_81e6ca04; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalye_updated_by_id_81e6ca04 ON public.est_incidents_historicalyearlysituationanalysis USING btree (updated_by_id);


--
-- Name: est_incidents_historicalyearlysituationanalysis_id_12e7651f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_historicalyearlysituationanalysis_id_12e7651f ON public.est_incidents_historicalyearlysituationanalysis USING btree (id);


--
-- Name: est_incidents_incident_category_id_08ef2114; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incident_category_id_08ef2114 ON public.est_incidents_incident USING btree (category_id);


--
-- Name: est_incidents_incident_duplicate_linked_by_id_a5a3b1e3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incident_duplicate_linked_by_id_a5a3b1e3 ON public.est_incidents_incident USING btree (duplicate_linked_by_id);


--
-- Name: est_incidents_incident_duplicate_of_id_0da0d724; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incident_duplicate_of_id_0da0d724 ON public.est_incidents_incident USING btree (duplicate_of_id);


--
-- Name: est_incidents_incident_organisation_id_754b132f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incident_organisation_id_754b132f ON public.est_incidents_incident USING btree (organisation_id);


--
-- Name: est_incidents_incident_place_id_57cb6d94; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incident_place_id_57cb6d94 ON public.est_incidents_incident USING btree (place_id);


--
-- Name: est_incidents_incident_reported_by_id_1eb6136a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incident_reported_by_id_1eb6136a ON public.est_incidents_incident USING btree (reported_by_id);


--
-- Name: est_incidents_incidentshare_first_viewed_by_id_78a054c2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incidentshare_first_viewed_by_id_78a054c2 ON public.est_incidents_incidentshare USING btree (first_viewed_by_id);


--
-- Name: est_incidents_incidentshare_incident_id_113b99a1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incidentshare_incident_id_113b99a1 ON public.est_incidents_incidentshare USING btree (incident_id);


--
-- Name: est_incidents_incidentshare_organisation_id_1f0815c5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incidentshare_organisation_id_1f0815c5 ON public.est_incidents_incidentshare USING btree (organisation_id);


--
-- Name: est_incidents_incidentshare_shared_by_id_ca41a48b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incidentshare_shared_by_id_ca41a48b ON public.est_incidents_incidentshare USING btree (shared_by_id);


--
-- Name: est_incidents_incidentshare_withdrawn_by_id_8ea6f04f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_incidentshare_withdrawn_by_id_8ea6f04f ON public.est_incidents_incidentshare USING btree (withdrawn_by_id);


--
-- Name: est_incidents_nothingtoreport_organisation_id_082de794; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_nothingtoreport_organisation_id_082de794 ON public.est_incidents_nothingtoreport USING btree (organisation_id);


--
-- Name: est_incidents_nothingtoreport_recorded_by_id_943a88eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_nothingtoreport_recorded_by_id_943a88eb ON public.est_incidents_nothingtoreport USING btree (recorded_by_id);


--
-- Name: est_incidents_place_name_9689e59f_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_place_name_9689e59f_like ON public.est_incidents_place USING btree (name varchar_pattern_ops);


--
-- Name: est_incidents_policeevent_category_id_3d91c713; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_policeevent_category_id_3d91c713 ON public.est_incidents_policeevent USING btree (category_id);


--
-- Name: est_incidents_releasedincident_category_id_0097851f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_releasedincident_category_id_0097851f ON public.est_incidents_releasedincident USING btree (category_id);


--
-- Name: est_incidents_releasedincident_place_id_175a0f12; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_releasedincident_place_id_175a0f12 ON public.est_incidents_releasedincident USING btree (place_id);


--
-- Name: est_incidents_sharehandlingnote_share_id_7141bd04; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_sharehandlingnote_share_id_7141bd04 ON public.est_incidents_sharehandlingnote USING btree (share_id);


--
-- Name: est_incidents_sharehandlingnote_written_by_id_94c510ec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_sharehandlingnote_written_by_id_94c510ec ON public.est_incidents_sharehandlingnote USING btree (written_by_id);


--
-- Name: est_incidents_yearlysituationanalysis_updated_by_id_50569e18; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_incidents_yearlysituationanalysis_updated_by_id_50569e18 ON public.est_incidents_yearlysituationanalysis USING btree (updated_by_id);


--
-- Name: est_measures_campaignmark_campaign_id_673f1121; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_campaignmark_campaign_id_673f1121 ON public.est_measures_campaignmark USING btree (campaign_id);


--
-- Name: est_measures_campaignmark_moderated_by_id_a8e59679; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_campaignmark_moderated_by_id_a8e59679 ON public.est_measures_campaignmark USING btree (moderated_by_id);


--
-- Name: est_measures_campaignmark_place_id_3f710e6e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_campaignmark_place_id_3f710e6e ON public.est_measures_campaignmark USING btree (place_id);


--
-- Name: est_measures_findingshare_finding_id_b254f256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_findingshare_finding_id_b254f256 ON public.est_measures_findingshare USING btree (finding_id);


--
-- Name: est_measures_findingshare_organisation_id_784110cb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_findingshare_organisation_id_784110cb ON public.est_measures_findingshare USING btree (organisation_id);


--
-- Name: est_measures_findingshare_shared_by_id_023a52b2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_findingshare_shared_by_id_023a52b2 ON public.est_measures_findingshare USING btree (shared_by_id);


--
-- Name: est_measures_historicalfindingshare_finding_id_9e830a55; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalfindingshare_finding_id_9e830a55 ON public.est_measures_historicalfindingshare USING btree (finding_id);


--
-- Name: est_measures_historicalfindingshare_history_date_8832a34c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalfindingshare_history_date_8832a34c ON public.est_measures_historicalfindingshare USING btree (history_date);


--
-- Name: est_measures_historicalfindingshare_history_user_id_aab7bcd4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalfindingshare_history_user_id_aab7bcd4 ON public.est_measures_historicalfindingshare USING btree (history_user_id);


--
-- Name: est_measures_historicalfindingshare_id_de12d148; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalfindingshare_id_de12d148 ON public.est_measures_historicalfindingshare USING btree (id);


--
-- Name: est_measures_historicalfindingshare_organisation_id_d4446309; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalfindingshare_organisation_id_d4446309 ON public.est_measures_historicalfindingshare USING btree (organisation_id);


--
-- Name: est_measures_historicalfindingshare_shared_by_id_c2cccae6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalfindingshare_shared_by_id_c2cccae6 ON public.est_measures_historicalfindingshare USING btree (shared_by_id);


--
-- Name: est_measures_historicalsaf_history_user_id_320cf8e2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalsaf_history_user_id_320cf8e2 ON public.est_measures_historicalsafetywalkfinding USING btree (history_user_id);


--
-- Name: est_measures_historicalsaf_responsible_organisation_i_dc4a9188; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalsaf_responsible_organisation_i_dc4a9188 ON public.est_measures_historicalsafetywalkfinding USING btree (responsible_organisation_id);


--
-- Name: est_measures_historicalsafetywalkfinding_est_action_id_fd30738e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalsafetywalkfinding_est_action_id_fd30738e ON public.est_measures_historicalsafetywalkfinding USING btree (est_action_id);


--
-- Name: est_measures_historicalsafetywalkfinding_history_date_009a3927; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalsafetywalkfinding_history_date_009a3927 ON public.est_measures_historicalsafetywalkfinding USING btree (history_date);


--
-- Name: est_measures_historicalsafetywalkfinding_id_ea400d33; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalsafetywalkfinding_id_ea400d33 ON public.est_measures_historicalsafetywalkfinding USING btree (id);


--
-- Name: est_measures_historicalsafetywalkfinding_place_id_93687d40; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalsafetywalkfinding_place_id_93687d40 ON public.est_measures_historicalsafetywalkfinding USING btree (place_id);


--
-- Name: est_measures_historicalsafetywalkfinding_walk_id_c906c5a3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_historicalsafetywalkfinding_walk_id_c906c5a3 ON public.est_measures_historicalsafetywalkfinding USING btree (walk_id);


--
-- Name: est_measures_intervention__intervention_id_a77ead73; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_intervention__intervention_id_a77ead73 ON public.est_measures_intervention_co_organisations USING btree (intervention_id);


--
-- Name: est_measures_intervention__organisation_id_a259bee5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_intervention__organisation_id_a259bee5 ON public.est_measures_intervention_co_organisations USING btree (organisation_id);


--
-- Name: est_measures_intervention_created_by_id_fd2ef35c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_intervention_created_by_id_fd2ef35c ON public.est_measures_intervention USING btree (created_by_id);


--
-- Name: est_measures_intervention_est_action_id_d0e3d872; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_intervention_est_action_id_d0e3d872 ON public.est_measures_intervention USING btree (est_action_id);


--
-- Name: est_measures_intervention_kind_id_da86795b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_intervention_kind_id_da86795b ON public.est_measures_intervention USING btree (kind_id);


--
-- Name: est_measures_intervention_organisation_id_85c3ff10; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_intervention_organisation_id_85c3ff10 ON public.est_measures_intervention USING btree (organisation_id);


--
-- Name: est_measures_intervention_places_intervention_id_5c60d001; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_intervention_places_intervention_id_5c60d001 ON public.est_measures_intervention_places USING btree (intervention_id);


--
-- Name: est_measures_intervention_places_place_id_171f9dee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_intervention_places_place_id_171f9dee ON public.est_measures_intervention_places USING btree (place_id);


--
-- Name: est_measures_interventionkind_code_eb51dd87_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_interventionkind_code_eb51dd87_like ON public.est_measures_interventionkind USING btree (code varchar_pattern_ops);


--
-- Name: est_measures_interventionkind_name_66f76f80_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_interventionkind_name_66f76f80_like ON public.est_measures_interventionkind USING btree (name varchar_pattern_ops);


--
-- Name: est_measures_plannedevent_created_by_id_6bef74e9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_plannedevent_created_by_id_6bef74e9 ON public.est_measures_plannedevent USING btree (created_by_id);


--
-- Name: est_measures_plannedevent_organisation_id_3acdbadd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_plannedevent_organisation_id_3acdbadd ON public.est_measures_plannedevent USING btree (organisation_id);


--
-- Name: est_measures_plannedevent_place_id_0e940faf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_plannedevent_place_id_0e940faf ON public.est_measures_plannedevent USING btree (place_id);


--
-- Name: est_measures_safetywalk_created_by_id_411e1bce; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_safetywalk_created_by_id_411e1bce ON public.est_measures_safetywalk USING btree (created_by_id);


--
-- Name: est_measures_safetywalk_organisations_organisation_id_8a13eeea; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_safetywalk_organisations_organisation_id_8a13eeea ON public.est_measures_safetywalk_organisations USING btree (organisation_id);


--
-- Name: est_measures_safetywalk_organisations_safetywalk_id_90b4e46e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_safetywalk_organisations_safetywalk_id_90b4e46e ON public.est_measures_safetywalk_organisations USING btree (safetywalk_id);


--
-- Name: est_measures_safetywalkfin_responsible_organisation_i_149bbc24; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_safetywalkfin_responsible_organisation_i_149bbc24 ON public.est_measures_safetywalkfinding USING btree (responsible_organisation_id);


--
-- Name: est_measures_safetywalkfinding_place_id_cfc83475; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_safetywalkfinding_place_id_cfc83475 ON public.est_measures_safetywalkfinding USING btree (place_id);


--
-- Name: est_measures_safetywalkfinding_walk_id_7c8886f6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_safetywalkfinding_walk_id_7c8886f6 ON public.est_measures_safetywalkfinding USING btree (walk_id);


--
-- Name: est_measures_walkcampaign_created_by_id_ce4ae7e1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_walkcampaign_created_by_id_ce4ae7e1 ON public.est_measures_walkcampaign USING btree (created_by_id);


--
-- Name: est_measures_walksignup_campaign_id_f4d71e5c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX est_measures_walksignup_campaign_id_f4d71e5c ON public.est_measures_walksignup USING btree (campaign_id);


--
-- Name: estaction_org_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX estaction_org_status_idx ON public.est_incidents_estaction USING btree (responsible_organisation_id, status);


--
-- Name: estaction_status_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX estaction_status_due_idx ON public.est_incidents_estaction USING btree (status, due_date);


--
-- Name: estmeeting_starts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX estmeeting_starts_idx ON public.est_incidents_estmeeting USING btree (starts_at DESC);


--
-- Name: estmeeting_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX estmeeting_status_idx ON public.est_incidents_estmeeting USING btree (status, starts_at DESC);


--
-- Name: estreport_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX estreport_org_idx ON public.est_incidents_estmeetingreport USING btree (organisation_id, meeting_id);


--
-- Name: finding_share_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX finding_share_org_idx ON public.est_measures_findingshare USING btree (organisation_id, shared_at DESC);


--
-- Name: followup_promise_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX followup_promise_date_idx ON public.citizen_promises_followup USING btree (promise_id, date);


--
-- Name: followup_published_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX followup_published_date_idx ON public.citizen_promises_followup USING btree (is_published, date DESC);


--
-- Name: goal_promise_position_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX goal_promise_position_idx ON public.citizen_promises_promisegoal USING btree (promise_id, "position");


--
-- Name: hjo_public_page_cache_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_public_page_cache_expires ON public.hjo_public_page_cache USING btree (expires);


--
-- Name: hjo_safety_accessevent_organisation_id_0fe7560c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_accessevent_organisation_id_0fe7560c ON public.hjo_safety_accessevent USING btree (organisation_id);


--
-- Name: hjo_safety_accessevent_user_id_57c1ef17; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_accessevent_user_id_57c1ef17 ON public.hjo_safety_accessevent USING btree (user_id);


--
-- Name: hjo_safety_attachment_content_type_id_29965e54; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_attachment_content_type_id_29965e54 ON public.hjo_safety_attachment USING btree (content_type_id);


--
-- Name: hjo_safety_attachment_uploaded_by_id_0bc62c8e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_attachment_uploaded_by_id_0bc62c8e ON public.hjo_safety_attachment USING btree (uploaded_by_id);


--
-- Name: hjo_safety_auditevent_user_id_e50f3854; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_auditevent_user_id_e50f3854 ON public.hjo_safety_auditevent USING btree (user_id);


--
-- Name: hjo_safety_historicalcontactinfo_history_date_742cefed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalcontactinfo_history_date_742cefed ON public.hjo_safety_historicalcontactinfo USING btree (history_date);


--
-- Name: hjo_safety_historicalcontactinfo_history_user_id_0adae628; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalcontactinfo_history_user_id_0adae628 ON public.hjo_safety_historicalcontactinfo USING btree (history_user_id);


--
-- Name: hjo_safety_historicalcontactinfo_id_e9b31eda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalcontactinfo_id_e9b31eda ON public.hjo_safety_historicalcontactinfo USING btree (id);


--
-- Name: hjo_safety_historicalmembership_history_date_4e8d7695; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalmembership_history_date_4e8d7695 ON public.hjo_safety_historicalmembership USING btree (history_date);


--
-- Name: hjo_safety_historicalmembership_history_user_id_3bef643b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalmembership_history_user_id_3bef643b ON public.hjo_safety_historicalmembership USING btree (history_user_id);


--
-- Name: hjo_safety_historicalmembership_id_509703dd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalmembership_id_509703dd ON public.hjo_safety_historicalmembership USING btree (id);


--
-- Name: hjo_safety_historicalmembership_organisation_id_f37868cf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalmembership_organisation_id_f37868cf ON public.hjo_safety_historicalmembership USING btree (organisation_id);


--
-- Name: hjo_safety_historicalmembership_user_id_29fb4cfe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalmembership_user_id_29fb4cfe ON public.hjo_safety_historicalmembership USING btree (user_id);


--
-- Name: hjo_safety_historicalorganisation_history_date_076a4b78; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalorganisation_history_date_076a4b78 ON public.hjo_safety_historicalorganisation USING btree (history_date);


--
-- Name: hjo_safety_historicalorganisation_history_user_id_cbb576b7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalorganisation_history_user_id_cbb576b7 ON public.hjo_safety_historicalorganisation USING btree (history_user_id);


--
-- Name: hjo_safety_historicalorganisation_id_e02ce20a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalorganisation_id_e02ce20a ON public.hjo_safety_historicalorganisation USING btree (id);


--
-- Name: hjo_safety_historicalorganisation_name_a50e7db8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalorganisation_name_a50e7db8 ON public.hjo_safety_historicalorganisation USING btree (name);


--
-- Name: hjo_safety_historicalorganisation_name_a50e7db8_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_historicalorganisation_name_a50e7db8_like ON public.hjo_safety_historicalorganisation USING btree (name varchar_pattern_ops);


--
-- Name: hjo_safety_jobrun_name_a31cacd3_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_jobrun_name_a31cacd3_like ON public.hjo_safety_jobrun USING btree (name varchar_pattern_ops);


--
-- Name: hjo_safety_membership_organisation_id_a4a16ed9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_membership_organisation_id_a4a16ed9 ON public.hjo_safety_membership USING btree (organisation_id);


--
-- Name: hjo_safety_membership_user_id_4705595c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_membership_user_id_4705595c ON public.hjo_safety_membership USING btree (user_id);


--
-- Name: hjo_safety_organisation_name_01ee630e_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_organisation_name_01ee630e_like ON public.hjo_safety_organisation USING btree (name varchar_pattern_ops);


--
-- Name: hjo_safety_ssoidentity_user_id_7c5d0073; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_safety_ssoidentity_user_id_7c5d0073 ON public.hjo_safety_ssoidentity USING btree (user_id);


--
-- Name: hjo_throttle_cache_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hjo_throttle_cache_expires ON public.hjo_throttle_cache USING btree (expires);


--
-- Name: incident_category_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_category_idx ON public.est_incidents_incident USING btree (category_id, occurred_at);


--
-- Name: incident_citizen_tip_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_citizen_tip_idx ON public.est_incidents_incident USING btree (occurred_at) WHERE ((source)::text = 'medborgartips'::text);


--
-- Name: incident_description_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_description_trgm_idx ON public.est_incidents_incident USING gin (upper(description) public.gin_trgm_ops);


--
-- Name: incident_handling_note_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_handling_note_trgm_idx ON public.est_incidents_incident USING gin (upper(handling_note) public.gin_trgm_ops);


--
-- Name: incident_occurred_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_occurred_idx ON public.est_incidents_incident USING btree (occurred_at DESC, id DESC);


--
-- Name: incident_org_occurred_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_org_occurred_idx ON public.est_incidents_incident USING btree (organisation_id, occurred_at DESC);


--
-- Name: incident_place_description_trgm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_place_description_trgm_idx ON public.est_incidents_incident USING gin (upper((place_description)::text) public.gin_trgm_ops);


--
-- Name: incident_place_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_place_idx ON public.est_incidents_incident USING btree (place_id, occurred_at);


--
-- Name: incident_rollup_zero_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_rollup_zero_idx ON public.est_incidents_incidentrollup USING btree (n) WHERE (n = 0);


--
-- Name: incident_share_one_active_per_organisation; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX incident_share_one_active_per_organisation ON public.est_incidents_incidentshare USING btree (incident_id, organisation_id) WHERE (withdrawn_at IS NULL);


--
-- Name: incident_situation_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_situation_idx ON public.est_incidents_incident USING btree (occurred_at) INCLUDE (id, category_id, place_id, organisation_id, latitude, longitude);


--
-- Name: incident_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_status_idx ON public.est_incidents_incident USING btree (status, occurred_at);


--
-- Name: intervention_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX intervention_org_idx ON public.est_measures_intervention USING btree (organisation_id, starts_at DESC);


--
-- Name: intervention_starts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX intervention_starts_idx ON public.est_measures_intervention USING btree (starts_at DESC, id DESC);


--
-- Name: membership_org_role_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX membership_org_role_idx ON public.hjo_safety_membership USING btree (organisation_id, role);


--
-- Name: nothing_to_report_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX nothing_to_report_org_idx ON public.est_incidents_nothingtoreport USING btree (organisation_id, period_end DESC);


--
-- Name: notifications_bulletin_organisations_bulletin_id_bacd197e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_bulletin_organisations_bulletin_id_bacd197e ON public.notifications_bulletin_organisations USING btree (bulletin_id);


--
-- Name: notifications_bulletin_organisations_organisation_id_b07e7e44; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_bulletin_organisations_organisation_id_b07e7e44 ON public.notifications_bulletin_organisations USING btree (organisation_id);


--
-- Name: notifications_bulletin_sent_by_id_e345444a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_bulletin_sent_by_id_e345444a ON public.notifications_bulletin USING btree (sent_by_id);


--
-- Name: notifications_outboxmessage_about_type_id_2fa0dc0d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_outboxmessage_about_type_id_2fa0dc0d ON public.notifications_outboxmessage USING btree (about_type_id);


--
-- Name: notifications_outboxmessage_event_key_0bf26a4e_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_outboxmessage_event_key_0bf26a4e_like ON public.notifications_outboxmessage USING btree (event_key varchar_pattern_ops);


--
-- Name: notifications_outboxmessage_recipient_id_7fd3d38f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_outboxmessage_recipient_id_7fd3d38f ON public.notifications_outboxmessage USING btree (recipient_id);


--
-- Name: notifications_outboxmessage_subscription_id_1eca2c34; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_outboxmessage_subscription_id_1eca2c34 ON public.notifications_outboxmessage USING btree (subscription_id);


--
-- Name: notifications_subscription_place_id_cf286707; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_subscription_place_id_cf286707 ON public.notifications_subscription USING btree (place_id);


--
-- Name: notifications_subscription_promise_id_dd129cde; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_subscription_promise_id_dd129cde ON public.notifications_subscription USING btree (promise_id);


--
-- Name: otp_static_staticdevice_user_id_7f9cff2b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_static_staticdevice_user_id_7f9cff2b ON public.otp_static_staticdevice USING btree (user_id);


--
-- Name: otp_static_statictoken_device_id_74b7c7d1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_static_statictoken_device_id_74b7c7d1 ON public.otp_static_statictoken USING btree (device_id);


--
-- Name: otp_static_statictoken_token_d0a51866; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_static_statictoken_token_d0a51866 ON public.otp_static_statictoken USING btree (token);


--
-- Name: otp_static_statictoken_token_d0a51866_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_static_statictoken_token_d0a51866_like ON public.otp_static_statictoken USING btree (token varchar_pattern_ops);


--
-- Name: otp_totp_totpdevice_user_id_0fb18292; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX otp_totp_totpdevice_user_id_0fb18292 ON public.otp_totp_totpdevice USING btree (user_id);


--
-- Name: outbox_about_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_about_idx ON public.notifications_outboxmessage USING btree (about_type_id, about_id);


--
-- Name: outbox_pending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_pending_idx ON public.notifications_outboxmessage USING btree (created_at) WHERE ((dropped_at IS NULL) AND (sent_at IS NULL));


--
-- Name: planned_event_starts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX planned_event_starts_idx ON public.est_measures_plannedevent USING btree (starts_at);


--
-- Name: policeevent_location_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policeevent_location_idx ON public.est_incidents_policeevent USING btree (location_name, occurred_at);


--
-- Name: policeevent_occurred_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policeevent_occurred_idx ON public.est_incidents_policeevent USING btree (occurred_at DESC);


--
-- Name: policeevent_type_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policeevent_type_idx ON public.est_incidents_policeevent USING btree (event_type, occurred_at);


--
-- Name: priority_agreement_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX priority_agreement_idx ON public.citizen_promises_priorityarea USING btree (agreement_id, "position");


--
-- Name: promise_period_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX promise_period_idx ON public.citizen_promises_citizenpromise USING btree (period_start, period_end);


--
-- Name: promise_status_published_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX promise_status_published_idx ON public.citizen_promises_citizenpromise USING btree (status, published_at);


--
-- Name: released_incident_occurred_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX released_incident_occurred_idx ON public.est_incidents_releasedincident USING btree (occurred_at);


--
-- Name: reminder_org_sent_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reminder_org_sent_idx ON public.est_incidents_coveragereminder USING btree (organisation_id, sent_at DESC);


--
-- Name: safety_statistics_crimestatistic_category_key_1c770166; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX safety_statistics_crimestatistic_category_key_1c770166 ON public.safety_statistics_crimestatistic USING btree (category_key);


--
-- Name: safety_statistics_crimestatistic_category_key_1c770166_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX safety_statistics_crimestatistic_category_key_1c770166_like ON public.safety_statistics_crimestatistic USING btree (category_key varchar_pattern_ops);


--
-- Name: safetywalk_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX safetywalk_date_idx ON public.est_measures_safetywalk USING btree (date DESC, id DESC);


--
-- Name: share_active_receiver_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX share_active_receiver_idx ON public.est_incidents_incidentshare USING btree (organisation_id, incident_id) WHERE (withdrawn_at IS NULL);


--
-- Name: signatory_promise_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX signatory_promise_idx ON public.citizen_promises_signatory USING btree (promise_id, "position");


--
-- Name: ssoidentity_pending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ssoidentity_pending_idx ON public.hjo_safety_ssoidentity USING btree (status, provider);


--
-- Name: subscription_topic_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX subscription_topic_idx ON public.notifications_subscription USING btree (topic, confirmed_at);


--
-- Name: subscription_unique_place; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX subscription_unique_place ON public.notifications_subscription USING btree (email, place_id) WHERE (place_id IS NOT NULL);


--
-- Name: subscription_unique_promise; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX subscription_unique_promise ON public.notifications_subscription USING btree (email, promise_id) WHERE (promise_id IS NOT NULL);


--
-- Name: subscription_unique_topic; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX subscription_unique_topic ON public.notifications_subscription USING btree (email, topic) WHERE ((place_id IS NULL) AND (promise_id IS NULL));


--
-- Name: survey_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX survey_open_idx ON public.citizen_promises_survey USING btree (is_published, closes_on);


--
-- Name: survey_response_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX survey_response_area_idx ON public.citizen_promises_surveyresponse USING btree (survey_id, area_id);


--
-- Name: bra_council_agendaitem bra_agenda_item_locked_when_approved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER bra_agenda_item_locked_when_approved BEFORE DELETE OR UPDATE ON public.bra_council_agendaitem FOR EACH ROW EXECUTE FUNCTION public.bra_refuse_approved_minutes_change();


--
-- Name: bra_council_councilmeeting bra_meeting_stays_approved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER bra_meeting_stays_approved BEFORE UPDATE ON public.bra_council_councilmeeting FOR EACH ROW EXECUTE FUNCTION public.bra_refuse_unapproving_minutes();


--
-- Name: est_incidents_incident est_incident_counts_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER est_incident_counts_delete AFTER DELETE ON public.est_incidents_incident REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.est_incident_counts_delete();


--
-- Name: est_incidents_incident est_incident_counts_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER est_incident_counts_insert AFTER INSERT ON public.est_incidents_incident REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.est_incident_counts_insert();


--
-- Name: est_incidents_incident est_incident_counts_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER est_incident_counts_truncate AFTER TRUNCATE ON public.est_incidents_incident FOR EACH STATEMENT EXECUTE FUNCTION public.est_incident_counts_truncate();


--
-- Name: est_incidents_incident est_incident_counts_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER est_incident_counts_update AFTER UPDATE ON public.est_incidents_incident REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.est_incident_counts_update();


--
-- Name: est_incidents_estmeeting est_meeting_record_locked_when_held; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER est_meeting_record_locked_when_held BEFORE UPDATE ON public.est_incidents_estmeeting FOR EACH ROW EXECUTE FUNCTION public.est_refuse_held_meeting_change();


--
-- Name: est_incidents_estmeetingreport est_report_locked_when_held; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER est_report_locked_when_held BEFORE INSERT OR DELETE OR UPDATE ON public.est_incidents_estmeetingreport FOR EACH ROW EXECUTE FUNCTION public.est_refuse_held_report_change();


--
-- Name: est_incidents_policeevent pgtrigger_data_version_19370; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_19370 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_incidents_policeevent FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_19370();


--
-- Name: est_measures_safetywalk pgtrigger_data_version_2583c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_2583c AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_measures_safetywalk FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_2583c();


--
-- Name: est_incidents_place pgtrigger_data_version_262db; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_262db AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_incidents_place FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_262db();


--
-- Name: est_measures_interventionkind pgtrigger_data_version_2e690; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_2e690 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_measures_interventionkind FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_2e690();


--
-- Name: hjo_safety_contactinfo pgtrigger_data_version_327d0; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_327d0 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.hjo_safety_contactinfo FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_327d0();


--
-- Name: est_measures_intervention pgtrigger_data_version_3f2c7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_3f2c7 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_measures_intervention FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_3f2c7();


--
-- Name: auth_user pgtrigger_data_version_49171; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_49171 AFTER UPDATE OF username, first_name, last_name ON public.auth_user FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_49171();


--
-- Name: hjo_safety_organisation pgtrigger_data_version_56fe5; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_56fe5 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.hjo_safety_organisation FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_56fe5();


--
-- Name: est_incidents_category pgtrigger_data_version_5abf0; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_5abf0 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_incidents_category FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_5abf0();


--
-- Name: est_measures_safetywalkfinding pgtrigger_data_version_6d14f; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_6d14f AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_measures_safetywalkfinding FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_6d14f();


--
-- Name: est_incidents_estmeetingreport pgtrigger_data_version_7d4ad; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_7d4ad AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_incidents_estmeetingreport FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_7d4ad();


--
-- Name: est_incidents_estmeeting_organisations_present pgtrigger_data_version_947a8; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_947a8 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_incidents_estmeeting_organisations_present FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_947a8();


--
-- Name: est_measures_intervention_co_organisations pgtrigger_data_version_a46a3; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_a46a3 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_measures_intervention_co_organisations FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_a46a3();


--
-- Name: est_incidents_estaction pgtrigger_data_version_a90d7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_a90d7 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_incidents_estaction FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_a90d7();


--
-- Name: bra_council_councilmeeting pgtrigger_data_version_acf86; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_acf86 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.bra_council_councilmeeting FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_acf86();


--
-- Name: est_measures_intervention_places pgtrigger_data_version_b14f6; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_b14f6 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_measures_intervention_places FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_b14f6();


--
-- Name: bra_council_agendaitem pgtrigger_data_version_b701f; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_b701f AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.bra_council_agendaitem FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_b701f();


--
-- Name: est_incidents_coveragereminder pgtrigger_data_version_be812; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_be812 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_incidents_coveragereminder FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_be812();


--
-- Name: est_incidents_estmeeting pgtrigger_data_version_c09b7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_c09b7 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_incidents_estmeeting FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_c09b7();


--
-- Name: safety_statistics_population pgtrigger_data_version_c28ed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_c28ed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.safety_statistics_population FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_c28ed();


--
-- Name: safety_statistics_crimestatistic pgtrigger_data_version_c3fe0; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_c3fe0 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.safety_statistics_crimestatistic FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_c3fe0();


--
-- Name: est_measures_plannedevent pgtrigger_data_version_c5f08; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_c5f08 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.est_measures_plannedevent FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_c5f08();


--
-- Name: est_incidents_historicalincidentshare pgtrigger_data_version_delete_03526; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_delete_03526 AFTER DELETE ON public.est_incidents_historicalincidentshare REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_delete_03526();


--
-- Name: est_incidents_incident pgtrigger_data_version_delete_0c2e1; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_delete_0c2e1 AFTER DELETE ON public.est_incidents_incident REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_delete_0c2e1();


--
-- Name: est_incidents_sharehandlingnote pgtrigger_data_version_delete_3d669; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_delete_3d669 AFTER DELETE ON public.est_incidents_sharehandlingnote REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_delete_3d669();


--
-- Name: est_incidents_nothingtoreport pgtrigger_data_version_delete_473f0; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_delete_473f0 AFTER DELETE ON public.est_incidents_nothingtoreport REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_delete_473f0();


--
-- Name: est_incidents_historicalincident pgtrigger_data_version_delete_662e7; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_delete_662e7 AFTER DELETE ON public.est_incidents_historicalincident REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_delete_662e7();


--
-- Name: est_incidents_incidentshare pgtrigger_data_version_delete_a5d38; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_delete_a5d38 AFTER DELETE ON public.est_incidents_incidentshare REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_delete_a5d38();


--
-- Name: hjo_safety_membership pgtrigger_data_version_e1237; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_e1237 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.hjo_safety_membership FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_e1237();


--
-- Name: bra_council_action pgtrigger_data_version_e7c36; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_e7c36 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.bra_council_action FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_e7c36();


--
-- Name: citizen_tips_citizentip pgtrigger_data_version_f3832; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_f3832 AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.citizen_tips_citizentip FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_f3832();


--
-- Name: est_incidents_incident pgtrigger_data_version_insert_27db4; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_insert_27db4 AFTER INSERT ON public.est_incidents_incident REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_insert_27db4();


--
-- Name: est_incidents_sharehandlingnote pgtrigger_data_version_insert_4897b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_insert_4897b AFTER INSERT ON public.est_incidents_sharehandlingnote REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_insert_4897b();


--
-- Name: est_incidents_nothingtoreport pgtrigger_data_version_insert_53b0b; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_insert_53b0b AFTER INSERT ON public.est_incidents_nothingtoreport REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_insert_53b0b();


--
-- Name: est_incidents_incidentshare pgtrigger_data_version_insert_cbb4d; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_insert_cbb4d AFTER INSERT ON public.est_incidents_incidentshare REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_insert_cbb4d();


--
-- Name: est_incidents_historicalincident pgtrigger_data_version_truncate_0a39e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_truncate_0a39e AFTER TRUNCATE ON public.est_incidents_historicalincident FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_truncate_0a39e();


--
-- Name: est_incidents_historicalincidentshare pgtrigger_data_version_truncate_16392; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_truncate_16392 AFTER TRUNCATE ON public.est_incidents_historicalincidentshare FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_truncate_16392();


--
-- Name: est_incidents_nothingtoreport pgtrigger_data_version_truncate_1e746; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_truncate_1e746 AFTER TRUNCATE ON public.est_incidents_nothingtoreport FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_truncate_1e746();


--
-- Name: est_incidents_incident pgtrigger_data_version_truncate_ed71c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_truncate_ed71c AFTER TRUNCATE ON public.est_incidents_incident FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_truncate_ed71c();


--
-- Name: est_incidents_incidentshare pgtrigger_data_version_truncate_ee2d2; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_truncate_ee2d2 AFTER TRUNCATE ON public.est_incidents_incidentshare FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_truncate_ee2d2();


--
-- Name: est_incidents_sharehandlingnote pgtrigger_data_version_truncate_f0a3e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_truncate_f0a3e AFTER TRUNCATE ON public.est_incidents_sharehandlingnote FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_truncate_f0a3e();


--
-- Name: est_incidents_historicalincident pgtrigger_data_version_update_0da1c; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_update_0da1c AFTER UPDATE ON public.est_incidents_historicalincident REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_update_0da1c();


--
-- Name: est_incidents_historicalincidentshare pgtrigger_data_version_update_2ac05; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_update_2ac05 AFTER UPDATE ON public.est_incidents_historicalincidentshare REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_update_2ac05();


--
-- Name: est_incidents_incidentshare pgtrigger_data_version_update_42df4; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_update_42df4 AFTER UPDATE ON public.est_incidents_incidentshare REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_update_42df4();


--
-- Name: est_incidents_sharehandlingnote pgtrigger_data_version_update_72503; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_update_72503 AFTER UPDATE ON public.est_incidents_sharehandlingnote REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_update_72503();


--
-- Name: est_incidents_incident pgtrigger_data_version_update_8a340; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_update_8a340 AFTER UPDATE ON public.est_incidents_incident REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_update_8a340();


--
-- Name: est_incidents_nothingtoreport pgtrigger_data_version_update_f1c1e; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER pgtrigger_data_version_update_f1c1e AFTER UPDATE ON public.est_incidents_nothingtoreport REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.pgtrigger_data_version_update_f1c1e();


--
-- Name: auth_group_permissions auth_group_permissio_permission_id_84c5c92e_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissio_permission_id_84c5c92e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissions_group_id_b120cbf9_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_b120cbf9_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_permission auth_permission_content_type_id_2f476e4b_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_2f476e4b_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_groups auth_user_groups_group_id_97559544_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_group_id_97559544_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_groups auth_user_groups_user_id_6a12ed8b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_user_id_6a12ed8b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_user_permissions auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_user_permissions auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: axes_accessattemptexpiration axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce FOREIGN KEY (access_attempt_id) REFERENCES public.axes_accessattempt(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_action_interventions bra_council_action_i_action_id_285da882_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action_interventions
    ADD CONSTRAINT bra_council_action_i_action_id_285da882_fk_bra_counc FOREIGN KEY (action_id) REFERENCES public.bra_council_action(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_action_interventions bra_council_action_i_intervention_id_e61b9ab0_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action_interventions
    ADD CONSTRAINT bra_council_action_i_intervention_id_e61b9ab0_fk_est_measu FOREIGN KEY (intervention_id) REFERENCES public.est_measures_intervention(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_action bra_council_action_origin_id_910b456d_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action
    ADD CONSTRAINT bra_council_action_origin_id_910b456d_fk_bra_counc FOREIGN KEY (origin_id) REFERENCES public.bra_council_agendaitem(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_action_promise_activities bra_council_action_p_action_id_58939da1_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action_promise_activities
    ADD CONSTRAINT bra_council_action_p_action_id_58939da1_fk_bra_counc FOREIGN KEY (action_id) REFERENCES public.bra_council_action(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_action_promise_activities bra_council_action_p_promiseactivity_id_185a4a9e_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action_promise_activities
    ADD CONSTRAINT bra_council_action_p_promiseactivity_id_185a4a9e_fk_citizen_p FOREIGN KEY (promiseactivity_id) REFERENCES public.citizen_promises_promiseactivity(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_action bra_council_action_responsible_organisa_b83509f6_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_action
    ADD CONSTRAINT bra_council_action_responsible_organisa_b83509f6_fk_hjo_safet FOREIGN KEY (responsible_organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_agendaitem_follow_up_actions bra_council_agendait_action_id_aa8e2b1f_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem_follow_up_actions
    ADD CONSTRAINT bra_council_agendait_action_id_aa8e2b1f_fk_bra_counc FOREIGN KEY (action_id) REFERENCES public.bra_council_action(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_agendaitem_follow_up_actions bra_council_agendait_agendaitem_id_7f0ed8a0_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem_follow_up_actions
    ADD CONSTRAINT bra_council_agendait_agendaitem_id_7f0ed8a0_fk_bra_counc FOREIGN KEY (agendaitem_id) REFERENCES public.bra_council_agendaitem(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_agendaitem bra_council_agendait_est_meeting_id_6a960a4f_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem
    ADD CONSTRAINT bra_council_agendait_est_meeting_id_6a960a4f_fk_est_incid FOREIGN KEY (est_meeting_id) REFERENCES public.est_incidents_estmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_agendaitem bra_council_agendait_meeting_id_d8aae5fb_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem
    ADD CONSTRAINT bra_council_agendait_meeting_id_d8aae5fb_fk_bra_counc FOREIGN KEY (meeting_id) REFERENCES public.bra_council_councilmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_agendaitem bra_council_agendait_presenter_member_id_0ee817bf_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem
    ADD CONSTRAINT bra_council_agendait_presenter_member_id_0ee817bf_fk_bra_counc FOREIGN KEY (presenter_member_id) REFERENCES public.bra_council_councilmember(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_agendaitem bra_council_agendait_presenter_organisati_c923d9e0_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem
    ADD CONSTRAINT bra_council_agendait_presenter_organisati_c923d9e0_fk_hjo_safet FOREIGN KEY (presenter_organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_agendaitem bra_council_agendait_promise_id_3fc8d971_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_agendaitem
    ADD CONSTRAINT bra_council_agendait_promise_id_3fc8d971_fk_citizen_p FOREIGN KEY (promise_id) REFERENCES public.citizen_promises_citizenpromise(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_attendance bra_council_attendan_meeting_id_bf935be2_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_attendance
    ADD CONSTRAINT bra_council_attendan_meeting_id_bf935be2_fk_bra_counc FOREIGN KEY (meeting_id) REFERENCES public.bra_council_councilmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_attendance bra_council_attendan_member_id_f9120248_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_attendance
    ADD CONSTRAINT bra_council_attendan_member_id_f9120248_fk_bra_counc FOREIGN KEY (member_id) REFERENCES public.bra_council_councilmember(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_councilmeeting bra_council_councilm_adjuster_id_606e9d7a_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_councilmeeting
    ADD CONSTRAINT bra_council_councilm_adjuster_id_606e9d7a_fk_bra_counc FOREIGN KEY (adjuster_id) REFERENCES public.bra_council_councilmember(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_councilmember bra_council_councilm_organisation_id_472b5b86_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_councilmember
    ADD CONSTRAINT bra_council_councilm_organisation_id_472b5b86_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_councilmember bra_council_councilmember_user_id_6b233260_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_councilmember
    ADD CONSTRAINT bra_council_councilmember_user_id_6b233260_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_historicalcouncilmeeting bra_council_historic_history_user_id_116c9fe2_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalcouncilmeeting
    ADD CONSTRAINT bra_council_historic_history_user_id_116c9fe2_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_historicalcouncilmember bra_council_historic_history_user_id_1c5d24d9_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalcouncilmember
    ADD CONSTRAINT bra_council_historic_history_user_id_1c5d24d9_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_historicalaction bra_council_historic_history_user_id_7156c884_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalaction
    ADD CONSTRAINT bra_council_historic_history_user_id_7156c884_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_historicalattendance bra_council_historic_history_user_id_762b7535_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalattendance
    ADD CONSTRAINT bra_council_historic_history_user_id_762b7535_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_historicalagendaitem bra_council_historic_history_user_id_c9a8db53_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_historicalagendaitem
    ADD CONSTRAINT bra_council_historic_history_user_id_c9a8db53_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_minutesapproval bra_council_minutesa_meeting_id_1395867d_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutesapproval
    ADD CONSTRAINT bra_council_minutesa_meeting_id_1395867d_fk_bra_counc FOREIGN KEY (meeting_id) REFERENCES public.bra_council_councilmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_minutesapproval bra_council_minutesa_member_id_15e4720f_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutesapproval
    ADD CONSTRAINT bra_council_minutesa_member_id_15e4720f_fk_bra_counc FOREIGN KEY (member_id) REFERENCES public.bra_council_councilmember(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_minutesapproval bra_council_minutesa_recorded_by_id_659ce2f5_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutesapproval
    ADD CONSTRAINT bra_council_minutesa_recorded_by_id_659ce2f5_fk_auth_user FOREIGN KEY (recorded_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_minutescorrection bra_council_minutesc_item_id_e91bd4ea_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutescorrection
    ADD CONSTRAINT bra_council_minutesc_item_id_e91bd4ea_fk_bra_counc FOREIGN KEY (item_id) REFERENCES public.bra_council_agendaitem(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_minutescorrection bra_council_minutesc_made_by_id_9e07300d_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutescorrection
    ADD CONSTRAINT bra_council_minutesc_made_by_id_9e07300d_fk_auth_user FOREIGN KEY (made_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: bra_council_minutescorrection bra_council_minutesc_meeting_id_25c5a279_fk_bra_counc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bra_council_minutescorrection
    ADD CONSTRAINT bra_council_minutesc_meeting_id_25c5a279_fk_bra_counc FOREIGN KEY (meeting_id) REFERENCES public.bra_council_councilmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_agreementsignatory citizen_promises_agr_agreement_id_8cc7f86c_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_agreementsignatory
    ADD CONSTRAINT citizen_promises_agr_agreement_id_8cc7f86c_fk_citizen_p FOREIGN KEY (agreement_id) REFERENCES public.citizen_promises_cooperationagreement(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_agreementsignatory citizen_promises_agr_party_id_9391a36c_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_agreementsignatory
    ADD CONSTRAINT citizen_promises_agr_party_id_9391a36c_fk_hjo_safet FOREIGN KEY (party_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_citizenpromise citizen_promises_cit_priority_area_id_229d6d07_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_citizenpromise
    ADD CONSTRAINT citizen_promises_cit_priority_area_id_229d6d07_fk_citizen_p FOREIGN KEY (priority_area_id) REFERENCES public.citizen_promises_priorityarea(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_cooperationagreement_parties citizen_promises_coo_cooperationagreement_c246d184_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_cooperationagreement_parties
    ADD CONSTRAINT citizen_promises_coo_cooperationagreement_c246d184_fk_citizen_p FOREIGN KEY (cooperationagreement_id) REFERENCES public.citizen_promises_cooperationagreement(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_cooperationagreement_parties citizen_promises_coo_organisation_id_6dee5af8_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_cooperationagreement_parties
    ADD CONSTRAINT citizen_promises_coo_organisation_id_6dee5af8_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_followupresult citizen_promises_fol_activity_id_c468fa0d_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_followupresult
    ADD CONSTRAINT citizen_promises_fol_activity_id_c468fa0d_fk_citizen_p FOREIGN KEY (activity_id) REFERENCES public.citizen_promises_promiseactivity(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_followupresult citizen_promises_fol_follow_up_id_1bb1e9dc_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_followupresult
    ADD CONSTRAINT citizen_promises_fol_follow_up_id_1bb1e9dc_fk_citizen_p FOREIGN KEY (follow_up_id) REFERENCES public.citizen_promises_followup(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_followup citizen_promises_fol_promise_id_dc815f08_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_followup
    ADD CONSTRAINT citizen_promises_fol_promise_id_dc815f08_fk_citizen_p FOREIGN KEY (promise_id) REFERENCES public.citizen_promises_citizenpromise(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_historicalpromisegoal citizen_promises_his_history_user_id_0c5d7b5c_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalpromisegoal
    ADD CONSTRAINT citizen_promises_his_history_user_id_0c5d7b5c_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_historicalfollowupresult citizen_promises_his_history_user_id_79c1b203_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalfollowupresult
    ADD CONSTRAINT citizen_promises_his_history_user_id_79c1b203_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_historicalcooperationagreement citizen_promises_his_history_user_id_81350b83_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalcooperationagreement
    ADD CONSTRAINT citizen_promises_his_history_user_id_81350b83_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_historicalagreementsignatory citizen_promises_his_history_user_id_8223d6cb_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalagreementsignatory
    ADD CONSTRAINT citizen_promises_his_history_user_id_8223d6cb_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_historicalsignatory citizen_promises_his_history_user_id_8c97cd9a_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalsignatory
    ADD CONSTRAINT citizen_promises_his_history_user_id_8c97cd9a_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_historicalpriorityarea citizen_promises_his_history_user_id_b3f85001_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalpriorityarea
    ADD CONSTRAINT citizen_promises_his_history_user_id_b3f85001_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_historicalcitizenpromise citizen_promises_his_history_user_id_b83d5360_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalcitizenpromise
    ADD CONSTRAINT citizen_promises_his_history_user_id_b83d5360_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_historicalpromiseactivity citizen_promises_his_history_user_id_e66982c6_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalpromiseactivity
    ADD CONSTRAINT citizen_promises_his_history_user_id_e66982c6_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_historicalfollowup citizen_promises_his_history_user_id_f0160d74_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_historicalfollowup
    ADD CONSTRAINT citizen_promises_his_history_user_id_f0160d74_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_priorityarea citizen_promises_pri_agreement_id_6006b9c0_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_priorityarea
    ADD CONSTRAINT citizen_promises_pri_agreement_id_6006b9c0_fk_citizen_p FOREIGN KEY (agreement_id) REFERENCES public.citizen_promises_cooperationagreement(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_promiseactivity_interventions citizen_promises_pro_intervention_id_4f989b0f_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity_interventions
    ADD CONSTRAINT citizen_promises_pro_intervention_id_4f989b0f_fk_est_measu FOREIGN KEY (intervention_id) REFERENCES public.est_measures_intervention(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_promiseactivity citizen_promises_pro_organisation_id_056e7309_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity
    ADD CONSTRAINT citizen_promises_pro_organisation_id_056e7309_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_promiseactivity_places citizen_promises_pro_place_id_a05698ef_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity_places
    ADD CONSTRAINT citizen_promises_pro_place_id_a05698ef_fk_est_incid FOREIGN KEY (place_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_promiseactivity citizen_promises_pro_priority_area_id_a404f0c4_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity
    ADD CONSTRAINT citizen_promises_pro_priority_area_id_a404f0c4_fk_citizen_p FOREIGN KEY (priority_area_id) REFERENCES public.citizen_promises_priorityarea(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_promisegoal citizen_promises_pro_promise_id_4ef44a00_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promisegoal
    ADD CONSTRAINT citizen_promises_pro_promise_id_4ef44a00_fk_citizen_p FOREIGN KEY (promise_id) REFERENCES public.citizen_promises_citizenpromise(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_promisecontact citizen_promises_pro_promise_id_68e9da59_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promisecontact
    ADD CONSTRAINT citizen_promises_pro_promise_id_68e9da59_fk_citizen_p FOREIGN KEY (promise_id) REFERENCES public.citizen_promises_citizenpromise(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_promiseactivity citizen_promises_pro_promise_id_6b52f4ea_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity
    ADD CONSTRAINT citizen_promises_pro_promise_id_6b52f4ea_fk_citizen_p FOREIGN KEY (promise_id) REFERENCES public.citizen_promises_citizenpromise(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_promiseactivity_places citizen_promises_pro_promiseactivity_id_219c1339_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity_places
    ADD CONSTRAINT citizen_promises_pro_promiseactivity_id_219c1339_fk_citizen_p FOREIGN KEY (promiseactivity_id) REFERENCES public.citizen_promises_promiseactivity(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_promiseactivity_interventions citizen_promises_pro_promiseactivity_id_e08e048f_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_promiseactivity_interventions
    ADD CONSTRAINT citizen_promises_pro_promiseactivity_id_e08e048f_fk_citizen_p FOREIGN KEY (promiseactivity_id) REFERENCES public.citizen_promises_promiseactivity(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_signatory citizen_promises_sig_promise_id_61584398_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_signatory
    ADD CONSTRAINT citizen_promises_sig_promise_id_61584398_fk_citizen_p FOREIGN KEY (promise_id) REFERENCES public.citizen_promises_citizenpromise(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_surveyresponse citizen_promises_sur_area_id_0c59f4ae_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_surveyresponse
    ADD CONSTRAINT citizen_promises_sur_area_id_0c59f4ae_fk_est_incid FOREIGN KEY (area_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_surveyavoidedplace citizen_promises_sur_place_id_7860b7a0_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_surveyavoidedplace
    ADD CONSTRAINT citizen_promises_sur_place_id_7860b7a0_fk_est_incid FOREIGN KEY (place_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_surveyavoidedplace citizen_promises_sur_response_id_0573b3c9_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_surveyavoidedplace
    ADD CONSTRAINT citizen_promises_sur_response_id_0573b3c9_fk_citizen_p FOREIGN KEY (response_id) REFERENCES public.citizen_promises_surveyresponse(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_surveyhelp citizen_promises_sur_response_id_3ea4bb69_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_surveyhelp
    ADD CONSTRAINT citizen_promises_sur_response_id_3ea4bb69_fk_citizen_p FOREIGN KEY (response_id) REFERENCES public.citizen_promises_surveyresponse(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_promises_surveyresponse citizen_promises_sur_survey_id_f6a15ae6_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_promises_surveyresponse
    ADD CONSTRAINT citizen_promises_sur_survey_id_f6a15ae6_fk_citizen_p FOREIGN KEY (survey_id) REFERENCES public.citizen_promises_survey(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_tips_citizentip citizen_tips_citizen_forwarded_to_id_7938c410_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_citizentip
    ADD CONSTRAINT citizen_tips_citizen_forwarded_to_id_7938c410_fk_hjo_safet FOREIGN KEY (forwarded_to_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_tips_citizentip citizen_tips_citizen_incident_id_5101e65a_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_citizentip
    ADD CONSTRAINT citizen_tips_citizen_incident_id_5101e65a_fk_est_incid FOREIGN KEY (incident_id) REFERENCES public.est_incidents_incident(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_tips_citizentip citizen_tips_citizen_moderated_by_id_ad316367_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_citizentip
    ADD CONSTRAINT citizen_tips_citizen_moderated_by_id_ad316367_fk_auth_user FOREIGN KEY (moderated_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_tips_citizentip citizen_tips_citizen_place_id_98440889_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_citizentip
    ADD CONSTRAINT citizen_tips_citizen_place_id_98440889_fk_est_incid FOREIGN KEY (place_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_tips_citizentip citizen_tips_citizentip_answered_by_id_78e5fd3e_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_citizentip
    ADD CONSTRAINT citizen_tips_citizentip_answered_by_id_78e5fd3e_fk_auth_user_id FOREIGN KEY (answered_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_tips_historicaltipmoderator citizen_tips_histori_history_user_id_21394779_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_historicaltipmoderator
    ADD CONSTRAINT citizen_tips_histori_history_user_id_21394779_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_tips_historicalcitizentip citizen_tips_histori_history_user_id_92063f39_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_historicalcitizentip
    ADD CONSTRAINT citizen_tips_histori_history_user_id_92063f39_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: citizen_tips_tipmoderator citizen_tips_tipmode_organisation_id_a3aa18f3_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citizen_tips_tipmoderator
    ADD CONSTRAINT citizen_tips_tipmode_organisation_id_a3aa18f3_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_content_type_id_c4bce8eb_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_content_type_id_c4bce8eb_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_user_id_c564eba6_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_user_id_c564eba6_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_category est_incidents_catego_default_share_organi_d85387bf_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_category
    ADD CONSTRAINT est_incidents_catego_default_share_organi_d85387bf_fk_hjo_safet FOREIGN KEY (default_share_organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_category est_incidents_catego_parent_id_9c1927a3_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_category
    ADD CONSTRAINT est_incidents_catego_parent_id_9c1927a3_fk_est_incid FOREIGN KEY (parent_id) REFERENCES public.est_incidents_category(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_coveragereminder est_incidents_covera_organisation_id_57cccec5_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_coveragereminder
    ADD CONSTRAINT est_incidents_covera_organisation_id_57cccec5_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_coveragereminder est_incidents_covera_sent_by_id_8eef18a9_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_coveragereminder
    ADD CONSTRAINT est_incidents_covera_sent_by_id_8eef18a9_fk_auth_user FOREIGN KEY (sent_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_estaction est_incidents_estact_meeting_id_47bd868d_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estaction
    ADD CONSTRAINT est_incidents_estact_meeting_id_47bd868d_fk_est_incid FOREIGN KEY (meeting_id) REFERENCES public.est_incidents_estmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_estaction est_incidents_estact_responsible_organisa_54091400_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estaction
    ADD CONSTRAINT est_incidents_estact_responsible_organisa_54091400_fk_hjo_safet FOREIGN KEY (responsible_organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_estmeeting_organisations_present est_incidents_estmee_estmeeting_id_b5d4c44a_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeeting_organisations_present
    ADD CONSTRAINT est_incidents_estmee_estmeeting_id_b5d4c44a_fk_est_incid FOREIGN KEY (estmeeting_id) REFERENCES public.est_incidents_estmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_estmeetingreport est_incidents_estmee_meeting_id_36bdeb07_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeetingreport
    ADD CONSTRAINT est_incidents_estmee_meeting_id_36bdeb07_fk_est_incid FOREIGN KEY (meeting_id) REFERENCES public.est_incidents_estmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_estmeetingreport est_incidents_estmee_organisation_id_7706faa2_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeetingreport
    ADD CONSTRAINT est_incidents_estmee_organisation_id_7706faa2_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_estmeeting_organisations_present est_incidents_estmee_organisation_id_cd5e00e0_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeeting_organisations_present
    ADD CONSTRAINT est_incidents_estmee_organisation_id_cd5e00e0_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_estmeetingreport est_incidents_estmee_updated_by_id_ed970167_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeetingreport
    ADD CONSTRAINT est_incidents_estmee_updated_by_id_ed970167_fk_auth_user FOREIGN KEY (updated_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_estmeeting est_incidents_estmeeting_held_by_id_2b667206_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_estmeeting
    ADD CONSTRAINT est_incidents_estmeeting_held_by_id_2b667206_fk_auth_user_id FOREIGN KEY (held_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_historicalincidentshare est_incidents_histor_history_user_id_119980fe_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalincidentshare
    ADD CONSTRAINT est_incidents_histor_history_user_id_119980fe_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_historicalyearlysituationanalysis est_incidents_histor_history_user_id_21f156b8_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalyearlysituationanalysis
    ADD CONSTRAINT est_incidents_histor_history_user_id_21f156b8_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_historicalnothingtoreport est_incidents_histor_history_user_id_498a90a7_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalnothingtoreport
    ADD CONSTRAINT est_incidents_histor_history_user_id_498a90a7_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_historicalcoveragereminder est_incidents_histor_history_user_id_745681f3_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalcoveragereminder
    ADD CONSTRAINT est_incidents_histor_history_user_id_745681f3_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_historicalestmeetingreport est_incidents_histor_history_user_id_83b1a650_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalestmeetingreport
    ADD CONSTRAINT est_incidents_histor_history_user_id_83b1a650_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_historicalsharehandlingnote est_incidents_histor_history_user_id_90cda7bd_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalsharehandlingnote
    ADD CONSTRAINT est_incidents_histor_history_user_id_90cda7bd_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_historicalestaction est_incidents_histor_history_user_id_ac4a76c6_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalestaction
    ADD CONSTRAINT est_incidents_histor_history_user_id_ac4a76c6_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_historicalincident est_incidents_histor_history_user_id_db20058b_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalincident
    ADD CONSTRAINT est_incidents_histor_history_user_id_db20058b_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_historicalestmeeting est_incidents_histor_history_user_id_db21aec5_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_historicalestmeeting
    ADD CONSTRAINT est_incidents_histor_history_user_id_db21aec5_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incident est_incidents_incide_category_id_08ef2114_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incident
    ADD CONSTRAINT est_incidents_incide_category_id_08ef2114_fk_est_incid FOREIGN KEY (category_id) REFERENCES public.est_incidents_category(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incident est_incidents_incide_duplicate_linked_by__a5a3b1e3_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incident
    ADD CONSTRAINT est_incidents_incide_duplicate_linked_by__a5a3b1e3_fk_auth_user FOREIGN KEY (duplicate_linked_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incident est_incidents_incide_duplicate_of_id_0da0d724_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incident
    ADD CONSTRAINT est_incidents_incide_duplicate_of_id_0da0d724_fk_est_incid FOREIGN KEY (duplicate_of_id) REFERENCES public.est_incidents_incident(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incidentshare est_incidents_incide_first_viewed_by_id_78a054c2_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incidentshare
    ADD CONSTRAINT est_incidents_incide_first_viewed_by_id_78a054c2_fk_auth_user FOREIGN KEY (first_viewed_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incidentshare est_incidents_incide_incident_id_113b99a1_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incidentshare
    ADD CONSTRAINT est_incidents_incide_incident_id_113b99a1_fk_est_incid FOREIGN KEY (incident_id) REFERENCES public.est_incidents_incident(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incidentshare est_incidents_incide_organisation_id_1f0815c5_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incidentshare
    ADD CONSTRAINT est_incidents_incide_organisation_id_1f0815c5_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incident est_incidents_incide_organisation_id_754b132f_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incident
    ADD CONSTRAINT est_incidents_incide_organisation_id_754b132f_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incident est_incidents_incide_place_id_57cb6d94_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incident
    ADD CONSTRAINT est_incidents_incide_place_id_57cb6d94_fk_est_incid FOREIGN KEY (place_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incidentshare est_incidents_incide_shared_by_id_ca41a48b_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incidentshare
    ADD CONSTRAINT est_incidents_incide_shared_by_id_ca41a48b_fk_auth_user FOREIGN KEY (shared_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incidentshare est_incidents_incide_withdrawn_by_id_8ea6f04f_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incidentshare
    ADD CONSTRAINT est_incidents_incide_withdrawn_by_id_8ea6f04f_fk_auth_user FOREIGN KEY (withdrawn_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_incident est_incidents_incident_reported_by_id_1eb6136a_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_incident
    ADD CONSTRAINT est_incidents_incident_reported_by_id_1eb6136a_fk_auth_user_id FOREIGN KEY (reported_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_nothingtoreport est_incidents_nothin_organisation_id_082de794_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_nothingtoreport
    ADD CONSTRAINT est_incidents_nothin_organisation_id_082de794_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_nothingtoreport est_incidents_nothin_recorded_by_id_943a88eb_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_nothingtoreport
    ADD CONSTRAINT est_incidents_nothin_recorded_by_id_943a88eb_fk_auth_user FOREIGN KEY (recorded_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_policeevent est_incidents_police_category_id_3d91c713_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_policeevent
    ADD CONSTRAINT est_incidents_police_category_id_3d91c713_fk_est_incid FOREIGN KEY (category_id) REFERENCES public.est_incidents_category(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_sharehandlingnote est_incidents_shareh_share_id_7141bd04_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_sharehandlingnote
    ADD CONSTRAINT est_incidents_shareh_share_id_7141bd04_fk_est_incid FOREIGN KEY (share_id) REFERENCES public.est_incidents_incidentshare(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_sharehandlingnote est_incidents_shareh_written_by_id_94c510ec_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_sharehandlingnote
    ADD CONSTRAINT est_incidents_shareh_written_by_id_94c510ec_fk_auth_user FOREIGN KEY (written_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_incidents_yearlysituationanalysis est_incidents_yearly_updated_by_id_50569e18_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_incidents_yearlysituationanalysis
    ADD CONSTRAINT est_incidents_yearly_updated_by_id_50569e18_fk_auth_user FOREIGN KEY (updated_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_campaignmark est_measures_campaig_campaign_id_673f1121_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_campaignmark
    ADD CONSTRAINT est_measures_campaig_campaign_id_673f1121_fk_est_measu FOREIGN KEY (campaign_id) REFERENCES public.est_measures_walkcampaign(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_campaignmark est_measures_campaig_moderated_by_id_a8e59679_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_campaignmark
    ADD CONSTRAINT est_measures_campaig_moderated_by_id_a8e59679_fk_auth_user FOREIGN KEY (moderated_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_campaignmark est_measures_campaig_place_id_3f710e6e_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_campaignmark
    ADD CONSTRAINT est_measures_campaig_place_id_3f710e6e_fk_est_incid FOREIGN KEY (place_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_findingshare est_measures_finding_finding_id_b254f256_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_findingshare
    ADD CONSTRAINT est_measures_finding_finding_id_b254f256_fk_est_measu FOREIGN KEY (finding_id) REFERENCES public.est_measures_safetywalkfinding(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_findingshare est_measures_finding_organisation_id_784110cb_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_findingshare
    ADD CONSTRAINT est_measures_finding_organisation_id_784110cb_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_findingshare est_measures_findingshare_shared_by_id_023a52b2_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_findingshare
    ADD CONSTRAINT est_measures_findingshare_shared_by_id_023a52b2_fk_auth_user_id FOREIGN KEY (shared_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_historicalsafetywalkfinding est_measures_histori_history_user_id_320cf8e2_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_historicalsafetywalkfinding
    ADD CONSTRAINT est_measures_histori_history_user_id_320cf8e2_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_historicalfindingshare est_measures_histori_history_user_id_aab7bcd4_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_historicalfindingshare
    ADD CONSTRAINT est_measures_histori_history_user_id_aab7bcd4_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_intervention est_measures_interve_created_by_id_fd2ef35c_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention
    ADD CONSTRAINT est_measures_interve_created_by_id_fd2ef35c_fk_auth_user FOREIGN KEY (created_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_intervention est_measures_interve_est_action_id_d0e3d872_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention
    ADD CONSTRAINT est_measures_interve_est_action_id_d0e3d872_fk_est_incid FOREIGN KEY (est_action_id) REFERENCES public.est_incidents_estaction(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_intervention_places est_measures_interve_intervention_id_5c60d001_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention_places
    ADD CONSTRAINT est_measures_interve_intervention_id_5c60d001_fk_est_measu FOREIGN KEY (intervention_id) REFERENCES public.est_measures_intervention(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_intervention_co_organisations est_measures_interve_intervention_id_a77ead73_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention_co_organisations
    ADD CONSTRAINT est_measures_interve_intervention_id_a77ead73_fk_est_measu FOREIGN KEY (intervention_id) REFERENCES public.est_measures_intervention(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_intervention est_measures_interve_kind_id_da86795b_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention
    ADD CONSTRAINT est_measures_interve_kind_id_da86795b_fk_est_measu FOREIGN KEY (kind_id) REFERENCES public.est_measures_interventionkind(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_intervention est_measures_interve_organisation_id_85c3ff10_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention
    ADD CONSTRAINT est_measures_interve_organisation_id_85c3ff10_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_intervention_co_organisations est_measures_interve_organisation_id_a259bee5_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention_co_organisations
    ADD CONSTRAINT est_measures_interve_organisation_id_a259bee5_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_intervention_places est_measures_interve_place_id_171f9dee_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_intervention_places
    ADD CONSTRAINT est_measures_interve_place_id_171f9dee_fk_est_incid FOREIGN KEY (place_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_plannedevent est_measures_planned_created_by_id_6bef74e9_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_plannedevent
    ADD CONSTRAINT est_measures_planned_created_by_id_6bef74e9_fk_auth_user FOREIGN KEY (created_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_plannedevent est_measures_planned_organisation_id_3acdbadd_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_plannedevent
    ADD CONSTRAINT est_measures_planned_organisation_id_3acdbadd_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_plannedevent est_measures_planned_place_id_0e940faf_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_plannedevent
    ADD CONSTRAINT est_measures_planned_place_id_0e940faf_fk_est_incid FOREIGN KEY (place_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_safetywalkfinding est_measures_safetyw_est_action_id_6934c61a_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalkfinding
    ADD CONSTRAINT est_measures_safetyw_est_action_id_6934c61a_fk_est_incid FOREIGN KEY (est_action_id) REFERENCES public.est_incidents_estaction(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_safetywalk_organisations est_measures_safetyw_organisation_id_8a13eeea_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalk_organisations
    ADD CONSTRAINT est_measures_safetyw_organisation_id_8a13eeea_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_safetywalkfinding est_measures_safetyw_place_id_cfc83475_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalkfinding
    ADD CONSTRAINT est_measures_safetyw_place_id_cfc83475_fk_est_incid FOREIGN KEY (place_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_safetywalkfinding est_measures_safetyw_responsible_organisa_149bbc24_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalkfinding
    ADD CONSTRAINT est_measures_safetyw_responsible_organisa_149bbc24_fk_hjo_safet FOREIGN KEY (responsible_organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_safetywalk_organisations est_measures_safetyw_safetywalk_id_90b4e46e_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalk_organisations
    ADD CONSTRAINT est_measures_safetyw_safetywalk_id_90b4e46e_fk_est_measu FOREIGN KEY (safetywalk_id) REFERENCES public.est_measures_safetywalk(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_safetywalkfinding est_measures_safetyw_walk_id_7c8886f6_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalkfinding
    ADD CONSTRAINT est_measures_safetyw_walk_id_7c8886f6_fk_est_measu FOREIGN KEY (walk_id) REFERENCES public.est_measures_safetywalk(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_safetywalk est_measures_safetywalk_created_by_id_411e1bce_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_safetywalk
    ADD CONSTRAINT est_measures_safetywalk_created_by_id_411e1bce_fk_auth_user_id FOREIGN KEY (created_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_walkcampaign est_measures_walkcam_created_by_id_ce4ae7e1_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_walkcampaign
    ADD CONSTRAINT est_measures_walkcam_created_by_id_ce4ae7e1_fk_auth_user FOREIGN KEY (created_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_walkcampaign est_measures_walkcam_walk_id_cd40e0d6_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_walkcampaign
    ADD CONSTRAINT est_measures_walkcam_walk_id_cd40e0d6_fk_est_measu FOREIGN KEY (walk_id) REFERENCES public.est_measures_safetywalk(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: est_measures_walksignup est_measures_walksig_campaign_id_f4d71e5c_fk_est_measu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.est_measures_walksignup
    ADD CONSTRAINT est_measures_walksig_campaign_id_f4d71e5c_fk_est_measu FOREIGN KEY (campaign_id) REFERENCES public.est_measures_walkcampaign(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_accessevent hjo_safety_accesseve_organisation_id_0fe7560c_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_accessevent
    ADD CONSTRAINT hjo_safety_accesseve_organisation_id_0fe7560c_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_accessevent hjo_safety_accessevent_user_id_57c1ef17_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_accessevent
    ADD CONSTRAINT hjo_safety_accessevent_user_id_57c1ef17_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_attachment hjo_safety_attachmen_content_type_id_29965e54_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_attachment
    ADD CONSTRAINT hjo_safety_attachmen_content_type_id_29965e54_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_attachment hjo_safety_attachment_uploaded_by_id_0bc62c8e_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_attachment
    ADD CONSTRAINT hjo_safety_attachment_uploaded_by_id_0bc62c8e_fk_auth_user_id FOREIGN KEY (uploaded_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_auditevent hjo_safety_auditevent_user_id_e50f3854_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_auditevent
    ADD CONSTRAINT hjo_safety_auditevent_user_id_e50f3854_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_historicalcontactinfo hjo_safety_historica_history_user_id_0adae628_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_historicalcontactinfo
    ADD CONSTRAINT hjo_safety_historica_history_user_id_0adae628_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_historicalmembership hjo_safety_historica_history_user_id_3bef643b_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_historicalmembership
    ADD CONSTRAINT hjo_safety_historica_history_user_id_3bef643b_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_historicalorganisation hjo_safety_historica_history_user_id_cbb576b7_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_historicalorganisation
    ADD CONSTRAINT hjo_safety_historica_history_user_id_cbb576b7_fk_auth_user FOREIGN KEY (history_user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_membership hjo_safety_membershi_organisation_id_a4a16ed9_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_membership
    ADD CONSTRAINT hjo_safety_membershi_organisation_id_a4a16ed9_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_membership hjo_safety_membership_user_id_4705595c_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_membership
    ADD CONSTRAINT hjo_safety_membership_user_id_4705595c_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: hjo_safety_ssoidentity hjo_safety_ssoidentity_user_id_7c5d0073_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hjo_safety_ssoidentity
    ADD CONSTRAINT hjo_safety_ssoidentity_user_id_7c5d0073_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_bulletin_organisations notifications_bullet_bulletin_id_bacd197e_fk_notificat; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_bulletin_organisations
    ADD CONSTRAINT notifications_bullet_bulletin_id_bacd197e_fk_notificat FOREIGN KEY (bulletin_id) REFERENCES public.notifications_bulletin(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_bulletin_organisations notifications_bullet_organisation_id_b07e7e44_fk_hjo_safet; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_bulletin_organisations
    ADD CONSTRAINT notifications_bullet_organisation_id_b07e7e44_fk_hjo_safet FOREIGN KEY (organisation_id) REFERENCES public.hjo_safety_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_bulletin notifications_bulletin_sent_by_id_e345444a_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_bulletin
    ADD CONSTRAINT notifications_bulletin_sent_by_id_e345444a_fk_auth_user_id FOREIGN KEY (sent_by_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_digestrun notifications_digestrun_user_id_6bb2b7a9_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_digestrun
    ADD CONSTRAINT notifications_digestrun_user_id_6bb2b7a9_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_notificationsettings notifications_notifi_user_id_c4c88296_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_notificationsettings
    ADD CONSTRAINT notifications_notifi_user_id_c4c88296_fk_auth_user FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_outboxmessage notifications_outbox_about_type_id_2fa0dc0d_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_outboxmessage
    ADD CONSTRAINT notifications_outbox_about_type_id_2fa0dc0d_fk_django_co FOREIGN KEY (about_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_outboxmessage notifications_outbox_recipient_id_7fd3d38f_fk_auth_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_outboxmessage
    ADD CONSTRAINT notifications_outbox_recipient_id_7fd3d38f_fk_auth_user FOREIGN KEY (recipient_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_outboxmessage notifications_outbox_subscription_id_1eca2c34_fk_notificat; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_outboxmessage
    ADD CONSTRAINT notifications_outbox_subscription_id_1eca2c34_fk_notificat FOREIGN KEY (subscription_id) REFERENCES public.notifications_subscription(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_subscription notifications_subscr_place_id_cf286707_fk_est_incid; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_subscription
    ADD CONSTRAINT notifications_subscr_place_id_cf286707_fk_est_incid FOREIGN KEY (place_id) REFERENCES public.est_incidents_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: notifications_subscription notifications_subscr_promise_id_dd129cde_fk_citizen_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications_subscription
    ADD CONSTRAINT notifications_subscr_promise_id_dd129cde_fk_citizen_p FOREIGN KEY (promise_id) REFERENCES public.citizen_promises_citizenpromise(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: otp_static_staticdevice otp_static_staticdevice_user_id_7f9cff2b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_static_staticdevice
    ADD CONSTRAINT otp_static_staticdevice_user_id_7f9cff2b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: otp_static_statictoken otp_static_statictok_device_id_74b7c7d1_fk_otp_stati; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_static_statictoken
    ADD CONSTRAINT otp_static_statictok_device_id_74b7c7d1_fk_otp_stati FOREIGN KEY (device_id) REFERENCES public.otp_static_staticdevice(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: otp_totp_totpdevice otp_totp_totpdevice_user_id_0fb18292_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.otp_totp_totpdevice
    ADD CONSTRAINT otp_totp_totpdevice_user_id_0fb18292_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--

\unrestrict Lh24YPiwf6SxaNkSQsDHJqZfGyAfKMeJoeeWehgSixLdauXJjock5QLLJEwLPhE

