"""``{% fragment key "name" %}…{% endfragment %}``: render the enclosed part once per ``key``
(``hjo_safety.fragments.viewer_key``) and reuse it; with ``key`` None render it every time."""

from django import template

from hjo_safety import fragments

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, key, name):
        self.nodelist, self.key, self.name = nodelist, key, name

    def render(self, context):
        key = self.key.resolve(context)
        if not key:
            return self.nodelist.render(context)
        name = self.name.resolve(context)
        return fragments.get_or_render((*key, name), lambda: self.nodelist.render(context))


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes a key and a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]))
