"""The database caches' tables (``public_pages``, ``throttle``): made by ``migrate``, so a new
database needs no separate ``createcachetable`` before the first login. Idempotent: Django's
command skips a table that exists; the reverse leaves them (``createcachetable`` never drops)."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("hjo_safety", "0011_job_run_dates_within_2000_2100")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
