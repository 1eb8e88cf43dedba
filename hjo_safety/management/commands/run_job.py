"""Run a scheduled job and record its success or failure in ``JobRun``.

The systemd timers in ``deploy/`` start every scheduled job through this command, so that the
metrics (``hjo_job_last_success_timestamp_seconds``, ``hjo_job_overdue``) and the coordinator's
start page see a job that has stopped running. Only the jobs named in ``settings.SCHEDULED_JOBS``
may be run; anything after the name is passed on to the job's command.

    manage.py run_job send_notifications
    manage.py run_job import_police_events --location Hjo

A failing job is recorded as failed and its error raised again, so the exit status is non-zero
and systemd marks the unit failed (``systemctl --failed``). The job's own command keeps its own
transactions; this one adds none around it, so a long purge does not hold one open.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from hjo_safety.models import JobRun


class Command(BaseCommand):
    help = "Kör ett schemalagt jobb och registrera när det senast lyckades."

    def add_arguments(self, parser):
        parser.add_argument("job", help="The job's name, one of settings.SCHEDULED_JOBS.")
        parser.add_argument("job_args", nargs="*", help="Arguments for the job's command.")

    def handle(self, *args, job, job_args, verbosity, **options):
        if job not in settings.SCHEDULED_JOBS:
            raise CommandError(
                f"Unknown job {job!r}; scheduled jobs: {', '.join(sorted(settings.SCHEDULED_JOBS))}."
            )
        try:
            call_command(
                job, *job_args, verbosity=verbosity, stdout=self.stdout, stderr=self.stderr
            )
        except BaseException:
            JobRun.objects.record_failure(job)
            raise
        JobRun.objects.record_success(job)
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(f"Job {job} succeeded and was recorded."))
