"""Locked records in the database: held EST meetings' reports and pictures, approved council
minutes. Triggers (migrations ``est_incidents.0011`` and ``bra_council.0004``; PostgreSQL only) refuse to change
or delete them even when the models are bypassed. Only the demo loader, which writes and removes
its own invented record, and a correction that rewrites a corrected text's copy in a frozen
picture (registered with ``hjo_safety.redaction.register_copy``), may lift the lock, for their own transaction."""

from django.db import connection

LIFT_SETTING = "hjo.rewrite_locked_records"


def lift_record_locks_in_this_transaction() -> None:
    """Let this transaction rewrite locked records (demo data only). Ends with the transaction."""
    if connection.vendor != "postgresql":
        return  # no triggers elsewhere (the SQLite demo)
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config(%s, 'on', true)", [LIFT_SETTING])
