"""The audit log: account events and every create, change and delete of audited data.

Two kinds of source are merged, newest first, into one paginated list:

- ``AuditEvent`` rows (log in, log out, failed logins, lockouts, two-factor events), and
- the historical table of every model with django-simple-history's ``history``. These are found
  from the app registry, so a model another app adds ``history = HistoricalRecords()`` to shows
  up here without changes to this module.

One ``UNION ALL`` query over the sources' (source, id, time) picks the page, one counts; then each
source on the page is read with one query, and each historical source with one more for the
previous versions that ``diff_against`` compares with. The query count depends on the number of
audited models, never on the amount of data.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache

from django import forms
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Value
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from hjo_safety.dates import DateInput, DateRangeFilterMixin, local_midnight
from hjo_safety.models import AuditEvent

ACCOUNT_SOURCE = "konto"
PAGE_SIZE = 50
VALUE_PREVIEW = 120

HISTORY_TYPES = {"+": _("Skapad"), "~": _("Ändrad"), "-": _("Borttagen")}


@dataclass(frozen=True)
class Source:
    key: str
    label: str  # lazy: translated when shown
    model: type[models.Model]  # AuditEvent or a historical model
    tracked: type[models.Model] | None = None  # the model whose history this is

    @property
    def date_field(self):
        return "created_at" if self.tracked is None else "history_date"

    @property
    def pk_field(self):
        return "pk" if self.tracked is None else "history_id"


def audited_models() -> list[tuple[type[models.Model], type[models.Model]]]:
    """(model, historical model) for every model with django-simple-history's ``history``."""
    result = []
    for model in apps.get_models():
        attribute = getattr(model._meta, "simple_history_manager_attribute", None)
        if attribute:
            result.append((model, getattr(model, attribute).model))
    return result


@cache
def sources() -> dict[str, Source]:
    """All sources, keyed by the value of the page's ``model`` filter."""
    found = {ACCOUNT_SOURCE: Source(ACCOUNT_SOURCE, _("Inloggningar och konton"), AuditEvent)}
    history = sorted(
        (
            Source(model._meta.label_lower, capfirst(model._meta.verbose_name_plural), hist, model)
            for model, hist in audited_models()
        ),
        key=lambda source: str(source.label),
    )
    found.update((source.key, source) for source in history)
    return found


class AuditFilterForm(DateRangeFilterMixin, forms.Form):
    """The audit page's filters. Every field is optional; errors say what to change."""

    model = forms.ChoiceField(label=_("Typ"), required=False)
    user = forms.CharField(
        label=_("Användare"),
        required=False,
        max_length=150,
        help_text=_("Användarnamnet, t.ex. strateg."),
    )
    date_from = forms.DateField(
        label=_("Från och med"),
        required=False,
        widget=DateInput(),
        error_messages={"invalid": _("Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.")},
    )
    date_to = forms.DateField(
        label=_("Till och med"),
        required=False,
        widget=DateInput(),
        error_messages={"invalid": _("Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-31.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["model"].choices = [("", _("Alla"))] + [
            (source.key, source.label) for source in sources().values()
        ]


@dataclass
class Change:
    field: str
    old: str
    new: str


@dataclass
class Entry:
    when: datetime
    action: str
    type_label: str
    object_label: str
    actor: str
    ip_address: str | None = None
    detail: str = ""
    history_url: str | None = None
    changes: list[Change] = field(default_factory=list)


def _keys(source: Source, filters: dict):
    """The (source, id, time) of the source's rows that pass the filters, as a values query."""
    queryset = source.model._default_manager.order_by()
    if filters.get("date_from"):
        queryset = queryset.filter(
            **{f"{source.date_field}__gte": local_midnight(filters["date_from"])}
        )
    if filters.get("date_to"):
        end = local_midnight(filters["date_to"] + timedelta(days=1))
        queryset = queryset.filter(**{f"{source.date_field}__lt": end})
    if filters.get("user"):
        username = filters["user"]
        if source.tracked is None:
            queryset = queryset.filter(
                Q(username__iexact=username) | Q(user__username__iexact=username)
            )
        else:
            users = get_user_model().objects.filter(username__iexact=username).values("pk")
            queryset = queryset.filter(history_user_id__in=Subquery(users))
    return queryset.annotate(
        a_source=Value(source.key, output_field=models.CharField()),
        a_pk=F(source.pk_field),
        a_date=F(source.date_field),
    ).values_list("a_source", "a_pk", "a_date")


def entries_query(filters: dict):
    """One UNION ALL over the selected sources, newest first."""
    selected = [
        source
        for key, source in sources().items()
        if not filters.get("model") or filters["model"] == key
    ]
    first, *rest = [_keys(source, filters) for source in selected]
    combined = first.union(*rest, all=True) if rest else first
    return combined.order_by("-a_date", "a_source", "-a_pk")


def display_value(model_field, value):
    """A changed value as the user knows it: a choice's Swedish label, not its stored code."""
    if model_field.choices and value not in (None, ""):
        return dict(model_field.flatchoices).get(value, value)
    if isinstance(model_field, models.BooleanField) and value is not None:
        return _("Ja") if value else _("Nej")
    return value


def _short(value) -> str:
    text = "–" if value in (None, "") else str(value)
    return text if len(text) <= VALUE_PREVIEW else text[: VALUE_PREVIEW - 1] + "…"


def _history_url(source: Source, object_id) -> str | None:
    meta = source.tracked._meta
    try:
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_history", args=[object_id])
    except NoReverseMatch:
        return None


def _account_entries(ids) -> dict:
    events = AuditEvent.objects.filter(pk__in=ids).select_related("user")
    label = sources()[ACCOUNT_SOURCE].label
    return {
        event.pk: Entry(
            when=event.created_at,
            action=event.get_kind_display(),
            type_label=label,
            object_label=event.username or "–",
            actor=event.user.get_username() if event.user else (event.username or "–"),
            ip_address=event.ip_address,
            detail=event.detail,
        )
        for event in events
    }


def _history_entries(source: Source, ids) -> dict:
    historical = source.model
    previous = (
        historical.objects.filter(id=OuterRef("id"), history_date__lt=OuterRef("history_date"))
        .order_by("-history_date", "-history_id")
        .values("history_id")[:1]
    )
    records = list(
        historical.objects.filter(history_id__in=ids)
        .select_related("history_user")
        .annotate(previous_history_id=Subquery(previous))
    )
    previous_ids = [r.previous_history_id for r in records if r.previous_history_id]
    previous_records = (
        {r.history_id: r for r in historical.objects.filter(history_id__in=previous_ids)}
        if previous_ids
        else {}
    )
    verbose_name = capfirst(str(source.tracked._meta.verbose_name))
    result = {}
    for record in records:
        changes = []
        old = previous_records.get(record.previous_history_id)
        if record.history_type == "~" and old is not None:
            delta = record.diff_against(old)
            for change in sorted(delta.changes, key=lambda c: c.field):
                model_field = historical._meta.get_field(change.field)
                label = capfirst(str(model_field.verbose_name))
                changes.append(
                    Change(
                        label,
                        _short(display_value(model_field, change.old)),
                        _short(display_value(model_field, change.new)),
                    )
                )
        result[record.history_id] = Entry(
            when=record.history_date,
            action=str(HISTORY_TYPES.get(record.history_type, record.history_type)),
            type_label=source.label,
            object_label=f"{verbose_name} #{record.id}",
            actor=record.history_user.get_username() if record.history_user else _("systemet"),
            history_url=_history_url(source, record.id),
            detail=record.history_change_reason or "",
            changes=changes,
        )
    return result


def build_page(filters: dict, page_number):
    """The page of entries for the filters: a Paginator page whose ``entries`` are ``Entry``s."""
    page = Paginator(entries_query(filters), PAGE_SIZE).get_page(page_number)
    keys = list(page.object_list)
    by_source = defaultdict(list)
    for key, pk, _when in keys:
        by_source[key].append(pk)
    loaded = {}
    for key, ids in by_source.items():
        source = sources()[key]
        found = _account_entries(ids) if source.tracked is None else _history_entries(source, ids)
        loaded.update({(key, pk): entry for pk, entry in found.items()})
    page.entries = [loaded[(key, pk)] for key, pk, _when in keys if (key, pk) in loaded]
    return page
