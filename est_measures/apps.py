from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EstMeasuresConfig(AppConfig):
    """What was done about insecurity: interventions, safety walks, and their effect."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "est_measures"
    verbose_name = _("Insatser och trygghetsvandringar")

    def ready(self):
        # est_incidents' pages take sections from apps above it (est_incidents.extensions):
        # this app adds the interventions; est_incidents never imports it.
        from est_incidents import extensions
        from est_measures import situation

        extensions.register("situation_picture", situation.situation_section)
        extensions.register("meeting_detail", situation.meeting_section)

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
