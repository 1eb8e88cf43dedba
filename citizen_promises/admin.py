"""Admin of citizen_promises: only coordinators draft, edit and publish promises.

Goals, signatories, contact persons, activities and follow-ups are inlines of the promise; a
follow-up's per-activity results are edited on the follow-up. Status changes go through the
list's actions (publish, unpublish, followed up, archive), never by typing a status.

Once a promise is published its text changes only through a recorded revision: the change form
then demands a revision note, which becomes the history row's change reason and is shown to
citizens as "Ändrad <datum>".
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from citizen_promises.models import (
    AgreementSignatory,
    CitizenPromise,
    CooperationAgreement,
    FollowUp,
    FollowUpResult,
    PriorityArea,
    PromiseActivity,
    PromiseContact,
    PromiseGoal,
    Signatory,
    Survey,
)
from hjo_safety import events
from hjo_safety.admin_mixins import CoordinatorOnlyAdmin, CoordinatorOnlyInline
from hjo_safety.guarded_forms import OFFICE_HOLDERS, PersonalDataValidator
from hjo_safety.public_cache import InvalidatesPublicPagesAdmin

REVISION_NOTE_FIELD = "revision_note"
REVISION_REQUIRED = _(
    "Löftet är publicerat. Skriv i fältet ”Ändringsanledning” vad du ändrar och varför – "
    "ändringen visas för medborgarna."
)


def needs_revision_note(promise) -> bool:
    return bool(promise is not None and promise.pk and promise.is_public)


class CitizenPromiseForm(forms.ModelForm):
    police_url = forms.URLField(
        label=CitizenPromise._meta.get_field("police_url").verbose_name,
        help_text=CitizenPromise._meta.get_field("police_url").help_text,
        required=False,
        assume_scheme="https",
    )
    revision_note = forms.CharField(
        label=_("Ändringsanledning"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        # Stored as the history's change reason and shown to citizens: free text like any other.
        validators=[PersonalDataValidator(OFFICE_HOLDERS, _("Ändringsanledning"))],
        help_text=_(
            "Krävs när du ändrar texten i ett publicerat löfte (rubrik, period, bakgrund, underlag, "
            "mål eller aktiviteter). Visas för medborgarna som ”Ändrad <datum>”."
        ),
    )

    class Meta:
        model = CitizenPromise
        fields = [
            "title",
            "slug",
            "period_start",
            "period_end",
            "background",
            "basis",
            "signed_on",
            "police_url",
            "priority_area",
        ]

    def clean(self):
        cleaned_data = super().clean()
        # self.instance still holds the stored status here (status is read-only in the admin).
        text_changed = set(self.changed_data) & set(CitizenPromise.TEXT_FIELDS)
        if (
            needs_revision_note(self.instance)
            and text_changed
            and not cleaned_data.get(REVISION_NOTE_FIELD, "").strip()
        ):
            self.add_error(REVISION_NOTE_FIELD, REVISION_REQUIRED)
        return cleaned_data


def priority_area_field(db_field, kwargs):
    """The priority areas with their agreement in one query (their label names its years)."""
    if db_field.name == "priority_area":
        kwargs["queryset"] = PriorityArea.objects.select_related("agreement")
    return kwargs


class RevisionFormSet(BaseInlineFormSet):
    """Refuses text changes of a published promise's inlines without a revision note.

    The note is a field of the parent form; a formset cannot see that form, so it reads the
    submitted value from the shared POST data.
    """

    text_fields: tuple[str, ...] = ()

    def clean(self):
        super().clean()
        if not needs_revision_note(self.instance):
            return
        if (self.data.get(REVISION_NOTE_FIELD) or "").strip():
            return
        for form in self.forms:
            if not form.has_changed() and not self._should_delete_form(form):
                continue
            is_new = form.instance.pk is None
            if (
                is_new
                or self._should_delete_form(form)
                or set(form.changed_data) & set(self.text_fields)
            ):
                raise ValidationError(REVISION_REQUIRED)


class GoalFormSet(RevisionFormSet):
    text_fields = ("text",)


class ActivityFormSet(RevisionFormSet):
    text_fields = ("text", "target", "responsible", "organisation", "places")


class PromiseGoalInline(CoordinatorOnlyInline, admin.TabularInline):
    model = PromiseGoal
    formset = GoalFormSet
    fields = ["text", "survey_question", "position"]
    extra = 1


class SignatoryInline(CoordinatorOnlyInline, admin.TabularInline):
    model = Signatory
    fields = ["name", "title", "party", "position"]
    extra = 0


class PromiseContactInline(CoordinatorOnlyInline, admin.TabularInline):
    model = PromiseContact
    fields = ["name", "title", "party", "phone", "email", "position"]
    extra = 0


class PromiseActivityInline(CoordinatorOnlyInline, admin.StackedInline):
    model = PromiseActivity
    formset = ActivityFormSet
    fields = [
        "text",
        ("responsible", "organisation"),
        "target",
        "places",
        "interventions",
        "priority_area",
        ("status", "position"),
        "outcome",
    ]
    # A two-box select: select2's multiple widget renders markup axe refuses.
    filter_horizontal = ["interventions"]
    extra = 0

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        kwargs = priority_area_field(db_field, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class FollowUpInline(CoordinatorOnlyInline, admin.StackedInline):
    model = FollowUp
    fields = [("date", "covers_from", "covers_to", "is_published"), "summary"]
    extra = 0
    show_change_link = True
    verbose_name_plural = _("uppföljningar (resultat per aktivitet fyller du i på uppföljningen)")


@admin.register(CitizenPromise)
class CitizenPromiseAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    form = CitizenPromiseForm
    list_display = ["title", "period_start", "period_end", "status", "published_at", "progress"]
    list_filter = ["status"]
    search_fields = ["title", "background"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["status", "published_at"]
    fieldsets = [
        (
            None,
            {"fields": ["title", "slug", ("period_start", "period_end"), "status", "published_at"]},
        ),
        (_("Texten"), {"fields": ["background", "basis"]}),
        (_("Undertecknande och länk"), {"fields": ["signed_on", "police_url"]}),
        (_("Samverkansöverenskommelsen"), {"fields": ["priority_area"]}),
        (
            _("Ändring av publicerat löfte"),
            {
                "fields": [REVISION_NOTE_FIELD],
                "description": _(
                    "Fyll i när du ändrar texten i ett löfte som redan är publicerat."
                ),
            },
        ),
    ]
    inlines = [
        PromiseGoalInline,
        PromiseActivityInline,
        SignatoryInline,
        PromiseContactInline,
        FollowUpInline,
    ]
    actions = ["publish", "unpublish", "mark_followed_up", "archive"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_progress()

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        kwargs = priority_area_field(db_field, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("genomförda aktiviteter"))
    def progress(self, obj):
        return f"{obj.done_count} / {obj.activity_count}"

    def save_model(self, request, obj, form, change):
        note = (form.cleaned_data.get(REVISION_NOTE_FIELD) or "").strip()
        if change and obj.is_public and note:
            obj._change_reason = note
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is FollowUp:  # subscribers hear of a follow-up when it is published
            for inline_form in formset.forms:
                follow_up = inline_form.instance
                if (
                    follow_up.pk
                    and follow_up.is_published
                    and "is_published" in inline_form.changed_data
                    and inline_form not in formset.deleted_forms
                ):
                    events.emit(events.FOLLOW_UP_PUBLISHED, follow_up=follow_up)

    @admin.action(description=_("Publicera valda löften"))
    def publish(self, request, queryset):
        changed = 0
        for promise in queryset:
            if not promise.is_public:
                promise.publish()
                changed += 1
        self.message_user(
            request,
            ngettext("%(count)d löfte publicerades.", "%(count)d löften publicerades.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Avpublicera valda löften (tillbaka till utkast)"))
    def unpublish(self, request, queryset):
        changed = 0
        for promise in queryset:
            if promise.status != CitizenPromise.Status.DRAFT:
                promise.unpublish()
                changed += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d löfte är inte längre publicerat.",
                "%(count)d löften är inte längre publicerade.",
                changed,
            )
            % {"count": changed},
            messages.SUCCESS,
        )

    def _set_public_status(self, request, queryset, status):
        changed, refused = 0, 0
        for promise in queryset:
            try:
                promise.set_public_status(status)
                changed += 1
            except ValidationError:
                refused += 1
        if changed:
            self.message_user(
                request,
                ngettext("%(count)d löfte ändrades.", "%(count)d löften ändrades.", changed)
                % {"count": changed},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request,
                ngettext(
                    "%(count)d löfte är ett utkast: publicera det först.",
                    "%(count)d löften är utkast: publicera dem först.",
                    refused,
                )
                % {"count": refused},
                messages.WARNING,
            )

    @admin.action(description=_("Markera valda löften som uppföljda"))
    def mark_followed_up(self, request, queryset):
        self._set_public_status(request, queryset, CitizenPromise.Status.FOLLOWED_UP)

    @admin.action(description=_("Arkivera valda löften"))
    def archive(self, request, queryset):
        self._set_public_status(request, queryset, CitizenPromise.Status.ARCHIVED)


class FollowUpResultInline(CoordinatorOnlyInline, admin.TabularInline):
    """One row per activity of the promise: those without a result yet start prefilled with the
    activity and its current status; a row is saved once its result is written."""

    model = FollowUpResult
    fields = ["activity", "status", "result"]
    extra = 0

    @staticmethod
    def promise_id(request, follow_up):
        if follow_up is not None and follow_up.promise_id:
            return follow_up.promise_id
        wanted = request.GET.get("promise", "")
        return int(wanted) if wanted.isdigit() and len(wanted) < 10 else None

    def prefill(self, request, follow_up):
        promise_id = self.promise_id(request, follow_up)
        if promise_id is None:
            return []
        activities = PromiseActivity.objects.filter(promise_id=promise_id)
        if follow_up is not None and follow_up.pk is not None:
            activities = activities.exclude(results__follow_up=follow_up)
        return [
            {"activity": pk, "status": status}
            for pk, status in activities.order_by("position", "pk").values_list("pk", "status")
        ]

    def get_extra(self, request, obj=None, **kwargs):
        if request.method != "GET" or not self.has_add_permission(request, obj):
            return 0
        return len(self.prefill(request, obj))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "activity":
            activities = PromiseActivity.objects.select_related("promise")
            object_id = request.resolver_match.kwargs.get("object_id")
            if object_id:
                follow_up = FollowUp.objects.filter(pk=object_id).first()
                if follow_up is not None:
                    activities = activities.filter(promise_id=follow_up.promise_id)
            kwargs["queryset"] = activities
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(FollowUp)
class FollowUpAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin, SimpleHistoryAdmin):
    list_display = ["promise", "date", "covers_from", "covers_to", "is_published"]
    list_filter = ["is_published", "promise"]
    list_select_related = ["promise"]
    search_fields = ["summary", "promise__title"]
    fields = ["promise", "date", ("covers_from", "covers_to"), "summary", "is_published"]
    inlines = [FollowUpResultInline]
    actions = ["publish", "unpublish"]

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        # Also on POST: an untouched prefilled row is compared with its initial values.
        if isinstance(inline, FollowUpResultInline):
            kwargs["initial"] = inline.prefill(request, obj)
        return kwargs

    @staticmethod
    def _set_published(queryset, value):
        # Row by row, so that each change leaves a history record.
        count = 0
        for follow_up in queryset.exclude(is_published=value):
            follow_up.is_published = value
            follow_up.save(update_fields=["is_published"])
            if value:
                events.emit(events.FOLLOW_UP_PUBLISHED, follow_up=follow_up)
            count += 1
        return count

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.is_published and "is_published" in form.changed_data:
            events.emit(events.FOLLOW_UP_PUBLISHED, follow_up=obj)

    @admin.action(description=_("Publicera valda uppföljningar"))
    def publish(self, request, queryset):
        count = self._set_published(queryset, True)
        self.message_user(
            request,
            ngettext(
                "%(count)d uppföljning publicerades.",
                "%(count)d uppföljningar publicerades.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Avpublicera valda uppföljningar"))
    def unpublish(self, request, queryset):
        count = self._set_published(queryset, False)
        self.message_user(
            request,
            ngettext(
                "%(count)d uppföljning avpublicerades.",
                "%(count)d uppföljningar avpublicerades.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Survey)
class SurveyAdmin(InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin, admin.ModelAdmin):
    """The coordinator builds a safety survey from the standard questions and publishes it for a
    period; the answers are never edited here (they are anonymous and only counted)."""

    list_display = ["title", "opens_on", "closes_on", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "intro", ("opens_on", "closes_on"), "is_published"]}),
        (_("Standardfrågor"), {"fields": ["asks_safety", "asks_avoided", "asks_help"]}),
    ]


# --- The cooperation agreement --------------------------------------------------------------


class PriorityAreaInline(CoordinatorOnlyInline, admin.StackedInline):
    model = PriorityArea
    fields = ["title", "problem", "causes", "goals", "measures", "position"]
    extra = 0


class AgreementSignatoryInline(CoordinatorOnlyInline, admin.TabularInline):
    model = AgreementSignatory
    fields = ["name", "title", "party", "signed_on", "position"]
    extra = 0


@admin.register(CooperationAgreement)
class CooperationAgreementAdmin(
    InvalidatesPublicPagesAdmin, CoordinatorOnlyAdmin, SimpleHistoryAdmin
):
    """The strategist records the agreement: parties, validity, the priority areas of the
    problem analysis and the signatories, all on one page."""

    list_display = ["title", "valid_from", "valid_to", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["title", "summary"]
    fieldsets = [
        (None, {"fields": ["title", ("valid_from", "valid_to"), "summary", "parties"]}),
        (_("Undertecknande och publicering"), {"fields": ["signed_on", "is_published"]}),
        (_("Påminnelse"), {"fields": ["reminder_days"]}),
    ]
    # A two-box select: select2's multiple widget renders markup axe refuses.
    filter_horizontal = ["parties"]
    inlines = [PriorityAreaInline, AgreementSignatoryInline]
