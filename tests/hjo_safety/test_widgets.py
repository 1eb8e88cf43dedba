"""FastSelect and the inputs written in Python render exactly what Django's widgets render,
only faster."""

import pytest
from django import forms
from django.test.html import parse_html
from django.utils.safestring import mark_safe

from hjo_safety import dates, widgets
from hjo_safety.widgets import FastSelect

CHOICES = [
    ("", "---------"),
    (1, "Torget"),
    (2, 'Hamnen "norra" <kajen> & bryggan'),
    ("Skolor", [(3, "Guldkroksskolan"), (4, "Estrid Ericsonskolan")]),
    (5, mark_safe("<b>redan säker</b>")),
]


@pytest.mark.parametrize("value", [None, "", 2, "4", 99])
@pytest.mark.parametrize(
    "attrs", [None, {"id": "id_plats", "class": "form-select", "required": True}]
)
def test_fast_select_renders_like_django(value, attrs):
    expected = forms.Select(choices=CHOICES).render("plats", value, attrs)
    actual = FastSelect(choices=CHOICES).render("plats", value, attrs)
    assert parse_html(actual) == parse_html(expected)  # attribute order aside
    assert (" selected" in actual) == (value != 99)  # the empty choice stands for None and ""


def test_a_label_cannot_inject_markup():
    html = FastSelect(choices=[(1, "<script>alert(1)</script>")]).render("plats", None)
    assert "<script>" not in html and "&lt;script&gt;" in html


INPUT_ATTRS = [
    None,
    {"id": "id_q", "class": "textinput form-control", "required": True, "disabled": False},
    {"aria-describedby": "id_q_helptext", "aria-invalid": "true", "placeholder": 'a "b" <c> & d'},
]


@pytest.mark.parametrize("attrs", INPUT_ATTRS)
@pytest.mark.parametrize(
    ("python", "django", "value"),
    [
        (widgets.TextInput, forms.TextInput, None),
        (widgets.TextInput, forms.TextInput, ""),
        (widgets.TextInput, forms.TextInput, 'klotter "vid" <torget> & ån'),
        (widgets.TextInput, forms.TextInput, mark_safe("<b>säker</b>")),
        (widgets.DateInput, dates.DateInput, None),
        (widgets.DateInput, dates.DateInput, "2026-13-45"),
        (widgets.DateInput, dates.DateInput, __import__("datetime").date(2026, 3, 1)),
        (widgets.CheckboxInput, forms.CheckboxInput, None),
        (widgets.CheckboxInput, forms.CheckboxInput, True),
        (widgets.CheckboxInput, forms.CheckboxInput, False),
        (widgets.CheckboxInput, forms.CheckboxInput, "1"),
    ],
)
def test_inputs_written_in_python_render_like_django(python, django, value, attrs):
    expected = django().render("q", value, attrs)
    actual = python().render("q", value, attrs)
    assert actual == expected.replace("\n", "")
    assert parse_html(actual) == parse_html(expected)
    assert python.__name__ == django.__name__  # crispy's CSS class is the widget's class name
