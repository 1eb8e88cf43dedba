"""Template context for every page: whether the user moderates citizens' tips (staff menu)."""

from django.utils.functional import SimpleLazyObject

from citizen_tips.models import can_moderate


def tips(request):
    user = getattr(request, "user", None)
    return {"can_moderate_tips": SimpleLazyObject(lambda: can_moderate(user))}
