"""Delete the sign-ups for a digital safety walk once the walk is done (issue 26, point 3).

A citizen's name and e-mail address for a campaign's walk are kept until the walk is done: the
day after the campaign's walk date (or, when a safety walk was made from the campaign, its
date). The nightly timer runs it as ``manage.py run_job purge_walk_signups``
(docs/operations.md). It is idempotent; ``--dry-run`` only says how many would go.
"""

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from est_measures.models import WalkSignup

# The columns this retention rule empties (portal.personal_data_inventory names them).
PURGED_COLUMNS = frozenset(["est_measures_walksignup.name", "est_measures_walksignup.email"])


def done_signups(today=None):
    today = today or timezone.localdate()
    return WalkSignup.objects.filter(
        Q(campaign__walk_date__lt=today) | Q(campaign__walk__date__lt=today)
    )


class Command(BaseCommand):
    help = "Ta bort anmälningar till trygghetsvandringar som redan är gjorda."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        signups = done_signups()
        if dry_run:
            count = signups.count()
        else:
            count, _per_model = signups.delete()
        if verbosity >= 1:
            verb = "would be deleted" if dry_run else "deleted"
            self.stdout.write(f"{count} walk sign-up(s) {verb}.")
