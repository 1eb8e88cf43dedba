"""Admin of est_measures, scoped by the membership policy (hjo_safety.permissions).

Kinds of intervention: coordinators only. Interventions: an organisation admin sees and changes
its own organisations' interventions (the admin is for changing; everyone reads all
interventions in the portal); coordinators all. The description passes the personal-data guard.
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from est_measures.forms import guard_free_text
from est_measures.models import Intervention, InterventionKind, SafetyWalk, SafetyWalkFinding
from hjo_safety import admin_mixins, events


@admin.register(InterventionKind)
class InterventionKindAdmin(admin_mixins.CoordinatorOnlyAdmin):
    list_display = ["name", "code", "position", "is_active"]
    list_editable = ["position", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "code"]
    prepopulated_fields = {"code": ["name"]}


class InterventionAdminForm(forms.ModelForm):
    class Meta:
        model = Intervention
        fields = [
            "kind",
            "organisation",
            "co_organisations",
            "description",
            "starts_at",
            "ends_at",
            "recurrence_weekdays",
            "recurrence_start_time",
            "recurrence_end_time",
            "recurrence_until",
            "places",
            "latitude",
            "longitude",
            "est_action",
        ]

    def clean_description(self):
        return guard_free_text(self, "description")


@admin.register(Intervention)
class InterventionAdmin(admin_mixins.OrganisationScopedAdmin):
    form = InterventionAdminForm
    list_display = ["kind", "organisation", "starts_at", "ends_at", "recurrence_until"]
    list_filter = ["kind", "organisation"]
    list_select_related = ["kind", "organisation"]
    search_fields = ["description", "kind__name"]
    date_hierarchy = "starts_at"
    readonly_fields = ["created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["kind", "organisation", "co_organisations", "description"]}),
        (
            _("När"),
            {
                "fields": [
                    "starts_at",
                    "ends_at",
                    "recurrence_weekdays",
                    "recurrence_start_time",
                    "recurrence_end_time",
                    "recurrence_until",
                ]
            },
        ),
        (_("Var"), {"fields": ["places", "latitude", "longitude"]}),
        (_("Koppling"), {"fields": ["est_action", "created_by", "created_at", "updated_at"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


class SafetyWalkAdminForm(forms.ModelForm):
    class Meta:
        model = SafetyWalk
        fields = ["date", "area", "organisations", "residents_count", "notes", "is_published"]

    def clean_notes(self):
        return guard_free_text(self, "notes")

    def clean_area(self):
        return guard_free_text(self, "area")


class FindingAdminForm(forms.ModelForm):
    class Meta:
        model = SafetyWalkFinding
        fields = [
            "problem_kind",
            "place",
            "latitude",
            "longitude",
            "description",
            "proposed_measure",
            "responsible_organisation",
            "status",
            "est_action",
        ]

    def clean_description(self):
        return guard_free_text(self, "description")

    def clean_proposed_measure(self):
        return guard_free_text(self, "proposed_measure")


class FindingInline(admin_mixins.CoordinatorOnlyInline, admin.StackedInline):
    model = SafetyWalkFinding
    form = FindingAdminForm
    extra = 0


@admin.register(SafetyWalk)
class SafetyWalkAdmin(admin_mixins.CoordinatorOnlyAdmin):
    """Walks are changed in the portal by the organisations that took part; the admin is the
    coordinator's (a walk belongs to several organisations, so no single-organisation scope)."""

    form = SafetyWalkAdminForm
    inlines = [FindingInline]
    list_display = ["date", "area", "residents_count", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["area"]
    date_hierarchy = "date"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.is_published and "is_published" in form.changed_data:
            events.emit(events.SAFETY_WALK_PUBLISHED, walk=obj)
