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
from html import escape as _html_escape

from django import template
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from hjo_safety import cache

register = template.Library()


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


# --- The header and the footer, written in Python -----------------------------------------------
# They were the templates partials/header.html, staff_nav.html and footer.html; on a page whose
# kept parts miss (or with FRAGMENT_CACHE_ENABLED off) the template engine's nodes, loops and
# {% url %} tags for some forty menu links were about 1.5 ms of every staff page (bench/RESULTS.md,
# session 8). The markup is the same (tests/portal/test_chrome.py compares it with
# django.test.html.parse_html); every value is escaped here, the labels included.

_BADGE = ' <span class="badge rounded-pill text-bg-danger"{name}>{count}</span>'


def escape(value) -> str:
    """What ``{{ value }}`` writes for the chrome's values (labels, URLs, names: none of them
    marked safe): Django's ``escape`` without its lazy-argument wrapper."""
    return _html_escape(str(value))


def _badge(count, name: str = "") -> str:
    if not count:
        return ""
    named = f' data-menu-count="{escape(name)}"' if name else ""
    return _BADGE.format(name=named, count=count)


def _current(current: bool) -> str:
    return ' aria-current="page"' if current else ""


def _staff_link(link, css: str) -> str:
    return (
        f'<a class="{css}" href="{escape(link["url"])}"{_current(link["current"])}>'
        f"{escape(link['label'])}{_badge(link['count'], link['count_name'])}</a>"
    )


def staff_nav_html(staff_menu: list) -> str:
    """The staff menu (``STAFF_MENU``, grouped by task). On a laptop each group of several links
    is a ``<details>`` disclosure in one row; on a phone the whole menu is one ``<details>``
    ("Personalmeny") listing the groups. Both work without JavaScript; static/js/menu.js only
    closes an open group on a click elsewhere or Escape."""
    bar, phone = [], []
    for number, group in enumerate(staff_menu, start=1):
        single = group["single"]
        if single:
            bar.append(f"<li>{_staff_link(single, 'nav-link')}</li>")
            phone.append(
                "<div><ul><li>"
                f"{_staff_link(single, 'staff-menu-link staff-menu-heading')}</li></ul></div>"
            )
            continue
        label = escape(group["label"])
        links = [f"<li>{_staff_link(link, 'nav-link')}</li>" for link in group["links"]]
        bar.append(
            '<li><details class="staff-menu-group" data-staff-menu><summary class="nav-link'
            f'{" is-current" if group["current"] else ""}">{label}{_badge(group["count"])}'
            f'</summary>\n<ul class="staff-menu-panel">{"".join(links)}</ul></details></li>'
        )
        links = [f"<li>{_staff_link(link, 'staff-menu-link')}</li>" for link in group["links"]]
        phone.append(
            f'<div><p class="staff-menu-heading" id="staff-menu-{number}">{label}</p>\n'
            f'<ul aria-labelledby="staff-menu-{number}">{"".join(links)}</ul></div>'
        )
    label = escape(gettext("Personalmeny"))
    bar_items, phone_groups = "\n".join(bar), "\n".join(phone)
    return (
        f'<nav class="staff-nav bg-light border-bottom" aria-label="{label}">\n'
        f'<div class="container">\n<ul class="staff-menu-bar">\n{bar_items}\n</ul>\n'
        f'<details class="staff-menu-phone">\n<summary>{label}</summary>\n'
        f'<div class="staff-menu-phone-groups">\n{phone_groups}\n</div>\n'
        "</details>\n</div>\n</nav>"
    )


def _nav_item(url: str, label: str, current: bool = False) -> str:
    return (
        f'<li class="nav-item"><a class="nav-link" href="{escape(url)}"{_current(current)}>'
        f"{escape(label)}</a></li>"
    )


def header_html(  # nosec B107 — no token: a header without the logout form's token
    flags: dict[str, bool], shown: dict, path: str, csrf_token: str = ""
) -> str:
    """The site header: the brand, the public menu, login or logout, and the staff menu of a
    viewer with ``flags`` (``shown`` is ``menus(...)``). ``csrf_token`` goes into the logout
    form (none when empty, as ``{% csrf_token %}`` outside a request's CSRF context)."""
    public = "".join(
        _nav_item(link["url"], link["label"], link["current"]) for link in shown["public_menu"]
    )
    if flags["authenticated"]:
        items = []
        if not shown["staff_menu"]:  # a member finds these in the staff menu below
            items.append(_nav_item(_url("staff_home"), gettext("Personal")))
            if flags["admin"]:
                items.append(_nav_item(_url("admin:index"), gettext("Administration")))
        if flags["access_log"] and not flags["member"]:
            url = _url("access_log")
            items.append(_nav_item(url, gettext("Åtkomstlogg"), path == url))
        token = (
            f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
            if csrf_token and csrf_token != "NOTPROVIDED"  # nosec B105 — Django's marker
            else ""
        )
        items.append(
            f'<li class="nav-item">\n<form method="post" action="{escape(_url("logout"))}" '
            f'class="d-inline">{token}\n<button type="submit" class="btn btn-link nav-link">'
            f"{escape(gettext('Logga ut'))}</button>\n</form>\n</li>"
        )
        account = "\n".join(items)
    else:
        account = _nav_item(_url("login"), gettext("Logga in (personal)"))
    staff = staff_nav_html(shown["staff_menu"]) if shown["staff_menu"] else ""
    return (
        '<header class="site-header">\n'
        '<nav class="navbar navbar-expand-lg navbar-dark bg-hjo" aria-label="'
        f'{escape(gettext("Huvudmeny"))}">\n<div class="container">\n'
        f'<a class="navbar-brand site-brand" href="{escape(_url("home"))}">\n'
        f'<img src="{escape(static("img/hjo-wordmark.svg"))}" alt="" width="40" height="40">\n'
        '<span class="site-brand-text"><span class="site-brand-owner">'
        f"{escape(gettext('Hjo kommun'))}</span>\n"
        f'<span class="site-brand-name">{escape(gettext("Trygghet i Hjo"))}</span></span>\n'
        "</a>\n"
        '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" '
        'data-bs-target="#main-nav" aria-controls="main-nav" aria-expanded="false" '
        f'aria-label="{escape(gettext("Visa eller dölj menyn"))}">\n'
        '<span class="navbar-toggler-icon"></span>\n</button>\n'
        '<div class="collapse navbar-collapse" id="main-nav">\n'
        f'<ul class="navbar-nav me-auto">\n{public}\n</ul>\n'
        f'<ul class="navbar-nav">\n{account}\n</ul>\n'
        f"</div>\n</div>\n</nav>\n{staff}\n</header>"
    )


def footer_html(contact) -> str:
    """The site footer: who runs the site, the contact centre's details (``ContactInfo``, none
    when none is stored) and what to do in an emergency."""
    details = ""
    if contact:
        details = (
            f'<p class="mb-1">{escape(contact.shown_name)}</p>\n'
            f'<p class="mb-1">{escape(gettext("Telefon"))}: <a href="'
            f'{escape(contact.phone_href)}">{escape(contact.phone)}</a> '
            f"({escape(contact.shown_phone_hours)})</p>\n"
            f'<p class="mb-1">{escape(gettext("E-post"))}: <a href="mailto:'
            f'{escape(contact.email)}">{escape(contact.email)}</a></p>\n'
            f'<p class="mb-1">{escape(gettext("Besöksadress"))}: '
            f"{escape(contact.visiting_address)}</p>\n"
        )
    # The two sentences with markup are translated whole, as {% blocktranslate %} did.
    runs_by = gettext('Trygghet i Hjo drivs av <a href="https://www.hjo.se">Hjo kommun</a>.')
    emergency = gettext(
        "Ring <strong>112</strong> vid akut fara. Tips och anmälan till polisen: ring 114 14."
    )
    links = "\n".join(
        f'<li><a href="{escape(_url(name))}">{escape(label)}</a></li>'
        for name, label in (
            ("contact", gettext("Alla kontaktuppgifter")),
            ("accessibility", gettext("Tillgänglighet för webbplatsen")),
            ("privacy", gettext("Personuppgifter och kakor")),
        )
    )
    return (
        '<footer class="site-footer mt-5 py-4">\n<div class="container">\n'
        '<div class="row g-4">\n<div class="col-md-6">\n'
        f'<p class="site-footer-owner mb-2">{runs_by}</p>\n'
        f'<h2 class="h5">{escape(gettext("Kontakta Hjo kommun"))}</h2>\n{details}'
        '</div>\n<div class="col-md-6">\n'
        f'<h2 class="h5">{escape(gettext("Vid akut fara"))}</h2>\n'
        f'<p class="mb-1">{emergency}</p>\n'
        f'<ul class="list-unstyled mb-0">\n{links}\n</ul>\n'
        "</div>\n</div>\n</div>\n</footer>"
    )


@register.simple_tag(takes_context=True)
def site_header(context):
    request = context.get("request")
    flags = _flags(context)
    if request is None or context.get("user") is None:
        return mark_safe(header_html(flags, menus(flags, {}, ""), ""))  # nosec B308 B703
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
        return mark_safe(header_html(flags, shown, path))  # nosec B308 B703 — escaped there
    # The request's token is asked for only when the kept header holds a form: an anonymous
    # page (no logout form) must not set the CSRF cookie, or the public page cache would not
    # keep it.
    html = cache.get_or_render_html(
        "header",
        key,
        lambda placeholder: header_html(flags, shown, path, placeholder),
        lambda: context["csrf_token"],
    )
    if html is None:
        return mark_safe(header_html(flags, shown, path))  # nosec B308 B703 — escaped there
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
    html = cache.get_or_set("footer", key, lambda: footer_html(context.get("contact")))
    return mark_safe(html)  # nosec B308 B703 — our own rendered template
