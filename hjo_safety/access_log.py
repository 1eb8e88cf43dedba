"""The access log: who read and exported crime-related data, and when (GDPR art. 10 and 32).

``record_access`` is what the views call: every CSV export of incidents, every incident page
read by someone outside the reporting organisation (the receiver of a share, and the coordinator
too, who reads every organisation's incidents: the data protection officer wants those reads
most of all), and every download of a frozen situation picture or of the yearly document.

``AccessLogFilterForm`` and ``build_page`` are the search page's (/personal/atkomstlogg/, for
coordinators and holders of ``hjo_safety.search_access_log``, the data protection officer).
``purge_access_log`` deletes events older than ``ACCESS_LOG_RETENTION_DAYS``.

The core composes nothing: the calling app says what was read (its model, id and a label).
"""

from datetime import timedelta

from django import forms
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from hjo_safety import permissions
from hjo_safety.dates import DateInput, DateRangeFilterMixin, local_midnight
from hjo_safety.models import AccessEvent, Membership, Organisation
from hjo_safety.security import client_ip

PAGE_SIZE = 50
SEARCH_PERMISSION = "hjo_safety.search_access_log"


def record_access(
    request,
    kind: str,
    *,
    label: str,
    obj=None,
    object_type: str = "",
    object_id: int | None = None,
    organisation_id: int | None = None,
    detail: str = "",
) -> AccessEvent:
    """Log one read or export by ``request.user``. ``obj`` (a model instance) gives the object's
    type and id; without one, ``object_type`` (and ``object_id``, if any) name what was read
    (e.g. an export, or the yearly document and its year)."""
    user = request.user
    return AccessEvent.objects.create(
        kind=kind,
        user=user,
        username=user.get_username()[:150],
        organisation_id=organisation_id,
        object_type=(obj._meta.label_lower if obj is not None else object_type)[:60],
        object_id=obj.pk if obj is not None else object_id,
        object_label=str(label)[:200],
        detail=str(detail)[:300],
        ip_address=client_ip(request),
    )


def _holds_search_permission(through: str):
    """Whether the user holds ``SEARCH_PERMISSION`` directly (``"user"``) or through one of its
    groups (``"group"``): an expression over the user row, for ``annotate_user_with``."""
    from django.contrib.auth import get_user_model

    app_label, codename = SEARCH_PERMISSION.split(".")
    user_model = get_user_model()
    if through == "user":
        rows = user_model.user_permissions.through.objects.filter(
            permission__content_type__app_label=app_label, permission__codename=codename
        )
    else:
        rows = user_model.groups.through.objects.filter(
            group__permissions__content_type__app_label=app_label,
            group__permissions__codename=codename,
        )
    return Exists(rows.filter(user_id=OuterRef("pk")))


# Read with the user on every request (``hjo_safety.auth_backends``), read by ``may_search``.
USER_ANNOTATIONS = {
    "hjo_access_log_permission": lambda: _holds_search_permission("user"),
    "hjo_access_log_group_permission": lambda: _holds_search_permission("group"),
}


def may_search(user) -> bool:
    """The coordinator and the data protection officer (the permission) search the log.

    The permission is read with the user (``USER_ANNOTATIONS``) where the authentication
    backend did (PostgreSQL); otherwise through ``user.has_perm``. Both answer the same for an
    active user, the only kind a request has (``ModelBackend.user_can_authenticate``); an
    active superuser is a coordinator."""
    if not user.is_authenticated:
        return False
    if permissions.is_coordinator(user):
        return True
    direct = getattr(user, "hjo_access_log_permission", None)
    if direct is None or not user.is_active:
        return user.has_perm(SEARCH_PERMISSION)
    return bool(direct or user.hjo_access_log_group_permission)


class AccessLogFilterForm(DateRangeFilterMixin, forms.Form):
    """The access log's filters, all optional; errors say what to change."""

    user = forms.CharField(
        label=_("Användare"),
        required=False,
        max_length=150,
        help_text=_("Användarnamnet, t.ex. polis."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.all(),
        required=False,
        empty_label=_("Alla"),
        help_text=_("Uppgifter som organisationen rapporterade, eller som dess användare läste."),
        error_messages={"invalid_choice": _("Välj en organisation i listan.")},
    )
    kind = forms.ChoiceField(
        label=_("Vad"),
        required=False,
        choices=[("", _("Alla"))] + list(AccessEvent.Kind.choices),
        error_messages={"invalid_choice": _("Välj en av händelserna i listan.")},
    )
    object_id = forms.IntegerField(
        label=_("Objekt-id"),
        required=False,
        min_value=1,
        max_value=2**62,
        help_text=_("T.ex. händelsens nummer, mötets nummer eller året."),
        error_messages={
            "invalid": _("Skriv objektets nummer med siffror, t.ex. 42."),
            "min_value": _("Skriv objektets nummer med siffror, t.ex. 42."),
            "max_value": _("Skriv objektets nummer med siffror, t.ex. 42."),
        },
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


def search(filters: dict):
    """Events passing ``filters`` (the form's cleaned, non-empty values), newest first."""
    events = AccessEvent.objects.select_related("organisation")
    if filters.get("user"):
        events = events.filter(username__iexact=filters["user"])
    if filters.get("organisation"):
        organisation = filters["organisation"]
        member = Membership.objects.filter(user=OuterRef("user"), organisation=organisation)
        events = events.filter(Q(organisation=organisation) | Q(Exists(member)))
    if filters.get("kind"):
        events = events.filter(kind=filters["kind"])
    if filters.get("object_id"):
        events = events.filter(object_id=filters["object_id"])
    if filters.get("date_from"):
        events = events.filter(created_at__gte=local_midnight(filters["date_from"]))
    if filters.get("date_to"):
        events = events.filter(
            created_at__lt=local_midnight(filters["date_to"] + timedelta(days=1))
        )
    return events.order_by("-created_at", "-pk")


def build_page(filters: dict, page_number):
    return Paginator(search(filters), PAGE_SIZE).get_page(page_number)
