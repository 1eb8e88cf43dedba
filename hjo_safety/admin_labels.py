"""Accessible names for every admin form field, inlines included (issue 13, D9).

Tabular inlines show a field's label only as a column header, and Django's split date/time
widget has one label for two inputs, so axe finds unlabelled fields and unnamed selects.
``AccessibleNamesMixin`` and ``AccessibleNamesInlineMixin`` (bases of every admin and inline of
ours: ``admin_mixins``'s base classes include them, and a test fails for an admin or inline
without them) give every form field the admin builds its label as ``aria-label`` (the date and
time parts their own), and name the inline formsets' "Radera" and "Ordning" fields. They work
through the admin's own hooks (``formfield_for_dbfield``, ``get_formset``): nothing of Django is
replaced.
"""

from django import forms
from django.utils.translation import gettext as _


def name_widget(formfield):
    if formfield is None:
        return formfield
    label = str(formfield.label or "")
    widget = getattr(formfield.widget, "widget", formfield.widget)  # RelatedFieldWidgetWrapper
    if isinstance(widget, forms.MultiWidget):
        parts = [_("datum"), _("tid")] if len(widget.widgets) == 2 else []
        for index, sub in enumerate(widget.widgets):
            part = parts[index] if parts else str(index + 1)
            sub.attrs.setdefault("aria-label", f"{label} – {part}")
    elif label:
        widget.attrs.setdefault("aria-label", label)
    return formfield


class AccessibleNamesFormSet:
    """An inline formset whose "Radera" and "Ordning" fields have accessible names."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].widget.attrs.setdefault("aria-label", _("Radera"))
        if "ORDER" in form.fields:
            form.fields["ORDER"].widget.attrs.setdefault("aria-label", _("Ordning"))


class AccessibleNamesMixin:
    """A ``ModelAdmin`` (or an inline) whose form fields all have an accessible name: a field's
    label as the admin made it, before a form's ``__init__`` may shorten it to a column header."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        return name_widget(super().formfield_for_dbfield(db_field, request, **kwargs))


class AccessibleNamesInlineMixin(AccessibleNamesMixin):
    """An ``InlineModelAdmin`` whose rows' fields, "Radera" and "Ordning" have accessible names."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return type(formset.__name__, (AccessibleNamesFormSet, formset), {})
