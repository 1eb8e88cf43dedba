"""The citizen's answer form of a safety survey: only the survey's own standard questions.

Works without JavaScript: the area is a list, each named place has its own "why do you avoid
it" list (empty: I do not avoid it), and a marked point on the map (with JavaScript) fills two
hidden fields. The short free text passes the personal-data guard, and names of people are
refused outright, as in a tip. A signed one-time token in a hidden field (``TOKEN_SALT``) ties
the form to the survey; the view refuses a token used before. A honeypot field that people
never see catches simple robots.
"""

import secrets
from decimal import Decimal

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from citizen_promises.models import (
    AvoidReason,
    HelpOption,
    SafetyLevel,
    Survey,
    SurveyAvoidedPlace,
    SurveyHelp,
    SurveyQuestion,
    SurveyResponse,
)
from est_incidents.models import Place, validate_in_hjo
from hjo_safety.guarded_forms import STRICT, PersonalDataValidator
from hjo_safety.personal_data import INITIALS, NAME, find_names

TOKEN_SALT = "citizen_promises.survey.token"  # nosec B105 — a signing salt, not a password
TOKEN_MAX_AGE_SECONDS = 24 * 60 * 60
HONEYPOT_FIELD = "webbplats"
PLACE_PREFIX = "plats_"


def new_token(survey: Survey) -> str:
    return signing.dumps({"s": survey.pk, "n": secrets.token_urlsafe(16)}, salt=TOKEN_SALT)


class SurveyAnswerForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    webbplats = forms.CharField(
        required=False,
        label=_("Lämna det här fältet tomt"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    area = forms.ModelChoiceField(
        queryset=Place.objects.none(),
        required=False,
        label=_("Vilket område bor du i eller rör dig mest i?"),
        empty_label=_("Vill inte ange"),
        help_text=_("Resultatet visas per område, aldrig för färre än 5 svar."),
    )
    safety = forms.TypedChoiceField(
        choices=SafetyLevel.choices,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
        label=SurveyQuestion.SAFETY_EVENING.label,
    )
    point_latitude = forms.DecimalField(
        required=False, max_digits=9, decimal_places=6, widget=forms.HiddenInput
    )
    point_longitude = forms.DecimalField(
        required=False, max_digits=9, decimal_places=6, widget=forms.HiddenInput
    )
    point_reason = forms.ChoiceField(
        choices=[("", _("Ingen plats markerad"))] + AvoidReason.choices,
        required=False,
        label=_("Varför undviker du platsen du markerade på kartan?"),
    )
    helps = forms.MultipleChoiceField(
        choices=HelpOption.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=SurveyQuestion.WHAT_WOULD_HELP.label,
        help_text=_("Välj så många du vill."),
    )
    help_other = forms.CharField(
        required=False,
        max_length=300,
        label=_("Något annat som skulle hjälpa? (frivilligt)"),
        help_text=_(
            "Högst 300 tecken. Skriv inte namn, telefonnummer eller annat som pekar ut någon."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[PersonalDataValidator(STRICT, _("Något annat som skulle hjälpa"))],
    )

    def __init__(self, *args, survey: Survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.places = list(Place.objects.filter(is_active=True).order_by("name"))
        self.fields["area"].queryset = Place.objects.filter(is_active=True).order_by("name")
        self.place_fields = []
        if survey.asks_avoided:
            for place in self.places:
                name = f"{PLACE_PREFIX}{place.pk}"
                self.fields[name] = forms.ChoiceField(
                    choices=[("", _("Undviker inte"))] + AvoidReason.choices,
                    required=False,
                    label=place.name,
                )
                self.place_fields.append(name)
        else:
            for name in ("point_latitude", "point_longitude", "point_reason"):
                del self.fields[name]
        if not survey.asks_safety:
            del self.fields["safety"]
        if not survey.asks_help:
            del self.fields["helps"], self.fields["help_other"]

    def place_boundfields(self):
        return [self[name] for name in self.place_fields]

    def clean_webbplats(self):
        if self.cleaned_data.get("webbplats"):
            raise ValidationError(_("Svaret kunde inte tas emot."), code="honeypot")
        return ""

    def clean_token(self):
        try:
            data = signing.loads(
                self.cleaned_data["token"], salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE_SECONDS
            )
        except signing.BadSignature as error:
            raise ValidationError(
                _("Formuläret har gått ut. Ladda om sidan och svara igen."), code="token"
            ) from error
        if data.get("s") != self.survey.pk:
            raise ValidationError(_("Formuläret hör till en annan enkät."), code="token")
        return self.cleaned_data["token"]

    def clean_help_other(self):
        # The field's validator refused identity numbers, phone numbers, e-mail addresses and
        # registration numbers; an anonymous answer must not name people either.
        text = self.cleaned_data.get("help_other", "").strip()
        names = [f.text for f in find_names(text) if f.kind in (NAME, INITIALS)]
        if names:
            raise ValidationError(
                _(
                    "Fältet verkar innehålla namn på personer (%(names)s). Svaret är anonymt "
                    "och får inte peka ut någon: skriv vad som skulle hjälpa, inte vem. Är "
                    "ordet ett gatu- eller platsnamn kan du skriva det med liten bokstav."
                )
                % {"names": ", ".join(f"”{name}”" for name in names)},
                code="names",
            )
        return text

    def clean(self):
        data = super().clean()
        lat, lng = data.get("point_latitude"), data.get("point_longitude")
        if (lat is None) != (lng is None):
            raise ValidationError(_("Markera platsen på kartan igen."), code="point")
        if lat is not None:
            try:
                validate_in_hjo(Decimal(lat), Decimal(lng))
            except ValidationError as error:
                self.add_error(None, error)
            if not data.get("point_reason"):
                self.add_error("point_reason", _("Välj varför du undviker platsen du markerade."))
        return data

    def save(self, *, today) -> SurveyResponse:
        data = self.cleaned_data
        response = SurveyResponse.objects.create(
            survey=self.survey,
            area=data.get("area"),
            safety=data.get("safety"),
            help_other=data.get("help_other", ""),
            answered_on=today,
        )
        avoided = [
            SurveyAvoidedPlace(response=response, place=place, reason=data[name])
            for place, name in zip(self.places, self.place_fields, strict=False)
            if data.get(name)
        ]
        if data.get("point_latitude") is not None:
            avoided.append(
                SurveyAvoidedPlace(
                    response=response,
                    latitude=data["point_latitude"],
                    longitude=data["point_longitude"],
                    reason=data["point_reason"],
                )
            )
        SurveyAvoidedPlace.objects.bulk_create(avoided)
        SurveyHelp.objects.bulk_create(
            SurveyHelp(response=response, option=option) for option in data.get("helps", [])
        )
        return response
