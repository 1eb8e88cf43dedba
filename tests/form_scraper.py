"""Read a page's form as a browser would submit it: ``form_data(html, form_id_suffix="_form")``.

Lets a test change one field of an admin change form (with all its inlines) and post the rest
unchanged, without spelling out every field and management form.
"""

from html.parser import HTMLParser


class _FormParser(HTMLParser):
    def __init__(self, form_id_suffix, action):
        super().__init__(convert_charrefs=True)
        self.suffix = form_id_suffix
        self.action = action
        self.in_form = False
        self.data: dict[str, list[str]] = {}
        self._textarea = None
        self._select = None
        self._option = None

    def _add(self, name, value):
        if name and "__prefix__" not in name:
            self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (
            attrs.get("action") == self.action
            if self.action
            else (attrs.get("id") or "").endswith(self.suffix)
        ):
            self.in_form = True
        if not self.in_form:
            return
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._add(attrs.get("name"), attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "textarea":
            self._textarea = [attrs.get("name"), ""]
        elif tag == "select":
            self._select = [attrs.get("name"), None, "multiple" in attrs]
        elif tag == "option" and self._select is not None:
            self._option = attrs
            if self._select[1] is None:
                self._select[1] = attrs.get("value", "")
            if "selected" in attrs:
                self._add(self._select[0], attrs.get("value", ""))
                self._select[1] = attrs.get("value", "")
                self._select[2] = True  # nothing more to add for it

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "textarea" and self._textarea is not None:
            name, value = self._textarea
            self._add(name, value.removeprefix("\n"))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            name, first, done = self._select
            if not done:  # a single select without "selected" submits its first option
                self._add(name, first or "")
            self._select = None


def form_data(html: str, form_id_suffix: str = "_form", action: str | None = None) -> dict:
    """The fields of the form whose id ends with ``form_id_suffix`` (an admin change form) or,
    given ``action``, whose action is that URL, as post data."""
    parser = _FormParser(form_id_suffix, action)
    parser.feed(html)
    return {name: values if len(values) > 1 else values[0] for name, values in parser.data.items()}
