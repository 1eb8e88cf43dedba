"""Accessible names for every admin form field, inlines included (issue 13, D9).

Tabular inlines show a field's label only as a column header, and Django's split date/time
widget has one label for two inputs, so axe finds unlabelled fields and unnamed selects. Every
form field the admin builds gets its label as ``aria-label`` (the date and time parts their
own), and the inline formsets' "Radera" checkbox is named too.
"""

from django import forms
from django.contrib.admin import options
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


def install():
    """Wrap the admin's field factory and formsets once (called from the app's ready())."""
    if getattr(options.BaseModelAdmin, "_hjo_labels", False):
        return
    original = options.BaseModelAdmin.formfield_for_dbfield

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        return name_widget(original(self, db_field, request, **kwargs))

    options.BaseModelAdmin.formfield_for_dbfield = formfield_for_dbfield
    options.BaseModelAdmin._hjo_labels = True

    original_add_fields = forms.BaseInlineFormSet.add_fields

    def add_fields(self, form, index):
        original_add_fields(self, form, index)
        delete = form.fields.get("DELETE")
        if delete is not None:
            delete.widget.attrs.setdefault("aria-label", _("Radera"))
        if "ORDER" in form.fields:
            form.fields["ORDER"].widget.attrs.setdefault("aria-label", _("Ordning"))

    forms.BaseInlineFormSet.add_fields = add_fields
