"""Clear the free text and e-mail address of citizens' tips older than the retention period.

A tip's text and place description may hold personal data a citizen typed despite the guard;
its e-mail address is personal data by definition. Past the retention period (``--older-than``,
default ``TIP_TEXT_RETENTION_MONTHS`` months, counted from when the tip came in) this command
clears them in the tips and in every version of them in ``CitizenTip.history`` (which never holds
the address). The answer to the citizen is cleared too, the kind, time of day, place, point and
state stay, so the tip still counts. Closed tips whose address is still stored (an answer mail
that has since gone out) lose the address whatever their age.

    manage.py purge_citizen_tips                   # the configured period (12 months)
    manage.py purge_citizen_tips --older-than 6m   # months ...
    manage.py purge_citizen_tips --older-than 90d  # ... or days
    manage.py purge_citizen_tips --dry-run -v 2    # what would change, with ids

Run it nightly with ``purge_incident_text`` (docs/tips.md). It is idempotent.
"""

import calendar
import re
from datetime import datetime, timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from citizen_tips.models import CitizenTip

CLEARED = {
    "text": "",
    "place_description": "",
    "answer": "",
    "rejection_reason": "",
    "forward_note": "",
    "closing_note": "",
}


# Every column this retention rule empties (portal.personal_data_inventory names it), with
# their versions; the address too (closed tips lose it whatever their age).
PURGED_COLUMNS = frozenset(
    [f"citizen_tips_citizentip.{name}" for name in CLEARED] + ["citizen_tips_citizentip.email"]
)
AGE = re.compile(r"^\s*(\d{1,4})\s*([md]?)\s*$", re.IGNORECASE)


def cutoff_for(value: str, now: datetime) -> datetime:
    """``"12m"`` → the same moment 12 calendar months ago; ``"90d"`` → 90 days ago."""
    match = AGE.match(value or "")
    if not match or int(match.group(1)) < 1:
        raise CommandError(
            f"--older-than {value!r}: ange antal månader eller dagar (minst 1), t.ex. 12m eller 365d."
        )
    amount, unit = int(match.group(1)), (match.group(2) or "m").lower()
    if unit == "d":
        return now - timedelta(days=amount)
    year, month = divmod(now.year * 12 + now.month - 1 - amount, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])
    return now.replace(year=year, month=month + 1, day=day)


def unpurged(queryset, cutoff):
    already = Q(**CLEARED)
    return queryset.filter(created_at__lt=cutoff).exclude(already)


class Command(BaseCommand):
    help = (
        "Gallra fritext och e-postadress i medborgartips äldre än lagringstiden, även i "
        "historiken. Typ, tid på dygnet, plats och status behålls."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            default=f"{settings.TIP_TEXT_RETENTION_MONTHS}m",
            help="Lagringstid: antal månader (12m) eller dagar (365d). "
            "Standard: TIP_TEXT_RETENTION_MONTHS.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Visa vad som skulle gallras utan att ändra."
        )

    def handle(self, *args, older_than, dry_run, verbosity, **options):
        now = timezone.now()
        cutoff = cutoff_for(older_than, now)
        with transaction.atomic():
            old_tips = CitizenTip.objects.filter(created_at__lt=cutoff).filter(
                ~Q(**CLEARED) | ~Q(email="")
            )
            versions = unpurged(CitizenTip.history.all(), cutoff)
            closed_with_address = (
                CitizenTip.objects.closed()
                .filter(created_at__gte=cutoff)
                .exclude(email="")
                .filter(Q(answer="") | Q(answer_mailed_at__isnull=False))
            )
            if verbosity >= 2:
                ids = list(old_tips.order_by("pk").values_list("pk", flat=True))
                self.stdout.write(f"Tips: {', '.join(map(str, ids)) or '–'}")
            if dry_run:
                tip_count, version_count = old_tips.count(), versions.count()
                address_count = closed_with_address.count()
            else:
                tip_count = old_tips.update(**CLEARED, email="", text_purged_at=now)
                version_count = versions.update(**CLEARED, text_purged_at=now)
                address_count = closed_with_address.update(email="")
        when = timezone.localtime(cutoff).strftime("%Y-%m-%d %H:%M")
        if dry_run:
            message = (
                f"Provkörning: {tip_count} tips och {version_count} historikrader från före "
                f"{when}, och {address_count} e-postadresser i avslutade tips, skulle gallras. "
                "Inget ändrades."
            )
        else:
            message = (
                f"Gallrade {tip_count} tips och {version_count} historikrader från före {when}, "
                f"och {address_count} e-postadresser i avslutade tips."
            )
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(message))
