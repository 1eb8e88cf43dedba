"""Forms of the core app."""

from django.contrib.auth.forms import AuthenticationForm
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
