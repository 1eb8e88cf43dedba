"""``{% site_header %}`` and ``{% site_footer %}``: the page chrome of ``base.html``, rendered
once per process for each combination of what it shows and reused.

The header shows the same menus to every viewer with the same flags (logged in, member,
coordinator, admin, tip moderator), marks the current page when the path is one of the menu's
own, and holds the logout form's CSRF token: it is rendered with a placeholder token that each
request replaces with its own. The footer shows the contact details and is kept under their
values, so an edit shows on the next page on every instance; on a page that read the data version
(``hjo_safety.cache.viewer_key``), whose triggers also follow the contact details, it is kept under
that version and the details are not read at all. Nothing here depends on data outside the key:
``partials/header.html`` and ``partials/footer.html`` are included unchanged. Both are kept in
``caches["fragments"]`` through ``hjo_safety.cache``, which owns the keys.
"""

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from hjo_safety import cache

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
    "notifications:bulletin_list",
    "tips:staff_list",
    "sso_approvals",
)
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
        get_language(),
        path,
        authenticated,
        bool(authenticated and access.is_member),
        bool(authenticated and access.coordinator),
        bool(authenticated and context.get("can_use_admin")),
        bool(authenticated and context.get("can_moderate_tips")),
        bool(authenticated and context.get("sso_enabled")),
    )
    if "csrf_token" not in context:  # rendered without a request's CSRF context
        return _render(context, HEADER)
    # The request's token is asked for only when the kept header holds a form: an anonymous
    # page (no logout form) must not set the CSRF cookie, or the public page cache would not
    # keep it.
    html = cache.get_or_render_html(
        "header",
        key,
        lambda placeholder: _render(context, HEADER, csrf_token=placeholder),
        lambda: context["csrf_token"],
    )
    if html is None:
        return _render(context, HEADER)
    return mark_safe(html)  # nosec B308 B703 — our own rendered template


@register.simple_tag(takes_context=True)
def site_footer(context):
    request = context.get("request")
    version = getattr(request, "hjo_data_version", None)
    if version is not None:
        # A page that read the data version (hjo_safety.cache.viewer_key): it changes with
        # every write to the contact details too, so the footer is kept under it without
        # reading them.
        key = (get_language(), "version", version)
    else:
        contact = context.get("contact")
        if not contact:  # none stored (a lazy None is falsy too)
            key = (get_language(), None)
        else:
            values = tuple(
                getattr(contact, field.attname) for field in contact._meta.concrete_fields
            )
            key = (get_language(), values)
    html = cache.get_or_set("footer", key, lambda: str(_render(context, FOOTER)))
    return mark_safe(html)  # nosec B308 B703 — our own rendered template
