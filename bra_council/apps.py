from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BraCouncilConfig(AppConfig):
    name = "bra_council"
    verbose_name = _("BRÅ – brottsförebyggande rådet")
    default_auto_field = "django.db.models.BigAutoField"
