"""Context shared by every page, for the chrome (``templatetags/chrome.py``): the contact footer
and the user's role flags the menus show links by. Apps add their own flags with their own
context processors (``citizen_tips``: may the user moderate tips), listed in the settings."""

from django.utils.functional import SimpleLazyObject

from hjo_safety import access_log, permissions
from hjo_safety.models import ContactInfo


def portal(request):
    user = getattr(request, "user", None)
    return {
        "contact": SimpleLazyObject(ContactInfo.current),
        "portal_access": SimpleLazyObject(lambda: permissions.access(user)),
        "can_use_admin": SimpleLazyObject(lambda: permissions.can_use_admin(user)),
        # The coordinator and the data protection officer (who may be no member): the access
        # log's menu link.
        "can_search_access_log": SimpleLazyObject(lambda: access_log.may_search(user)),
    }
