"""Forms for sharing an incident and for the receiver's handling of it.

Free text passes the personal-data guard (``PersonalDataGuardMixin``), like the incident form:
a note with a personal identity number, phone number, e-mail address or registration number is
refused with a message that says what and where, and nothing is stored; a name, initials or a
home address is warned about before saving, with a "Spara ändå" checkbox (the mixin).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from est_incidents.models import HandlingStatus, Incident, IncidentShare
from hjo_safety.guarded_forms import STRICT, PersonalDataGuardMixin, PersonalDataValidator
from hjo_safety.models import Organisation


class ShareForm(PersonalDataGuardMixin, forms.Form):
    """Choose a participating organisation and write a short note.

    The organisations offered are the active ones other than the incident's own and those it is
    already shared with; the category's default receiver (or its main category's) is preselected.
    """

    organisation = forms.ModelChoiceField(
        label=_("Dela med"),
        queryset=Organisation.objects.none(),
        empty_label=_("Välj organisation"),
        error_messages={
            "required": _("Välj vilken organisation händelsen ska delas med."),
            "invalid_choice": _(
                "Välj en organisation i listan – händelsen kan inte delas med den valda."
            ),
        },
    )
    note = forms.CharField(
        label=_("Meddelande till mottagaren"),
        required=False,
        # Free text: the same personal-data guard as every other free-text field.
        validators=[PersonalDataValidator(STRICT, _("Meddelande till mottagaren"))],
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Kort om varför ni delar och vad ni vill ha hjälp med. Skriv inte namn, "
            "personnummer, telefonnummer, e-postadresser eller registreringsnummer."
        ),
        error_messages={"max_length": _("Korta meddelandet till högst 1000 tecken.")},
    )

    def __init__(self, *args, incident: Incident, **kwargs):
        super().__init__(*args, **kwargs)
        already = IncidentShare.objects.active().filter(incident=incident).values("organisation")
        field = self.fields["organisation"]
        field.queryset = (
            Organisation.objects.active()
            .exclude(pk=incident.organisation_id)
            .exclude(pk__in=already)
            .order_by("name")
        )
        category = incident.category
        default = category.default_share_organisation_id or (
            category.parent.default_share_organisation_id if category.parent_id else None
        )
        if default and not self.is_bound:
            self.initial.setdefault("organisation", default)
        self.default_organisation_id = default


class HandlingForm(PersonalDataGuardMixin, forms.Form):
    """The receiving organisation's handling status and an optional note."""

    handling_status = forms.ChoiceField(
        label=_("Er hantering"),
        choices=HandlingStatus.choices,
        error_messages={"invalid_choice": _("Välj en status i listan.")},
    )
    note = forms.CharField(
        label=_("Anteckning om hanteringen"),
        required=False,
        validators=[PersonalDataValidator(STRICT, _("Anteckning om hanteringen"))],
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Vad ni har gjort eller planerar. Syns för er och för organisationen som delade "
            "händelsen. Inga personuppgifter."
        ),
        error_messages={"max_length": _("Korta anteckningen till högst 2000 tecken.")},
    )

    def __init__(self, *args, share: IncidentShare, **kwargs):
        kwargs.setdefault("prefix", f"s{share.pk}")
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("handling_status", share.handling_status)
