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
        from citizen_promises import selectors
        from est_incidents import extensions
        from est_measures.intervention_links import InterventionLinks

        extensions.register("intervention_detail", selectors.intervention_activities)
        extensions.register_form_fields(
            "intervention_form",
            InterventionLinks(
                field="promise_activities",
                choices=selectors.intervention_activity_choices,
                describe=lambda activity: f"{activity.promise.title}: {activity}",
                label=_("Genomför aktiviteter i medborgarlöften (valfritt)"),
                help_text=_("Aktiviteter i publicerade medborgarlöften som insatsen genomför."),
                invalid_choice=_("En vald aktivitet finns inte bland dina val. Välj bland listan."),
            ),
        )
