from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EstIncidentsConfig(AppConfig):
    name = "est_incidents"
    verbose_name = _("EST – händelser och lägesbild")
    default_auto_field = "django.db.models.BigAutoField"
