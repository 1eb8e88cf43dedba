"""Template context for every page: how many incidents shared with the viewer's organisations
wait for their handling (the count beside "Händelser" in the staff menu)."""

import functools

from est_incidents.selectors import shares_waiting
from hjo_safety import cache, permissions


class WaitingCount:
    """The count, read only when a page asks for it, then remembered. On a page that read the
    viewer's data version (``hjo_safety.cache.viewer_key`` sets ``request.hjo_data_version``;
    every such version covers the viewer's organisations' scopes, and a share's rows bump the
    receiving organisation's scope) it is kept under that version, so a kept page reads no
    query for it; elsewhere it is one query."""

    def __init__(self, request):
        self._request = request
        self._user = getattr(request, "user", None)

    @functools.cached_property
    def value(self) -> int:
        user = self._user
        if user is None or not user.is_authenticated or not permissions.is_member(user):
            return 0
        version = getattr(self._request, "hjo_data_version", None)
        if version is None:
            return shares_waiting(user)
        info = permissions.access(user)
        parts = (version, info.coordinator, tuple(sorted(info.organisation_ids)))
        return cache.get_or_set("menu-count", parts, lambda: shares_waiting(user))

    def __int__(self):
        return self.value

    def __bool__(self):
        return bool(self.value)

    def __str__(self):
        return str(self.value)


def shares(request):
    return {"shares_waiting_count": WaitingCount(request)}
