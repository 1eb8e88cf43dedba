"""``{% site_header %}`` and ``{% site_footer %}``: the page chrome of ``base.html``, rendered
once per process for each combination of what it shows and reused.

The header shows the same menus to every viewer with the same flags (logged in, member,
coordinator, admin, tip moderator), marks the current page when the path is one of the menu's
own, and holds the logout form's CSRF token: it is rendered with a placeholder token that each
request replaces with its own. The footer shows the contact details and is kept under their
values, so an edit shows on the next page on every instance; on a page that read the data version
(``hjo_safety.fragments``), whose triggers also follow the contact details, it is kept under that
version and the details are not read at all. Nothing here
depends on data outside the key: ``partials/header.html`` and ``partials/footer.html`` are
included unchanged.
"""

import threading
from collections import OrderedDict

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

HEADER = "partials/header.html"
FOOTER = "partials/footer.html"
# Every URL name the header's menus mark as the current page (aria-current).
MENU_URL_NAMES = (
    "home",
    "bra:index",
    "est_method",
    "promises:list",
    "statistics:public_figures",
    "contact",
    "tips:create",
    "staff_home",
    "est:incident_list",
    "est:incident_create",
    "est:incident_map",
    "est:situation_picture",
    "est:meeting_list",
    "audit_log",
    "measures:intervention_list",
    "otp_setup",
    "notifications:settings",
    "tips:staff_list",
)
PLACEHOLDER = "hjo-header-csrf-placeholder-7f3a9c"
MAX_ENTRIES = 256

_entries: OrderedDict = OrderedDict()
_lock = threading.Lock()
_menu_paths: frozenset | None = None


def menu_paths() -> frozenset:
    global _menu_paths
    if _menu_paths is None:
        paths = set()
        for name in MENU_URL_NAMES:
            try:
                paths.add(reverse(name))
            except NoReverseMatch:  # an app that is not installed
                pass
        _menu_paths = frozenset(paths)
    return _menu_paths


def _cached(key, render):
    with _lock:
        html = _entries.get(key)
        if html is not None:
            _entries.move_to_end(key)
            return html
    html = render()
    with _lock:
        _entries[key] = html
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return html


def clear():
    with _lock:
        _entries.clear()


def _render(context, name, **values):
    with context.push(**values):
        return context.template.engine.get_template(name).render(context)


@register.simple_tag(takes_context=True)
def site_header(context):
    request = context.get("request")
    user = context.get("user")
    if request is None or user is None:
        return _render(context, HEADER)
    path = request.path if request.path in menu_paths() else ""
    authenticated = bool(user.is_authenticated)
    access = context.get("portal_access")
    key = (
        "header",
        get_language(),
        path,
        authenticated,
        bool(authenticated and access.is_member),
        bool(authenticated and access.coordinator),
        bool(authenticated and context.get("can_use_admin")),
        bool(authenticated and context.get("can_moderate_tips")),
    )
    if "csrf_token" not in context:  # rendered without a request's CSRF context
        return _render(context, HEADER)
    html = _cached(key, lambda: _render(context, HEADER, csrf_token=PLACEHOLDER))
    if PLACEHOLDER in html:
        # Only now is the request's token asked for: an anonymous page (no logout form) must not
        # set the CSRF cookie, or the public page cache would not keep it.
        token = str(context["csrf_token"])
        if token == "NOTPROVIDED":  # nosec B105 — Django's "no CSRF context" marker
            return _render(context, HEADER)
        html = html.replace(PLACEHOLDER, token)
    return mark_safe(html)  # nosec B308 B703 — our own rendered template


@register.simple_tag(takes_context=True)
def site_footer(context):
    request = context.get("request")
    version = getattr(request, "hjo_data_version", None)
    if version is not None:
        # A page that read the data version (hjo_safety.fragments.viewer_key): it changes with
        # every write to the contact details too, so the footer is kept under it without
        # reading them.
        return mark_safe(  # nosec B308 B703
            _cached(("footer", get_language(), version), lambda: _render(context, FOOTER))
        )
    contact = context.get("contact")
    if not contact:  # none stored (a lazy None is falsy too)
        key = ("footer", get_language(), None)
    else:
        values = tuple(getattr(contact, field.attname) for field in contact._meta.concrete_fields)
        key = ("footer", get_language(), values)
    return mark_safe(_cached(key, lambda: _render(context, FOOTER)))  # nosec B308 B703
