"""Accessible names for every admin form field, inlines included (issue 13, D9).

Tabular inlines show a field's label only as a column header, and Django's split date/time
widget has one label for two inputs, so axe finds unlabelled fields and unnamed selects. Every
form field the admin builds gets its label as ``aria-label`` (the date and time parts their
own), and the inline formsets' "Radera" checkbox is named too. A formset's duplicate-rows
error names the field by its Swedish label, not its code name ("member").
"""

from django import forms
from django.contrib.admin import options
from django.core.exceptions import FieldDoesNotExist
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
    forms.BaseModelFormSet.get_unique_error_message = unique_error_message


def unique_error_message(self, unique_check):
    """Django says "Korrigera duplikatdata för member."; say which field, in Swedish, and what
    to do."""
    fk_name = getattr(getattr(self, "fk", None), "name", None)
    labels = []
    for name in unique_check:
        if name == fk_name:
            continue
        try:
            labels.append(str(self.model._meta.get_field(name).verbose_name))
        except FieldDoesNotExist:
            labels.append(name)
    return _("Två rader har samma %(field)s. Ändra eller ta bort den ena raden.") % {
        "field": _(" och ").join(labels)
    }
