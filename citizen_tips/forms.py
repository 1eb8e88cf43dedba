"""Forms of citizens' tips: the public tip form, and the staff's accept, reject and answer forms.

``TipForm`` works without JavaScript: a named place, a free description of the spot, and (with
JavaScript) a point that the map fills into two hidden fields. It guards against abuse without
third-party services: a honeypot field that people never see, a signed timestamp that refuses a
form sent faster than a person can fill it in (``TIP_MIN_FILL_SECONDS``) or left open for more
than a day, and size limits on every field. The rate limit per client address lives in the view.

Every free text passes the personal-data guard (``hjo_safety.personal_data``); a tip's text is
also refused when it seems to name a person, since a tip must not point anyone out.
"""

import time

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Fieldset, Layout
from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from citizen_tips.models import (
    ANSWER_MAX_LENGTH,
    PLACE_DESCRIPTION_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    CitizenTip,
)
from est_incidents.models import Category, Place, validate_in_hjo
from hjo_safety.attachments import IMAGE, IMAGE_ACCEPT, checked_content
from hjo_safety.forms import PLACE_LEGEND, FieldsetErrorMixin
from hjo_safety.guarded_forms import STRICT, PersonalDataGuardMixin, PersonalDataValidator
from hjo_safety.models import Organisation
from hjo_safety.personal_data import INITIALS, NAME, find_names, personal_data_error
from hjo_safety.widgets import ListModelChoiceField

STARTED_SALT = "citizen_tips.form.started"
FORM_MAX_AGE_SECONDS = 24 * 60 * 60
HONEYPOT_FIELD = "webbplats"


def names_in(text: str) -> list[str]:
    """What in ``text`` looks like people's names or initials (not known places or streets):
    the core's ``find_names``, which every guarded staff form warns about."""
    return [f.text for f in find_names(text) if f.kind in (NAME, INITIALS)]


def guard_text(text: str, label: str, *, refuse_names: bool) -> str:
    """Raise the Swedish ``ValidationError`` for personal data (and names) in ``text``."""
    error = personal_data_error(text, label)
    if error:
        raise ValidationError(error, code="personal_data")
    if refuse_names:
        names = names_in(text)
        if names:
            raise ValidationError(
                _(
                    "Fältet ”%(field)s” verkar innehålla namn på personer (%(names)s). Ett tips "
                    "får inte peka ut eller gå att koppla till någon person: beskriv platsen och "
                    "vad som gör den otrygg, inte vem. Är ordet ett gatu- eller platsnamn kan du "
                    "skriva det med liten bokstav. Tipset har inte skickats."
                )
                % {"field": label, "names": ", ".join(f"”{name}”" for name in names)},
                code="names",
            )
    return text


def started_value(now: float | None = None) -> str:
    """The signed time the form was shown (a hidden field)."""
    return signing.dumps(int(now if now is not None else time.time()), salt=STARTED_SALT)


class TipForm(FieldsetErrorMixin, PersonalDataGuardMixin, forms.ModelForm):
    """A citizen's tip. Refusals say why, in Swedish; nothing is stored until it is valid.
    Names are refused outright (``guard_text``), not only warned about: a citizen's tip must
    never point anyone out."""

    warn_about_names = False

    started = forms.CharField(widget=forms.HiddenInput, required=False)
    # The honeypot: hidden from people (CSS and aria-hidden), filled in by form-filling robots.
    webbplats = forms.CharField(
        label=_("Lämna det här fältet tomt"), required=False, max_length=200
    )
    # A photo of the place (issue 25): re-encoded without its metadata before it is stored,
    # seen only by those who handle the tip (hjo_safety.attachments).
    photo = forms.FileField(
        label=_("Bild på platsen (valfritt)"),
        required=False,
        help_text=_(
            "Ansikten och registreringsskyltar får inte synas på bilden: det ansvarar du för. "
            "JPEG, PNG eller WebP. Platsuppgifter och kamerans uppgifter tas bort när bilden "
            "sparas. Bara de som hanterar tipset ser bilden."
        ),
        widget=forms.FileInput(attrs={"accept": IMAGE_ACCEPT}),
    )

    class Meta:
        model = CitizenTip
        fields = [
            "place",
            "place_description",
            "latitude",
            "longitude",
            "kind",
            "time_of_day",
            "text",
            "email",
        ]
        field_classes = {"place": ListModelChoiceField}
        widgets = {
            "kind": forms.RadioSelect,
            "time_of_day": forms.RadioSelect,
            "latitude": forms.HiddenInput,
            "longitude": forms.HiddenInput,
            "text": forms.Textarea(attrs={"rows": 5, "maxlength": TEXT_MAX_LENGTH}),
            "place_description": forms.TextInput(attrs={"maxlength": PLACE_DESCRIPTION_MAX_LENGTH}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "maxlength": 254}),
        }
        labels = {
            "place": _("Plats i listan"),
            "place_description": _("Beskrivning av platsen"),
            "kind": _("Vad gör platsen otrygg?"),
            "time_of_day": _("När känns det otryggt?"),
            "text": _("Berätta mer (valfritt)"),
            "email": _("Din e-postadress, om du vill ha svar (valfritt)"),
        }
        help_texts = {
            "place_description": _("T.ex. ”gångtunneln under järnvägen vid Bangatan”."),
            "text": _(
                "Beskriv platsen och vad som gör den otrygg. Skriv inte namn på personer, "
                "personnummer, telefonnummer, e-postadresser eller registreringsnummer. "
                "Högst 2000 tecken."
            ),
            "email": _(
                "Vi använder adressen bara för att svara på tipset och tar bort den när "
                "ärendet är avslutat."
            ),
        }
        error_messages = {
            "kind": {"required": _("Välj vad som gör platsen otrygg.")},
            "time_of_day": {"required": _("Välj när det känns otryggt.")},
            "place": {"invalid_choice": _("Platsen finns inte längre. Välj en annan plats.")},
            "email": {
                "invalid": _("Skriv e-postadressen som namn@exempel.se, eller lämna fältet tomt.")
            },
            "text": {"max_length": _("Skriv högst %(limit_value)d tecken (nu %(show_value)d).")},
            "place_description": {
                "max_length": _("Skriv högst %(limit_value)d tecken (nu %(show_value)d).")
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].queryset = Place.objects.active().order_by("name")
        self.fields["place"].empty_label = _("Ingen namngiven plats")
        self.fields["kind"].choices = CitizenTip.Kind.choices
        self.fields["time_of_day"].choices = CitizenTip.TimeOfDay.choices
        self.fields["text"].max_length = TEXT_MAX_LENGTH
        self.fields["text"].validators.append(MaxLengthValidator(TEXT_MAX_LENGTH))
        for name in ("latitude", "longitude"):
            self.fields[name].error_messages["invalid"] = _(
                "Punkten på kartan kunde inte läsas. Ta bort markeringen och försök igen."
            )
        if not self.is_bound:
            self.initial["started"] = started_value()

    @cached_property
    def helper(self):
        """The crispy layout, built when the form is rendered (after validation, so that the
        place fieldset can point to its error)."""
        helper = FormHelper()
        helper.form_tag = False
        helper.disable_csrf = True
        helper.layout = Layout(
            Fieldset(
                PLACE_LEGEND,
                HTML(self.fieldset_error_html()),
                "place",
                "place_description",
                HTML('{% include "citizen_tips/tip_form_map.html" %}'),
                "latitude",
                "longitude",
                **self.fieldset_attrs(),
            ),
            Fieldset(_("Vad och när"), "kind", "time_of_day", "text", "photo"),
            Fieldset(
                _("Vill du ha svar?"),
                "email",
                HTML('{% include "citizen_tips/tip_form_privacy.html" %}'),
            ),
            "started",
        )
        return helper

    # --- Validation --------------------------------------------------------------------------

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        self.photo_content = checked_content(upload, IMAGE) if upload else None
        return upload

    def clean_text(self):
        return guard_text(
            self.cleaned_data.get("text", ""), str(self.fields["text"].label), refuse_names=True
        )

    def clean_place_description(self):
        return guard_text(
            self.cleaned_data.get("place_description", ""),
            str(self.fields["place_description"].label),
            refuse_names=True,
        )

    def clean_webbplats(self):
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise ValidationError(
                _(
                    "Tipset kunde inte tas emot: ett dolt fält som bara automatiska program "
                    "fyller i var ifyllt. Ladda om sidan och skicka tipset igen."
                ),
                code="honeypot",
            )
        return ""

    def clean_started(self):
        value = self.cleaned_data.get("started", "")
        try:
            started = int(signing.loads(value, salt=STARTED_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            raise ValidationError(
                _("Formuläret är trasigt eller för gammalt. Ladda om sidan och försök igen."),
                code="started_invalid",
            ) from None
        elapsed = time.time() - started
        if elapsed > FORM_MAX_AGE_SECONDS:
            raise ValidationError(
                _(
                    "Formuläret har varit öppet i mer än ett dygn. Kopiera din text, ladda om "
                    "sidan och skicka tipset igen."
                ),
                code="started_too_old",
            )
        if elapsed < settings.TIP_MIN_FILL_SECONDS:
            raise ValidationError(
                _(
                    "Formuläret skickades snabbare än en människa hinner fylla i det, så vi tog "
                    "inte emot det. Vänta några sekunder och skicka igen."
                ),
                code="too_fast",
            )
        return value

    def clean(self):
        cleaned = super().clean()
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if (latitude is None) != (longitude is None):
            self.add_error(None, _("Punkten på kartan var ofullständig. Markera platsen igen."))
        elif latitude is not None:
            try:
                validate_in_hjo(latitude, longitude)
            except ValidationError as error:
                self.add_error(None, error)
        if (
            not cleaned.get("place")
            and not cleaned.get("place_description")
            and latitude is None
            and not self.has_error("place_description")
        ):
            self.add_fieldset_error(
                _(
                    "Berätta var platsen är: välj en plats i listan, beskriv var den är eller "
                    "markera den på kartan."
                )
            )
        return cleaned


# --- Staff ------------------------------------------------------------------------------------


class AcceptForm(forms.Form):
    """Accept a tip: it becomes an incident of the chosen organisation in the mapping."""

    organisation = ListModelChoiceField(
        queryset=Organisation.objects.none(),
        label=_("Organisation som registrerar händelsen"),
        empty_label=_("Välj organisation"),
        error_messages={"required": _("Välj vilken organisation som registrerar händelsen.")},
    )
    category = ListModelChoiceField(
        queryset=Category.objects.none(),
        label=_("Kategori"),
        empty_label=_("Välj kategori"),
        error_messages={"required": _("Välj en kategori för händelsen.")},
    )
    description = forms.CharField(
        label=_("Beskrivning i kartläggningen"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=TEXT_MAX_LENGTH,
        error_messages={"required": _("Beskriv händelsen kort för kartläggningen.")},
        help_text=_("Förifylld med tipsets text. Inga personuppgifter."),
    )
    share_with = ListModelChoiceField(
        queryset=Organisation.objects.none(),
        label=_("Dela med organisationen som kan åtgärda (valfritt)"),
        required=False,
        empty_label=_("Dela inte"),
        help_text=_(
            "Mottagaren ser händelsen under ”Delade med oss” och kan svara hur den hanteras."
        ),
        error_messages={"invalid_choice": _("Välj en organisation i listan, eller ”Dela inte”.")},
    )
    share_note = forms.CharField(
        label=_("Meddelande till mottagaren (valfritt)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_(
            "Kort om vad ni vill ha hjälp med. Skriv inte namn, personnummer, telefonnummer, "
            "e-postadresser eller registreringsnummer."
        ),
        error_messages={"max_length": _("Korta meddelandet till högst 1000 tecken.")},
    )

    def __init__(self, *args, user, tip, **kwargs):
        super().__init__(*args, **kwargs)
        from hjo_safety import permissions

        organisations = Organisation.objects.active()
        if not permissions.is_coordinator(user):
            organisations = organisations.filter(pk__in=permissions.organisation_ids(user))
        self.fields["organisation"].queryset = organisations.order_by("name")
        # Any active participating organisation may receive the share, as in the staff loop.
        self.fields["share_with"].queryset = Organisation.objects.active().order_by("name")
        self.fields["category"].queryset = Category.objects.in_tree_order().filter(is_active=True)
        if not self.is_bound:
            own = list(organisations.values_list("pk", flat=True)[:2])
            if len(own) == 1:
                self.initial["organisation"] = own[0]
            category = Category.objects.filter(code=KIND_CATEGORY_CODES.get(tip.kind)).first()
            if category is not None:
                self.initial["category"] = category.pk
            self.initial["description"] = tip.text or tip.get_kind_display()

    def clean_description(self):
        return guard_text(
            self.cleaned_data["description"],
            str(self.fields["description"].label),
            refuse_names=True,
        )

    def clean_share_note(self):
        return guard_text(
            self.cleaned_data.get("share_note", ""),
            str(self.fields["share_note"].label),
            refuse_names=True,
        )

    def clean(self):
        cleaned = super().clean()
        share_with, organisation = cleaned.get("share_with"), cleaned.get("organisation")
        if share_with is not None and organisation is not None and share_with == organisation:
            self.add_error(
                "share_with",
                _(
                    "Händelsen registreras redan av %(organisation)s. Välj en annan "
                    "organisation att dela med, eller ”Dela inte”."
                )
                % {"organisation": organisation.name},
            )
        if cleaned.get("share_note") and share_with is None and not self.has_error("share_with"):
            self.add_error(
                "share_note",
                _("Välj vilken organisation meddelandet ska till, eller töm meddelandet."),
            )
        return cleaned


# The category proposed when a tip of a kind is accepted (codes seeded by est_incidents).
KIND_CATEGORY_CODES = {
    CitizenTip.Kind.LIGHTING: "belysning",
    CitizenTip.Kind.HIDDEN: "skymd-sikt",
    CitizenTip.Kind.VANDALISM: "skadegorelse",
    CitizenTip.Kind.GATHERING: "samling",
    CitizenTip.Kind.TRAFFIC: "buskorning",
    CitizenTip.Kind.OTHER: "otrygg-plats",
}


class ForwardForm(forms.Form):
    """Forward a tip to the organisation that can act, without an incident in the mapping."""

    organisation = ListModelChoiceField(
        queryset=Organisation.objects.none(),
        label=_("Organisation som kan åtgärda"),
        empty_label=_("Välj organisation"),
        error_messages={
            "required": _("Välj vilken organisation tipset ska till."),
            "invalid_choice": _("Välj en organisation i listan."),
        },
    )
    note = forms.CharField(
        label=_("Meddelande till mottagaren"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_(
            "Kort om vad ni vill att de gör. Skriv inte namn, personnummer, telefonnummer, "
            "e-postadresser eller registreringsnummer."
        ),
        error_messages={"max_length": _("Korta meddelandet till högst 1000 tecken.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.active().order_by("name")

    def clean_note(self):
        return guard_text(
            self.cleaned_data.get("note", ""), str(self.fields["note"].label), refuse_names=True
        )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Skäl att avvisa"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("Internt, syns inte för medborgaren. Inga personuppgifter."),
        error_messages={"required": _("Skriv varför tipset avvisas.")},
    )

    def clean_reason(self):
        return guard_text(
            self.cleaned_data["reason"], str(self.fields["reason"].label), refuse_names=False
        )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Svar till medborgaren"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=ANSWER_MAX_LENGTH,
        help_text=_(
            "Visas på medborgarens statussida och mejlas om hen lämnat en e-postadress. "
            "Inga personuppgifter."
        ),
        error_messages={"required": _("Skriv ett svar till medborgaren.")},
    )
    # Not ticked by default: a first answer often asks for more or promises a follow-up.
    close = forms.BooleanField(
        label=_("Avsluta tipset med svaret (e-postadressen tas då bort)"),
        required=False,
        initial=False,
    )

    def clean_answer(self):
        return guard_text(
            self.cleaned_data["answer"], str(self.fields["answer"].label), refuse_names=False
        )


class CloseForm(forms.Form):
    """Closing a tip tells the citizen what was done (status page, and mail with an address)."""

    closing_note = forms.CharField(
        label=_("Vad gjordes?"),
        # Free text: the same personal-data guard as every other free-text field.
        validators=[PersonalDataValidator(STRICT, _("Vad gjordes?"))],
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=ANSWER_MAX_LENGTH,
        help_text=_(
            "Visas för medborgaren på statussidan och mejlas om hen lämnat en e-postadress. "
            "Inga personuppgifter."
        ),
        error_messages={"required": _("Skriv kort vad som gjordes, så att medborgaren får veta.")},
    )

    def clean_closing_note(self):
        return guard_text(
            self.cleaned_data["closing_note"],
            str(self.fields["closing_note"].label),
            refuse_names=False,
        )
