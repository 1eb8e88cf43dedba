"""Scheduled jobs: ``run_job`` records each job's success or failure (JobRun); the deploy/ timers
start every job in SCHEDULED_JOBS; the coordinator's start page warns of a job that stopped."""

import configparser
import re
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command, get_commands
from django.core.management.base import CommandError
from django.utils import timezone

from hjo_safety.models import JobRun

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
START = "/personal/"
WARNING = "Schemalagda jobb som inte körts"
TIMER_HOURS = {"hjo-job-hourly": 1, "hjo-job-nightly": 24}


def test_run_job_records_a_success(settings):
    settings.SCHEDULED_JOBS = {"clearsessions": 50}
    before = timezone.now()
    call_command("run_job", "clearsessions", stdout=StringIO())
    job = JobRun.objects.get(name="clearsessions")
    assert job.last_success >= before and job.last_failure is None


def test_run_job_records_a_failure_and_fails_itself(settings):
    settings.SCHEDULED_JOBS = {"import_police_events": 3}
    with pytest.raises(CommandError, match="Kan inte läsa"):
        call_command(
            "run_job",
            "import_police_events",
            "--",
            "--file",
            "/nonexistent/events.json",
            stdout=StringIO(),
        )
    job = JobRun.objects.get(name="import_police_events")
    assert job.last_failure is not None and job.last_success is None


def test_run_job_refuses_a_job_that_is_not_scheduled():
    with pytest.raises(CommandError, match="Unknown job"):
        call_command("run_job", "flush")
    assert not JobRun.objects.exists()


def test_every_scheduled_job_is_a_command_with_a_timer_that_runs_it_in_time():
    from django.conf import settings

    commands = get_commands()
    operations = (ROOT / "docs" / "operations.md").read_text()
    for name, allowed_hours in settings.SCHEDULED_JOBS.items():
        assert name in commands, f"{name} is not a management command"
        timers = re.findall(rf"(hjo-job-\w+)@{name}\.timer", operations)
        assert timers, f"docs/operations.md enables no timer for {name}"
        for timer in timers:
            assert (DEPLOY / f"{timer}@.timer").exists()
            assert TIMER_HOURS[timer] < allowed_hours, f"{name} would always look overdue"


@pytest.mark.parametrize(
    "unit",
    sorted(p.name for p in DEPLOY.glob("*.service"))
    + sorted(p.name for p in DEPLOY.glob("*.timer")),
)
def test_the_unit_files_parse_and_name_what_they_start(unit):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.read(DEPLOY / unit)
    assert "Unit" in parser and parser["Unit"].get("Description")
    if unit.endswith(".timer"):
        assert parser["Timer"]["Unit"] == "hjo-job@%i.service"
        assert parser["Timer"]["Persistent"] == "true"
    else:
        assert parser["Service"]["EnvironmentFile"] == "/etc/hjo-trygghet/env"
        assert parser["Service"]["ExecStart"].startswith("/srv/hjo-trygghet/.venv/bin/")


def test_backup_database_writes_a_restorable_dump(settings, tmp_path):
    settings.BACKUP_DIR = tmp_path
    settings.SCHEDULED_JOBS = {"backup_database": 26}
    old = tmp_path / "hjo-trygghet-20000101-000000.dump"
    old.write_bytes(b"old")
    import os

    os.utime(old, (0, 0))
    call_command("run_job", "backup_database", stdout=StringIO())
    dumps = list(tmp_path.glob("hjo-trygghet-*.dump"))
    assert len(dumps) == 1 and dumps[0] != old
    assert dumps[0].read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert JobRun.objects.get(name="backup_database").last_success is not None


# --- The coordinator's start page --------------------------------------------------------------


def test_the_coordinator_is_warned_of_an_overdue_job_and_only_of_that(
    client_for, coordinator, settings
):
    settings.SCHEDULED_JOBS = {"send_notifications": 3, "backup_database": 26, "clearsessions": 50}
    now = timezone.now()
    JobRun.objects.record_success("send_notifications", at=now - timedelta(hours=1))
    JobRun.objects.record_success("backup_database", at=now - timedelta(hours=30))
    page = client_for(coordinator).get(START).content.decode()
    assert WARNING in page
    warning = page[page.index(WARNING) : page.index("</section>", page.index(WARNING))]
    assert "backup_database" in warning
    assert "send_notifications" not in warning
    assert "clearsessions" not in warning  # never run here: a fresh install is not an alarm


def test_no_warning_when_every_job_is_on_time_or_for_other_roles(
    client_for, coordinator, reporter_a, settings
):
    settings.SCHEDULED_JOBS = {"backup_database": 26}
    JobRun.objects.record_success("backup_database", at=timezone.now() - timedelta(hours=1))
    assert WARNING not in client_for(coordinator).get(START).content.decode()
    JobRun.objects.record_success("backup_database", at=timezone.now() - timedelta(days=3))
    assert WARNING not in client_for(reporter_a).get(START).content.decode()
    assert WARNING in client_for(coordinator).get(START).content.decode()
