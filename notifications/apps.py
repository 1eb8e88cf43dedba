from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Aviseringar")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The core apps announce events through hjo_safety.events; we listen here, so that
        # they never import this app.
        from notifications import handlers, subscriptions

        handlers.register()
        subscriptions.register()

        from hjo_safety.metrics import APP_REGISTRY
        from notifications.metrics import OutboxCollector

        APP_REGISTRY.register(OutboxCollector())
