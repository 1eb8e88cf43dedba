"""A ``<select>`` for long model choice lists that renders in Python, in one plain query.

Django renders every ``<option>`` through its own template include (``select_option.html`` and
``attrs.html``): with the hundreds of places and organisations of a large municipality, the
incident list's filter form spent most of its CPU in those includes on every page view
(cProfile; figures in ``bench/RESULTS.md``). ``FastSelect`` produces the same HTML with
``format_html``. ``ListModelChoiceField`` iterates its queryset as a plain query:
``ModelChoiceIterator`` uses ``QuerySet.iterator()``, which on PostgreSQL opens a server-side
cursor (DECLARE, FETCH, CLOSE: three round trips for one small list).
"""

from html import escape as html_escape

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe

from hjo_safety import dates


def _escaped(value) -> str:
    """``conditional_escape(value)`` without its lazy-argument wrapper: safe HTML (``__html__``)
    as it is, anything else ``html.escape(str(value))``, as Django's ``escape`` does."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html_escape(str(value))


class FastSelect(forms.Select):
    """``forms.Select`` with its options rendered in Python (same markup, no template per option).

    The options are written straight from ``choices`` with ``html.escape``: Django's
    ``optgroups``/``create_option`` build a dictionary of attributes per option and
    ``format_html`` escapes it piece by piece, still costly for a list of hundreds of options.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = forms.Widget.get_context(self, name, value, attrs)["widget"]
        if self.allow_multiple_selected:
            widget["attrs"]["multiple"] = True
        selected = set(widget["value"])
        multiple = self.allow_multiple_selected
        parts = []
        append = parts.append
        for option_value, option_label in self.choices:
            if isinstance(option_label, list | tuple):
                append(f'<optgroup label="{escape(str(option_value))}">')
                for sub_value, sub_label in option_label:
                    append(self._option(sub_value, sub_label, selected, multiple))
                append("</optgroup>")
            else:
                append(self._option(option_value, option_label, selected, multiple))
        return mark_safe(  # noqa: S308 # nosec B308 B703 — every value and label is escaped above
            f'<select name="{escape(widget["name"])}"{flatatt(widget["attrs"])}>'
            f"{''.join(parts)}</select>"
        )

    @staticmethod
    def _option(value, label, selected: set, multiple: bool) -> str:
        value = "" if value is None else str(value)
        chosen = value in selected
        if chosen and not multiple:
            selected.discard(value)  # as Django: only the first matching option is selected
        return (
            f'<option value="{html_escape(value)}"{" selected" if chosen else ""}>'
            f"{_escaped(label)}</option>"
        )


class PythonInputMixin:
    """An ``<input>`` widget (text, date, checkbox) written in Python: the markup of Django's
    ``input.html`` and ``attrs.html`` (the type, name, value as ``stringformat:'s'`` and each
    attribute, ``True`` as a bare name and ``False`` left out), every value escaped, without
    two template renders per field. Escaped as the template does (``conditional_escape``:
    safe strings as they are). ``tests/hjo_safety/test_widgets.py`` compares both."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<input type="{_escaped(widget["type"])}" name="{_escaped(widget["name"])}"']
        if widget["value"] is not None:
            parts.append(f' value="{_escaped(widget["value"])}"')
        for key, item in widget["attrs"].items():
            if item is True:
                parts.append(f" {_escaped(key)}")
            elif item is not False:
                parts.append(f' {_escaped(key)}="{_escaped(item)}"')
        parts.append(">")
        return mark_safe("".join(parts))  # noqa: S308 # nosec B308 B703 — every value escaped


# Django's widgets written in Python, under Django's own class names: crispy-forms adds the
# widget's class name in lower case to its CSS classes (``textinput``, ``dateinput``,
# ``checkboxinput``, ``select``), so the markup stays the same.


class TextInput(PythonInputMixin, forms.TextInput):
    """``forms.TextInput`` written in Python (``PythonInputMixin``)."""


class CheckboxInput(PythonInputMixin, forms.CheckboxInput):
    """``forms.CheckboxInput`` written in Python (``PythonInputMixin``)."""


class DateInput(PythonInputMixin, dates.DateInput):
    """``hjo_safety.dates.DateInput`` (the native date picker) written in Python."""


class Select(FastSelect):
    """``FastSelect`` for short choice lists, with ``forms.Select``'s class name."""


class ListModelChoiceIterator(ModelChoiceIterator):
    """Iterate the choices with one ordinary query (no server-side cursor). With the field's
    ``label_field`` (a column whose value is the label, ``str(obj)``): the values and labels
    alone (``values_list``), no model instance per option — the hundreds of places of the
    filter forms (``FastSelect`` reads only the value's text and the label)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        options = getattr(self.field, "options", None)
        if options is not None:  # the field's (value, label) rows, read as its owner reads them
            yield from options()
            return
        label_field = getattr(self.field, "label_field", "")
        if label_field:
            value_field = self.field.to_field_name or "pk"
            yield from self.queryset.values_list(value_field, label_field)
            return
        for obj in self.queryset.all():
            yield self.choice(obj)


class LabelFieldMixin:
    """``label_field``: the model field whose value is each option's label, when that is what
    ``label_from_instance`` (``str(obj)``) gives; options are then read without instances.
    ``options``: a callable giving the (value, label) rows themselves, the same as the queryset's
    (e.g. from a ``hjo_safety.statements.Statement`` compiled once); the queryset still
    validates the choice."""

    def __init__(self, *args, label_field: str = "", options=None, **kwargs):
        self.label_field = label_field
        self.options = options
        super().__init__(*args, **kwargs)


class ListModelChoiceField(LabelFieldMixin, forms.ModelChoiceField):
    """A model choice ``<select>`` for long lists: ``FastSelect`` and one plain query."""

    iterator = ListModelChoiceIterator
    widget = FastSelect
