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

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

from hjo_safety.personal_data import (
    ADDRESS,
    EMAIL,
    INITIALS,
    NAME,
    PERSONNUMMER,
    PHONE,
    SAMORDNINGSNUMMER,
    VEHICLE,
    find_names,
    known_place_words,
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
    "hjo_safety.ContactInfo.name_en",  # the English pages' name and hours (issue 26)
    "hjo_safety.ContactInfo.phone_hours_en",
    "hjo_safety.ContactInfo.opening_hours_en",
    # Written by the portal itself (login events), never through a form.
    "hjo_safety.AuditEvent.username",
    "hjo_safety.AuditEvent.detail",
    # A scheduled job's command name, written by manage.py run_job.
    "hjo_safety.JobRun.name",
    # Single sign-on: a provider's key and the identifiers it hands out, never typed.
    "hjo_safety.SsoIdentity.provider",
    "hjo_safety.SsoIdentity.subject",
    "hjo_safety.SsoIdentity.last_sid",
    # The access log: user names, model labels, "Händelse 12" and export filters without the
    # search words, written by hjo_safety.access_log.record_access, never typed.
    "hjo_safety.AccessEvent.username",
    "hjo_safety.AccessEvent.object_type",
    "hjo_safety.AccessEvent.object_label",
    "hjo_safety.AccessEvent.detail",
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
    "citizen_promises.Survey.slug",
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
    # A citizen's own address for a subscription, asked for on purpose, kept while subscribed.
    "notifications.Subscription.email",
    # A citizen's own name and address for a digital safety walk's walk (issue 26), asked for on
    # purpose, deleted when the walk is done (purge_walk_signups).
    "est_measures.WalkSignup.name",
    "est_measures.WalkSignup.email",
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


CONFIRM_NAMES_FIELD = "spara_anda"


def _names_message(findings) -> str:
    """The warning before saving: what looks like a name or an address, and what to do."""
    quoted = lambda kind: ", ".join(f"”{f.text}”" for f in findings if f.kind in kind)  # noqa: E731
    parts = []
    if any(f.kind in (NAME, INITIALS) for f in findings):
        parts.append(
            str(
                _(
                    "Det ser ut som ett namn: %(names)s. Skriv ”en boende” i stället, eller spara ändå."
                )
            )
            % {"names": quoted((NAME, INITIALS))}
        )
    if any(f.kind == ADDRESS for f in findings):
        parts.append(
            str(
                _(
                    "Det ser ut som en adress med husnummer: %(addresses)s. En adress med "
                    "husnummer kan peka ut någons hem: skriv gatan utan nummer (t.ex. ”vid "
                    "Storgatan”), eller spara ändå om det är en butik eller en offentlig byggnad."
                )
            )
            % {"addresses": quoted((ADDRESS,))}
        )
    parts.append(
        str(_("Kryssa i ”Spara ändå” längst ner i formuläret om du vill spara texten som den är."))
    )
    return " ".join(parts)


class PersonalDataGuardMixin:
    """For forms with free text: every free-text field of a ModelForm's model is guarded, and
    every guarded field (a ``PersonalDataValidator`` in ``STRICT`` mode, also on a plain
    form's own fields) is checked for names, initials and home addresses before saving.

    Those are not refused (a name cannot be told from other words by its shape alone): the form
    is returned with a warning on the field ("Det ser ut som ett namn: …") and a checkbox
    ``spara_anda`` ("Spara ändå"); sent again with it ticked, the form saves. The checkbox is a
    hidden ``False`` until a warning is shown, so it works without JavaScript and in any
    template that renders the form's fields (crispy layouts list ``CONFIRM_NAMES_FIELD``).
    ``warn_about_names = False`` turns it off (a form that refuses names outright, or the
    admin's forms, whose fieldsets would not show the checkbox).
    """

    warn_about_names = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        meta = getattr(self, "_meta", None)
        model = getattr(meta, "model", None)
        if model is not None:
            opts = model._meta
            for name, formfield in self.fields.items():
                try:
                    model_field = opts.get_field(name)
                except FieldDoesNotExist:  # a form-only field (e.g. a token)
                    continue
                guard_formfield(formfield, model_field)
        self.names_need_confirmation = False
        if self.warn_about_names and self.name_checked_fields():
            self.fields[CONFIRM_NAMES_FIELD] = forms.BooleanField(
                label=_(
                    "Spara ändå – orden är inte namn på personer eller adresser till någons hem"
                ),
                required=False,
                widget=forms.HiddenInput,
            )

    def name_checked_fields(self) -> list[str]:
        return [
            name
            for name, formfield in self.fields.items()
            if any(
                isinstance(v, PersonalDataValidator) and v.mode == STRICT
                for v in formfield.validators
            )
        ]

    def clean(self):
        cleaned = super().clean()
        if CONFIRM_NAMES_FIELD not in self.fields or cleaned.get(CONFIRM_NAMES_FIELD):
            return cleaned
        known = None
        for name in self.name_checked_fields():
            value = cleaned.get(name)
            # A text saved before (and confirmed then, or older than the warning) is not asked
            # about again when something else of the object changes.
            if not isinstance(value, str) or not value or name in self.errors:
                continue
            if name not in self.changed_data:
                continue
            # Known places only take findings away: the places table is read (once per form)
            # only when the text has a finding without it.
            findings = find_names(value, known=frozenset())
            if findings:
                if known is None:
                    known = known_place_words()
                findings = find_names(value, known=known)
            if findings:
                self.add_error(name, ValidationError(_names_message(findings), code="names"))
                self.names_need_confirmation = True
        if self.names_need_confirmation:
            self.fields[CONFIRM_NAMES_FIELD].widget = forms.CheckboxInput()
        return cleaned


class PersonalDataGuardAdminMixin:
    """For ModelAdmins and inlines: the guard on every free-text field of their forms."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        return guard_formfield(formfield, db_field)
