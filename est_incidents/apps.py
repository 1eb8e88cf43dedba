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

        # Photos on incidents (kept as long as the incident's text) and papers on EST
        # meetings (EST's records), served only through hjo_safety.attachment_views.
        from django.urls import reverse

        from est_incidents.models import EstMeeting, Incident
        from hjo_safety import attachments, permissions

        attachments.register(
            attachments.Target(
                slug="handelse",
                model=Incident,
                kind=attachments.IMAGE,
                visible=Incident.objects.visible_to,
                editable=Incident.objects.editable_by,
                label=_("händelse"),
                retention=("INCIDENT_TEXT_RETENTION_MONTHS", "created_at"),
            )
        )
        attachments.register(
            attachments.Target(
                slug="est-mote",
                model=EstMeeting,
                kind=attachments.PDF,
                visible=EstMeeting.objects.visible_to,
                editable=lambda user: (
                    EstMeeting.objects.all()
                    if permissions.is_coordinator(user)
                    else EstMeeting.objects.none()
                ),
                label=_("EST-möte"),
                url=lambda meeting: reverse("est:meeting_detail", args=[meeting.pk]),
            )
        )
