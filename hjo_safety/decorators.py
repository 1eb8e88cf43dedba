"""View decorators built on the membership policy."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from hjo_safety import permissions


def membership_required(view_func):
    """Logged in and a member of at least one organisation (or a coordinator); else 403."""

    @login_required
    @wraps(view_func)
    def wrapper(request, *args, **kwargs):
        if not permissions.is_member(request.user):
            raise PermissionDenied
        return view_func(request, *args, **kwargs)

    return wrapper


def coordinator_required(view_func):
    """Logged in as a coordinator; else 403 (the page's existence is not a secret)."""

    @login_required
    @wraps(view_func)
    def wrapper(request, *args, **kwargs):
        if not permissions.is_coordinator(request.user):
            raise PermissionDenied
        return view_func(request, *args, **kwargs)

    return wrapper
