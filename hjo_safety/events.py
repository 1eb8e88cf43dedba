"""A tiny registry of domain events, so that core apps can announce what happened without
knowing who listens.

The core apps (``est_incidents``, ``bra_council``...) call ``emit("incident_status_changed",
incident=..., acting_user=...)`` explicitly from the write that caused the event (a view, an admin
action, a service) — never from ``save()`` or a signal. Apps higher up, such as ``notifications``,
``subscribe`` a handler in their ``AppConfig.ready()``. Imports therefore run one way: the
listener imports the core, the core imports only this module.

Handlers run synchronously inside the caller's transaction; they should only write rows (an
outbox) and defer anything slow or external with ``transaction.on_commit``.
"""

from collections import defaultdict
from collections.abc import Callable

INCIDENT_STATUS_CHANGED = "incident_status_changed"
INCIDENT_NOTE_ADDED = "incident_note_added"
INCIDENT_SHARED = "incident_shared"
COUNCIL_AGENDA_PUBLISHED = "council_agenda_published"
COUNCIL_MINUTES_APPROVED = "council_minutes_approved"
USER_CREATED = "user_created"
INVITATION_RESENT = "invitation_resent"  # hjo_safety.members: a new link for an unused account
COVERAGE_REMINDER_SENT = "coverage_reminder_sent"
TIP_FORWARDED = "tip_forwarded"
TIP_RECEIVED = "tip_received"
# Published to citizens (issue 26: e-mail subscriptions); emitted on the change to published.
FOLLOW_UP_PUBLISHED = "follow_up_published"
SAFETY_WALK_PUBLISHED = "safety_walk_published"

_handlers: dict[str, list[Callable]] = defaultdict(list)


def subscribe(event: str, handler: Callable) -> None:
    """Call ``handler(**payload)`` whenever ``event`` is emitted (once per handler)."""
    if handler not in _handlers[event]:
        _handlers[event].append(handler)


def emit(event: str, **payload) -> None:
    """Tell every subscriber of ``event``; without subscribers nothing happens."""
    for handler in list(_handlers[event]):
        handler(**payload)
