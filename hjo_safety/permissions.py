"""The one place that answers "what may this user see and do".

Everything builds on memberships: a user belongs to organisations with a role. Views, the admin,
exports and feeds all start their queries from ``<Model>.objects.visible_to(user)``, and those
querysets ask this module. Another organisation's object is a 404, never a 403.

The membership facts of a user are read once per request and cached on the user object.
"""

from dataclasses import dataclass, field

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404

from hjo_safety.admin_inputs import SafeDateHierarchyMixin
from hjo_safety.models import Membership, Role


@dataclass(frozen=True)
class Access:
    coordinator: bool = False
    organisation_ids: frozenset[int] = field(default_factory=frozenset)
    admin_organisation_ids: frozenset[int] = field(default_factory=frozenset)

    @property
    def is_member(self) -> bool:
        return self.coordinator or bool(self.organisation_ids)


NO_ACCESS = Access()


def access(user) -> Access:
    """The user's memberships, read once and cached on the user object."""
    if user is None or not user.is_authenticated or not user.is_active:
        return NO_ACCESS
    cached = getattr(user, "_hjo_access", None)
    if cached is not None:
        return cached
    rows = list(Membership.objects.filter(user=user).values_list("organisation_id", "role"))
    return remember(user, rows)


def remember(user, rows) -> Access:
    """Cache the access of ``user`` from its memberships' ``(organisation_id, role)`` rows
    (``hjo_safety.auth_backends`` reads them with the user, in one query)."""
    result = Access(
        coordinator=user.is_superuser or any(role == Role.COORDINATOR for _, role in rows),
        organisation_ids=frozenset(org for org, _ in rows),
        admin_organisation_ids=frozenset(
            org for org, role in rows if role in (Role.ORG_ADMIN, Role.COORDINATOR)
        ),
    )
    user._hjo_access = result
    return result


def forget(user) -> None:
    """Drop the cached access, e.g. after memberships changed within one request."""
    if hasattr(user, "_hjo_access"):
        del user._hjo_access


def is_coordinator(user) -> bool:
    return access(user).coordinator


def is_member(user) -> bool:
    return access(user).is_member


def is_org_admin(user) -> bool:
    return bool(access(user).admin_organisation_ids)


def organisation_ids(user) -> frozenset[int]:
    return access(user).organisation_ids


def admin_organisation_ids(user) -> frozenset[int]:
    return access(user).admin_organisation_ids


def can_use_admin(user) -> bool:
    """Coordinators and organisation admins use the admin; reporters and citizens do not."""
    return is_coordinator(user) or is_org_admin(user)


def scope_to_organisations(queryset: QuerySet, user, field_name: str = "organisation") -> QuerySet:
    """Limit a queryset to the user's organisations (through ``field_name``); all for coordinators."""
    info = access(user)
    if info.coordinator:
        return queryset
    if not info.organisation_ids:
        return queryset.none()
    return queryset.filter(**{f"{field_name}__in": info.organisation_ids})


def get_visible_or_404(queryset: QuerySet, user, **lookup):
    """Fetch one object through ``visible_to(user)``; anything else is a 404."""
    try:
        return queryset.visible_to(user).get(**lookup)
    except queryset.model.DoesNotExist as exc:
        raise Http404 from exc


class ScopedHistoryMixin:
    """History pages limited to the objects the admin's own queryset shows.

    django-simple-history's ``history_view`` and ``history_form_view`` read historical rows by
    id without ``get_queryset`` (and show the history of deleted objects), so another
    organisation's object would be readable there. With this mixin they answer like the change
    page: an object outside the user's scope "does not exist". Coordinators also see deleted
    objects' history. Put it before ``SimpleHistoryAdmin`` in the bases (the admin bases below
    include it).
    """

    def _out_of_scope(self, request, object_id):
        missing = self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        try:  # simple-history filters by the raw id: "abc" for an integer key would be a 500
            self.model._meta.pk.to_python(unquote(object_id))
        except (ValidationError, ValueError):
            return missing
        if is_coordinator(request.user):
            return None
        if self.get_object(request, unquote(object_id)) is None:
            return missing
        return None

    def history_view(self, request, object_id, extra_context=None):
        return self._out_of_scope(request, object_id) or super().history_view(
            request, object_id, extra_context
        )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        return self._out_of_scope(request, object_id) or super().history_form_view(
            request, object_id, version_id, extra_context
        )


class CoordinatorOnlyAdmin(ScopedHistoryMixin, SafeDateHierarchyMixin, admin.ModelAdmin):
    """Admin for objects only coordinators handle (council, categories, promises, ...)."""

    def has_module_permission(self, request):
        return is_coordinator(request.user)

    def has_view_permission(self, request, obj=None):
        return is_coordinator(request.user)

    def has_add_permission(self, request, *args):
        return is_coordinator(request.user)

    def has_change_permission(self, request, obj=None):
        return is_coordinator(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_coordinator(request.user)


class CoordinatorOnlyInline:
    """Mixin for inlines of coordinator-only admins."""

    def has_view_permission(self, request, obj=None):
        return is_coordinator(request.user)

    def has_add_permission(self, request, obj=None):
        return is_coordinator(request.user)

    def has_change_permission(self, request, obj=None):
        return is_coordinator(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_coordinator(request.user)


class OrganisationScopedAdmin(ScopedHistoryMixin, SafeDateHierarchyMixin, admin.ModelAdmin):
    """Admin for objects owned by an organisation: members of it see them, others get 404.

    ``organisation_field`` names the path to the owning organisation. Reporters have no admin
    access at all (the site refuses them); organisation admins see and change their own
    organisations' objects; coordinators see everything.
    """

    organisation_field = "organisation"

    def get_queryset(self, request):
        return scope_to_organisations(
            super().get_queryset(request), request.user, self.organisation_field
        )

    def _owns(self, request, obj):
        if obj is None or is_coordinator(request.user):
            return True
        org_id = obj
        for part in self.organisation_field.split("__"):
            org_id = getattr(org_id, part, None)
        return getattr(org_id, "pk", org_id) in admin_organisation_ids(request.user)

    def get_list_filter(self, request):
        # A filter on the owning organisation would list every organisation's name (and its
        # id) to an organisation admin; only coordinators choose between organisations.
        filters = super().get_list_filter(request)
        if is_coordinator(request.user):
            return filters
        return [name for name in filters if name != self.organisation_field]

    def has_module_permission(self, request):
        return can_use_admin(request.user)

    def has_view_permission(self, request, obj=None):
        return can_use_admin(request.user) and self._owns(request, obj)

    def has_add_permission(self, request, *args):
        return can_use_admin(request.user)

    def has_change_permission(self, request, obj=None):
        return can_use_admin(request.user) and self._owns(request, obj)

    def has_delete_permission(self, request, obj=None):
        return can_use_admin(request.user) and self._owns(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "organisation" and not is_coordinator(request.user):
            from hjo_safety.models import Organisation

            kwargs["queryset"] = Organisation.objects.administered_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
