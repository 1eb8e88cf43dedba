"""Forms of the weekly report (issue 25, point 4): several incidents in one sitting, and an
organisation's "inget att rapportera" for a period.

``IncidentRowForm`` is one row of the table: the fields a weekly report needs, each free-text
field behind the personal-data guard (``PersonalDataGuardMixin``, the same as the one-incident
form). ``incident_rows_formset`` holds the rows; an untouched row is skipped, and every filled row
must be valid before any is saved (``views.weekly``). No JavaScript: more rows come from
``?rader=``.
"""

import uuid
from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from est_incidents.forms import IncidentForm, categories_for_choice
from est_incidents.models import Incident, NothingToReport, Place
from hjo_safety.dates import DateInput, DateTimeInput
from hjo_safety.guarded_forms import CONFIRM_NAMES_FIELD, PersonalDataGuardMixin
from hjo_safety.models import Organisation
from hjo_safety.widgets import ListModelChoiceField

DEFAULT_ROWS = 5
MAX_ROWS = 30
LONGEST_DECLARATION = timedelta(days=92)


class OrganisationChoiceForm(forms.Form):
    """Whom the rows (or the declaration) are for: asked only of a member of several."""

    organisation = ListModelChoiceField(
        queryset=Organisation.objects.none(),
        label=_("Organisation"),
        empty_label=_("Välj organisation"),
        error_messages={
            "required": _("Välj vilken organisation du rapporterar för."),
            "invalid_choice": _("Välj en av dina egna organisationer."),
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.choices = Organisation.objects.of_member(user).active().order_by("name")
        self.fields["organisation"].queryset = self.choices
        self.fields["organisation"].label_from_instance = lambda org: org.name

    @property
    def needed(self) -> bool:
        return len(self.choices) > 1

    def chosen(self):
        """The organisation: the only one, or the chosen one (None when not yet valid)."""
        if not self.needed:
            return self.choices[0] if self.choices else None
        return self.cleaned_data.get("organisation") if self.is_valid() else None


class IncidentRowForm(PersonalDataGuardMixin, forms.ModelForm):
    """One incident of the table: what, when, where, what happened."""

    class Meta:
        model = Incident
        fields = [
            "category",
            "occurred_at",
            "place",
            "place_description",
            "description",
            "people_involved",
            "police_notified",
        ]
        field_classes = {"category": ListModelChoiceField, "place": ListModelChoiceField}
        widgets = {
            "occurred_at": DateTimeInput,
            "description": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {
            "occurred_at": _("När"),
            "place": _("Plats"),
            "place_description": _("Var exakt? (valfritt)"),
            "description": _("Vad hände?"),
            "people_involved": _("Antal inblandade"),
            "police_notified": _("Polisen kontaktad?"),
        }
        error_messages = IncidentForm.Meta.error_messages

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories_for_choice()
        self.fields["category"].empty_label = _("Välj kategori")
        self.fields["place"].queryset = Place.objects.active().order_by("name")
        self.fields["place"].empty_label = _("Ingen namngiven plats")
        self.fields["people_involved"].choices = [
            ("", _("Vet inte")),
            *Incident.PeopleInvolved.choices,
        ]
        self.fields["description"].help_text = _("Inga namn eller andra personuppgifter.")
        self.fields["place_description"].help_text = ""
        self.initial.setdefault("police_notified", Incident.PoliceNotified.UNKNOWN)
        self.initial.setdefault(
            "occurred_at", timezone.localtime().replace(second=0, microsecond=0)
        )

    clean_occurred_at = IncidentForm.clean_occurred_at

    # A row counts as filled when anything but its prefilled time and "vet inte" was touched:
    # the time a row was prefilled with moves on between showing the table and sending it.
    PREFILLED = frozenset({"occurred_at", "police_notified", CONFIRM_NAMES_FIELD})

    def has_changed(self):
        return bool(set(self.changed_data) - self.PREFILLED)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("place") and not cleaned.get("place_description"):
            if not self.has_error("place_description"):
                self.add_error(
                    "place", _("Ange var det hände: välj en plats eller skriv var det var.")
                )
        return cleaned


def incident_rows_formset(data=None, *, rows=DEFAULT_ROWS):
    """The table with ``rows`` empty rows (a POST keeps the number it was sent with)."""
    formset_class = forms.modelformset_factory(
        Incident,
        form=IncidentRowForm,
        extra=max(1, min(rows, MAX_ROWS)),
        max_num=MAX_ROWS,
        absolute_max=MAX_ROWS,
        validate_max=True,
    )
    return formset_class(data, queryset=Incident.objects.none(), prefix="rad")


def row_token(batch: uuid.UUID, index: int) -> uuid.UUID:
    """Each row's submission token, from the table's: a table sent twice saves nothing twice."""
    return uuid.uuid5(batch, str(index))


class NothingToReportForm(forms.ModelForm):
    class Meta:
        model = NothingToReport
        fields = ["period_start", "period_end"]
        widgets = {"period_start": DateInput, "period_end": DateInput}
        error_messages = {
            "period_start": {"required": _("Ange periodens första dag.")},
            "period_end": {"required": _("Ange periodens sista dag.")},
        }

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end:
            if end < start:
                self.add_error(
                    "period_end", _("Sista dagen måste vara samma dag som eller efter den första.")
                )
            elif end > timezone.localdate():
                self.add_error(
                    "period_end",
                    _("Perioden kan inte sluta i framtiden. Anmäl när perioden är över."),
                )
            elif end - start > LONGEST_DECLARATION:
                self.add_error("period_end", _("Anmäl högst tre månader åt gången."))
        return cleaned
