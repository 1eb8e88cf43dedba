"""``{{ field|as_field }}``: a form field's Bootstrap 5 markup written in Python
(``hjo_safety.field_html``), the same as crispy's ``|as_crispy_field`` for the hot filter forms."""

from django import template

from hjo_safety.field_html import field_html

register = template.Library()


@register.filter
def as_field(field):
    return field_html(field)
