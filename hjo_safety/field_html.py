"""A form field's Bootstrap 5 markup in Python: crispy-forms' ``|as_crispy_field`` for the hot
filter forms, without its templates.

The incident list, the map and the situation picture render their filter forms on every view.
Through crispy (``bootstrap5/field.html`` and its includes, once per field) that was a third of
the list's and the map's CPU when nothing is kept (``FRAGMENT_CACHE_ENABLED`` off; cProfile in
``bench/RESULTS.md``, "Miss path profile (session 7)"). ``field_html`` writes the same elements,
attributes, ids and text — the label, the widget with crispy's classes, ``is-invalid`` and
Django's ``aria-invalid``/``aria-describedby``, the error block and the help text — for the
field kinds those forms use: text, date and select inputs and checkboxes, required or not.
Any other kind (files, radio buttons, multiple checkboxes, hidden or multi-widget fields) is
handed to crispy unchanged. ``tests/hjo_safety/test_field_html.py`` compares both renderings,
whitespace aside, for every field of the filter forms, unbound, valid and with errors.
"""

from django import forms
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe

_CRISPY_OWN = (
    forms.FileInput,
    forms.RadioSelect,
    forms.CheckboxSelectMultiple,
    forms.MultiWidget,
)


def _add_classes(widget, *extra: str) -> None:
    """What crispy's ``{% crispy_field %}`` does to the widget: its class name in lowercase,
    then ``extra``, each once (on the widget itself, as crispy does)."""
    css_class = widget.attrs.get("class", "")
    name = widget.__class__.__name__.lower()
    if css_class:
        if css_class.find(name) == -1:
            css_class += f" {name}"
    else:
        css_class = name
    present = css_class.split()
    for value in extra:
        for part in value.split():
            if part not in present:
                present.append(part)
                css_class += f" {part}"
    widget.attrs["class"] = css_class


def _help_and_errors(field) -> str:
    parts = []
    errors = field.errors
    if errors:
        field_id = escape(str(getattr(errors, "field_id", None)))
        items = "".join(
            f'<p id="error_{n}_{escape(field.auto_id)}"><strong>{conditional_escape(error)}'
            "</strong></p>"
            for n, error in enumerate(errors, start=1)
        )
        parts.append(f'<div id="{field_id}_error" class="invalid-feedback">{items}</div>')
    if field.help_text:
        ident = f'id="{escape(field.auto_id)}_helptext" ' if field.auto_id else ""
        parts.append(f'<div {ident}class="form-text">{field.help_text}</div>')
    return "".join(parts)


def _required(field) -> tuple[str, str]:
    if field.field.required:
        return " requiredField", '<span class="asteriskField">*</span>'
    return "", ""


def field_html(field) -> SafeString:
    """``field`` (a bound field) as ``{{ field|as_crispy_field }}`` renders it with the
    bootstrap5 pack and no form helper."""
    widget = field.field.widget
    if field.is_hidden or isinstance(widget, _CRISPY_OWN) or getattr(field.form, "helper", None):
        from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field

        return as_crispy_field(field)
    invalid = " is-invalid" if field.errors else ""
    required_class, asterisk = _required(field)
    label = conditional_escape(field.label) if field.label else ""
    auto_id = escape(field.auto_id)
    css = f" {field.css_classes()}" if field.css_classes() else ""
    if isinstance(widget, forms.CheckboxInput):
        _add_classes(widget, "form-check-input" + invalid)
        return mark_safe(  # noqa: S308 # nosec B308 B703 — every value is escaped above
            f'<div class="mb-3"><div id="div_{auto_id}" class="form-check{css}">{field}'
            f'<label for="{escape(field.id_for_label)}" class="form-check-label{required_class}">'
            f"{label}{asterisk}</label>{_help_and_errors(field)}</div></div>"
        )
    if isinstance(widget, forms.Select):
        _add_classes(widget, "form-select" + invalid)
    else:
        _add_classes(widget, "form-control" + invalid)
    label_html = ""
    if field.label:
        target = f'for="{escape(field.id_for_label)}" ' if field.id_for_label else ""
        label_html = f'<label {target}class="form-label{required_class}">{label}{asterisk}</label>'
        if field.use_fieldset:
            return mark_safe(  # noqa: S308 # nosec B308 B703 — every value is escaped above
                f'<div id="div_{auto_id}" class="mb-3{css}"><fieldset{_described(field)}>'
                f'<legend {target}class="form-label{required_class} fs-6">{label}{asterisk}'
                f"</legend>{field}{_help_and_errors(field)}</fieldset></div>"
            )
    return mark_safe(  # noqa: S308 # nosec B308 B703 — every value is escaped above
        f'<div id="div_{auto_id}" class="mb-3{css}">{label_html}{field}'
        f"{_help_and_errors(field)}</div>"
    )


def _described(field) -> str:
    described = getattr(field, "aria_describedby", None)
    return f' aria-describedby="{escape(described)}"' if described else ""
