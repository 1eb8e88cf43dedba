"""Admin for EST meetings, their reports and actions, police events and the yearly analysis.

Meetings, actions, police events and the yearly analysis are the coordinator's; a report is
its organisation's (organisation admins see and change their own organisations' reports).
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from est_incidents.models import (
    EstAction,
    EstMeeting,
    EstMeetingReport,
    PoliceEvent,
    YearlySituationAnalysis,
)
from hjo_safety.admin_mixins import (
    CoordinatorOnlyAdmin,
    CoordinatorOnlyInline,
    OrganisationScopedAdmin,
)


class EstMeetingReportInline(CoordinatorOnlyInline, admin.StackedInline):
    model = EstMeetingReport
    extra = 0
    fields = ["organisation", "text"]
    autocomplete_fields = ["organisation"]

    # ``obj`` is the meeting: once held, its reports are read-only (the database agrees).
    def has_add_permission(self, request, obj=None):
        return self.may_use(request) and not (obj is not None and obj.is_held)

    def has_change_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)


class EstActionInline(CoordinatorOnlyInline, admin.TabularInline):
    model = EstAction
    extra = 0
    fields = ["what", "responsible_organisation", "due_date", "status"]
    autocomplete_fields = ["responsible_organisation"]


@admin.register(EstMeeting)
class EstMeetingAdmin(CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    list_display = ["starts_at", "period_start", "period_end", "status", "picture_computed_at"]
    list_filter = ["status"]
    date_hierarchy = "starts_at"
    search_fields = ["location", "notes"]
    filter_horizontal = ["organisations_present"]
    readonly_fields = ["picture_computed_at", "held_by"]
    inlines = [EstMeetingReportInline, EstActionInline]

    def get_changeform_initial_data(self, request):
        # The same defaults as the portal's form: a fortnight after the latest meeting, and a
        # period from the day after the previous meeting's period to the day before this one.
        from est_incidents.meeting_forms import EstMeetingForm

        initial = EstMeetingForm.initial_for_next()
        start, end = EstMeeting.default_period(initial["starts_at"])
        return {
            **initial,
            "period_start": start,
            "period_end": end,
            **super().get_changeform_initial_data(request),
        }

    def get_readonly_fields(self, request, obj=None):
        # The status changes only through the portal's confirmation step, which refuses a
        # meeting that has not started and freezes the picture. A held meeting's period is the
        # record: the frozen picture belongs to it.
        if obj is not None and obj.is_held:
            return [*self.readonly_fields, "status", "period_start", "period_end"]
        return [*self.readonly_fields, "status"]

    def has_delete_permission(self, request, obj=None):
        # A held meeting is the record (the database refuses to delete its reports too).
        if obj is not None and obj.is_held:
            return False
        return super().has_delete_permission(request, obj)


@admin.register(EstMeetingReport)
class EstMeetingReportAdmin(OrganisationScopedAdmin, SimpleHistoryAdmin):
    list_display = ["meeting", "organisation", "updated_at"]
    list_filter = ["organisation"]
    list_select_related = ["meeting", "organisation"]
    search_fields = ["text"]
    autocomplete_fields = ["organisation"]
    raw_id_fields = ["meeting"]
    readonly_fields = ["updated_by"]

    def has_change_permission(self, request, obj=None):
        # A held meeting's reports are the record: read-only here as in the portal.
        if obj is not None and obj.meeting.is_held:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.meeting.is_held:
            return False
        return super().has_delete_permission(request, obj)


@admin.register(EstAction)
class EstActionAdmin(CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    list_display = ["what", "responsible_organisation", "due_date", "status", "meeting"]
    list_filter = ["status", "responsible_organisation"]
    list_select_related = ["responsible_organisation", "meeting"]
    search_fields = ["what"]
    autocomplete_fields = ["responsible_organisation"]
    raw_id_fields = ["meeting"]


@admin.register(PoliceEvent)
class PoliceEventAdmin(CoordinatorOnlyAdmin):
    list_display = ["occurred_at", "event_type", "name", "location_name", "category"]
    list_filter = ["event_type", "location_name"]
    list_select_related = ["category"]
    search_fields = ["name", "summary", "event_type"]
    date_hierarchy = "occurred_at"
    readonly_fields = ["police_id", "imported_at", "updated_at"]


@admin.register(YearlySituationAnalysis)
class YearlySituationAnalysisAdmin(CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    list_display = ["year", "updated_at", "updated_by"]
    readonly_fields = ["updated_by"]
