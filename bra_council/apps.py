from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from hjo_safety.guarded_forms import OFFICE_HOLDERS


class BraCouncilConfig(AppConfig):
    name = "bra_council"
    verbose_name = _("BRÅ – brottsförebyggande rådet")
    default_auto_field = "django.db.models.BigAutoField"
    # Texts name office holders by role and name on purpose: the guard refuses identity
    # numbers, phone numbers and e-mail addresses, and does not flag names or plates.
    personal_data_mode = OFFICE_HOLDERS

    def ready(self):
        # citizen_promises' page takes additions from apps above it (est_incidents.extensions):
        # each activity lists the council actions that carry it out; citizen_promises never
        # imports this app.
        # est_measures' intervention form offers the council actions it may carry out.
        from bra_council import selectors
        from est_incidents import extensions
        from est_measures.intervention_links import InterventionLinks

        extensions.register("promise_detail", selectors.promise_activity_actions)
        extensions.register("promise_detail", selectors.promise_council_section)
        extensions.register("intervention_detail", selectors.intervention_actions)
        extensions.register_form_fields(
            "intervention_form",
            InterventionLinks(
                field="council_actions",
                choices=selectors.intervention_action_choices,
                describe=selectors.describe_action_choice,
                label=_("Genomför rådets åtgärder (valfritt)"),
                help_text=_("Pågående åtgärder från BRÅ-rådets möten som insatsen genomför."),
                invalid_choice=_("En vald åtgärd finns inte bland dina val. Välj bland listan."),
            ),
        )

        # Papers (PDF) for council meetings, on the members' agenda page; the council's records.
        from django.urls import reverse

        from bra_council.models import CouncilMeeting
        from hjo_safety import attachments, permissions

        attachments.register(
            attachments.Target(
                slug="radsmote",
                model=CouncilMeeting,
                kind=attachments.PDF,
                visible=CouncilMeeting.objects.visible_to,
                editable=lambda user: (
                    CouncilMeeting.objects.all()
                    if permissions.is_coordinator(user)
                    else CouncilMeeting.objects.none()
                ),
                label=_("rådsmöte"),
                url=lambda meeting: reverse("bra:meeting_agenda", args=[meeting.pk]),
            )
        )
