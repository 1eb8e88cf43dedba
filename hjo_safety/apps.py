from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class HjoSafetyConfig(AppConfig):
    name = "hjo_safety"
    verbose_name = _("Organisationer och portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from hjo_safety import (
            signals,  # noqa: F401 - connects the audit log receivers
            sso,  # noqa: F401 - registers the check of OIDC_PROVIDERS
        )


class HjoAdminConfig(AdminConfig):
    """The Django admin, with a site whose access follows our membership policy."""

    default_site = "hjo_safety.admin_site.HjoAdminSite"
