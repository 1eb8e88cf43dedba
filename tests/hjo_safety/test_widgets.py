"""FastSelect renders exactly what Django's Select renders, only faster."""

import pytest
from django import forms
from django.test.html import parse_html
from django.utils.safestring import mark_safe

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
