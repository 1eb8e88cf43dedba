"""Template filters of est_measures: counts under the under-5 rule, ratios in per cent."""

from django import template

from est_measures import effect

register = template.Library()


@register.filter
def shown_count(count, exact=False):
    """``{{ n|shown_count:exact }}``: below 5 "färre än 5", unless ``exact`` (coordinators)."""
    if count is None:
        return "–"
    return effect.shown_count(int(count), bool(exact))


@register.filter
def signed_percent(value):
    """−40 → "−40 %", 25 → "+25 %", None → "–"."""
    if value is None:
        return "–"
    return f"{value:+d} %".replace("-", "−")
