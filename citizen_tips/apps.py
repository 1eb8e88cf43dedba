from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitizenTipsConfig(AppConfig):
    name = "citizen_tips"
    verbose_name = _("Medborgartips")
    default_auto_field = "django.db.models.BigAutoField"
