"""Forms of the digital safety walk (issue 26, point 3): a citizen's mark on the campaign map, a
sign-up for the walk, and the coordinator's campaign form.

``MarkForm`` works without JavaScript like the tip form: a place from the list, or (with
JavaScript) a point the map fills into two hidden fields. It has the tip form's guards against
abuse (honeypot, signed start time) and its reason passes the personal-data guard, refusing
names as a tip does.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from citizen_tips.forms import TipForm, guard_text, started_value
from est_incidents.models import Place, validate_in_hjo
from est_measures.models import CampaignMark, WalkCampaign, WalkSignup
from hjo_safety.guarded_forms import PersonalDataGuardMixin
from hjo_safety.widgets import ListModelChoiceField


class MarkForm(PersonalDataGuardMixin, forms.ModelForm):
    warn_about_names = False

    started = forms.CharField(widget=forms.HiddenInput, required=False)
    webbplats = forms.CharField(required=False, max_length=200)

    class Meta:
        model = CampaignMark
        fields = ["place", "latitude", "longitude", "verdict", "reason"]
        field_classes = {"place": ListModelChoiceField}
        widgets = {
            "verdict": forms.RadioSelect,
            "latitude": forms.HiddenInput,
            "longitude": forms.HiddenInput,
            "reason": forms.TextInput(attrs={"maxlength": 300}),
        }
        labels = {
            "place": _("Plats i listan"),
            "verdict": _("Hur känns platsen?"),
            "reason": _("Varför? (kort)"),
        }
        help_texts = {
            "place": _("Välj en plats, eller markera den på kartan."),
            "reason": _(
                "T.ex. ”mörkt och skymt efter klockan sex”. Skriv inte namn på personer eller "
                "andra personuppgifter. Högst 300 tecken."
            ),
        }
        error_messages = {
            "verdict": {"required": _("Välj om platsen känns trygg eller otrygg.")},
            "reason": {"required": _("Skriv kort varför.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].queryset = Place.objects.active().order_by("name")
        self.fields["place"].empty_label = _("Ingen plats i listan (markera på kartan)")
        self.fields["verdict"].choices = CampaignMark.Verdict.choices
        if not self.is_bound:
            self.initial["started"] = started_value()

    clean_started = TipForm.clean_started
    clean_webbplats = TipForm.clean_webbplats

    def clean_reason(self):
        return guard_text(
            self.cleaned_data.get("reason", ""), str(self.fields["reason"].label), refuse_names=True
        )

    def clean(self):
        cleaned = super().clean()
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if (latitude is None) != (longitude is None):
            raise ValidationError(_("Punkten på kartan var ofullständig. Markera platsen igen."))
        if latitude is not None:
            validate_in_hjo(latitude, longitude)
        elif not cleaned.get("place") and not self.has_error("place"):
            self.add_error("place", _("Välj en plats i listan eller markera den på kartan."))
        return cleaned


class SignupForm(forms.ModelForm):
    webbplats = forms.CharField(required=False, max_length=200)

    class Meta:
        model = WalkSignup
        fields = ["name", "email"]
        labels = {"name": _("Ditt namn"), "email": _("Din e-postadress")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name", "maxlength": 120}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "maxlength": 254}),
        }
        help_texts = {
            "email": _(
                "Vi skickar praktisk information inför vandringen. Namn och adress tas bort när "
                "vandringen är gjord."
            )
        }
        error_messages = {
            "name": {"required": _("Skriv ditt namn.")},
            "email": {
                "required": _("Skriv din e-postadress."),
                "invalid": _("Skriv e-postadressen som namn@exempel.se."),
            },
        }

    def __init__(self, *args, campaign=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.campaign = campaign

    clean_webbplats = TipForm.clean_webbplats

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if self.campaign and self.campaign.signups.filter(email=email).exists():
            raise ValidationError(_("Den adressen är redan anmäld till vandringen."))
        return email


class CampaignForm(PersonalDataGuardMixin, forms.ModelForm):
    class Meta:
        model = WalkCampaign
        fields = ["title", "area", "description", "opens_on", "closes_on", "walk_date"]
        widgets = {
            "opens_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "closes_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "walk_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens_on"), cleaned.get("closes_on")
        if opens and closes and closes < opens:
            self.add_error("closes_on", _("Kampanjen kan inte stänga innan den öppnar."))
        return cleaned
