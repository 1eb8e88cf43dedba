"""Template context for every page: how many incidents shared with the viewer's organisations
wait for their handling (the count beside "Händelser" in the staff menu)."""

import functools

from est_incidents.selectors import shares_waiting
from hjo_safety import permissions


class WaitingCount:
    """The count, read (one query) only when a page asks for it, then remembered."""

    def __init__(self, user):
        self._user = user

    @functools.cached_property
    def value(self) -> int:
        user = self._user
        if user is None or not user.is_authenticated or not permissions.is_member(user):
            return 0
        return shares_waiting(user)

    def __int__(self):
        return self.value

    def __bool__(self):
        return bool(self.value)

    def __str__(self):
        return str(self.value)


def shares(request):
    return {"shares_waiting_count": WaitingCount(getattr(request, "user", None))}
