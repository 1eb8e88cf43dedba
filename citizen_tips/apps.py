from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitizenTipsConfig(AppConfig):
    name = "citizen_tips"
    verbose_name = _("Medborgartips")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models import Exists, OuterRef

        from hjo_safety.auth_backends import annotate_user_with
        from hjo_safety.models import Membership

        # The staff menu asks on every page whether the user moderates tips: read it with the
        # user (one query per request for both), not in a query of its own.
        annotate_user_with(
            "hjo_tip_moderator",
            lambda: Exists(
                Membership.objects.filter(
                    user=OuterRef("pk"), organisation__tip_moderator__isnull=False
                )
            ),
        )

        # A citizen's photo with the tip: seen by moderators (and the organisation the tip is
        # forwarded to), removed by moderators, purged with the tip's text.
        from citizen_tips.models import CitizenTip, can_moderate
        from hjo_safety import attachments

        attachments.register(
            attachments.Target(
                slug="tips",
                model=CitizenTip,
                kind=attachments.IMAGE,
                visible=CitizenTip.objects.visible_to,
                editable=lambda user: (
                    CitizenTip.objects.all() if can_moderate(user) else CitizenTip.objects.none()
                ),
                label=_("tips"),
                retention=("TIP_TEXT_RETENTION_MONTHS", "created_at"),
            )
        )
