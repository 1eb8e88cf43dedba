"""Redact the free text of incidents registered longer ago than the retention period.

Incident descriptions, place descriptions and handling notes may hold personal data about
crime and insecurity (GDPR art. 10). Past the retention period (``--older-than``, default
``INCIDENT_TEXT_RETENTION_MONTHS`` months, counted from when the incident was registered) this
command replaces that text, in the incidents and in every version of them in ``Incident.history``,
so that it is gone from the audit trail too; the same for the notes that went with the incident
when it was shared (``IncidentShare.note``, ``ShareHandlingNote.text`` and their versions). Mail
keeps no copy (the outbox composes its text when it sends, docs/notifications.md). Category, time, place, coordinates, status and
organisation stay: the statistics and the situation picture are unchanged.

    manage.py purge_incident_text                     # the configured period (24 months)
    manage.py purge_incident_text --older-than 24m    # months ...
    manage.py purge_incident_text --older-than 400d   # ... or days
    manage.py purge_incident_text --dry-run -v 2      # what would change, with ids

Run it nightly (see docs/security.md for cron and systemd timers). It is idempotent: already
redacted rows are not touched again. The versions are redacted with
``hjo_safety.redaction.redact_history``, the same operation that removes corrected text.
"""

import calendar
import re
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from est_incidents.models import Incident, IncidentShare, ShareHandlingNote
from hjo_safety.redaction import RETENTION_MARKER, redact_history

REDACTED_TEXT = RETENTION_MARKER
REDACTED_FIELDS = {"description": REDACTED_TEXT, "place_description": "", "handling_note": ""}
# Every column this retention rule empties (portal.personal_data_inventory names it);
# each with its versions in the model's history table.
PURGED_COLUMNS = frozenset(
    [f"est_incidents_incident.{name}" for name in REDACTED_FIELDS]
    + ["est_incidents_incidentshare.note", "est_incidents_sharehandlingnote.text"]
    + ["django_admin_log.object_repr"]  # of the notes, which it names by their text
)
AGE = re.compile(r"^\s*(\d{1,4})\s*([md]?)\s*$", re.IGNORECASE)


def parse_age(value: str) -> tuple[int, str]:
    """``"24m"`` → (24, "m"); ``"730d"`` → (730, "d"); a bare number means months."""
    match = AGE.match(value or "")
    if not match:
        raise CommandError(
            f"--older-than {value!r}: ange antal månader eller dagar, t.ex. 24m eller 730d."
        )
    amount, unit = int(match.group(1)), (match.group(2) or "m").lower()
    if amount < 1:
        raise CommandError("--older-than måste vara minst 1 (månad eller dag).")
    return amount, unit


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped to the month's end)."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def cutoff_for(amount: int, unit: str, now: datetime | None = None) -> datetime:
    now = now or timezone.now()
    if unit == "d":
        return now - timedelta(days=amount)
    return months_before(now, amount)


def unredacted(queryset, cutoff):
    already = Q(**REDACTED_FIELDS)
    return queryset.filter(created_at__lt=cutoff).exclude(already)


def purge_share_notes(cutoff) -> int:
    """Empty the share notes of incidents registered before ``cutoff``, and every version of
    them (also of shares and notes deleted since). Returns the rows changed."""
    old = Incident.history.filter(created_at__lt=cutoff).values("id")
    share_ids = IncidentShare.history.filter(incident_id__in=old).values("id")
    rows = 0
    for model, fields, owner in (
        (IncidentShare, {"note": ""}, {"id__in": share_ids}),
        (ShareHandlingNote, {"text": REDACTED_TEXT}, {"share_id__in": share_ids}),
    ):
        rows += model.objects.filter(**owner).exclude(**fields).update(**fields)
        rows += redact_history(model.history.filter(**owner), fields)
    # The admin's change log names a note by its text (``str(note)``).
    note_ids = ShareHandlingNote.history.filter(share_id__in=share_ids).values_list("id", flat=True)
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ShareHandlingNote),
        object_id__in=[str(pk) for pk in note_ids],
    ).exclude(object_repr=REDACTED_TEXT).update(object_repr=REDACTED_TEXT)
    return rows


class Command(BaseCommand):
    help = (
        "Gallra fritext (beskrivning, platsbeskrivning, hantering) i händelser och deras "
        "historik äldre än lagringstiden. Kategori, tid, plats och organisation behålls."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            default=f"{settings.INCIDENT_TEXT_RETENTION_MONTHS}m",
            help="Lagringstid: antal månader (24m) eller dagar (730d). "
            "Standard: INCIDENT_TEXT_RETENTION_MONTHS.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Visa vad som skulle gallras utan att ändra något.",
        )

    def handle(self, *args, older_than, dry_run, verbosity, **options):
        amount, unit = parse_age(older_than)
        cutoff = cutoff_for(amount, unit)
        with transaction.atomic():
            incidents = unredacted(Incident.objects.all(), cutoff)
            versions = unredacted(Incident.history.all(), cutoff)
            if verbosity >= 2:
                ids = list(incidents.order_by("pk").values_list("pk", flat=True))
                self.stdout.write(f"Händelser: {', '.join(map(str, ids)) or '–'}")
            share_count = 0
            if dry_run:
                incident_count, version_count = incidents.count(), versions.count()
            else:
                incident_count = incidents.update(**REDACTED_FIELDS)
                version_count = redact_history(versions, REDACTED_FIELDS)
                share_count = purge_share_notes(cutoff)
        when = timezone.localtime(cutoff).strftime("%Y-%m-%d %H:%M")
        if dry_run:
            message = (
                f"Provkörning: {incident_count} händelser och {version_count} historikrader "
                f"registrerade före {when} skulle gallras. Inget ändrades."
            )
        else:
            message = (
                f"Gallrade fritext i {incident_count} händelser och {version_count} "
                f"historikrader registrerade före {when}."
            )
            if share_count:
                message += f" Delningsanteckningar och deras versioner: {share_count} rader."
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(message))
