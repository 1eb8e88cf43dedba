"""Forms of the situation picture, the EST meetings and the statutory yearly document."""

from datetime import datetime, time, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from est_incidents.filters import FILTER_DATE_VALIDATORS
from est_incidents.models import (
    Category,
    EstAction,
    EstMeeting,
    EstMeetingReport,
    Place,
    YearlySituationAnalysis,
)
from est_incidents.situation import default_period
from hjo_safety.dates import DEFAULT_PERIOD_DAYS, DateInput, DateTimeInput, Period
from hjo_safety.guarded_forms import PersonalDataGuardMixin
from hjo_safety.models import Organisation
from hjo_safety.widgets import ListModelChoiceField

MAX_PERIOD_DAYS = 3 * 366


class SituationFilterForm(forms.Form):
    """The picture's filters (GET). Every field is optional; ``cleaned_data["period"]`` is the
    ``Period`` to show: the default period, or from the dates given (a missing end is today, a
    missing start the default length before the end)."""

    fran = forms.DateField(
        label=_("Från och med"),
        required=False,
        widget=DateInput(),
        validators=FILTER_DATE_VALIDATORS,
    )
    till = forms.DateField(
        label=_("Till och med"),
        required=False,
        widget=DateInput(),
        validators=FILTER_DATE_VALIDATORS,
    )
    place = ListModelChoiceField(
        label=_("Plats"),
        queryset=Place.objects.all(),
        required=False,
        empty_label=_("Alla"),
        label_field="name",  # str(place)
    )
    category = ListModelChoiceField(
        label=_("Kategori"),
        queryset=Category.objects.in_tree_order(),
        required=False,
        empty_label=_("Alla"),
    )
    organisation = ListModelChoiceField(
        label=_("Rapporterande organisation"),
        queryset=Organisation.objects.active(),
        required=False,
        empty_label=_("Alla"),
        label_field="name",  # str(organisation)
    )

    # The period's words, as in the incident list; old links' ``start``/``end`` still work.
    OLD_NAMES = {"start": "fran", "end": "till"}

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = data.copy()
            for old, new in self.OLD_NAMES.items():
                if old in data and new not in data:
                    data[new] = data[old]
        super().__init__(data, *args, **kwargs)

    def clean(self):
        data = super().clean()
        start, end = data.get("fran"), data.get("till")
        if start and end:
            if end < start:
                raise forms.ValidationError(
                    _("Slutdatumet är före startdatumet. Välj ett slutdatum efter startdatumet.")
                )
            if (end - start).days > MAX_PERIOD_DAYS:
                raise forms.ValidationError(
                    _("Perioden är för lång. Välj en period på högst tre år.")
                )
        if start and not end:
            end = max(start, timezone.localdate())
        if end and not start:
            start = Period.default(end).start
        data["period"] = Period(start, end) if start and end else default_period()
        return data


class EstMeetingForm(PersonalDataGuardMixin, forms.ModelForm):
    """A new or changed meeting; the period defaults from the previous meeting when left empty."""

    class Meta:
        model = EstMeeting
        fields = ["starts_at", "location", "period_start", "period_end", "organisations_present"]
        widgets = {
            "starts_at": DateTimeInput(),
            "period_start": DateInput(),
            "period_end": DateInput(),
            "organisations_present": forms.CheckboxSelectMultiple(),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period_start"].required = False
        self.fields["period_end"].required = False
        self.fields["period_start"].validators.extend(FILTER_DATE_VALIDATORS)
        self.fields["period_end"].validators.extend(FILTER_DATE_VALIDATORS)
        self.fields["period_start"].help_text = _("Lämna tomt: dagen efter förra mötets period.")
        self.fields["period_end"].help_text = _("Lämna tomt: dagen före mötet.")
        self.fields["organisations_present"].queryset = Organisation.objects.active()

    def clean(self):
        data = super().clean()
        starts_at = data.get("starts_at")
        if starts_at and (not data.get("period_start") or not data.get("period_end")):
            default_start, default_end = EstMeeting.default_period(starts_at)
            data["period_start"] = data.get("period_start") or default_start
            data["period_end"] = data.get("period_end") or default_end
        if data.get("period_start") and data.get("period_end"):
            if data["period_end"] < data["period_start"]:
                self.add_error(
                    "period_end",
                    _("Periodens sista dag är före dess första dag. Välj en senare dag."),
                )
        if (
            starts_at
            and EstMeeting.objects.filter(starts_at=starts_at).exclude(pk=self.instance.pk).exists()
        ):
            self.add_error("starts_at", _("Det finns redan ett EST-möte vid den tiden."))
        return data

    @classmethod
    def initial_for_next(cls):
        """Suggest the meeting a fortnight after the latest one, 09:00 local time."""
        latest = EstMeeting.objects.order_by("-starts_at").first()
        if latest is None:
            day = timezone.localdate() + timedelta(days=1)
        else:
            day = timezone.localdate(latest.starts_at) + timedelta(days=DEFAULT_PERIOD_DAYS)
        return {"starts_at": timezone.make_aware(datetime.combine(day, time(9, 0)))}


class EstMeetingReportForm(PersonalDataGuardMixin, forms.ModelForm):
    class Meta:
        model = EstMeetingReport
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}
        error_messages = {
            "text": {"required": _("Skriv vad som har hänt i er verksamhet sedan förra mötet.")}
        }


class EstActionForm(PersonalDataGuardMixin, forms.ModelForm):
    class Meta:
        model = EstAction
        fields = ["what", "responsible_organisation", "due_date"]
        widgets = {"due_date": DateInput()}
        error_messages = {
            "what": {"required": _("Skriv vad som ska göras.")},
            "responsible_organisation": {"required": _("Välj vilken organisation som ansvarar.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["responsible_organisation"].queryset = Organisation.objects.active()


class EstActionStatusForm(forms.ModelForm):
    class Meta:
        model = EstAction
        fields = ["status"]


class YearlyAnalysisForm(PersonalDataGuardMixin, forms.ModelForm):
    plan_decision_url = forms.URLField(
        label=_("Länk till beslutet"),
        required=False,
        assume_scheme="https",
        help_text=_("Protokollet eller beslutet i kommunens diarium, om det är publicerat."),
        error_messages={"invalid": _("Ange en hel webbadress, t.ex. https://hjo.se/…")},
    )

    class Meta:
        model = YearlySituationAnalysis
        fields = [
            "extent",
            "consequences",
            "analysis",
            "priorities",
            "plan_decision_body",
            "plan_decided_on",
            "plan_diary_number",
            "plan_decision_url",
        ]
        widgets = {
            **{
                name: forms.Textarea(attrs={"rows": 6})
                for name in ("extent", "consequences", "analysis", "priorities")
            },
            "plan_decided_on": DateInput(),
        }
        error_messages = {
            "plan_decided_on": {"invalid": _("Ange datum som 2026-03-15.")},
            "plan_decision_url": {"invalid": _("Ange en hel webbadress, t.ex. https://hjo.se/…")},
        }

    def clean(self):
        cleaned = super().clean()
        body, decided = cleaned.get("plan_decision_body"), cleaned.get("plan_decided_on")
        if bool(body) != bool(decided) and not self.has_error("plan_decided_on"):
            self.add_error(
                "plan_decided_on" if body else "plan_decision_body",
                _("Ange både vem som antog åtgärdsplanen och när, eller inget av dem."),
            )
        return cleaned
