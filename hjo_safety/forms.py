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
