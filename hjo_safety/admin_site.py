"""The admin site: open to coordinators and organisation admins, as the membership policy says."""

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from hjo_safety import permissions

# Apps and models from django-axes and django-otp, named in Swedish. django-otp's model names are
# plain English strings (no gettext) and the apps have no verbose names, so a translation
# catalogue cannot reach them; changing their ``_meta`` would make migrations for those apps.
# django-axes' model names are translated in locale/sv/LC_MESSAGES/django.po.
THIRD_PARTY_NAMES = {
    "axes": (_("Inloggningsspärrar"), {}),
    "otp_totp": (_("Tvåstegsverifiering"), {"TOTPDevice": _("Appar för tvåstegsverifiering")}),
    "otp_static": (_("Reservkoder"), {"StaticDevice": _("Reservkoder för tvåstegsverifiering")}),
}


class HjoAdminSite(admin.AdminSite):
    site_header = _("Hjo Trygghet – administration")
    site_title = _("Hjo Trygghet")
    index_title = _("Administration")
    site_url = "/personal/"

    def has_permission(self, request):
        user = request.user
        return user.is_active and permissions.can_use_admin(user)

    def _build_app_dict(self, request, label=None):
        """Django's app dictionary (index, app pages, navigation), with Swedish third-party names."""
        app_dict = super()._build_app_dict(request, label)
        for app_label, app in app_dict.items():
            if app_label in THIRD_PARTY_NAMES:
                app_name, model_names = THIRD_PARTY_NAMES[app_label]
                app["name"] = app_name
                for model in app["models"]:
                    model["name"] = model_names.get(model["object_name"], model["name"])
        return app_dict

    def login(self, request, extra_context=None):
        """Everyone logs in through the portal's own login page."""
        if request.user.is_authenticated and not self.has_permission(request):
            return redirect("staff_home")
        return redirect_to_login(request.GET.get("next", request.get_full_path()), "login")
