"""Context shared by every page, for the chrome (``templatetags/chrome.py``): the contact footer
and the user's role flags the menus show links by. Apps add their own flags with their own
context processors (``citizen_tips``: may the user moderate tips), listed in the settings."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from hjo_safety import permissions
from hjo_safety.models import ContactInfo


def portal(request):
    user = getattr(request, "user", None)
    return {
        "contact": SimpleLazyObject(ContactInfo.current),
        "portal_access": SimpleLazyObject(lambda: permissions.access(user)),
        "can_use_admin": SimpleLazyObject(lambda: permissions.can_use_admin(user)),
        # Single sign-on is configured: admins get "Nya konton" (accounts awaiting approval).
        "sso_enabled": bool(settings.OIDC_PROVIDERS),
    }
