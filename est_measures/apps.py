from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EstMeasuresConfig(AppConfig):
    """What was done about insecurity: interventions, safety walks, and their effect."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "est_measures"
    verbose_name = _("Insatser och trygghetsvandringar")

    def ready(self):
        # est_incidents' pages take sections from apps above it (est_incidents.extensions):
        # this app adds the interventions and the safety walks; est_incidents never imports it.
        from est_incidents import extensions
        from est_measures import situation

        extensions.register("situation_picture", situation.situation_section)
        extensions.register("situation_picture", situation.walks_section)
        extensions.register("meeting_detail", situation.meeting_section)
