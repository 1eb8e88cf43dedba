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
