"""Context shared by every page: the contact footer and the user's role flags."""

from django.utils.functional import SimpleLazyObject

from hjo_safety import permissions
from hjo_safety.models import ContactInfo


def portal(request):
    user = getattr(request, "user", None)
    return {
        "contact": SimpleLazyObject(ContactInfo.current),
        "portal_access": SimpleLazyObject(lambda: permissions.access(user)),
        "can_use_admin": SimpleLazyObject(lambda: permissions.can_use_admin(user)),
    }
