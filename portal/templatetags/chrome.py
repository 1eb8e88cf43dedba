"""``{% site_header %}`` and ``{% site_footer %}``: the page chrome of ``base.html``, rendered
once per process for each combination of what it shows and reused.

The menus are data: ``PUBLIC_MENU`` (one line of links, the service navigation) and
``STAFF_MENU`` (groups by task; a group of which a viewer sees one link shows that link alone,
under its own label; a group of several opens as a ``<details>`` disclosure, so it works
without JavaScript).
To add an entry, add one ``Link`` line to the group where users look for it::

    Link("notifications:settings", _("E-post")),
    Link("tips:staff_list", _("Medborgartips"), when="tip_moderator"),
    Link("est:incident_list", _("Alla händelser"), count="shares_waiting_count"),

``when`` names one of ``FLAGS`` (the link is shown only to viewers with that flag);
``count`` names a context variable (from a context processor; an int, or an object with
``__int__`` read lazily, like ``est_incidents.context_processors.WaitingCount``) whose value is
shown as a badge beside the label (and on its closed group) when it is not zero, and joins the
kept header's key. A new
flag is one line in ``_flags``. An URL name that does not resolve (an app not installed) hides
its link.

The header shows the same menus to every viewer with the same flags and counts, marks the
current page when the path is one of the menus' own, and holds the logout form's CSRF token: it
is rendered with a placeholder token that each request replaces with its own. The footer shows
the contact details and is kept under their values, so an edit shows on the next page on every
instance; on a page that read the data version (``hjo_safety.cache.viewer_key``), whose triggers
also follow the contact details, it is kept under that version and the details are not read at
all. Nothing here depends on data outside the key: ``partials/header.html`` and
``partials/footer.html`` are included unchanged. Both are kept in ``caches["fragments"]``
through ``hjo_safety.cache``, which owns the keys.
"""

from dataclasses import dataclass
from functools import cache as memoize

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from hjo_safety import cache

register = template.Library()

HEADER = "partials/header.html"
FOOTER = "partials/footer.html"


@dataclass(frozen=True)
class Link:
    url_name: str
    label: str  # lazy: translated when rendered
    when: str = ""  # a key of FLAGS; empty: everyone who sees the menu
    count: str = ""  # a context variable with a count shown beside the label


@dataclass(frozen=True)
class Group:
    label: str
    links: tuple[Link, ...]


# The viewer's flags that decide which links show (and so the kept header's key).
FLAGS = (
    "authenticated",
    "member",
    "coordinator",
    "admin",
    "org_admin",
    "tip_moderator",
    "sso_admin",
    "access_log",
)

# The brand links to the start page; "Tipsa" and "Trygghet i siffror" are also buttons there.
PUBLIC_MENU = (
    Link("bra:index", _("Brottsförebyggande rådet")),
    Link("est_method", _("EST-metoden")),
    Link("promises:list", _("Medborgarlöften")),
    Link("statistics:public_figures", _("Trygghet i siffror")),
    Link("tips:create", _("Tipsa")),
    Link("contact", _("Kontakt")),
)

STAFF_MENU = (
    Group(_("Min start"), (Link("staff_home", _("Min start")),)),
    Group(_("Rapportera"), (Link("est:incident_create", _("Rapportera händelse")),)),
    Group(
        _("Händelser"),
        (
            # Incidents shared with the viewer's organisations that wait for their handling
            # (est_incidents.context_processors.shares; issue 24).
            Link("est:incident_list", _("Alla händelser"), count="shares_waiting_count"),
            Link("est:incident_map", _("Karta")),
            Link("tips:staff_list", _("Medborgartips"), when="tip_moderator"),
        ),
    ),
    Group(
        _("Lägesbild"),
        (
            Link("est:situation_picture", _("Lägesbild")),
            Link("est:statutory_choose_year", _("Årsdokument")),
        ),
    ),
    Group(
        _("Möten"),
        (
            Link("est:meeting_list", _("EST-möten")),
            Link("notifications:bulletin_list", _("Utskick")),
            Link("bra:index", _("Brottsförebyggande rådets möten")),
        ),
    ),
    Group(
        _("Åtgärder"),
        (
            Link("measures:intervention_list", _("Insatser")),
            Link("measures:walk_list", _("Trygghetsvandringar")),
            Link("tips:campaign_list", _("Digitala trygghetsvandringar"), when="tip_moderator"),
            Link("council:late_actions", _("Försenat i åtgärdsplanen")),
            Link("survey:staff_list", _("Trygghetsmätningar"), when="coordinator"),
            Link(
                "admin:citizen_promises_cooperationagreement_changelist",
                _("Samverkansöverenskommelse"),
                when="coordinator",
            ),
        ),
    ),
    Group(
        _("Mer"),
        (
            Link("members:list", _("Medarbetare"), when="org_admin"),
            Link("notifications:settings", _("E-post")),
            Link("audit_log", _("Granskningslogg"), when="coordinator"),
            Link("access_log", _("Åtkomstlogg"), when="access_log"),
            Link("sso_approvals", _("Nya konton"), when="sso_admin"),
            Link("otp_setup", _("Tvåstegsverifiering"), when="admin"),
            Link("admin:index", _("Administration"), when="admin"),
        ),
    ),
)


def _flags(context) -> dict[str, bool]:
    user = context.get("user")
    authenticated = bool(user is not None and user.is_authenticated)
    access = context.get("portal_access") if authenticated else None
    return {
        "authenticated": authenticated,
        "member": bool(access and access.is_member),
        "coordinator": bool(access and access.coordinator),
        "admin": bool(authenticated and context.get("can_use_admin")),
        "org_admin": bool(access and (access.coordinator or access.admin_organisation_ids)),
        "tip_moderator": bool(authenticated and context.get("can_moderate_tips")),
        # Admits accounts made by a single sign-on provider (only when one is configured).
        # The coordinator and the data protection officer (hjo_safety.access_log.may_search).
        "access_log": bool(authenticated and context.get("can_search_access_log")),
        "sso_admin": bool(
            authenticated and context.get("can_use_admin") and context.get("sso_enabled")
        ),
    }


_urls: dict[str, str | None] = {}


def _url(name: str) -> str | None:
    if name not in _urls:
        try:
            _urls[name] = reverse(name)
        except NoReverseMatch:  # an app that is not installed
            _urls[name] = None
    return _urls[name]


@memoize
def menu_paths() -> frozenset:
    """Every path a menu links to: the current page is marked only on these."""
    links = [*PUBLIC_MENU, *(link for group in STAFF_MENU for link in group.links)]
    return frozenset(url for url in (_url(link.url_name) for link in links) if url)


def _shown_links(links, flags, counts, path):
    shown = []
    for link in links:
        url = _url(link.url_name)
        if url is None or (link.when and not flags[link.when]):
            continue
        count = int(counts.get(link.count) or 0) if link.count else 0
        shown.append(
            {
                "url": url,
                "label": link.label,
                "current": url == path,
                "count": count or None,
                "count_name": link.count,
            }
        )
    return shown


def menus(flags: dict[str, bool], counts: dict, path: str) -> dict:
    """The menus a viewer with ``flags`` sees, as the header's template reads them."""
    staff = []
    if flags["member"]:
        for group in STAFF_MENU:
            links = _shown_links(group.links, flags, counts, path)
            if links:
                staff.append(
                    {
                        "label": group.label,
                        "links": links,
                        "single": links[0] if len(links) == 1 else None,
                        "current": any(link["current"] for link in links),
                        # A closed group shows the sum of its links' counts.
                        "count": sum(link["count"] or 0 for link in links) or None,
                    }
                )
    return {"public_menu": _shown_links(PUBLIC_MENU, flags, counts, path), "staff_menu": staff}


def _counts(context, flags) -> dict:
    """The values of the counts the viewer's links show, read from the context."""
    if not flags["member"]:
        return {}
    names = [
        link.count
        for group in STAFF_MENU
        for link in group.links
        if link.count and not (link.when and not flags[link.when])
    ]
    return {name: context.get(name) for name in names}


def _render(context, name, **values):
    with context.push(**values):
        return context.template.engine.get_template(name).render(context)


@register.simple_tag(takes_context=True)
def site_header(context):
    request = context.get("request")
    flags = _flags(context)
    if request is None or context.get("user") is None:
        return _render(context, HEADER, **menus(flags, {}, ""))
    path = request.path if request.path in menu_paths() else ""
    counts = _counts(context, flags)
    shown = menus(flags, counts, path)
    key = (
        get_language(),
        path,
        *(flags[name] for name in FLAGS),
        *(f"{name}={int(value or 0)}" for name, value in sorted(counts.items())),
    )
    if "csrf_token" not in context:  # rendered without a request's CSRF context
        return _render(context, HEADER, **shown)
    # The request's token is asked for only when the kept header holds a form: an anonymous
    # page (no logout form) must not set the CSRF cookie, or the public page cache would not
    # keep it.
    html = cache.get_or_render_html(
        "header",
        key,
        lambda placeholder: _render(context, HEADER, csrf_token=placeholder, **shown),
        lambda: context["csrf_token"],
    )
    if html is None:
        return _render(context, HEADER, **shown)
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
