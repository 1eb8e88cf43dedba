"""Swedish model and field names in the admin for models of other libraries (django-otp), whose
names are plain English strings a translation catalogue cannot reach.

Only the admin's own hooks are used; the library's models and their ``_meta`` stay as declared:
- ``ModelAdmin.opts``, which the admin's views and templates read a model's names from, is a view
  of the model's ``_meta`` with other verbose names (``AdminOptions``);
- the change list reads them from the same view (``NamedChangeList``), the admin index and its
  sidebar from the site's ``get_app_list`` (``hjo_safety.admin_site.HjoAdminSite``);
- field names are the descriptions of admin columns and read-only fields (``admin.display``).
"""

from django.contrib.admin.views.main import ChangeList
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst


class AdminOptions:
    """A model's ``_meta`` as the admin shows it: the same in all but its verbose names."""

    def __init__(self, opts, verbose_name, verbose_name_plural):
        self._opts = opts
        self.verbose_name = verbose_name
        self.verbose_name_plural = verbose_name_plural

    def __getattr__(self, name):
        return getattr(self._opts, name)

    def __str__(self):
        return str(self._opts)


class NamedChangeList(ChangeList):
    """A change list whose title, breadcrumbs and counts use its model admin's names."""

    @property
    def opts(self):
        model_admin = getattr(self, "model_admin", None)
        return model_admin.opts if model_admin is not None else self._model_opts

    @opts.setter
    def opts(self, value):
        self._model_opts = value


class NamedModelAdminMixin:
    """Set ``verbose_name`` and ``verbose_name_plural`` on the model admin to name its model."""

    verbose_name = None
    verbose_name_plural = None

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        self.opts = AdminOptions(model._meta, self.verbose_name, self.verbose_name_plural)

    def get_changelist(self, request, **kwargs):
        return NamedChangeList

    def get_deleted_objects(self, objs, request):
        """The delete page's summary and list name this admin's model as the admin does."""
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        declared, named = self.model._meta, self.opts
        count = model_count.pop(declared.verbose_name_plural, None)
        if count is not None:
            model_count = {named.verbose_name_plural: count, **model_count}
        prefix = conditional_escape(capfirst(declared.verbose_name)) + ": "
        renamed = conditional_escape(capfirst(named.verbose_name)) + ": "

        # Each item is a SafeString the admin built (escaped name, link); slicing loses the
        # mark, so the escaped head and the admin's own tail are marked safe again.
        def rename(items):
            return [
                rename(item)
                if isinstance(item, list)
                else mark_safe(renamed + item[len(prefix) :])  # nosec B308 B703
                if isinstance(item, SafeString) and item.startswith(prefix)
                else item
                for item in items
            ]

        return rename(to_delete), model_count, perms_needed, protected
