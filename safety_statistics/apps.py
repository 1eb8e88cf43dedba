from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SafetyStatisticsConfig(AppConfig):
    """The public fact base: police crime statistics and the open safety figures.

    Depends on est_incidents and hjo_safety; neither of them imports this app. Staff pages of
    est_incidents show the crime statistics through a template the context processor names
    (``safety_statistics.context_processors.crime_statistics``), so they work without it.
    """

    name = "safety_statistics"
    verbose_name = _("Trygghet i siffror")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from est_incidents import extensions
        from safety_statistics.promise_evidence import promise_evidence

        # The evidence beside a promise's activities: the released figures, under this
        # app's suppression (citizen_promises does not import this app).
        extensions.register("promise_detail", promise_evidence)
