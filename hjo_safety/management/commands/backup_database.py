"""Write a backup of the database with ``pg_dump`` and delete backups past their keeping time.

The same dump as ``make backup`` (custom format, no owner or privileges, restorable with
``make restore``), written to ``BACKUP_DIR`` as ``hjo-trygghet-YYYYmmdd-HHMMSS.dump``; dumps in
that directory older than ``BACKUP_KEEP_DAYS`` are deleted afterwards. The nightly timer runs it
as ``manage.py run_job backup_database`` (docs/operations.md). ``--dry-run`` only says what it
would write and delete. The password, if any, is passed to pg_dump in its environment, never on
its command line.

Attached photos and papers live outside the database. With the default local-folder storage
(``ATTACHMENTS_ROOT``) the same run writes ``hjo-trygghet-YYYYmmdd-HHMMSS-bilagor.tar.gz`` of
that folder next to the dump, expired with it; with another storage (an S3-compatible store)
the store's own versioning or replication is the backup (docs/operations.md).
"""

import os
import subprocess  # nosec B404 — pg_dump, with a fixed argument list
import tarfile
import time
from datetime import UTC, datetime

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from hjo_safety.models import attachment_storage


def attachments_folder():
    """The local folder of attached files, or None when they live in another storage."""
    storage = attachment_storage()
    return storage.location if isinstance(storage, FileSystemStorage) else None


class Command(BaseCommand):
    help = "Säkerhetskopiera databasen med pg_dump."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Write and delete nothing.")

    def handle(self, *args, dry_run, verbosity, **options):
        if connection.vendor != "postgresql":
            raise CommandError("backup_database needs PostgreSQL (DATABASE_URL).")
        directory = settings.BACKUP_DIR
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = directory / f"hjo-trygghet-{stamp}.dump"
        cutoff = time.time() - settings.BACKUP_KEEP_DAYS * 86400
        expired = (
            [
                path
                for pattern in ("hjo-trygghet-*.dump", "hjo-trygghet-*-bilagor.tar.gz")
                for path in sorted(directory.glob(pattern))
                if path.stat().st_mtime < cutoff
            ]
            if directory.exists()
            else []
        )
        if dry_run:
            self.stdout.write(f"Would write {target} and delete {len(expired)} old backups.")
            return
        directory.mkdir(parents=True, exist_ok=True)
        params = connection.settings_dict
        env = {**os.environ}
        if params.get("PASSWORD"):
            env["PGPASSWORD"] = params["PASSWORD"]
        command = [
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            f"--file={target}",
        ]
        for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
            if params.get(key):
                command.append(f"{option}={params[key]}")
        command.append(params["NAME"])
        result = subprocess.run(  # nosec B603 — a fixed program and our own settings
            command, env=env, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            target.unlink(missing_ok=True)
            raise CommandError(f"pg_dump failed ({result.returncode}): {result.stderr.strip()}")
        folder = attachments_folder()
        if folder is not None and os.path.isdir(folder):
            with tarfile.open(directory / f"hjo-trygghet-{stamp}-bilagor.tar.gz", "w:gz") as tar:
                tar.add(folder, arcname="bilagor")
        for path in expired:
            path.unlink()
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Backup written to {target}; {len(expired)} old backups deleted."
                )
            )
