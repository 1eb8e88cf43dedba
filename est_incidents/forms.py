"""Forms of the incident registry: logging, correcting and handling an incident.

``IncidentForm`` works without JavaScript: a category list, a date-and-time field that defaults
to now, a place picker, free place text and (optional) coordinates that the map script fills in
when JavaScript runs. Free text passes the personal-data guard (``hjo_safety.personal_data``):
text with a personal identity number, phone number, e-mail address or registration number is
refused with an error that says what and where, and nothing is stored (``PersonalDataGuardMixin``
from ``hjo_safety.guarded_forms``, the same guard as every other form and the admin).
"""

import uuid
from datetime import timedelta
from functools import cache

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Fieldset, Layout
from django import forms
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from est_incidents.models import Category, Incident, Place, validate_point
from hjo_safety import permissions
from hjo_safety.dates import DateTimeInput
from hjo_safety.forms import PLACE_LEGEND, FieldsetErrorMixin
from hjo_safety.guarded_forms import CONFIRM_NAMES_FIELD, PersonalDataGuardMixin
from hjo_safety.models import Organisation
from hjo_safety.widgets import ListModelChoiceField

# A clock a few minutes fast on a phone is not an error; a date in the future is.
FUTURE_TOLERANCE = timedelta(minutes=5)
# Older than this is almost certainly a typo in the year.
OLDEST_ALLOWED = timedelta(days=5 * 365)


def categories_for_choice(current=None):
    """Active categories, each main category followed by its subcategories.

    ``current`` (an incident's category) stays selectable when corrected, even if inactive.
    """
    if current is not None:
        queryset = Category.objects.in_tree_order()
        return queryset.filter(is_active=True) | queryset.filter(pk=current.pk)
    return _active_categories_in_tree_order().all()


@cache
def _active_categories_in_tree_order():
    """Built once (its ordering expressions and filter cost more than a copy); never evaluated
    itself: every caller gets a copy (``.all()``)."""
    return Category.objects.in_tree_order().filter(is_active=True)


def _plain_id(value):
    """``value`` as an id if it is one written plainly (digits that fit a bigint), else None."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 18:
        return int(value)
    return None


@cache
def _active_places_by_name():
    """Like ``_active_categories_in_tree_order``: built once, never evaluated itself (the field
    copies it)."""
    return Place.objects.active().order_by("name")


class PrefetchedModelChoiceField(ListModelChoiceField):
    """A ``ListModelChoiceField`` that takes the chosen object from ``prefetched`` (``{posted
    value: object, or None if it may not be chosen}``) when the form looked it up already."""

    prefetched = None

    def to_python(self, value):
        if self.prefetched is not None and value in self.prefetched:
            found = self.prefetched[value]
            if found is None:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": value},
                )
            return found
        return super().to_python(value)


class IncidentForm(FieldsetErrorMixin, PersonalDataGuardMixin, forms.ModelForm):
    """Log a new incident or correct one; handlers also set the status and handling note.

    ``user`` is the acting user. A user with several organisations chooses one; a user with a
    single organisation is not asked. ``can_handle`` adds the status and handling note.
    """

    submission_token = forms.UUIDField(
        widget=forms.HiddenInput,
        required=False,
        error_messages={"invalid": _("Formuläret är trasigt. Ladda om sidan och försök igen.")},
    )

    class Meta:
        model = Incident
        fields = [
            "organisation",
            "category",
            "occurred_at",
            "time_is_approximate",
            "ended_at",
            "place",
            "place_description",
            "latitude",
            "longitude",
            "description",
            "people_involved",
            "police_notified",
            "status",
            "handling_note",
        ]
        # Long lists (300 places at a large municipality): rendered in Python, one query each.
        field_classes = {
            "organisation": ListModelChoiceField,
            "category": PrefetchedModelChoiceField,
            "place": PrefetchedModelChoiceField,
        }
        widgets = {
            "occurred_at": DateTimeInput,
            "ended_at": DateTimeInput,
            "description": forms.Textarea(attrs={"rows": 5}),
            "handling_note": forms.Textarea(attrs={"rows": 3}),
            "police_notified": forms.RadioSelect,
            "latitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
            "longitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
        }
        labels = {
            "occurred_at": _("När hände det?"),
            "ended_at": _("Pågick till (valfritt)"),
            "place": _("Plats i listan"),
            "place_description": _("Beskrivning av platsen"),
            "latitude": _("Latitud"),
            "longitude": _("Longitud"),
            "people_involved": _("Antal inblandade (valfritt)"),
            "police_notified": _("Har polisen kontaktats?"),
        }
        help_texts = {
            "occurred_at": _("Datum och klockslag. Förifyllt med nu."),
            "place": _("Välj en namngiven plats, eller lämna tom och beskriv platsen i text."),
            "latitude": _("Fylls i när du markerar platsen på kartan."),
            "longitude": "",
        }
        error_messages = {
            "category": {
                "required": _("Välj vilken sorts händelse det var."),
                "invalid_choice": _(
                    "Kategorin finns inte eller används inte längre. Välj en annan kategori."
                ),
            },
            "occurred_at": {
                "required": _("Ange när händelsen inträffade."),
                "invalid": _("Ange datum och tid som 2026-05-31 22:30."),
            },
            "ended_at": {"invalid": _("Ange datum och tid som 2026-05-31 23:30.")},
            "place": {"invalid_choice": _("Platsen finns inte längre. Välj en annan plats.")},
            "organisation": {
                "required": _("Välj vilken organisation du rapporterar för."),
                "invalid_choice": _("Välj en av dina egna organisationer."),
            },
            "description": {"required": _("Beskriv kort vad som hände.")},
            "latitude": {"invalid": _("Ange latitud som ett tal, t.ex. 58.3042.")},
            "longitude": {"invalid": _("Ange longitud som ett tal, t.ex. 14.2873.")},
        }

    def __init__(self, *args, user, can_handle=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        is_new = self.instance.pk is None
        # The user's active organisations (ids, by name): whom a new incident is reported for.
        self.organisation_ids = []
        if is_new and self.is_bound and connection.vendor == "postgresql":
            self.organisation_ids = self._look_up_choices(user)
        elif is_new:  # the form shown, or the demo's SQLite
            self.organisation_ids = list(
                Organisation.objects.of_member(user)
                .active()
                .order_by("name")
                .values_list("pk", flat=True)
            )
        if is_new and len(self.organisation_ids) > 1:
            field = self.fields["organisation"]
            field.queryset = Organisation.objects.filter(pk__in=self.organisation_ids)
            field.empty_label = _("Välj organisation")
            field.label_from_instance = lambda org: org.name
            field.help_text = _("Du är med i flera organisationer: välj vilken du rapporterar för.")
        else:
            del self.fields["organisation"]
        if not is_new:
            del self.fields["submission_token"]
        elif not self.is_bound:
            self.initial["submission_token"] = uuid.uuid4()
        if not is_new:
            self.fields["occurred_at"].help_text = _("Datum och klockslag.")
        if is_new and not self.is_bound:
            self.initial.setdefault(
                "occurred_at", timezone.localtime().replace(second=0, microsecond=0)
            )

        current = self.instance.category if self.instance.category_id else None
        self.fields["category"].queryset = categories_for_choice(current)
        self.fields["category"].empty_label = _("Välj kategori")
        if self.instance.place_id:
            place_queryset = Place.objects.active() | Place.objects.filter(
                pk=self.instance.place_id
            )
            self.fields["place"].queryset = place_queryset.order_by("name")
        else:
            self.fields["place"].queryset = _active_places_by_name()
        self.fields["place"].empty_label = _("Ingen namngiven plats")
        self.fields["people_involved"].choices = [
            ("", _("Vet inte / vill inte ange")),
            *Incident.PeopleInvolved.choices,
        ]
        self.fields["description"].help_text = _(
            "Beskriv vad som hände. Skriv inte namn, personnummer, telefonnummer, "
            "e-postadresser eller registreringsnummer."
        )
        if not can_handle:
            del self.fields["status"]
            del self.fields["handling_note"]
        else:
            self.fields["handling_note"].help_text = _(
                "Vad har gjorts? Syns för organisationen och samordnarna. Inga personuppgifter."
            )

    def _look_up_choices(self, user):
        """One query for a posted new incident instead of three: the user's active
        organisations (ids, by name, returned), and the posted category and place if they may be
        chosen (active), handed to their fields (``PrefetchedModelChoiceField``).

        The same conditions as the fields' querysets (``categories_for_choice()`` and
        ``Place.objects.active()`` for a new incident); a value that is not a plain id is left to
        the field, which refuses it as before.
        """
        category_id = _plain_id(self["category"].value())
        place_id = _plain_id(self["place"].value())
        quote = connection.ops.quote_name
        select, models_read = [], []
        for model, alias in ((Category, "c"), (Place, "p")):
            columns = [f"{alias}.{quote(f.column)}" for f in model._meta.concrete_fields]
            select += columns
            models_read.append((model, [f.attname for f in model._meta.concrete_fields]))
        organisation_table = quote(Organisation._meta.db_table)
        sql = (
            f"SELECT ARRAY(SELECT o.id FROM {organisation_table} o "  # nosec B608 — names from models
            "WHERE o.id = ANY(%s) AND o.is_active ORDER BY o.name, o.id), "
            f"{', '.join(select)} FROM (SELECT 1) AS one "
            f"LEFT JOIN {quote(Category._meta.db_table)} c ON c.id = %s AND c.is_active "
            f"LEFT JOIN {quote(Place._meta.db_table)} p ON p.id = %s AND p.is_active"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [sorted(permissions.organisation_ids(user)), category_id, place_id])
            row = cursor.fetchone()
        organisation_ids, values = list(row[0]), row[1:]
        for (model, attnames), name, posted in (
            (models_read[0], "category", category_id),
            (models_read[1], "place", place_id),
        ):
            found_values, values = values[: len(attnames)], values[len(attnames) :]
            if posted is None:
                continue
            found = None
            if found_values[0] is not None:
                found = model.from_db(connection.alias, attnames, found_values)
            self.fields[name].prefetched = {self[name].value(): found}
        return organisation_ids

    @cached_property
    def helper(self):
        """The crispy layout, built when the form is rendered (a valid POST never is)."""
        helper = FormHelper()
        helper.form_tag = False
        helper.disable_csrf = True
        what = ["category", "occurred_at", "time_is_approximate", "ended_at"]
        if "organisation" in self.fields:
            what.insert(0, "organisation")
        parts = [
            Fieldset(_("Vad och när"), *what),
            Fieldset(
                PLACE_LEGEND,
                HTML(self.fieldset_error_html()),
                "place",
                "place_description",
                HTML('{% include "est_incidents/incident_form_map.html" %}'),
                HTML(
                    '<details class="incident-coordinates mb-3"'
                    "{% if form.latitude.errors or form.longitude.errors %} open{% endif %}>"
                    '<summary>{% load i18n %}{% translate "Ange koordinater" %}</summary>'
                ),
                Div("latitude", "longitude", css_class="incident-point mt-2"),
                HTML("</details>"),
                **self.fieldset_attrs(),
            ),
            Fieldset(
                _("Beskrivning"),
                "description",
                "people_involved",
                "police_notified",
            ),
        ]
        if "status" in self.fields:
            parts.append(Fieldset(_("Hantering"), "status", "handling_note"))
        if "submission_token" in self.fields:
            parts.append("submission_token")
        parts.append(CONFIRM_NAMES_FIELD)
        helper.layout = Layout(*parts)
        return helper

    # --- Validation --------------------------------------------------------------------------

    def clean_organisation(self):
        organisation = self.cleaned_data.get("organisation")
        if organisation is not None and organisation.pk not in self.organisation_ids:
            raise ValidationError(self.fields["organisation"].error_messages["invalid_choice"])
        return organisation

    def clean_occurred_at(self):
        occurred_at = self.cleaned_data["occurred_at"]
        now = timezone.now()
        if occurred_at > now + FUTURE_TOLERANCE:
            raise ValidationError(
                _("Tiden ligger i framtiden. Ange när händelsen inträffade – senast nu."),
                code="future",
            )
        if occurred_at < now - OLDEST_ALLOWED:
            raise ValidationError(
                _("Datumet ligger mer än fem år tillbaka. Kontrollera årtalet."), code="too_old"
            )
        return occurred_at

    def clean_ended_at(self):
        ended_at = self.cleaned_data.get("ended_at")
        if ended_at and ended_at > timezone.now() + FUTURE_TOLERANCE:
            raise ValidationError(
                _("Sluttiden ligger i framtiden. Lämna fältet tomt om händelsen pågår."),
                code="future",
            )
        return ended_at

    def clean(self):
        cleaned = super().clean()
        if "organisation" not in self.fields and self.instance.pk is None:
            if not self.organisation_ids:
                raise ValidationError(
                    _(
                        "Du är inte med i någon aktiv organisation och kan inte rapportera. "
                        "Kontakta din organisations administratör."
                    ),
                    code="no_organisation",
                )
            self.instance.organisation_id = self.organisation_ids[0]
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if not (self.has_error("latitude") or self.has_error("longitude")):
            try:
                validate_point(latitude, longitude)
            except ValidationError as error:
                self.add_error(None, error)
        ended_at, occurred_at = cleaned.get("ended_at"), cleaned.get("occurred_at")
        if ended_at and occurred_at and ended_at < occurred_at:
            self.add_error("ended_at", _("Sluttiden måste vara efter starttiden."))
        if (
            not cleaned.get("place")
            and not cleaned.get("place_description")
            and latitude is None
            and not self.has_error("place_description")
            and not self.has_error("latitude")
        ):
            self.add_fieldset_error(
                _(
                    "Ange var det hände: välj en plats, skriv var det var eller markera "
                    "platsen på kartan."
                )
            )
        return cleaned

    # Checked by the form itself (its choice fields, ``clean_*`` and ``clean``): the model's own
    # field validation and check constraints would check them again, each foreign key and each
    # ``CheckConstraint`` with its own database query (six per submission). The database still
    # enforces every constraint on save; the model's ``clean`` (the point in Hjo) still runs.
    CHECKED_BY_THE_FORM = {
        "organisation",
        "category",
        "place",
        "occurred_at",
        "ended_at",
        "latitude",
        "longitude",
        "people_involved",
        "police_notified",
        "status",
    }

    def _get_validation_exclusions(self):
        return super()._get_validation_exclusions() | self.CHECKED_BY_THE_FORM

    def _post_clean(self):
        # The model's clean repeats the point checks above; the form already placed those
        # errors on the right fields, so only run it when the form is otherwise valid.
        if not self.errors:
            super()._post_clean()

    def save(self, commit=True):
        incident = super().save(commit=False)
        if incident.pk is None:
            incident.reported_by = self.user
            incident.submission_token = self.cleaned_data.get("submission_token") or uuid.uuid4()
        if commit:
            incident.save()
        return incident
