"""Context shared by every page, for the chrome (``templatetags/chrome.py``): the contact footer
and the user's role flags the menus show links by. Apps add their own flags with their own
context processors (``citizen_tips``: may the user moderate tips), listed in the settings."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from hjo_safety import access_log, permissions
from hjo_safety.models import ContactInfo
from hjo_safety.sessions import STAMP_INTERVAL


def portal(request):
    user = getattr(request, "user", None)
    return {
        "contact": SimpleLazyObject(ContactInfo.current),
        "portal_access": SimpleLazyObject(lambda: permissions.access(user)),
        "can_use_admin": SimpleLazyObject(lambda: permissions.can_use_admin(user)),
        # Single sign-on is configured: admins get "Nya konton" (accounts awaiting approval).
        "sso_enabled": bool(settings.OIDC_PROVIDERS),
        # The coordinator and the data protection officer (who may be no member): the access
        # log's menu link.
        "can_search_access_log": SimpleLazyObject(lambda: access_log.may_search(user)),
    }


def session_timeout(request):
    """The idle timeout the session-timeout warning counts down (templates/partials/
    session_timeout.html, js/session-timeout.js): the session ends between a minute less than
    ``SESSION_IDLE_MINUTES`` and that after the last request (``hjo_safety.sessions``), so the
    page counts the shorter; it warns five minutes before (half the time for short timeouts)."""
    idle = max(60, settings.SESSION_COOKIE_AGE - int(STAMP_INTERVAL.total_seconds()))
    return {"session_idle_seconds": idle, "session_warn_seconds": min(300, idle // 2)}
