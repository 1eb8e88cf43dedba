"""Forms of interventions: log one (once or every week) and filter the list.

``InterventionForm`` works without JavaScript: kind, places as checkboxes, native date and time
pickers, the weekly rule as weekday checkboxes with two times and a last date, and optional
coordinates that the map script fills in. The description passes the personal-data guard
(``hjo_safety.personal_data``), as an incident's text does.
"""

from datetime import datetime, time, timedelta

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Fieldset, Layout
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from est_incidents import extensions
from est_incidents.models import EstAction, EstMeeting, Place, validate_point
from est_measures import recurrence
from est_measures.models import (
    FindingShare,
    Intervention,
    InterventionKind,
    SafetyWalk,
    SafetyWalkFinding,
)
from hjo_safety.dates import DateInput, DateTimeInput
from hjo_safety.guarded_forms import (
    CONFIRM_NAMES_FIELD,
    STRICT,
    PersonalDataGuardMixin,
    PersonalDataValidator,
)
from hjo_safety.models import Organisation
from hjo_safety.personal_data import personal_data_error
from hjo_safety.widgets import ListModelChoiceField

EARLIEST = datetime(2000, 1, 1).date()
LATEST = datetime(2100, 12, 31).date()
WEEKDAY_CHOICES = [(str(n), name.capitalize()) for n, name in recurrence.WEEKDAY_NAMES.items()]


def guard_free_text(form, name):
    """The personal-data guard on one free-text field of ``form`` (the admin's forms)."""
    text = form.cleaned_data.get(name, "")
    error = personal_data_error(text, str(form.fields[name].label))
    if error:
        raise ValidationError(error, code="personal_data")
    return text


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%H:%M")


def in_sane_range(value, label):
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(
            _("%(label)s måste ligga mellan år 2000 och 2100. Kontrollera årtalet.")
            % {"label": label},
            code="out_of_range",
        )
    return value


class InterventionForm(PersonalDataGuardMixin, forms.ModelForm):
    """Log or change an intervention. ``user`` is the acting user."""

    weekdays = forms.MultipleChoiceField(
        label=_("Veckodagar"),
        choices=WEEKDAY_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Kryssa i dagarna om insatsen återkommer varje vecka, t.ex. fredag och lördag."
        ),
    )

    class Meta:
        model = Intervention
        fields = [
            "organisation",
            "kind",
            "co_organisations",
            "starts_at",
            "ends_at",
            "recurrence_start_time",
            "recurrence_end_time",
            "recurrence_until",
            "places",
            "latitude",
            "longitude",
            "description",
            "est_action",
        ]
        field_classes = {
            "organisation": ListModelChoiceField,
            "kind": ListModelChoiceField,
            "est_action": ListModelChoiceField,
        }
        widgets = {
            "co_organisations": forms.CheckboxSelectMultiple,
            "places": forms.CheckboxSelectMultiple,
            "starts_at": DateTimeInput,
            "ends_at": DateTimeInput,
            "recurrence_start_time": TimeInput,
            "recurrence_end_time": TimeInput,
            "recurrence_until": DateInput,
            "description": forms.Textarea(attrs={"rows": 3}),
            "latitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
            "longitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
        }
        labels = {
            "kind": _("Vad gjordes?"),
            "starts_at": _("Start"),
            "ends_at": _("Slut (enstaka insats)"),
            "recurrence_start_time": _("Från klockan"),
            "recurrence_end_time": _("Till klockan"),
            "recurrence_until": _("Sista dag"),
            "places": _("Platser"),
            "latitude": _("Latitud (valfritt)"),
            "longitude": _("Longitud (valfritt)"),
            "description": _("Kort beskrivning (valfritt)"),
            "est_action": _("Genomför EST-åtgärd (valfritt)"),
        }
        help_texts = {
            "starts_at": _("Datum och klockslag. För en återkommande insats: första dagen."),
            "latitude": _("Fylls i när du markerar platsen på kartan."),
            "longitude": "",
        }
        error_messages = {
            "kind": {
                "required": _("Välj vad som gjordes."),
                "invalid_choice": _("Den sortens insats finns inte längre. Välj en annan."),
            },
            "starts_at": {
                "required": _("Ange när insatsen började."),
                "invalid": _("Ange datum och tid som 2026-05-31 22:00."),
            },
            "ends_at": {"invalid": _("Ange datum och tid som 2026-05-31 23:30.")},
            "recurrence_start_time": {"invalid": _("Ange klockslag som 22:00.")},
            "recurrence_end_time": {"invalid": _("Ange klockslag som 02:00.")},
            "recurrence_until": {"invalid": _("Ange datum som 2026-12-31.")},
            "organisation": {
                "required": _("Välj vilken organisation insatsen gjordes av."),
                "invalid_choice": _("Välj en av dina egna organisationer."),
            },
            "places": {"invalid_choice": _("En vald plats finns inte längre. Välj en annan.")},
            "est_action": {"invalid_choice": _("Åtgärden finns inte. Välj en annan eller ingen.")},
            "latitude": {"invalid": _("Ange latitud som ett tal, t.ex. 58.3042.")},
            "longitude": {"invalid": _("Ange longitud som ett tal, t.ex. 14.2873.")},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        is_new = self.instance.pk is None
        from hjo_safety import permissions

        if permissions.is_coordinator(user):
            owners = Organisation.objects.active()
        else:
            owners = Organisation.objects.active().filter(pk__in=permissions.organisation_ids(user))
        self.owners = list(owners.order_by("name"))
        if is_new and len(self.owners) > 1:
            field = self.fields["organisation"]
            field.queryset = Organisation.objects.filter(pk__in=[o.pk for o in self.owners])
            field.empty_label = _("Välj organisation")
            field.help_text = _("Vilken organisation gjorde insatsen?")
        else:
            del self.fields["organisation"]

        kinds = InterventionKind.objects.active()
        if self.instance.kind_id:
            kinds = kinds | InterventionKind.objects.filter(pk=self.instance.kind_id)
        self.fields["kind"].queryset = kinds.order_by("position", "name")
        self.fields["kind"].empty_label = _("Välj sorts insats")
        self.fields["co_organisations"].queryset = Organisation.objects.active().order_by("name")
        places = Place.objects.active()
        if self.instance.pk:
            places = places | Place.objects.filter(interventions=self.instance)
        self.fields["places"].queryset = places.distinct().order_by("name")
        actions = EstAction.objects.open().select_related("meeting")
        if self.instance.est_action_id:
            actions = actions | EstAction.objects.filter(pk=self.instance.est_action_id)
        self.fields["est_action"].queryset = actions.order_by("-pk")
        self.fields["est_action"].empty_label = _("Ingen")
        # Council actions and promise activities live above this app; their apps add their
        # fields here (est_incidents.extensions) and store the links from their side.
        self.contributors = extensions.form_contributors("intervention_form")
        self.contributed = []
        for contributor in self.contributors:
            added = contributor.fields(user, self.instance)
            self.fields.update(added)
            self.contributed.extend(added)
        if self.instance.is_recurring:
            self.initial.setdefault(
                "weekdays", sorted(str(d) for d in self.instance.rule().weekdays)
            )
        if is_new and not self.is_bound:
            now = timezone.localtime().replace(second=0, microsecond=0)
            self.initial.setdefault("starts_at", now)
        self.helper = self._build_helper()

    def _build_helper(self):
        helper = FormHelper()
        helper.form_tag = False
        helper.disable_csrf = True
        what = ["kind", "co_organisations"]
        if "organisation" in self.fields:
            what.insert(0, "organisation")
        helper.layout = Layout(
            Fieldset(_("Vad och vem"), *what),
            Fieldset(_("När"), "starts_at", "ends_at"),
            Fieldset(
                _("Återkommer varje vecka? (valfritt)"),
                HTML(
                    '<p class="form-text">{% load i18n %}{% translate "T.ex. nattvandring '
                    "varje fredag och lördag 22–02: kryssa i dagarna, ange tiderna och sista "
                    'dagen. Slut lämnas då tomt." %}</p>'
                ),
                "weekdays",
                Div(
                    "recurrence_start_time",
                    "recurrence_end_time",
                    "recurrence_until",
                    css_class="recurrence-times",
                ),
            ),
            Fieldset(
                _("Var"),
                "places",
                HTML('{% include "est_incidents/incident_form_map.html" %}'),
                Div("latitude", "longitude", css_class="incident-point"),
            ),
            Fieldset(_("Beskrivning"), "description"),
            Fieldset(_("Vad genomför insatsen? (valfritt)"), "est_action", *self.contributed),
            CONFIRM_NAMES_FIELD,
        )
        return helper

    # --- Validation -----------------------------------------------------------------------

    def clean_organisation(self):
        organisation = self.cleaned_data.get("organisation")
        if organisation is not None and organisation not in self.owners:
            raise ValidationError(self.fields["organisation"].error_messages["invalid_choice"])
        return organisation

    def clean_starts_at(self):
        return in_sane_range(self.cleaned_data["starts_at"], _("Start"))

    def clean_ends_at(self):
        value = self.cleaned_data.get("ends_at")
        return in_sane_range(value, _("Slut")) if value else value

    def clean_recurrence_until(self):
        value = self.cleaned_data.get("recurrence_until")
        return in_sane_range(value, _("Sista dag")) if value else value

    def clean(self):
        cleaned = super().clean()
        if "organisation" not in self.fields and self.instance.pk is None:
            if not self.owners:
                raise ValidationError(
                    _(
                        "Du är inte med i någon aktiv organisation och kan inte registrera "
                        "insatser. Kontakta din organisations administratör."
                    ),
                    code="no_organisation",
                )
            self.instance.organisation = self.owners[0]
        self._clean_point(cleaned)
        self._clean_rule(cleaned)
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at < starts_at:
            self.add_error("ends_at", _("Sluttiden måste vara efter starttiden."))
        owner = cleaned.get("organisation") or getattr(self.instance, "organisation", None)
        co = cleaned.get("co_organisations")
        if owner is not None and co is not None and owner in co:
            cleaned["co_organisations"] = [o for o in co if o != owner]
        if (
            not cleaned.get("places")
            and cleaned.get("latitude") is None
            and not self.has_error("places")
            and not self.has_error("latitude")
        ):
            raise ValidationError(
                _("Ange var insatsen gjordes: välj en eller flera platser eller markera kartan."),
                code="no_place",
            )
        return cleaned

    def _clean_point(self, cleaned):
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if not (self.has_error("latitude") or self.has_error("longitude")):
            try:
                validate_point(latitude, longitude)
            except ValidationError as error:
                self.add_error(None, error)

    def _clean_rule(self, cleaned):
        days = cleaned.get("weekdays") or []
        start, end = cleaned.get("recurrence_start_time"), cleaned.get("recurrence_end_time")
        until = cleaned.get("recurrence_until")
        rule_parts = [start, end, until]
        if not days:
            if any(part is not None for part in rule_parts):
                self.add_error(
                    "weekdays",
                    _("Kryssa i vilka veckodagar insatsen återkommer, eller töm tiderna nedanför."),
                )
            return
        for name, value, message in (
            ("recurrence_start_time", start, _("Ange från vilket klockslag, t.ex. 22:00.")),
            ("recurrence_end_time", end, _("Ange till vilket klockslag, t.ex. 02:00.")),
            ("recurrence_until", until, _("Ange sista dagen insatsen återkommer.")),
        ):
            if value is None and not self.has_error(name):
                self.add_error(name, message)
        if start is not None and end is not None and start == end:
            self.add_error("recurrence_end_time", _("Sluttiden kan inte vara samma som starten."))
        if cleaned.get("ends_at") is not None:
            self.add_error(
                "ends_at",
                _("Lämna slut tomt för en återkommande insats: sista dagen anger när den slutar."),
            )
        starts_at = cleaned.get("starts_at")
        if starts_at and until:
            first = timezone.localtime(starts_at).date()
            if until < first:
                self.add_error("recurrence_until", _("Sista dagen måste vara efter starten."))
            elif (until - first).days > recurrence.MAX_RULE_DAYS:
                self.add_error(
                    "recurrence_until",
                    _(
                        "En återkommande insats kan pågå i högst tre år. Välj ett tidigare "
                        "slutdatum."
                    ),
                )

    CHECKED_BY_THE_FORM = {"organisation", "kind", "est_action", "latitude", "longitude"}

    def _get_validation_exclusions(self):
        return super()._get_validation_exclusions() | self.CHECKED_BY_THE_FORM

    def _post_clean(self):
        self.instance.recurrence_weekdays = recurrence.format_weekdays(
            self.cleaned_data.get("weekdays") or []
        )
        if not self.errors:
            super()._post_clean()

    def _save_m2m(self):
        super()._save_m2m()
        for contributor in self.contributors:
            contributor.save(self.user, self.instance, self.cleaned_data)

    def save(self, commit=True):
        intervention = super().save(commit=False)
        if intervention.pk is None:
            intervention.created_by = self.user
        if commit:
            intervention.save()
            self.save_m2m()
        return intervention


class InterventionFilterForm(forms.Form):
    """Filters of the intervention list (GET)."""

    fran = forms.DateField(label=_("Från"), required=False, widget=DateInput)
    till = forms.DateField(label=_("Till"), required=False, widget=DateInput)
    sort = ListModelChoiceField(
        label=_("Sorts insats"),
        queryset=InterventionKind.objects.order_by("position", "name"),
        required=False,
        empty_label=_("Alla sorter"),
    )
    organisation = ListModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        empty_label=_("Alla organisationer"),
    )
    plats = ListModelChoiceField(
        label=_("Plats"),
        queryset=Place.objects.order_by("name"),
        required=False,
        empty_label=_("Alla platser"),
    )

    def clean_fran(self):
        value = self.cleaned_data.get("fran")
        return in_sane_range(value, _("Från")) if value else value

    def clean_till(self):
        value = self.cleaned_data.get("till")
        return in_sane_range(value, _("Till")) if value else value

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        tz = timezone.get_current_timezone()
        if data.get("fran") or data.get("till"):
            start = datetime.combine(data.get("fran") or EARLIEST, time.min, tzinfo=tz)
            end = datetime.combine(
                (data.get("till") or LATEST) + timedelta(days=1), time.min, tzinfo=tz
            )
            queryset = queryset.in_period(start, end)
        if data.get("sort"):
            queryset = queryset.filter(kind=data["sort"])
        if data.get("organisation"):
            org = data["organisation"]
            queryset = queryset.filter(
                pk__in=Intervention.objects.filter(
                    Q(organisation=org) | Q(co_organisations=org)
                ).values("pk")
            )
        if data.get("plats"):
            queryset = queryset.filter(
                pk__in=Intervention.objects.filter(places=data["plats"]).values("pk")
            )
        return queryset


# --- Safety walks ---------------------------------------------------------------------------


class SafetyWalkForm(PersonalDataGuardMixin, forms.ModelForm):
    """A safety walk's facts. ``user`` is the acting user; only a coordinator publishes."""

    class Meta:
        model = SafetyWalk
        fields = ["date", "area", "organisations", "residents_count", "notes", "is_published"]
        widgets = {
            "date": DateInput,
            "organisations": forms.CheckboxSelectMultiple,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "date": {
                "required": _("Ange vilken dag vandringen gjordes."),
                "invalid": _("Ange datum som 2026-10-15."),
            },
            "area": {"required": _("Skriv vilket område eller vilken sträcka ni gick.")},
            "organisations": {"required": _("Kryssa i vilka organisationer som var med.")},
            "residents_count": {"invalid": _("Ange antalet boende som ett heltal, t.ex. 12.")},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        from hjo_safety import permissions

        self.user = user
        self.is_coordinator = permissions.is_coordinator(user)
        self.fields["organisations"].queryset = Organisation.objects.active().order_by("name")
        if not self.is_coordinator:
            del self.fields["is_published"]
            if self.instance.pk is None and not self.is_bound:
                self.initial["organisations"] = list(permissions.organisation_ids(user))

    def clean_date(self):
        return in_sane_range(self.cleaned_data["date"], _("Datum"))

    def clean_organisations(self):
        from hjo_safety import permissions

        chosen = self.cleaned_data.get("organisations")
        mine = permissions.organisation_ids(self.user)
        if not self.is_coordinator and chosen is not None and not any(o.pk in mine for o in chosen):
            raise ValidationError(
                _("Kryssa i din egen organisation: annars kan du inte ändra vandringen sedan."),
                code="not_own",
            )
        return chosen


class FindingForm(PersonalDataGuardMixin, forms.ModelForm):
    """One finding of a walk, a row of the findings formset."""

    class Meta:
        model = SafetyWalkFinding
        fields = [
            "problem_kind",
            "place",
            "latitude",
            "longitude",
            "description",
            "proposed_measure",
            "responsible_organisation",
            "status",
        ]
        field_classes = {
            "place": ListModelChoiceField,
            "responsible_organisation": ListModelChoiceField,
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 2}),
            "proposed_measure": forms.Textarea(attrs={"rows": 2}),
            "latitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
            "longitude": forms.NumberInput(attrs={"step": "0.000001", "inputmode": "decimal"}),
        }
        labels = {
            "latitude": _("Latitud (valfritt)"),
            "longitude": _("Longitud (valfritt)"),
            "proposed_measure": _("Föreslagen åtgärd (valfritt)"),
        }
        error_messages = {
            "problem_kind": {"required": _("Välj vilken sorts problem det är.")},
            "description": {"required": _("Beskriv kort vad som upplevdes som otryggt.")},
            "latitude": {"invalid": _("Ange latitud som ett tal, t.ex. 58.3042.")},
            "longitude": {"invalid": _("Ange longitud som ett tal, t.ex. 14.2873.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        places = Place.objects.active()
        if self.instance.place_id:
            places = places | Place.objects.filter(pk=self.instance.place_id)
        self.fields["place"].queryset = places.order_by("name")
        self.fields["place"].empty_label = _("Ingen namngiven plats")
        self.fields["responsible_organisation"].queryset = Organisation.objects.active().order_by(
            "name"
        )
        self.fields["responsible_organisation"].empty_label = _("Ingen vald än")
        self.fields["problem_kind"].choices = [
            ("", _("Välj problem")),
            *SafetyWalkFinding.ProblemKind.choices,
        ]

    def clean(self):
        cleaned = super().clean()
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if not (self.has_error("latitude") or self.has_error("longitude")):
            try:
                validate_point(latitude, longitude)
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


FindingFormSet = forms.inlineformset_factory(
    SafetyWalk, SafetyWalkFinding, form=FindingForm, extra=3, can_delete=True
)


class FindingToActionForm(PersonalDataGuardMixin, forms.Form):
    """Turn a finding into an EST action at a chosen meeting (the coordinator)."""

    meeting = ListModelChoiceField(
        label=_("EST-möte"),
        queryset=EstMeeting.objects.none(),
        empty_label=None,
        help_text=_("Mötet där åtgärden tas upp och följs upp."),
        error_messages={"invalid_choice": _("Välj ett av mötena i listan.")},
    )
    what = forms.CharField(
        label=_("Vad ska göras?"),
        max_length=300,
        validators=[PersonalDataValidator(STRICT, _("Vad ska göras?"))],
        error_messages={"required": _("Skriv vad som ska göras.")},
    )
    responsible_organisation = ListModelChoiceField(
        label=_("Ansvarig organisation"),
        queryset=Organisation.objects.none(),
        empty_label=_("Välj organisation"),
        error_messages={"required": _("Välj vilken organisation som ansvarar.")},
    )
    due_date = forms.DateField(
        label=_("Klart senast (valfritt)"),
        required=False,
        widget=DateInput,
        error_messages={"invalid": _("Ange datum som 2026-12-31.")},
    )

    def __init__(self, *args, finding, **kwargs):
        super().__init__(*args, **kwargs)
        meetings = EstMeeting.objects.order_by("-starts_at")
        self.fields["meeting"].queryset = meetings
        self.fields["responsible_organisation"].queryset = Organisation.objects.active().order_by(
            "name"
        )
        upcoming = meetings.filter(starts_at__gte=timezone.now()).order_by("starts_at").first()
        self.initial.setdefault("meeting", (upcoming or meetings.first() or EstMeeting()).pk)
        self.initial.setdefault("what", (finding.proposed_measure or finding.description)[:300])
        self.initial.setdefault("responsible_organisation", finding.responsible_organisation_id)

    def clean_due_date(self):
        value = self.cleaned_data.get("due_date")
        return in_sane_range(value, _("Klart senast")) if value else value


class FindingShareForm(PersonalDataGuardMixin, forms.ModelForm):
    """Share a finding with the organisation that can act on it (default: the responsible one)."""

    organisation = ListModelChoiceField(
        label=_("Dela med"),
        queryset=Organisation.objects.none(),
        empty_label=_("Välj organisation"),
        error_messages={
            "required": _("Välj vilken organisation fyndet ska delas med."),
            "invalid_choice": _("Välj en av organisationerna i listan."),
        },
    )

    class Meta:
        model = FindingShare
        fields = ["organisation", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, finding, **kwargs):
        super().__init__(*args, **kwargs)
        shared = finding.shares.values("organisation")
        self.fields["organisation"].queryset = (
            Organisation.objects.active().exclude(pk__in=shared).order_by("name")
        )
        if finding.responsible_organisation_id:
            self.initial.setdefault("organisation", finding.responsible_organisation_id)


class FindingShareAnswerForm(PersonalDataGuardMixin, forms.ModelForm):
    """The receiving organisation's follow-up: the finding's status and a short answer."""

    status = forms.ChoiceField(
        label=_("Status för fyndet"),
        choices=SafetyWalkFinding.Status.choices,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = FindingShare
        fields = ["answer"]
        widgets = {"answer": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("status", self.instance.finding.status)
