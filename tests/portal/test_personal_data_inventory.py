"""Issue 21 B7: every text column of every table is declared in one inventory
(``portal.personal_data_inventory``), and what it says about free text holds.

The columns are read from the migrated test database's ``information_schema``, so tables made
by migrations and libraries (simple-history's historical tables, sessions, axes, django-otp, the
caches) are covered as well as our models: a new model or library that stores text fails here
until its columns are declared, either as not user text (with why) or as free text with a
guard, a redaction and a retention rule.
"""

from pydoc import locate

import pytest
from django.apps import apps
from django.db import connection, models
from django.utils.module_loading import import_string

from hjo_safety.guarded_forms import OFFICE_HOLDERS, STRICT, is_free_text, mode_for
from hjo_safety.redaction import free_text_fields
from portal import personal_data_inventory as inventory

pytestmark = pytest.mark.django_db

TEXT_TYPES = ("text", "character varying", "character", "json", "jsonb")
TEXT_ARRAYS = ("_text", "_varchar", "_bpchar", "_json", "_jsonb")


def text_columns() -> list[tuple[str, str]]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.table_name, c.column_name
              FROM information_schema.columns c
              JOIN information_schema.tables t
                ON t.table_schema = c.table_schema AND t.table_name = c.table_name
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
               AND (c.data_type = ANY(%s) OR (c.data_type = 'ARRAY' AND c.udt_name = ANY(%s)))
             ORDER BY 1, 2
            """,
            [list(TEXT_TYPES), list(TEXT_ARRAYS)],
        )
        return cursor.fetchall()


def model_fields() -> dict[str, models.Field]:
    """``{"table.column": field}`` for every concrete field of every installed model."""
    return {
        f"{model._meta.db_table}.{field.column}": field
        for model in apps.get_models()
        for field in model._meta.concrete_fields
    }


def free_text_entries():
    fields = model_fields()
    history = inventory.historical_tables()
    for table, column in text_columns():
        entry = inventory.declaration(table, column, history)
        if isinstance(entry, inventory.FreeText):
            yield f"{table}.{column}", entry, fields.get(f"{table}.{column}")


def test_every_text_column_in_the_database_is_declared():
    history = inventory.historical_tables()
    missing = [
        f"{table}.{column}"
        for table, column in text_columns()
        if inventory.declaration(table, column, history) is None
    ]
    assert missing == [], (
        "Declare these text columns in portal/personal_data_inventory.py (NotUserText with "
        "a reason, or FreeText with guard, redaction and retention)"
    )


def test_every_text_field_of_every_model_is_declared():
    history = inventory.historical_tables()
    missing = [
        key
        for key, field in model_fields().items()
        if isinstance(field, models.CharField | models.TextField | models.JSONField)
        and inventory.declaration(*key.split("."), history) is None
    ]
    assert missing == []


def test_no_declaration_names_a_column_that_does_not_exist():
    columns = {f"{table}.{column}" for table, column in text_columns()}
    stale = sorted((set(inventory.INVENTORY) | set(inventory.HISTORY_REASONS)) - columns)
    assert stale == []


def test_choices_are_declared_as_choices_only_where_the_field_has_choices():
    fields = model_fields()
    for key, entry in inventory.INVENTORY.items():
        field = fields.get(key)
        if field is not None and field.choices:
            assert not isinstance(entry, inventory.FreeText), key
        if entry == inventory.CHOICE:
            assert field is not None and field.choices, f"{key} has no choices"


def test_every_field_the_guard_treats_as_free_text_is_declared_free_text():
    for key, field in model_fields().items():
        if getattr(field.model, "instance_type", None) is not None:
            continue  # a historical copy: its model's entry is checked
        entry = inventory.INVENTORY.get(key)
        if is_free_text(field):
            assert isinstance(entry, inventory.FreeText), f"{key} is free text: declare it so"
            assert entry.guard == inventory.FORM_GUARD, key
        if isinstance(entry, inventory.FreeText) and entry.guard == inventory.FORM_GUARD:
            assert is_free_text(field), f"{key}: the form guard does not apply to it"


def test_each_free_text_guard_exists():
    for key, entry, _field in free_text_entries():
        if entry.guard == inventory.FORM_GUARD or entry.guard.startswith("copy:"):
            continue
        assert locate(entry.guard) is not None, f"{key}: no {entry.guard}"


def test_each_free_text_redaction_holds():
    for key, entry, field in free_text_entries():
        if field is None or entry.guard.startswith("copy:"):
            continue
        model = field.model
        original = getattr(model, "instance_type", model)
        if entry.redaction == inventory.CORRECTION:
            assert hasattr(original, "history") and mode_for(original) == STRICT, key
            assert field.name in free_text_fields(original), key
        elif entry.redaction == inventory.PUBLIC_RECORD:
            assert mode_for(original) == OFFICE_HOLDERS, key
        elif entry.redaction == inventory.NO_VERSIONS:
            tracked = getattr(original, "history", None)
            assert tracked is None or field.name not in {
                f.name for f in tracked.model._meta.fields
            }, f"{key}: versions are kept, so a correction must redact them"
        else:
            assert entry.redaction == inventory.NOT_EDITABLE, key


def test_each_free_text_has_a_retention_rule_that_names_it():
    history = inventory.historical_tables()
    for key, entry, _field in free_text_entries():
        rule = inventory.RETENTION[entry.retention]
        if isinstance(rule, inventory.Purge):
            table, column = key.split(".")
            own = f"{history.get(table, table)}.{column}"
            assert own in import_string(rule.columns), f"{key}: {entry.retention} does not purge it"
            assert import_string(f"{rule.command}.Command")
