"""The test suite's PostgreSQL backend: the project's (django-prometheus's) with a faster flush.

A transactional test (``django_db(transaction=True)``, every browser test through the live
server) ends with Django's ``flush``, which PostgreSQL does as one ``TRUNCATE`` of every table:
about half a second each time, as each of ~170 tables gets new files, while a test has written
to a handful. Here the flush empties only the tables that hold rows, with ``DELETE`` (a few
rows each), in one statement: a few milliseconds. ``session_replication_role = replica``
switches off the foreign keys' and the tables' own triggers for that transaction only, as
``TRUNCATE`` does not fire them either. With ``reset_sequences`` it is Django's ``TRUNCATE …
RESTART IDENTITY``. Used by ``hjo_safety.settings_test`` only
(not under ``tests/``: a test runs ``manage.py`` on a copy of the code without it).
"""

from django_prometheus.db.backends.postgresql import base


class DatabaseOperations(base.base.DatabaseOperations):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if not tables or reset_sequences:
            return super().sql_flush(
                style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        names = ", ".join("'" + table.replace("'", "''") + "'" for table in tables)
        return [
            "DO $flush$ DECLARE name text; has_rows boolean; BEGIN"  # nosec B608 — Django's table names
            " SET LOCAL session_replication_role = replica;"
            f" FOREACH name IN ARRAY ARRAY[{names}]::text[] LOOP"
            " EXECUTE format('SELECT EXISTS (SELECT FROM %I)', name) INTO has_rows;"
            " IF has_rows THEN EXECUTE format('DELETE FROM %I', name); END IF;"
            " END LOOP; END $flush$;"
        ]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
