"""The admin site: open to coordinators and organisation admins, as the membership policy says.

Every admin view is wrapped (``admin_view``) so that input the database would reject is a 400 or
a 404 instead of a 500 (``hjo_safety.admin_inputs``), and the "view on site" shortcut answers
only for objects the user may view.
"""

from functools import update_wrapper

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import BadRequest
from django.db import DataError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from hjo_safety import permissions
from hjo_safety.admin_inputs import refuse_unsafe_lookups, validate_object_path


class HjoAdminSite(admin.AdminSite):
    site_header = _("Hjo Trygghet – administration")
    site_title = _("Hjo Trygghet")
    index_title = _("Administration")
    site_url = "/personal/"

    def has_permission(self, request):
        user = request.user
        return user.is_active and permissions.can_use_admin(user)

    def get_app_list(self, request, app_label=None):
        """Each model is named as its model admin names it (``ModelAdmin.opts``, see
        ``hjo_safety.admin_names``), in the index, an app's page and the sidebar."""
        app_list = super().get_app_list(request, app_label)
        for app in app_list:
            for entry in app["models"]:
                entry["name"] = capfirst(self._registry[entry["model"]].opts.verbose_name_plural)
            app["models"].sort(key=lambda entry: entry["name"])
        return app_list

    def login(self, request, extra_context=None):
        """Everyone logs in through the portal's own login page."""
        if request.user.is_authenticated and not self.has_permission(request):
            return redirect("staff_home")
        return redirect_to_login(request.GET.get("next", request.get_full_path()), "login")

    def admin_view(self, view, cacheable=False):
        """Django's wrapper (login, permission, CSRF) around ``guarded``: bad ids are a 404,
        regular-expression lookups and anything PostgreSQL refuses as data (``DataError``: an
        invalid regular expression, a number out of range) a 400, never a 500."""

        def guarded(request, *args, **kwargs):
            validate_object_path(view, args, kwargs)
            refuse_unsafe_lookups(request)
            try:
                response = view(request, *args, **kwargs)
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()  # the changelist's queries run while rendering
            except DataError as error:
                raise BadRequest("The database refused a value of this request.") from error
            return response

        update_wrapper(guarded, view)  # keeps csrf_exempt and the view's name
        return super().admin_view(guarded, cacheable)

    def get_urls(self):
        """Django's URLs, with the "view on site" shortcut answered by ``view_on_site``."""
        urls = [url for url in super().get_urls() if getattr(url, "name", None) != "view_on_site"]
        shortcut = path(
            "r/<int:content_type_id>/<path:object_id>/",
            self.admin_view(self.view_on_site),
            name="view_on_site",
        )
        return [shortcut, *urls]

    def view_on_site(self, request, content_type_id, object_id):
        """``/admin/r/<ct>/<id>/``: redirect to the object's page only for an object this user
        may view in the admin. Django's own shortcut redirects for any existing object, so a
        302 for another organisation's object and a 404 for a missing one told them apart;
        here both, and every object the user may not view, are the same 404."""
        try:
            content_type = ContentType.objects.get_for_id(content_type_id)
        except ContentType.DoesNotExist as error:
            raise Http404 from error
        model_admin = self._registry.get(content_type.model_class())
        if model_admin is None:
            raise Http404
        obj = model_admin.get_object(request, unquote(object_id))
        if obj is None or not model_admin.has_view_permission(request, obj):
            raise Http404
        return contenttype_views.shortcut(request, content_type_id, obj.pk)
