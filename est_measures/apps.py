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
        from est_measures import planned_events, situation

        extensions.register("situation_picture", situation.situation_section)
        extensions.register("situation_picture", situation.walks_section)
        extensions.register("meeting_detail", situation.meeting_section)
        extensions.register("incident_detail", situation.incident_section)
        # Events ahead (arrangemang) for the coming fortnight (issue 25, point 5).
        extensions.register("situation_picture", planned_events.situation_section)
        extensions.register("meeting_detail", planned_events.meeting_section)

        # Photos on safety walks' findings: read by every participant, added and removed by
        # the walk's organisations and the coordinator (hjo_safety.attachments).
        from est_measures.models import SafetyWalk, SafetyWalkFinding
        from hjo_safety import attachments

        attachments.register(
            attachments.Target(
                slug="fynd",
                model=SafetyWalkFinding,
                kind=attachments.IMAGE,
                visible=lambda user: SafetyWalkFinding.objects.filter(
                    walk__in=SafetyWalk.objects.visible_to(user)
                ),
                editable=lambda user: SafetyWalkFinding.objects.filter(
                    walk__in=SafetyWalk.objects.editable_by(user)
                ),
                label=_("fynd"),
                url=lambda finding: finding.walk.get_absolute_url() + f"#fynd-{finding.pk}",
            )
        )
