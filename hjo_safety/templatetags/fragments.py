"""``{% fragment key "name" %}…{% endfragment %}``: render the enclosed part once per ``key``
(``hjo_safety.fragments.viewer_key``) and reuse it; with ``key`` None render it every time.

A part may hold forms: it is rendered with a placeholder CSRF token, which every request
replaces with its own (``hjo_safety.fragments.CSRF_PLACEHOLDER``), so a kept part never carries
another request's token. Without a request's CSRF context the part is rendered every time.
"""

from django import template
from django.utils.safestring import mark_safe

from hjo_safety import fragments

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, key, name):
        self.nodelist, self.key, self.name = nodelist, key, name

    def render(self, context):
        key = self.key.resolve(context)
        if not key or "csrf_token" not in context:
            return self.nodelist.render(context)
        name = self.name.resolve(context)

        def render():
            with context.push(csrf_token=fragments.CSRF_PLACEHOLDER):
                return self.nodelist.render(context)

        html = fragments.get_or_render((*key, name), render)
        if fragments.CSRF_PLACEHOLDER in html:
            token = str(context["csrf_token"])  # asked for only when a form needs it
            if token == "NOTPROVIDED":  # nosec B105 — Django's "no CSRF context" marker
                return self.nodelist.render(context)
            html = mark_safe(html.replace(fragments.CSRF_PLACEHOLDER, token))  # nosec B308 B703
        return html


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes a key and a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]))
