from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _place_names():
    from est_incidents.models import Place

    return Place.objects.values_list("name", flat=True)


class EstIncidentsConfig(AppConfig):
    name = "est_incidents"
    verbose_name = _("EST – händelser och lägesbild")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from est_incidents.redaction_copies import rewrite_action_in_frozen_pictures
        from hjo_safety.redaction import register_copy

        register_copy("est_incidents.EstAction", rewrite_action_in_frozen_pictures)

        from hjo_safety.personal_data import register_place_names

        # The name warning of every guarded form knows the places table's names.
        register_place_names(_place_names)
