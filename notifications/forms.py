"""The user's own choice of e-mail."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hjo_safety.guarded_forms import PersonalDataGuardMixin
from hjo_safety.models import Organisation
from notifications.models import Bulletin, NotificationSettings


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
            "digest",
            "bulletin",
        ]
        widgets = {"digest": forms.RadioSelect, "bulletin": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
