from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The top layer: the root URLconf, the start pages, the page chrome and menus, the public
    pages and ``seed_demo``. It composes the apps below it and has no models."""

    name = "portal"
    verbose_name = _("Portalen")
