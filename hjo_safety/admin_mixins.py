"""Admin plumbing that asks the policy in ``permissions.py``: scoped history pages and base
classes for coordinator-only and organisation-scoped admins, whose ``has_*_permission`` methods
all ask one hook, ``may_use``, and whose form fields all have accessible names
(``admin_labels``)."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from simple_history.template_utils import HistoricalRecordContextHelper

from hjo_safety.admin_inputs import SafeDateHierarchyMixin, SafeInitialDataMixin
from hjo_safety.admin_labels import AccessibleNamesInlineMixin, AccessibleNamesMixin
from hjo_safety.audit import display_value
from hjo_safety.guarded_forms import PersonalDataGuardAdminMixin
from hjo_safety.models import Organisation
from hjo_safety.permissions import (
    admin_organisation_ids,
    can_use_admin,
    is_coordinator,
    scope_to_organisations,
)
from hjo_safety.redaction import redact_replaced_text


class LabelledHistoryContextHelper(HistoricalRecordContextHelper):
    """A changed value on an admin history page as the user knows it (the audit log's rule):
    a choice's Swedish label, "Ja"/"Nej" for a flag."""

    def prepare_delta_change_value(self, change, value):
        value = super().prepare_delta_change_value(change, value)
        return display_value(self.model._meta.get_field(change.field), value)


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
        """The change page's "does not exist" redirect (and its warning) for an id that is not
        a key or names an object outside the user's scope; ``None`` when the page may be shown.
        The redirect is built only then: building it queues its warning message."""
        try:  # simple-history filters by the raw id: "abc" for an integer key would be a 500
            self.model._meta.pk.to_python(unquote(object_id))
        except (ValidationError, ValueError):
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if is_coordinator(request.user):
            return None
        if self.get_object(request, unquote(object_id)) is None:
            return self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        return None

    # Our own list of versions: the table scrolls on a phone, no inline style (CSP), and
    # changed choice fields read as their Swedish labels rather than stored codes.
    object_history_list_template = "admin/hjo_safety/object_history_list.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return LabelledHistoryContextHelper(self.model, historical_record)

    def history_view(self, request, object_id, extra_context=None):
        return self._out_of_scope(request, object_id) or super().history_view(
            request, object_id, extra_context
        )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        return self._out_of_scope(request, object_id) or super().history_form_view(
            request, object_id, version_id, extra_context
        )


class RedactOnCorrectionAdminMixin:
    """A text corrected in the admin leaves no earlier version of it in the history
    (``hjo_safety.redaction``), like a correction in the portal."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:
            redact_replaced_text(obj, form.changed_data, acting_user=request.user, request=request)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        deleted = set(getattr(formset, "deleted_forms", []))
        for inline_form in formset.forms:
            if inline_form.instance.pk and inline_form.has_changed() and inline_form not in deleted:
                redact_replaced_text(
                    inline_form.instance,
                    inline_form.changed_data,
                    acting_user=request.user,
                    request=request,
                )


class PolicyPermissionsMixin:
    """Every ``has_*_permission`` of an admin or inline asks one hook, ``may_use(request, obj)``."""

    def may_use(self, request, obj=None) -> bool:
        raise NotImplementedError

    def has_module_permission(self, request):
        return self.may_use(request)

    def has_view_permission(self, request, obj=None):
        return self.may_use(request, obj)

    def has_add_permission(self, request, *args):
        # ModelAdmin passes no object, InlineModelAdmin the parent: adding never depends on it.
        return self.may_use(request)

    def has_change_permission(self, request, obj=None):
        return self.may_use(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.may_use(request, obj)


class CoordinatorOnlyAdmin(
    PolicyPermissionsMixin,
    PersonalDataGuardAdminMixin,
    RedactOnCorrectionAdminMixin,
    ScopedHistoryMixin,
    SafeDateHierarchyMixin,
    SafeInitialDataMixin,
    AccessibleNamesMixin,
    admin.ModelAdmin,
):
    """Admin for objects only coordinators handle (council, categories, promises, ...)."""

    def may_use(self, request, obj=None):
        return is_coordinator(request.user)


class CoordinatorOnlyInline(
    PolicyPermissionsMixin, PersonalDataGuardAdminMixin, AccessibleNamesInlineMixin
):
    """Mixin for inlines of coordinator-only admins."""

    def may_use(self, request, obj=None):
        return is_coordinator(request.user)


class OrganisationScopedAdmin(
    PolicyPermissionsMixin,
    PersonalDataGuardAdminMixin,
    RedactOnCorrectionAdminMixin,
    ScopedHistoryMixin,
    SafeDateHierarchyMixin,
    SafeInitialDataMixin,
    AccessibleNamesMixin,
    admin.ModelAdmin,
):
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

    def may_use(self, request, obj=None):
        return can_use_admin(request.user) and self._owns(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "organisation" and not is_coordinator(request.user):
            kwargs["queryset"] = Organisation.objects.administered_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
