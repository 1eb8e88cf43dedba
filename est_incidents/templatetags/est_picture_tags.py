"""The situation picture's heavy fragments (live, or frozen into a held meeting), rendered once per
cached picture and viewer scope (``est_incidents/picture_cache.py``): the body (numbers, charts,
grid, tables) and the map's points. Without ``picture_fragments`` (a ``LivePicture``) in the
context they are rendered every time."""

from django import template
from django.utils.html import json_script

register = template.Library()

BODY_TEMPLATE = "est_incidents/situation_body.html"


def _live(context):
    return context.get("picture_fragments")


@register.simple_tag(takes_context=True)
def situation_body(context, h=2, prefix="live"):
    """``{% include "est_incidents/situation_body.html" with h=… prefix=… %}``, cached."""

    def render():
        with context.push(h=h, prefix=prefix):
            return context.template.engine.get_template(BODY_TEMPLATE).render(context)

    live = _live(context)
    return render() if live is None else live.fragment(f"body:{h}:{prefix}", render)


@register.simple_tag(takes_context=True)
def situation_points(context, element_id="situation-points"):
    """The map's points as ``json_script``, cached."""

    def render():
        return json_script(context["picture"].get("points"), element_id)

    live = _live(context)
    return render() if live is None else live.fragment(f"points:{element_id}", render)
