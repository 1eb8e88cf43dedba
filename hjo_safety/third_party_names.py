"""Swedish names for the apps, models and fields of django-axes and django-otp in the admin.

django-otp's model and field names are plain English strings (no gettext) and neither package
gives its apps a verbose name, so a translation catalogue cannot reach them (django-axes' model
and field names are gettext strings, translated in locale/sv/LC_MESSAGES/django.po).

Only the run-time names are set. Migrations read a model's options from ``_meta.original_attrs``
and a field's name from ``field._verbose_name`` (what the package declared), so these names
never make a migration for the packages' apps: ``makemigrations --check`` stays clean.
"""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

APP_NAMES = {
    "axes": _("Inloggningsspärrar"),
    "otp_totp": _("Tvåstegsverifiering"),
    "otp_static": _("Reservkoder"),
}
MODEL_NAMES = {
    "otp_totp.TOTPDevice": (_("app för tvåstegsverifiering"), _("appar för tvåstegsverifiering")),
    "otp_static.StaticDevice": (
        _("reservkoder för tvåstegsverifiering"),
        _("reservkoder för tvåstegsverifiering"),
    ),
}
DEVICE_FIELD_NAMES = {
    "user": _("användare"),
    "name": _("namn"),
    "confirmed": _("bekräftad"),
    "created_at": _("skapad"),
    "last_used_at": _("senast använd"),
}


def name_third_party_models() -> None:
    """Called from ``HjoSafetyConfig.ready()``, once every model is loaded."""
    for label, name in APP_NAMES.items():
        apps.get_app_config(label).verbose_name = name
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    models = {"otp_totp.TOTPDevice": TOTPDevice, "otp_static.StaticDevice": StaticDevice}
    for model_label, (singular, plural) in MODEL_NAMES.items():
        model = models[model_label]
        model._meta.verbose_name = singular
        model._meta.verbose_name_plural = plural
        for field_name, field_label in DEVICE_FIELD_NAMES.items():
            model._meta.get_field(field_name).verbose_name = field_label
