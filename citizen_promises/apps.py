from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitizenPromisesConfig(AppConfig):
    name = "citizen_promises"
    verbose_name = _("Medborgarlöften")
    default_auto_field = "django.db.models.BigAutoField"
