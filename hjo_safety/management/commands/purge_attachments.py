"""Delete attached photos and papers past their retention, and what nothing refers to any more.

Three sweeps, each idempotent:

1. **Retention**: for each registered target with a retention rule (``hjo_safety.attachments``:
   incidents' photos after ``INCIDENT_TEXT_RETENTION_MONTHS``, tips' photos after
   ``TIP_TEXT_RETENTION_MONTHS``, counted from the object's registration, as the text purges
   count), the attachments of objects older than that go, row and file.
2. **Orphans**: attachments whose object was deleted (the link is generic, so the database
   cannot cascade).
3. **Stray files**: files in the storage that no row names (an upload whose save failed, a
   delete whose file removal failed). Only files older than a day, so an upload in flight is
   left alone.

    manage.py purge_attachments
    manage.py purge_attachments --dry-run -v 2

The nightly timer runs it as ``manage.py run_job purge_attachments`` (docs/operations.md).
"""

import calendar
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.utils import timezone

from hjo_safety import attachments
from hjo_safety.models import Attachment, attachment_storage

STRAY_GRACE = timedelta(days=1)
# The inventory's retention rule (portal/personal_data_inventory.py) names what this empties.
PURGED_COLUMNS = {"hjo_safety_attachment.file"}


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (clamped to the month's end)."""
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def expired(now: datetime):
    """Attachments past their target's retention."""
    found = Attachment.objects.none()
    for target in attachments.targets():
        if target.retention is None:
            continue
        setting, field = target.retention
        cutoff = months_before(now, getattr(settings, setting))
        old = target.model._default_manager.filter(**{f"{field}__lt": cutoff}).values("pk")
        found |= Attachment.objects.filter(
            content_type=ContentType.objects.get_for_model(target.model), object_id__in=old
        )
    return found


def orphans():
    """Attachments whose object no longer exists."""
    found = Attachment.objects.none()
    for target in attachments.targets():
        found |= Attachment.objects.filter(
            content_type=ContentType.objects.get_for_model(target.model)
        ).exclude(object_id__in=target.model._default_manager.values("pk"))
    return found


def stored_files(storage, directory=""):
    directories, files = storage.listdir(directory)
    for name in files:
        yield f"{directory}/{name}" if directory else name
    for sub in directories:
        yield from stored_files(storage, f"{directory}/{sub}" if directory else sub)


def stray_files(now: datetime) -> list[str]:
    """Stored files no row names, older than ``STRAY_GRACE``."""
    storage = attachment_storage()
    try:
        names = list(stored_files(storage))
    except FileNotFoundError:  # nothing uploaded yet
        return []
    known = set(Attachment.objects.filter(file__in=names).values_list("file", flat=True))
    stray = []
    for name in names:
        if name in known:
            continue
        try:
            modified = storage.get_modified_time(name)
        except (NotImplementedError, OSError):
            modified = None
        if modified is None or modified < now - STRAY_GRACE:
            stray.append(name)
    return stray


class Command(BaseCommand):
    help = "Tar bort bilagor (bilder och handlingar) efter lagringstiden och filer utan post."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Visa bara vad som skulle tas bort."
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        now = timezone.now()
        doomed = list((expired(now) | orphans()).distinct())
        stray = stray_files(now)
        if verbosity >= 2:
            for attachment in doomed:
                self.stdout.write(f"  {attachment.file.name}")
            for name in stray:
                self.stdout.write(f"  {name} (ingen post)")
        if dry_run:
            self.stdout.write(
                f"Skulle ta bort {len(doomed)} bilagor och {len(stray)} filer utan post."
            )
            return
        for attachment in doomed:
            attachments.delete_attachment(attachment=attachment)
        storage = attachment_storage()
        for name in stray:
            storage.delete(name)
        self.stdout.write(
            self.style.SUCCESS(f"Tog bort {len(doomed)} bilagor och {len(stray)} filer utan post.")
        )
