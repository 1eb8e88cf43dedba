"""Queries other pages show citizens' tips with (the staff start page)."""

from citizen_tips.models import CitizenTip, can_moderate
from hjo_safety import permissions

FORWARDED_COUNT = 10


def forwarded_to_my_organisations(user) -> dict | None:
    """The open tips forwarded to the user's organisations, newest first, in one query; None
    for those who moderate tips (they have the menu link to every tip)."""
    if can_moderate(user):
        return None
    # Only what _forwarded_tips.html shows (not the linked incident's row of for_list()).
    tips = (
        CitizenTip.objects.visible_to(user)
        .open()
        .filter(state=CitizenTip.State.FORWARDED)
        .select_related("place", "forwarded_to")
        .only(
            "kind",
            "place__name",
            "place_description",
            "latitude",
            "longitude",
            "moderated_at",
            "forwarded_to__name",
            "forwarded_to__short_name",
        )
        .order_by("-moderated_at", "-pk")[:FORWARDED_COUNT]
    )
    return {
        "tips": list(tips),
        "show_organisation": len(permissions.organisation_ids(user)) > 1,
    }


def new_tips_to_moderate(user) -> int | None:
    """How many open tips nobody has moderated yet, for those who moderate tips (else None).
    Moderators may see every tip, so the count is shown as it is."""
    if not can_moderate(user):
        return None
    return CitizenTip.objects.open().filter(state=CitizenTip.State.NEW).count()
