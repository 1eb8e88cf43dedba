"""The site's shell: the public pages (EST method, contact, accessibility, privacy), /healthz and
/favicon.ico. They are the portal's, not the core's: the EST method page links the safety walks of
``est_measures``. The two start pages, which show every app's content, are in ``start_pages.py``.

Templates: ``portal/<page>.html``, all extending ``base.html``.
"""

from datetime import date

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from hjo_safety.models import ContactInfo
from hjo_safety.public_cache import cache_public_page


@cache_public_page
def est_method(request):
    """The EST method explained for citizens."""
    return TemplateResponse(request, "portal/est_method.html")


@cache_public_page
def contact(request):
    """The contact centre's details (``ContactInfo``), editable by coordinators in the admin."""
    return TemplateResponse(request, "portal/contact.html", {"info": ContactInfo.current()})


@cache_public_page
def privacy(request):
    """How the portal processes personal data, and its cookies. Retention comes from settings."""
    retention = {
        "incident_text_months": settings.INCIDENT_TEXT_RETENTION_MONTHS,
        "tip_text_months": settings.TIP_TEXT_RETENTION_MONTHS,
        "access_log_days": settings.ACCESS_LOG_RETENTION_DAYS,
        "session_idle_minutes": settings.SESSION_COOKIE_AGE // 60,
        "login_failure_limit": settings.AXES_FAILURE_LIMIT,
        "login_cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        "csrf_cookie_days": settings.CSRF_COOKIE_AGE // 86400,
        "subscription_confirm_hours": settings.SUBSCRIPTION_CONFIRM_HOURS,
        "language_cookie_days": settings.LANGUAGE_COOKIE_AGE // 86400,
    }
    cookies = {
        "session": settings.SESSION_COOKIE_NAME,
        "csrf": settings.CSRF_COOKIE_NAME,
        "messages": CookieStorage.cookie_name,
        "language": settings.LANGUAGE_COOKIE_NAME,
    }
    return TemplateResponse(
        request,
        "portal/privacy.html",
        {"retention": retention, "cookies": cookies, "info": ContactInfo.current()},
    )


# The accessibility statement's dates (DIGG's model asks for them): change them when the site is
# re-assessed or the statement is edited.
ACCESSIBILITY_PUBLISHED = date(2026, 11, 25)
ACCESSIBILITY_ASSESSED = date(2026, 11, 30)
ACCESSIBILITY_UPDATED = date(2026, 11, 30)


@cache_public_page
def accessibility(request):
    """Accessibility statement (tillgänglighetsredogörelse) after DIGG's model, as the DOS law
    requires: compliance status, known deviations, how to report them, DIGG's enforcement."""
    return TemplateResponse(
        request,
        "portal/accessibility.html",
        {
            "published": ACCESSIBILITY_PUBLISHED,
            "assessed": ACCESSIBILITY_ASSESSED,
            "updated": ACCESSIBILITY_UPDATED,
        },
    )


def favicon(request):
    """/favicon.ico, which browsers and crawlers ask for by habit: our SVG icon in static files."""
    return HttpResponseRedirect(static("img/favicon.svg"))


@never_cache
def healthz(request):
    """200 when the app and its database answer, 503 otherwise. Plain text, no session."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_GET
@never_cache
def set_language(request, code):
    """The language switch: keeps ``code`` in the language cookie (hjo_safety/language.py) and
    returns to the page in ``next``. A plain link, so the pages showing it hold no CSRF token
    and stay in the public page cache; switching someone's language is all a forged link can do."""
    if code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response
