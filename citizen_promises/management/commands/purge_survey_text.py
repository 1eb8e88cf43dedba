"""Clear the free text of safety-survey answers once the survey closed long enough ago.

An answer is anonymous, but its short free text ("something else that would help") may hold
what a respondent typed despite the guard. ``SURVEY_TEXT_RETENTION_MONTHS`` months (default 12)
after a survey's last answering day, this command empties that text; the chosen area, level of
safety, avoided places and suggestions stay, so the results do not change.

    manage.py purge_survey_text             # the configured period
    manage.py purge_survey_text --dry-run   # how many would be cleared

Run it nightly with the other purges (docs/survey.md). It is idempotent.
"""

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from citizen_promises.models import SurveyResponse

# Every column this retention rule empties (portal.personal_data_inventory names it).
PURGED_COLUMNS = frozenset(["citizen_promises_surveyresponse.help_other"])


def due(today=None):
    """Answers with free text whose survey closed more than the retention period ago."""
    today = today or timezone.localdate()
    cutoff = today - relativedelta(months=settings.SURVEY_TEXT_RETENTION_MONTHS)
    return SurveyResponse.objects.filter(survey__closes_on__lt=cutoff).exclude(help_other="")


class Command(BaseCommand):
    help = (
        "Gallra fritexten i trygghetsmätningarnas svar när lagringstiden efter stängning gått ut."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Visa bara antalet.")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        with transaction.atomic():
            answers = due()
            if dry_run:
                count = answers.count()
            else:
                count = answers.update(help_other="")
        if verbosity:
            verb = "skulle rensas" if dry_run else "rensades"
            self.stdout.write(self.style.SUCCESS(f"Fritext i {count} enkätsvar {verb}."))
