"""``{% fragment key "name" %}…{% endfragment %}``: render the enclosed part once per ``key``
(``hjo_safety.cache.viewer_key``) and keep it in ``caches["fragments"]``; with ``key`` None
render it every time.

A part may hold forms: it is rendered with a placeholder CSRF token drawn for that entry, which
every request replaces with its own (``hjo_safety.cache.get_or_render_html``), so a kept part
never carries another request's token and user text is never rewritten. Without a request's
CSRF context the part is rendered every time.
"""

from django import template
from django.utils.safestring import mark_safe

from hjo_safety import cache

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, key, name):
        self.nodelist, self.key, self.name = nodelist, key, name

    def render(self, context):
        key = self.key.resolve(context)
        if not key or "csrf_token" not in context:
            return self.nodelist.render(context)

        def render(placeholder):
            with context.push(csrf_token=placeholder):
                return self.nodelist.render(context)

        html = cache.get_or_render_html(
            "fragment",
            (*key, self.name.resolve(context)),
            render,
            lambda: context["csrf_token"],
        )
        if html is None:
            return self.nodelist.render(context)
        return mark_safe(html)  # nosec B308 B703 — our own rendered template


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes a key and a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]))
