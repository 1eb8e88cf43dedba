"""The restore drill (docs/operations.md), as CI runs it on a small dump: ``make backup`` of the
test database, ``make restore`` of that dump into a fresh database, the app started on the copy
(``database_fingerprint``, which also checks the migrations), and the counts and the latest incident
compared. Transactional (pg_dump must see committed rows); about 10–20 s of subprocesses."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from est_incidents.models import Incident
from hjo_safety.models import Role
from tests.est_incidents.factories import IncidentFactory
from tests.hjo_safety.factories import OrganisationFactory, member

ROOT = Path(__file__).resolve().parents[2]


def database_url(name: str) -> str:
    params = connection.settings_dict
    password = f":{params['PASSWORD']}" if params.get("PASSWORD") else ""
    host = params.get("HOST") or "127.0.0.1"
    port = params.get("PORT") or 5432
    return f"postgres://{params['USER']}{password}@{host}:{port}/{name}"


def drop_database(name: str) -> None:
    with psycopg.connect(database_url("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(command: list[str], **env) -> subprocess.CompletedProcess:
    environment = {**os.environ, **env}
    result = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result


@pytest.mark.django_db(transaction=True)
def test_last_nights_dump_restores_into_a_fresh_database_with_the_same_data(tmp_path):
    organisation = OrganisationFactory(name="Återläsningsövning (test)")
    member(organisation, Role.REPORTER, username="drill_reporter")
    for _ in range(3):
        IncidentFactory(organisation=organisation)
    latest = Incident.objects.order_by("-pk").first()
    expected = StringIO()
    call_command("database_fingerprint", stdout=expected)
    expected = json.loads(expected.getvalue())
    assert expected["est_incidents.incident"] == {"count": 3, "latest_pk": latest.pk}

    source = connection.settings_dict["NAME"]
    fresh = f"{source}_restore_drill"
    drop_database(fresh)  # the last run's: kept, like the test databases (README, "Tests")
    # Last night's backup, then the drill: restore the newest dump into a fresh database.
    run(["make", "-s", "backup"], DATABASE_URL=database_url(source), BACKUP_DIR=str(tmp_path))
    assert len(list(tmp_path.glob("*.dump"))) == 1
    run(["make", "-s", "restore"], DATABASE_URL=database_url(fresh), BACKUP_DIR=str(tmp_path))

    # The app, started on the restored database: migrations up to date, the same rows.
    restored = json.loads(
        run(
            [sys.executable, "manage.py", "database_fingerprint"],
            DATABASE_URL=database_url(fresh),
        ).stdout
    )
    assert restored == expected
    assert restored["est_incidents.incident"]["latest_pk"] == latest.pk
