from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from hjo_safety.guarded_forms import OFFICE_HOLDERS


class CitizenPromisesConfig(AppConfig):
    name = "citizen_promises"
    verbose_name = _("Medborgarlöften")
    default_auto_field = "django.db.models.BigAutoField"
    # Texts name office holders by role and name on purpose: the guard refuses identity
    # numbers, phone numbers and e-mail addresses, and does not flag names or plates.
    personal_data_mode = OFFICE_HOLDERS

    def ready(self):
        # est_measures' intervention page takes additions from apps above it
        # (est_incidents.extensions): the promise activities the intervention carries out; its
        # form offers the activities to choose.
        from citizen_promises import intervention_links, selectors
        from est_incidents import extensions

        extensions.register("intervention_detail", selectors.intervention_activities)
        extensions.register_form_fields("intervention_form", intervention_links)
