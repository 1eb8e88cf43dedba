"""Copies of EST texts kept outside their rows, rewritten when the text is corrected.

A held meeting's frozen situation picture (``EstMeeting.frozen_picture``) copies the wording of
the open EST actions (``open_actions[].what``); a correction of an action must reach it too
(``hjo_safety.redaction.register_copy``, registered in ``EstIncidentsConfig.ready``). A held
meeting's picture is a locked record; the correction lifts the lock for its own transaction and
changes nothing but the corrected wording (the correction is in the audit log).
"""

from django.db import transaction

from hjo_safety.records import lift_record_locks_in_this_transaction


def rewrite_action_in_frozen_pictures(action) -> int:
    """Put ``action``'s current wording into every frozen picture that lists it."""
    from est_incidents.models import EstMeeting

    changed = 0
    meetings = EstMeeting.objects.filter(
        frozen_picture__open_actions__contains=[{"id": action.pk}]
    ).only("pk", "frozen_picture")
    with transaction.atomic():
        for meeting in meetings:
            picture = meeting.frozen_picture
            rows = [r for r in picture.get("open_actions", []) if r.get("id") == action.pk]
            if all(row.get("what") == action.what for row in rows):
                continue
            for row in rows:
                row["what"] = action.what
            changed += 1
            lift_record_locks_in_this_transaction()
            EstMeeting.objects.filter(pk=meeting.pk).update(frozen_picture=picture)
    return changed
