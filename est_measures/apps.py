from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EstMeasuresConfig(AppConfig):
    """What was done about insecurity: interventions, safety walks, and their effect."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "est_measures"
    verbose_name = _("Insatser och trygghetsvandringar")
