"""A ``<select>`` for long model choice lists that renders in Python, in one plain query.

Django renders every ``<option>`` through its own template include (``select_option.html`` and
``attrs.html``): with the 300 places, 50 organisations and 20 categories of a large
municipality, the incident list's filter form spent about 40 ms of CPU in those includes on
every page view (cProfile, ``bench/RESULTS.md``). ``FastSelect`` produces the same HTML with
``format_html``. ``ListModelChoiceField`` iterates its queryset as a plain query:
``ModelChoiceIterator`` uses ``QuerySet.iterator()``, which on PostgreSQL opens a server-side
cursor (DECLARE, FETCH, CLOSE: three round trips for one small list).
"""

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class FastSelect(forms.Select):
    """``forms.Select`` with its options rendered in Python (same markup, no template per option)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = []
        for group_name, options, _index in widget["optgroups"]:
            rendered = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                (
                    (str(option["value"]), flatatt(option["attrs"]), option["label"])
                    for option in options
                ),
            )
            if group_name:
                rendered = format_html('<optgroup label="{}">{}</optgroup>', group_name, rendered)
            parts.append(rendered)
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            format_html_join("", "{}", ((part,) for part in parts)),
        )


class ListModelChoiceIterator(ModelChoiceIterator):
    """Iterate the choices with one ordinary query (no server-side cursor)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset.all():
            yield self.choice(obj)


class ListModelChoiceField(forms.ModelChoiceField):
    """A model choice ``<select>`` for long lists: ``FastSelect`` and one plain query."""

    iterator = ListModelChoiceIterator
    widget = FastSelect
