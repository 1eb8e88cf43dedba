"""Admin of citizens' tips: coordinators only, with the same personal-data guard as the form.

Tips come from citizens (no "add"); a coordinator may correct a tip's text (the guard applies),
delete a tip (e.g. on an erasure request), and appoints the organisations whose members
moderate tips (``TipModerator``).
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from citizen_tips.forms import guard_text
from citizen_tips.models import CitizenTip, TipModerator
from citizen_tips.services import erase_history_text
from hjo_safety.admin_mixins import CoordinatorOnlyAdmin


class CitizenTipAdminForm(forms.ModelForm):
    class Meta:
        model = CitizenTip
        fields = [
            "kind",
            "time_of_day",
            "place",
            "place_description",
            "latitude",
            "longitude",
            "text",
            "state",
            "rejection_reason",
            "answer",
        ]

    def _guard(self, name, refuse_names=True):
        return guard_text(
            self.cleaned_data.get(name, ""), str(self.fields[name].label), refuse_names=refuse_names
        )

    def clean_text(self):
        return self._guard("text")

    def clean_place_description(self):
        return self._guard("place_description")

    def clean_rejection_reason(self):
        return self._guard("rejection_reason", refuse_names=False)

    def clean_answer(self):
        return self._guard("answer", refuse_names=False)


@admin.register(CitizenTip)
class CitizenTipAdmin(CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    form = CitizenTipAdminForm
    list_display = ["created_at", "kind", "place", "state", "closed_at"]
    list_filter = ["state", "kind", "time_of_day", "created_at"]
    list_select_related = ["place"]
    search_fields = ["text", "place_description"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "created_at",
        "moderated_at",
        "moderated_by",
        "incident",
        "forwarded_to",
        "forward_note",
        "answered_at",
        "answered_by",
        "answer_mailed_at",
        "closed_at",
        "text_purged_at",
    ]
    fieldsets = [
        (None, {"fields": ["kind", "time_of_day", "text", "created_at"]}),
        (_("Var"), {"fields": ["place", "place_description", "latitude", "longitude"]}),
        (
            _("Granskning"),
            {
                "fields": [
                    "state",
                    "rejection_reason",
                    "moderated_at",
                    "moderated_by",
                    "incident",
                    "forwarded_to",
                    "forward_note",
                ]
            },
        ),
        (
            _("Svar"),
            {
                "fields": [
                    "answer",
                    "answered_at",
                    "answered_by",
                    "answer_mailed_at",
                    "closed_at",
                    "text_purged_at",
                ]
            },
        ),
    ]

    def has_add_permission(self, request, *args):
        return False  # tips come from citizens at /tipsa/

    # Deleting a tip (e.g. on an erasure request) also clears its words from the history.
    def delete_model(self, request, obj):
        pk = obj.pk
        super().delete_model(request, obj)
        erase_history_text([pk])

    def delete_queryset(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        super().delete_queryset(request, queryset)
        erase_history_text(ids)


@admin.register(TipModerator)
class TipModeratorAdmin(CoordinatorOnlyAdmin):
    list_display = ["organisation", "appointed_at"]
    readonly_fields = ["appointed_at"]
    list_select_related = ["organisation"]
    autocomplete_fields = ["organisation"]
    search_fields = ["organisation__name"]
