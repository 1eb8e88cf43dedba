"""Forms of the core app."""

from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    """Django's login form with error messages that say what to do, in Swedish."""

    error_messages = {
        "invalid_login": _(
            "Ange korrekt användarnamn och lösenord. Tänk på att båda kan vara "
            "skiftlägeskänsliga. Har du glömt lösenordet kan du återställa det."
        ),
        "inactive": _("Kontot är inaktiverat. Kontakta din organisations administratör."),
    }

    def clean_username(self):
        # AuthenticationForm sets max_length after the field is built, so it is not validated;
        # an over-long name must not reach authentication (and the lockout table).
        username = self.cleaned_data["username"]
        if len(username) > (self.username_field.max_length or 150):
            raise ValidationError(
                _("Användarnamnet är för långt. Skriv ditt användarnamn, inte e-postadressen.")
            )
        return username


# The incident form and the citizens' tip form: a place is required as any one of three fields,
# said once, as the place fieldset's legend (never "(valfritt)" on the fields).
PLACE_LEGEND = _("Ange minst ett av: plats i listan, beskrivning eller markering på kartan")


class FieldsetErrorMixin:
    """A form error that belongs to a group of fields, not to one of them ("Ange minst ett av…"):
    shown inside the fieldset (``fieldset_error_html``, with the id ``fieldset_error_id``) and
    linked from the error summary (``partials/form_errors.html``) to the fieldset, never on a
    field. The form stays invalid: the error is kept among the form's errors, only
    ``non_field_errors`` (crispy's alert and the summary's plain list) leaves it out."""

    fieldset_error = ""
    fieldset_error_id = "fieldset-error"
    fieldset_anchor = "place-fieldset"

    def add_fieldset_error(self, message):
        self.fieldset_error = str(message)
        self.add_error(None, ValidationError(message, code="fieldset"))

    def non_field_errors(self):
        errors = super().non_field_errors()
        if not self.fieldset_error:
            return errors
        return errors.__class__(
            [error for error in errors if error != self.fieldset_error], error_class="nonfield"
        )

    def fieldset_attrs(self) -> dict:
        """Crispy ``Fieldset`` keyword attributes: the anchor, and the error's description."""
        attrs = {"css_id": self.fieldset_anchor}
        if self.fieldset_error:
            attrs["aria_describedby"] = self.fieldset_error_id
        return attrs

    def fieldset_error_html(self) -> str:
        return (
            '{% if form.fieldset_error %}<p class="invalid-feedback d-block fw-bold" '
            'id="{{ form.fieldset_error_id }}">{{ form.fieldset_error }}</p>{% endif %}'
        )
