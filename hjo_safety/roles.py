"""The roles a membership gives; a leaf module so that the policy and the models both use it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    REPORTER = "reporter", _("Rapportör")
    ORG_ADMIN = "org_admin", _("Organisationsadministratör")
    COORDINATOR = "coordinator", _("Samordnare (säkerhetsstrateg)")
