"""The admin site: open to coordinators and organisation admins, as the membership policy says."""

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from hjo_safety import permissions


class HjoAdminSite(admin.AdminSite):
    site_header = _("Hjo Trygghet – administration")
    site_title = _("Hjo Trygghet")
    index_title = _("Administration")
    site_url = "/personal/"

    def has_permission(self, request):
        user = request.user
        return user.is_active and permissions.can_use_admin(user)

    def login(self, request, extra_context=None):
        """Everyone logs in through the portal's own login page."""
        if request.user.is_authenticated and not self.has_permission(request):
            return redirect("staff_home")
        return redirect_to_login(request.GET.get("next", request.get_full_path()), "login")
