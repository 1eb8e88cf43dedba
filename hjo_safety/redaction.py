"""Remove free text from django-simple-history's versions: one mechanism for three paths.

A correction must remove what it corrects (GDPR art. 5(1)(d) and 17): when someone corrects a
text to take out a name, the earlier versions of that text must not stay readable in the change
history, the admin's history or the audit log. The history keeps who changed what and when; the
removed words are replaced by a marker that says when and by whom.

- ``redact_history(history, replacements)`` is the one queryset operation: it replaces free-text
  fields in historical rows (skipping rows that already hold the replacement). The retention
  purge (``purge_incident_text``) and the two functions below use it.
- ``redact_replaced_text(instance, fields, acting_user=...)``: after a correction (portal form
  or admin), every earlier version of the changed fields that differs from the new text.
- ``redact_version(record, acting_user=...)``: one history entry, on explicit request.

A correction also rewrites the copies of the text kept elsewhere: the admin's change log
(``LogEntry.object_repr``, a copy of ``str(obj)``) and whatever an app registers with
``register_copy`` (the frozen situation pictures copy EST actions). Mail keeps no copy: the
outbox composes its text when it sends. The personal-data inventory (docs/security.md) lists every
column that may hold free text and what removes it.

Corrections and explicit redactions are written to the audit log (``AuditEvent`` of kind
``redacted``) with what was redacted, never the text itself.
"""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from hjo_safety.guarded_forms import STRICT, is_free_text, mode_for
from hjo_safety.models import AuditEvent

# Stored in the data: Swedish literals, not translated per request.
RETENTION_MARKER = "[Texten är gallrad enligt lagringstiden.]"
CORRECTION_PREFIX = "[borttaget vid rättelse"
EXPLICIT_PREFIX = "[borttaget ur historiken"
REDACTED_PREFIXES = (RETENTION_MARKER, CORRECTION_PREFIX, EXPLICIT_PREFIX)


def _who(user) -> str:
    if user is None:
        return "systemet"
    return user.get_full_name() or user.get_username()


def correction_marker(acting_user, when=None) -> str:
    day = timezone.localdate(when or timezone.now())
    return f"{CORRECTION_PREFIX} {day:%Y-%m-%d} av {_who(acting_user)}]"


def explicit_marker(acting_user, when=None) -> str:
    day = timezone.localdate(when or timezone.now())
    return f"{EXPLICIT_PREFIX} {day:%Y-%m-%d} av {_who(acting_user)}]"


# "app_label.Model" -> functions(instance) that rewrite an app's copies of the instance's text
# to its corrected text. Apps register theirs in ``AppConfig.ready`` (the core knows none).
_COPIES: dict[str, list] = {}


def register_copy(model_label: str, function) -> None:
    _COPIES.setdefault(model_label, []).append(function)


def rewrite_copies(instance) -> None:
    """Give every copy of ``instance``'s text its current text (after a correction)."""
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
    ).exclude(object_repr=str(instance)[:200]).update(object_repr=str(instance)[:200])
    for function in _COPIES.get(type(instance)._meta.label, []):
        function(instance)


def _fit(model, name, text):
    max_length = model._meta.get_field(name).max_length
    return text[:max_length] if max_length else text


def free_text_fields(model) -> list[str]:
    """The names of a model's free-text fields (``hjo_safety.guarded_forms.is_free_text``)."""
    return [f.name for f in model._meta.concrete_fields if is_free_text(f)]


def redact_history(history, replacements: dict[str, str]) -> int:
    """Replace fields of the historical rows in ``history`` (a queryset of a historical model).

    ``replacements`` maps field names to their new text. Rows that already hold all the
    replacements are left alone (idempotent). Returns the number of rows changed.
    """
    already = Q(**replacements)
    return history.exclude(already).update(**replacements)


def _not_redacted(name):
    condition = Q(**{name: ""})
    for prefix in REDACTED_PREFIXES:
        condition |= Q(**{f"{name}__startswith": prefix})
    return ~condition


def _record(kind_detail, *, acting_user, request):
    AuditEvent.objects.record(
        AuditEvent.Kind.REDACTED, request=request, user=acting_user, detail=kind_detail
    )


def _describe(model, pk, names, rows):
    labels = ", ".join(str(model._meta.get_field(n).verbose_name) for n in names)
    return f"{model._meta.verbose_name} {pk}: {labels} ({rows} versioner)"


def redact_replaced_text(instance, fields, *, acting_user, request=None) -> int:
    """After a correction of ``fields`` of ``instance``: redact their earlier versions.

    Only free-text fields count; every historical row whose text differs from the corrected text
    (and is not empty or already redacted) gets the correction marker. Returns the rows changed.
    """
    model = type(instance)
    history_manager = getattr(instance, "history", None)
    names = [n for n in fields if n in free_text_fields(model)]
    if not names or mode_for(model) != STRICT:
        # The council's and the promises' texts are public records about office holders: their
        # versions are kept (the guard keeps private persons' data out of them).
        return 0
    rewrite_copies(instance)
    if history_manager is None:
        return 0
    marker = correction_marker(acting_user)
    changed_rows = 0
    with transaction.atomic():
        for name in names:
            current = getattr(instance, name)
            rows = history_manager.exclude(**{name: current}).filter(_not_redacted(name))
            changed_rows += redact_history(rows, {name: _fit(model, name, marker)})
        if changed_rows:
            _record(
                "Rättelse: " + _describe(model, instance.pk, names, changed_rows),
                acting_user=acting_user,
                request=request,
            )
    return changed_rows


class NothingToRedact(Exception):
    """The version holds no text that differs from the object's current text."""


def redactable_fields(record, instance) -> list[str]:
    """Free-text fields of history ``record`` that differ from ``instance`` and hold text."""
    names = []
    for name in free_text_fields(type(instance)):
        old = getattr(record, name)
        if old and old != getattr(instance, name) and not old.startswith(REDACTED_PREFIXES):
            names.append(name)
    return names


def redact_version(record, instance, *, acting_user, request=None) -> list[str]:
    """Redact one history entry's free text (fields that differ from the current text).

    Raises ``NothingToRedact`` when there is none. Returns the redacted field names.
    """
    model = type(instance)
    names = redactable_fields(record, instance)
    if not names:
        raise NothingToRedact
    marker = explicit_marker(acting_user)
    with transaction.atomic():
        rows = type(record).objects.filter(history_id=record.history_id)
        redact_history(rows, {name: _fit(model, name, marker) for name in names})
        _record(
            f"Version {record.history_id} av " + _describe(model, instance.pk, names, 1),
            acting_user=acting_user,
            request=request,
        )
    return names
