"""The personal-data guard on every free-text form field, in the portal and the admin alike.

Free text is every ``TextField`` and every ``CharField`` without choices of our apps' models,
apart from the fields listed in ``NOT_FREE_TEXT`` (with the reason each is not free text). One
validator, ``PersonalDataValidator``, refuses personal data in such a field; it is attached by

- ``PersonalDataGuardMixin`` on the portal's ModelForms (``class ReportForm(PersonalDataGuardMixin,
  forms.ModelForm)``), and
- ``PersonalDataGuardAdminMixin`` on the admin base classes in ``admin_mixins`` (every admin and
  inline of our apps), through ``formfield_for_dbfield``,

so a new free-text field is guarded wherever it appears without further code.
``tests/hjo_safety/test_free_text_guarded.py`` lists every such field and fails when one is
neither guarded nor in ``NOT_FREE_TEXT``.

Two modes, chosen per app (``personal_data_mode`` on the app's ``AppConfig``):

- ``STRICT`` (the default; incidents and EST meetings): identity numbers, phone numbers, e-mail
  addresses and registration numbers are refused.
- ``OFFICE_HOLDERS`` (the council and the citizen promises, whose texts name office holders by
  role and name on purpose): identity numbers, phone numbers and e-mail addresses are refused;
  registration numbers and names are not.
"""

from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils.deconstruct import deconstructible

from hjo_safety.personal_data import (
    EMAIL,
    PERSONNUMMER,
    PHONE,
    SAMORDNINGSNUMMER,
    VEHICLE,
    personal_data_error,
)

STRICT = "strict"
OFFICE_HOLDERS = "office_holders"
MODE_KINDS = {
    STRICT: frozenset({PERSONNUMMER, SAMORDNINGSNUMMER, PHONE, EMAIL, VEHICLE}),
    OFFICE_HOLDERS: frozenset({PERSONNUMMER, SAMORDNINGSNUMMER, PHONE, EMAIL}),
}

# Text fields that are not free text, "app_label.Model.field": each with why the guard does not
# apply. Anything not listed here is guarded (and the test checks that it is).
NOT_FREE_TEXT = {
    # Names of organisations, categories and places: chosen by coordinators, shown in lists.
    "hjo_safety.Organisation.name",
    "hjo_safety.Organisation.short_name",
    "est_incidents.Category.name",
    "est_incidents.Category.code",  # a slug
    "est_incidents.Place.name",
    "est_incidents.Place.area_geojson",  # a polygon's coordinates as GeoJSON
    # The municipality's published contact information: its switchboard and e-mail on purpose.
    "hjo_safety.ContactInfo.name",
    "hjo_safety.ContactInfo.phone",
    "hjo_safety.ContactInfo.phone_hours",
    "hjo_safety.ContactInfo.email",
    "hjo_safety.ContactInfo.visiting_address",
    "hjo_safety.ContactInfo.opening_hours",
    "hjo_safety.ContactInfo.postal_address",
    "hjo_safety.ContactInfo.directions_url",
    "hjo_safety.ContactInfo.dpo_email",
    "hjo_safety.ContactInfo.dpo_phone",
    # Written by the portal itself (login events), never through a form.
    "hjo_safety.AuditEvent.username",
    "hjo_safety.AuditEvent.detail",
    # A scheduled job's command name, written by manage.py run_job.
    "hjo_safety.JobRun.name",
    # The incident summary's status dimension: an incident's status code copied by a trigger.
    "est_incidents.IncidentRollup.status",
    # Copied from the police's public event API by the import, never typed by staff.
    "est_incidents.PoliceEvent.name",
    "est_incidents.PoliceEvent.summary",
    "est_incidents.PoliceEvent.url",
    "est_incidents.PoliceEvent.event_type",
    "est_incidents.PoliceEvent.location_name",
    "est_incidents.PoliceEvent.gps",
    # The approved text a correction replaces, copied by the service (read-only in the admin);
    # the new text and the reason are typed, and guarded.
    "bra_council.MinutesCorrection.old_minutes",
    "bra_council.MinutesCorrection.old_decision",
    # A promise's address and the police's page about it.
    "citizen_promises.CitizenPromise.slug",
    "citizen_promises.CitizenPromise.police_url",
    # A promise's contact person's work e-mail and phone, published on purpose.
    "citizen_promises.PromiseContact.email",
    "citizen_promises.PromiseContact.phone",
    # The coordinator's list of intervention kinds (names and codes, like categories).
    "est_measures.InterventionKind.name",
    "est_measures.InterventionKind.code",
    "est_measures.Intervention.recurrence_weekdays",  # digits 0-6, validated by the form
    # The citizen's own address for the answer, asked for on purpose and deleted on closing.
    "citizen_tips.CitizenTip.email",
    # Copied by the forwarding service from ForwardForm's note, which that form's clean_note
    # guards (refusing names too); read-only in the admin.
    "citizen_tips.CitizenTip.forward_note",
    "citizen_tips.CitizenTip.token_hash",  # SHA-256 of the receipt link's token, written by the app
    # E-mail addresses a coverage reminder went to, written by the service.
    "est_incidents.CoverageReminder.recipients",
    # The mail outbox: composed by the portal without free text (the mail's text is not kept).
    "notifications.OutboxMessage.subject",
    "notifications.OutboxMessage.event_key",
    "notifications.OutboxMessage.last_error",
    "notifications.OutboxMessage.to_address",
    "notifications.OutboxMessage.unsubscribe_url",
    # The name of the Brå file a crime statistic was imported from, written by the import.
    "safety_statistics.CrimeStatistic.source_file",
    # A link to the council's published decision on the action plan.
    "est_incidents.YearlySituationAnalysis.plan_decision_url",
}


@cache
def our_app_configs():
    """The project's own apps (in the repository, not installed packages), discovered."""
    base = Path(settings.BASE_DIR).resolve()
    return tuple(
        config
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(base)
        and ".venv" not in Path(config.path).resolve().relative_to(base).parts
    )


def field_key(model_field) -> str:
    return f"{model_field.model._meta.label}.{model_field.name}"


def is_free_text(model_field) -> bool:
    """Whether a model field holds free text that the guard must check."""
    return (
        isinstance(model_field, models.CharField | models.TextField)
        and not model_field.choices
        and field_key(model_field) not in NOT_FREE_TEXT
        and model_field.model._meta.app_config in our_app_configs()
    )


def mode_for(model) -> str:
    return getattr(apps.get_app_config(model._meta.app_label), "personal_data_mode", STRICT)


@deconstructible
class PersonalDataValidator:
    """Refuses text with personal data, with a Swedish message that says what and where."""

    code = "personal_data"

    def __init__(self, mode=STRICT, label=""):
        self.mode = mode
        self.label = str(label)

    def __call__(self, value):
        error = personal_data_error(value, self.label, kinds=MODE_KINDS[self.mode])
        if error:
            raise ValidationError(error, code=self.code)

    def __eq__(self, other):
        return isinstance(other, PersonalDataValidator) and (self.mode, self.label) == (
            other.mode,
            other.label,
        )


@cache
def _guard_mode(model_field) -> str | None:
    """The guard's mode for ``model_field``, None if it is not free text. Both depend only on
    the code (the field, ``NOT_FREE_TEXT``, the app), so each field is asked once per process
    instead of on every form built (every incident POST built its fields' answers anew)."""
    return mode_for(model_field.model) if is_free_text(model_field) else None


def guard_formfield(formfield, model_field):
    """Attach the guard to ``formfield`` when ``model_field`` is free text (once); returns it."""
    if formfield is None:
        return formfield
    mode = _guard_mode(model_field)
    if mode is None:
        return formfield
    if not any(isinstance(v, PersonalDataValidator) for v in formfield.validators):
        label = formfield.label or model_field.verbose_name
        formfield.validators.append(PersonalDataValidator(mode, label))
    return formfield


def is_guarded(formfield) -> bool:
    return any(isinstance(v, PersonalDataValidator) for v in formfield.validators)


class PersonalDataGuardMixin:
    """For ModelForms: every free-text field of the form's model is guarded."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        opts = self._meta.model._meta
        for name, formfield in self.fields.items():
            try:
                model_field = opts.get_field(name)
            except FieldDoesNotExist:  # a form-only field (e.g. a token)
                continue
            guard_formfield(formfield, model_field)


class PersonalDataGuardAdminMixin:
    """For ModelAdmins and inlines: the guard on every free-text field of their forms."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        return guard_formfield(formfield, db_field)
