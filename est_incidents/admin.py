"""Admin of est_incidents, scoped by the membership policy (hjo_safety.permissions).

Categories and places: coordinators only. Incidents: scoped by organisation exactly like the
views — an organisation admin sees and changes its own organisations' incidents, and another
organisation's incident does not exist as far as the admin says; coordinators see all.
"""

from django import forms
from django.contrib import admin, messages
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from est_incidents import meeting_admin  # noqa: F401 - registers the meeting admins
from est_incidents.models import Category, Incident, Place
from est_incidents.models.incidents import IncidentStatus
from est_incidents.services import announce_handling, set_incident_status
from hjo_safety import admin_mixins
from hjo_safety.guarded_forms import PersonalDataGuardMixin


@admin.register(Category)
class CategoryAdmin(admin_mixins.CoordinatorOnlyAdmin):
    list_display = ["name", "parent", "code", "position", "is_active", "default_share_organisation"]
    list_filter = ["is_active", ("parent", admin.RelatedOnlyFieldListFilter)]
    list_editable = ["position", "is_active"]
    list_select_related = ["parent", "default_share_organisation"]
    search_fields = ["name", "code"]
    prepopulated_fields = {"code": ["name"]}

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent":
            kwargs["queryset"] = Category.objects.top_level()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Place)
class PlaceAdmin(admin_mixins.CoordinatorOnlyAdmin):
    list_display = ["name", "latitude", "longitude", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name"]


class IncidentAdminForm(PersonalDataGuardMixin, forms.ModelForm):
    """The admin applies the same personal-data guard as the portal's form. The name warning
    is the portal's: the admin's fieldsets would not show its "Spara ändå" checkbox."""

    warn_about_names = False

    class Meta:
        model = Incident
        fields = [
            "organisation",
            "category",
            "status",
            "handling_note",
            "occurred_at",
            "ended_at",
            "time_is_approximate",
            "place",
            "place_description",
            "latitude",
            "longitude",
            "description",
            "people_involved",
            "police_notified",
        ]


@admin.register(Incident)
class IncidentAdmin(admin_mixins.OrganisationScopedAdmin, SimpleHistoryAdmin):
    form = IncidentAdminForm
    list_display = ["occurred_at", "category", "place", "organisation", "status"]
    list_filter = ["status", "occurred_at", "category", "place", "organisation"]
    list_select_related = ["category__parent", "place", "organisation"]
    search_fields = ["description", "place_description", "handling_note"]
    date_hierarchy = "occurred_at"
    readonly_fields = ["reported_by", "created_at", "updated_at"]
    actions = ["mark_reviewed", "mark_handled"]
    fieldsets = [
        (None, {"fields": ["organisation", "category", "status", "handling_note"]}),
        (_("När"), {"fields": ["occurred_at", "ended_at", "time_is_approximate"]}),
        (_("Var"), {"fields": ["place", "place_description", "latitude", "longitude"]}),
        (
            _("Vad"),
            {"fields": ["description", "people_involved", "police_notified"]},
        ),
        (_("Registrering"), {"fields": ["reported_by", "created_at", "updated_at"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.reported_by = request.user
        super().save_model(request, obj, form, change)
        if change:
            announce_handling(
                obj,
                old_status=form.initial.get("status", obj.status),
                old_note=form.initial.get("handling_note", obj.handling_note) or "",
                acting_user=request.user,
            )

    def _set_status(self, request, queryset, status):
        """Each selected incident through the same service as a single change: its own history
        version and admin log entry, and the reporter's status mail. The queryset is the
        changelist's, so it holds only incidents the user may change (another organisation's
        id in the POST selects nothing)."""
        changed = 0
        field = str(Incident._meta.get_field("status").verbose_name)
        for incident in queryset.select_related("organisation", "reported_by").order_by("pk"):
            if not self.has_change_permission(request, incident):
                continue
            if set_incident_status(incident=incident, status=status, acting_user=request.user):
                self.log_change(request, incident, [{"changed": {"fields": [field]}}])
                changed += 1
        unchanged = queryset.count() - changed
        return changed, unchanged

    def _report(self, request, changed, unchanged, message):
        messages.success(request, message % {"count": changed})
        if unchanged:
            messages.info(
                request,
                ngettext(
                    "%(count)d händelse hade redan den statusen.",
                    "%(count)d händelser hade redan den statusen.",
                    unchanged,
                )
                % {"count": unchanged},
            )

    @admin.action(description=_("Markera som granskad"), permissions=["change"])
    def mark_reviewed(self, request, queryset):
        changed, unchanged = self._set_status(request, queryset, IncidentStatus.REVIEWED)
        message = ngettext(
            "%(count)d händelse markerades som granskad.",
            "%(count)d händelser markerades som granskade.",
            changed,
        )
        self._report(request, changed, unchanged, message)

    @admin.action(description=_("Markera som hanterad"), permissions=["change"])
    def mark_handled(self, request, queryset):
        changed, unchanged = self._set_status(request, queryset, IncidentStatus.HANDLED)
        message = ngettext(
            "%(count)d händelse markerades som hanterad.",
            "%(count)d händelser markerades som hanterade.",
            changed,
        )
        self._report(request, changed, unchanged, message)

    def history_view(self, request, object_id, extra_context=None):
        # Stricter than the base's "does not exist" redirect: an incident outside the user's
        # organisations answers 404, as on the incident pages themselves.
        if not (
            str(object_id).isdigit() and self.get_queryset(request).filter(pk=object_id).exists()
        ):
            raise Http404
        return super().history_view(request, object_id, extra_context)
