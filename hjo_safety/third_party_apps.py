"""Swedish names for the apps of django-axes and django-otp, by subclassing their app configs.

Listed in INSTALLED_APPS instead of the packages' own labels. Each keeps its package's ``name``
(and so its label, tables and migrations) and inherits its ``ready()``; only the name the admin
shows differs.
"""

from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.apps import DefaultConfig as StaticDefaultConfig
from django_otp.plugins.otp_totp.apps import DefaultConfig as TOTPDefaultConfig


class AxesConfig(AxesAppConfig):
    verbose_name = _("Inloggningsspärrar")


class TOTPConfig(TOTPDefaultConfig):
    verbose_name = _("Tvåstegsverifiering")


class StaticConfig(StaticDefaultConfig):
    verbose_name = _("Reservkoder")
