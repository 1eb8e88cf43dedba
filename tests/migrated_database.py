"""The test database as the migrations leave it, kept as a dump: loading it takes a second,
migrating takes ~35 s of one core before any test can start.

``tests/migrated_database.sql`` is ``pg_dump`` of a test database made the way the suite makes
one (Django's ``setup_databases``: every migration, the data migrations' rows, content types,
permissions, cache tables). Its first line names a digest of every migration file of every
installed app (ours and the libraries') and the Django version. The suite's controller loads it
into the template that every worker's database is copied from (``tests/conftest.py``) only when
that digest is the current one; otherwise it migrates, as before, and says so. So a stale dump
can never make a test database that the migrations would not make, and
``tests/test_migrated_database.py`` fails until it is written again:

    make test-database-dump       # = python -m tests.migrated_database (PostgreSQL, pg_dump)
"""

import hashlib
import os
import shutil
import subprocess  # nosec B404 — psql and pg_dump, with arguments we build
import sys
from pathlib import Path

DUMP = Path(__file__).with_name("migrated_database.sql")
DIGEST_LINE = "-- migrations digest: "


def migrations_digest() -> str:
    """A digest of every migration file Django would apply, and of Django's version."""
    import django
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    digest = hashlib.sha256(django.get_version().encode())
    for key in sorted(loader.disk_migrations):
        module = sys.modules[loader.disk_migrations[key].__module__]
        digest.update(repr(key).encode())
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


def dump_digest() -> str | None:
    if not DUMP.exists():
        return None
    with DUMP.open(encoding="utf-8") as dump:
        first = dump.readline()
    return first[len(DIGEST_LINE) :].strip() if first.startswith(DIGEST_LINE) else None


def is_current() -> bool:
    return dump_digest() == migrations_digest()


def _client_env(database: dict) -> tuple[list[str], dict]:
    args = ["-h", database.get("HOST") or "127.0.0.1", "-p", str(database.get("PORT") or 5432)]
    if database.get("USER"):
        args += ["-U", database["USER"]]
    env = dict(os.environ)
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    return args, env


def load(database: dict, name: str) -> bool:
    """Make the database ``name`` afresh from the dump, if the dump is current and psql is
    here; False when the caller must migrate instead."""
    if not is_current() or shutil.which("psql") is None:
        return False
    args, env = _client_env(database)

    def run(*command):
        subprocess.run(command, env=env, check=True, capture_output=True)  # nosec B603

    run("dropdb", *args, "--if-exists", name)
    run("createdb", *args, name)
    run("psql", *args, "-q", "-X", "-v", "ON_ERROR_STOP=1", "-d", name, "-f", str(DUMP))
    return True


def write() -> None:
    """Make a test database by migrating, as the suite does, and dump it to ``DUMP``."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hjo_safety.settings_test")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connections
    from django.test.utils import setup_databases

    database = settings.DATABASES["default"]
    if not database["ENGINE"].endswith("postgresql") and "postgresql" not in database["ENGINE"]:
        raise SystemExit("The dump is of PostgreSQL: set DATABASE_URL to a PostgreSQL server.")
    name = f"{database['NAME']}_dump"
    database.setdefault("TEST", {})["NAME"] = name
    setup_databases(verbosity=0, interactive=False, aliases={"default"}, serialized_aliases=set())
    connections.close_all()
    args, env = _client_env(database)
    dumped = subprocess.run(  # nosec B603
        ["pg_dump", *args, "--no-owner", "--no-privileges", "--no-comments", "-d", name],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # pg_dump names its own version and the server's: not part of what the database is.
    lines = [line for line in dumped.splitlines() if not line.startswith("-- Dumped ")]
    DUMP.write_text(
        f"{DIGEST_LINE}{migrations_digest()}\n" + "\n".join(lines) + "\n", encoding="utf-8"
    )
    subprocess.run(["dropdb", *args, "--if-exists", name], env=env, check=True)  # nosec B603
    print(f"Wrote {DUMP} ({DUMP.stat().st_size // 1024} KB).")


if __name__ == "__main__":
    write()
