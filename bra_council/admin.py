"""Admin of bra_council: only coordinators (the security strategist) prepare the council's work.

The meeting page carries the agenda as an inline that is re-ordered by its position numbers
(a small script adds up/down buttons; without it the numbers do the job), the time plan with
the running total of planned minutes (computed here, on the server), attendance, and — once the
meeting is held — the minutes and decisions per item. Approved minutes are read-only; a
correction is added as a ``MinutesCorrection`` (a recorded revision).
"""

import datetime

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from bra_council import services
from bra_council.models import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    CouncilMeeting,
    CouncilMember,
    MeetingStatus,
    MinutesCorrection,
)
from hjo_safety.admin_mixins import CoordinatorOnlyAdmin, CoordinatorOnlyInline
from hjo_safety.permissions import is_coordinator
from hjo_safety.public_cache import InvalidatesPublicPagesAdmin


class LockedWhenApprovedInline(CoordinatorOnlyInline):
    """An inline that becomes read-only once the meeting's minutes are approved."""

    def _locked(self, obj):
        return obj is not None and obj.minutes_locked

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not self._locked(obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self._locked(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._locked(obj)


# --- Members --------------------------------------------------------------------------------


class CurrentMemberFilter(admin.SimpleListFilter):
    title = _("mandat")
    parameter_name = "mandat"

    def lookups(self, request, model_admin):
        return [("current", _("Nuvarande")), ("former", _("Tidigare"))]

    def queryset(self, request, queryset):
        current = CouncilMember.objects.current().values("pk")
        if self.value() == "current":
            return queryset.filter(pk__in=current)
        if self.value() == "former":
            return queryset.exclude(pk__in=current)
        return queryset


@admin.register(CouncilMember)
class CouncilMemberAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    list_display = ["name", "title", "seat_kind", "organisation", "term_start", "term_end"]
    list_filter = [CurrentMemberFilter, "seat_kind", "is_chair"]
    search_fields = ["name", "title", "organisation__name"]
    list_select_related = ["organisation"]
    autocomplete_fields = ["organisation", "user"]
    fieldsets = [
        (None, {"fields": ["name", "title", "seat_kind", "organisation"]}),
        (_("Mandat"), {"fields": ["term_start", "term_end", "is_chair", "is_secretary"]}),
        (_("Inloggning"), {"fields": ["user"]}),
    ]


# --- Meetings -------------------------------------------------------------------------------


class AgendaItemInlineForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = [
            "position",
            "title",
            "kind",
            "is_public",
            "is_standing",
            "is_closing",
            "planned_minutes",
            "presenter_member",
            "presenter_organisation",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["position"].required = False
        self.fields["position"].help_text = _("Tomt: sist, före de avslutande punkterna.")
        # Short column headers, so the inline fits a laptop; each field keeps its full name
        # as its accessible name (hjo_safety.admin_labels).
        for name, label in [
            ("position", _("Nr")),
            ("is_standing", _("Stående")),
            ("is_closing", _("Avslutande")),
            ("planned_minutes", _("Minuter")),
            ("presenter_member", _("Föredragande ledamot")),
            ("presenter_organisation", _("Föredragande organisation")),
        ]:
            self.fields[name].label = label

    def clean_position(self):
        # An empty position puts a new item last; the formset renumbers 1..n when saving.
        return self.cleaned_data.get("position") or 9_999

    def validate_unique(self):
        # Positions may collide while the strategist re-orders; saving renumbers them 1..n.
        exclude = self._get_validation_exclusions()
        exclude.add("position")
        try:
            self.instance.validate_unique(exclude=exclude)
            self.instance.validate_constraints(exclude=exclude | {"meeting"})
        except ValidationError as error:
            self._update_errors(error)


class AgendaItemInlineFormSet(forms.BaseInlineFormSet):
    def validate_unique(self):
        """Duplicate positions are allowed in the form: saving orders by them and renumbers."""

    def get_queryset(self):
        return super().get_queryset().select_related("presenter_member", "presenter_organisation")


class AgendaItemInline(LockedWhenApprovedInline, admin.TabularInline):
    model = AgendaItem
    form = AgendaItemInlineForm
    formset = AgendaItemInlineFormSet
    extra = 1
    show_change_link = True
    autocomplete_fields = ["presenter_member", "presenter_organisation"]
    verbose_name = _("punkt på dagordningen")
    verbose_name_plural = _("dagordning (ändra ordningen med numren eller knapparna, spara)")
    classes = ["agenda-inline"]

    class Media:
        js = ["js/bra_council-agenda-order.js"]
        css = {"all": ["css/bra_council-admin.css"]}

    def has_change_permission(self, request, obj=None):
        # The agenda is fixed once the meeting is held; minutes are written per item then.
        held = obj is not None and obj.status in (
            MeetingStatus.HELD,
            MeetingStatus.MINUTES_APPROVED,
        )
        return super().has_change_permission(request, obj) and not held

    def has_add_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)


class MinutesInlineForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["minutes", "decision"]
        widgets = {
            "minutes": forms.Textarea(attrs={"rows": 3}),
            "decision": forms.Textarea(attrs={"rows": 2}),
        }


class MinutesInline(LockedWhenApprovedInline, admin.StackedInline):
    """Minutes and decisions per agenda item, once the meeting is held."""

    model = AgendaItem
    form = MinutesInlineForm
    fields = ["item_heading", "minutes", "decision"]
    readonly_fields = ["item_heading"]
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name = _("protokoll för punkt")
    verbose_name_plural = _("protokoll och beslut per punkt")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("punkt"))
    def item_heading(self, item):
        visibility = _("publik") if item.is_public else _("intern")
        return f"{item} ({visibility})"


class AttendanceForm(forms.ModelForm):
    class Meta:
        model = Attendance
        fields = ["member", "status"]

    def has_changed(self):
        # A row prefilled with a current member is saved as it stands (present, or the
        # apologies chosen); emptying its member leaves it out.
        if self.instance.pk is None and self.initial.get("member"):
            return bool(self["member"].value())
        return super().has_changed()


class AttendanceInline(LockedWhenApprovedInline, admin.TabularInline):
    """Attendance; a meeting without any starts with one row per current council member."""

    model = Attendance
    form = AttendanceForm
    extra = 0
    autocomplete_fields = ["member"]
    verbose_name_plural = _(
        "närvaro (när mötet har börjat fylls den i med rådets ledamöter: ändra till anmält "
        "förhinder, ta bort den som inte kom)"
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("member")

    @staticmethod
    def prefill(meeting):
        """``[{"member": id, "status": present}]`` for the members whose term covers the
        meeting's day, when the meeting has begun and has no attendance yet; else ``[]``. A
        meeting that has not been held has no attendance to guess: nobody is "present" yet."""
        if meeting is None or meeting.pk is None or meeting.starts_at > timezone.now():
            return []
        if meeting.attendance.exists():
            return []
        on = timezone.localtime(meeting.starts_at).date()
        members = CouncilMember.objects.current(on).order_by("name", "pk")
        return [
            {"member": member.pk, "status": AttendanceStatus.PRESENT}
            for member in members.only("pk")
        ]

    def get_extra(self, request, obj=None, **kwargs):
        if request.method != "GET" or not self.has_add_permission(request, obj):
            return 0
        return len(self.prefill(obj))


class YearFilter(admin.SimpleListFilter):
    title = _("år")
    parameter_name = "ar"

    def lookups(self, request, model_admin):
        years = CouncilMeeting.objects.dates("starts_at", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.in_year(int(self.value()))
        return queryset


class CouncilMeetingForm(forms.ModelForm):
    class Meta:
        model = CouncilMeeting
        fields = ["starts_at", "ends_at", "place", "public_notes", "adjuster"]


@admin.register(CouncilMeeting)
class CouncilMeetingAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    form = CouncilMeetingForm
    list_display = ["__str__", "starts_at", "place", "status", "planned_total"]
    list_filter = ["status", YearFilter]
    search_fields = ["place", "public_notes", "items__title"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["adjuster"]
    readonly_fields = ["status", "time_plan", "signatures", "minutes_approved_at"]
    actions = ["create_next_meeting", "publish_agenda", "mark_held"]
    fieldsets = [
        (None, {"fields": ["starts_at", "ends_at", "place", "status", "public_notes"]}),
        (_("Tidsplan"), {"fields": ["time_plan"]}),
        (_("Justering"), {"fields": ["adjuster", "signatures", "minutes_approved_at"]}),
    ]

    def get_queryset(self, request):
        from django.db.models import Sum

        return super().get_queryset(request).annotate(_planned_total=Sum("items__planned_minutes"))

    def get_search_results(self, request, queryset, search_term):
        queryset, _duplicates = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False

    def get_inlines(self, request, obj):
        if obj is not None and obj.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED):
            return [AttendanceInline, MinutesInline, AgendaItemInline]
        return [AgendaItemInline, AttendanceInline]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.minutes_locked:
            fields += ["starts_at", "ends_at", "place", "adjuster"]
        return fields

    def has_delete_permission(self, request, obj=None):
        # Approved minutes are the record (the database refuses to delete their items too).
        if obj is not None and obj.minutes_locked:
            return False
        return super().has_delete_permission(request, obj)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        # Also on POST: an untouched prefilled row is compared with its initial values.
        if isinstance(inline, AttendanceInline):
            kwargs["initial"] = inline.prefill(obj)
        return kwargs

    @admin.display(description=_("planerad tid"), ordering="_planned_total")
    def planned_total(self, meeting):
        total = getattr(meeting, "_planned_total", None) or 0
        return ngettext("%(n)d minut", "%(n)d minuter", total) % {"n": total}

    @admin.display(description=_("tidsplan (planerad tid, löpande summa)"))
    def time_plan(self, meeting):
        if meeting.pk is None:
            return _("Spara mötet med sina punkter för att se tidsplanen.")
        plan = meeting.time_plan()
        if not plan:
            return _("Inga punkter ännu.")
        total = plan[-1][2] + plan[-1][0].planned_minutes
        last_item, last_start, _elapsed = plan[-1]
        end = timezone.localtime(last_start + datetime.timedelta(minutes=last_item.planned_minutes))
        booked = int((meeting.ends_at - meeting.starts_at).total_seconds() // 60)
        rows = [
            {
                "position": item.position,
                "title": item.title,
                "start": timezone.localtime(start),
                "minutes": item.planned_minutes,
                "running": elapsed + item.planned_minutes,
            }
            for item, start, elapsed in plan
        ]
        summary = _("Punkterna slutar %(end)s; mötet är bokat %(booked)d minuter%(warning)s.") % {
            "end": end.strftime("%H:%M"),
            "booked": booked,
            "warning": _(" – dagordningen är för lång") if total > booked else "",
        }
        return render_to_string(
            "bra_council/admin/time_plan.html",
            {"rows": rows, "total": total, "summary": summary},
        )

    @admin.display(description=_("underskrifter"))
    def signatures(self, meeting):
        if meeting.pk is None:
            return "–"
        approvals = list(meeting.approvals.select_related("member"))
        if not approvals:
            return _("Inte justerat ännu. Ordförande och justerare justerar på protokollsidan.")
        return render_to_string("bra_council/admin/signatures.html", {"approvals": approvals})

    def save_formset(self, request, form, formset, change):
        if formset.model is not AgendaItem or not isinstance(formset, AgendaItemInlineFormSet):
            return super().save_formset(request, form, formset, change)
        meeting = form.instance
        with transaction.atomic():
            formset.save(commit=False)  # collects the deleted objects
            for obj in formset.deleted_objects:
                obj.delete()
            rows, untouched = [], {}
            for index, item_form in enumerate(formset.forms):
                item = item_form.instance
                if item_form in formset.deleted_forms or (
                    item.pk is None and not item_form.has_changed()
                ):
                    continue
                if item.pk is not None and not item_form.has_changed():
                    untouched[item.pk] = item_form.initial.get("position")
                rows.append((item_form.cleaned_data.get("position") or 9_999, index, item))
            # New items land before the closing items ("Övriga frågor", "Mötets avslutande"),
            # which stay last whatever number they were given.
            rows.sort(key=lambda row: (row[2].is_closing, *row[:2]))
            meeting.reorder_items([item for *_key, item in rows], untouched=untouched)
            formset.save_m2m()

    # -- actions --

    @admin.action(description=_("Skapa nästa möte utifrån detta"))
    def create_next_meeting(self, request, queryset):
        for source in queryset:
            meeting = services.create_next_meeting(source=source, acting_user=request.user)
            url = reverse("admin:bra_council_councilmeeting_change", args=[meeting.pk])
            self.message_user(
                request,
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("Nästa möte är skapat med stående punkter och öppna åtgärder:"),
                    url,
                    meeting,
                ),
                messages.SUCCESS,
            )

    def _transition(self, request, queryset, status, done_message):
        moved = 0
        for meeting in queryset:
            try:
                meeting.transition_to(status, acting_user=request.user)
                moved += 1
            except ValidationError as error:
                self.message_user(request, f"{meeting}: {' '.join(error.messages)}", messages.ERROR)
        if moved:
            self.message_user(request, done_message(moved) % {"n": moved}, messages.SUCCESS)

    def _confirm(self, request, queryset, *, action, title, explanation, confirm_label):
        """An intermediate page (like the admin's delete confirmation, no JavaScript needed):
        None once the user has confirmed, else the page asking for it."""
        if request.POST.get("confirm") == "yes":
            return None
        return TemplateResponse(
            request,
            "bra_council/admin/confirm_transition.html",
            {
                **self.admin_site.each_context(request),
                "title": title,
                "opts": self.model._meta,
                "meetings": list(queryset),
                "action": action,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                "explanation": explanation,
                "confirm_label": confirm_label,
            },
        )

    @admin.action(description=_("Publicera dagordningen"))
    def publish_agenda(self, request, queryset):
        page = self._confirm(
            request,
            queryset,
            action="publish_agenda",
            title=_("Publicera dagordningen?"),
            explanation=_(
                "Dagordningen blir synlig på den publika sidan (de publika punkterna) och rådets "
                "ledamöter får den med e-post."
            ),
            confirm_label=_("Ja, publicera dagordningen"),
        )
        if page is not None:
            return page
        self._transition(
            request,
            queryset,
            MeetingStatus.AGENDA_PUBLISHED,
            lambda n: ngettext(
                "Dagordningen är publicerad för %(n)d möte.",
                "Dagordningen är publicerad för %(n)d möten.",
                n,
            ),
        )

    @admin.action(description=_("Markera som genomfört"))
    def mark_held(self, request, queryset):
        page = self._confirm(
            request,
            queryset,
            action="mark_held",
            title=_("Markera mötet som genomfört?"),
            explanation=_(
                "Dagordningen låses och protokollet skrivs per punkt; därefter justerar "
                "ordföranden och justeraren protokollet."
            ),
            confirm_label=_("Ja, markera som genomfört"),
        )
        if page is not None:
            return page
        self._transition(
            request,
            queryset,
            MeetingStatus.HELD,
            lambda n: ngettext(
                "%(n)d möte markerat som genomfört.", "%(n)d möten markerade som genomförda.", n
            ),
        )


# --- Agenda items (details, minutes and the actions they give rise to) ----------------------


class ActionInline(CoordinatorOnlyInline, admin.TabularInline):
    model = Action
    fk_name = "origin"
    extra = 0
    fields = ["what", "responsible_organisation", "responsible_person", "due_date", "status"]
    autocomplete_fields = ["responsible_organisation"]
    classes = ["council-action-inline"]


@admin.register(AgendaItem)
class AgendaItemAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    list_display = ["title", "meeting", "position", "kind", "is_public", "is_standing"]
    list_filter = ["kind", "is_public", "is_standing", "meeting__status"]
    search_fields = ["title", "description", "minutes", "decision"]
    list_select_related = ["meeting"]
    autocomplete_fields = ["meeting", "presenter_member", "presenter_organisation"]
    filter_horizontal = ["follow_up_actions"]
    inlines = [ActionInline]

    class Media:
        css = {"all": ["css/bra_council-admin.css"]}

    fieldsets = [
        (
            None,
            {
                "fields": [
                    "meeting",
                    "position",
                    "title",
                    "description",
                    "kind",
                    ("is_public", "is_standing", "is_closing"),
                    "planned_minutes",
                    ("presenter_member", "presenter_organisation"),
                ]
            },
        ),
        (_("Kopplingar"), {"fields": ["est_meeting", "promise", "follow_up_actions"]}),
        (_("Protokoll"), {"fields": ["minutes", "decision"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.meeting.minutes_locked:
            return [field.name for field in AgendaItem._meta.fields] + ["follow_up_actions"]
        if obj is not None:
            return ["meeting"]
        return []

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        """The links to an EST meeting and a promise are picked from short lists, newest first."""
        if db_field.name == "est_meeting":
            field = super().formfield_for_foreignkey(db_field, request, **kwargs)
            field.queryset = field.queryset.order_by("-starts_at")
            field.label_from_instance = lambda meeting: (
                f"{timezone.localtime(meeting.starts_at):%Y-%m-%d} – {meeting}"
            )
            return field
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "follow_up_actions":
            kwargs["queryset"] = Action.objects.select_related("responsible_organisation")
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class ActionStatusFilter(admin.SimpleListFilter):
    title = _("förfaller")
    parameter_name = "forfaller"

    def lookups(self, request, model_admin):
        return [("14", _("Öppna, inom 14 dagar")), ("overdue", _("Öppna, försenade"))]

    def queryset(self, request, queryset):
        if self.value() == "14":
            return queryset.open().due_within(14)
        if self.value() == "overdue":
            return queryset.open().due_within(-1)
        return queryset


@admin.register(Action)
class ActionAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    list_display = ["what", "responsible_organisation", "responsible_person", "due_date", "status"]
    list_filter = ["status", ActionStatusFilter, "responsible_organisation"]
    search_fields = ["what", "responsible_person", "responsible_organisation__name"]
    list_select_related = ["responsible_organisation"]
    autocomplete_fields = ["responsible_organisation", "origin"]
    # Two-box selects: select2's multiple widget renders markup axe refuses (a <span> in a <ul>).
    filter_horizontal = ["interventions", "promise_activities"]
    date_hierarchy = "due_date"


# --- Corrections of approved minutes --------------------------------------------------------


class MinutesCorrectionForm(forms.ModelForm):
    class Meta:
        model = MinutesCorrection
        fields = ["item", "new_minutes", "new_decision", "reason"]

    def clean_item(self):
        item = self.cleaned_data["item"]
        if not item.meeting.minutes_locked:
            raise ValidationError(
                _("Protokollet för den punkten är inte justerat. Ändra punkten direkt i stället.")
            )
        return item


@admin.register(MinutesCorrection)
class MinutesCorrectionAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin):
    form = MinutesCorrectionForm
    list_display = ["__str__", "item", "made_by", "made_at"]
    list_select_related = ["meeting", "item", "made_by"]
    search_fields = ["reason", "item__title"]
    autocomplete_fields = ["item"]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None:
            return [field.name for field in MinutesCorrection._meta.fields]
        return []

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["item", "new_minutes", "new_decision", "reason"]
        return [
            "meeting",
            "item",
            "revision",
            "old_minutes",
            "new_minutes",
            "old_decision",
            "new_decision",
            "reason",
            "made_by",
            "made_at",
        ]

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        if not is_coordinator(request.user):
            raise PermissionDenied
        correction = services.correct_minutes(
            item=form.cleaned_data["item"],
            minutes=form.cleaned_data["new_minutes"],
            decision=form.cleaned_data["new_decision"],
            reason=form.cleaned_data["reason"],
            acting_user=request.user,
        )
        obj.pk = correction.pk
        obj.__dict__.update(correction.__dict__)
