"""The user's own choice of e-mail, and a citizen's subscription."""

from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from hjo_safety.guarded_forms import PersonalDataGuardMixin
from hjo_safety.models import Organisation
from notifications.models import Bulletin, NotificationSettings, Topic


class NotificationSettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = [
            "incident_status",
            "incident_note",
            "incident_shared",
            "council",
            "action_reminder",
            "coverage_reminder",
            "tip_forwarded",
            "tip_received",
            "handles_shares",
            "digest",
            "bulletin",
        ]
        widgets = {"digest": forms.RadioSelect, "bulletin": forms.RadioSelect}

    def __init__(self, *args, moderator=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not moderator:  # only those who moderate tips are told of new ones
            del self.fields["tip_received"]
        # A form saved without the bulletin choice (an older page) keeps what was chosen.
        self.fields["bulletin"].required = False

    def clean_bulletin(self):
        return self.cleaned_data.get("bulletin") or self.instance.bulletin


class BulletinForm(PersonalDataGuardMixin, forms.ModelForm):
    """A bulletin to every EST participant or to chosen organisations; its title and text are
    guarded against personal data (names are asked about before sending)."""

    class Meta:
        model = Bulletin
        fields = ["kind", "title", "text", "to_all", "organisations"]
        widgets = {
            "kind": forms.RadioSelect,
            "text": forms.Textarea(attrs={"rows": 8}),
            "organisations": forms.CheckboxSelectMultiple,
        }
        labels = {"to_all": _("Skicka till alla EST-deltagare")}
        help_texts = {
            "text": _(
                "Skriv om platser, tider och vad som har hänt, aldrig om enskilda personer: "
                "inga namn, personnummer, telefonnummer, e-postadresser eller registreringsnummer."
            ),
            "organisations": _("Välj organisationer om utskicket inte ska gå till alla."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = Organisation.objects.active().order_by("name")
        self.fields["organisations"].required = False

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("to_all") and not cleaned.get("organisations"):
            self.add_error(
                "organisations",
                _("Välj minst en organisation, eller kryssa i ”Skicka till alla EST-deltagare”."),
            )
        return cleaned


class SubscriptionForm(forms.Form):
    """A citizen's subscription to one topic; the address is confirmed by mail (double opt-in)."""

    email = forms.EmailField(
        label=_("Din e-postadress"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Vi skickar ett mejl med en länk som du bekräftar prenumerationen med."),
    )
    topic = forms.ChoiceField(
        label=_("Vad vill du följa?"), choices=Topic.choices, widget=forms.RadioSelect
    )
    promise = forms.ModelChoiceField(
        label=_("Medborgarlöfte"),
        queryset=None,
        required=False,
        empty_label=_("Välj löfte"),
        help_text=_("Bara om du vill följa uppföljningarna av ett medborgarlöfte."),
    )
    place = forms.ModelChoiceField(
        label=_("Område"),
        queryset=None,
        required=False,
        empty_label=_("Hela Hjo kommun"),
        help_text=_("Bara för nya siffror: området vars siffror du vill få."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from citizen_promises.models import CitizenPromise
        from est_incidents.models import Place

        self.fields["promise"].queryset = CitizenPromise.objects.published().order_by("title")
        self.fields["place"].queryset = Place.objects.order_by("name")
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("topic") == Topic.FOLLOW_UP and not cleaned.get("promise"):
            self.add_error("promise", _("Välj vilket medborgarlöfte du vill följa."))
        return cleaned
