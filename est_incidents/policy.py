"""Who may do what to one incident, one share of it and one EST action: the per-object rules of
the models this app owns.

Like Wagtail's permission policies, the rules of a model live with the model's app and are built
on the shared verbs of the core's policy (``hjo_safety.permissions``: ``is_coordinator``,
``organisation_ids``, ``admin_organisation_ids``). Lists start from the querysets'
``visible_to(user)`` / ``editable_by(user)``; these functions answer the same questions for one
object that a view already fetched through ``get_visible_or_404``.
"""

from hjo_safety.permissions import admin_organisation_ids, is_coordinator, organisation_ids


def may_correct_incident(user, incident) -> bool:
    """Reporters correct their own organisations' incidents; coordinators all."""
    return is_coordinator(user) or incident.organisation_id in organisation_ids(user)


def may_handle_incident(user, incident) -> bool:
    """Status and handling note: the organisation's admins; coordinators everywhere."""
    return is_coordinator(user) or incident.organisation_id in admin_organisation_ids(user)


def may_redact_incident_history(user, incident) -> bool:
    """Removing text from an incident's history: the organisation's admins; coordinators."""
    return is_coordinator(user) or incident.organisation_id in admin_organisation_ids(user)


def may_see_reporter(user, incident, share=None) -> bool:
    """The reporter's name: the incident's own organisation and coordinators; a receiver only
    when the reporting organisation allowed it for the share."""
    if may_correct_incident(user, incident):
        return True
    return share is not None and share.show_reporter


def may_share_incident(user, incident) -> bool:
    """Sharing an incident onward: its own organisation's users (reporters and admins) and
    coordinators. A receiving organisation may not pass the incident on."""
    return may_correct_incident(user, incident)


def may_withdraw_share(user, share) -> bool:
    """Withdrawing a share: the sharing (reporting) organisation's users and coordinators."""
    return is_coordinator(user) or share.incident.organisation_id in organisation_ids(user)


def may_handle_share(user, share) -> bool:
    """The receiver's handling status and notes: the receiving organisation's users while the
    share is active; coordinators too."""
    if share.withdrawn_at is not None:
        return False
    return is_coordinator(user) or share.organisation_id in organisation_ids(user)


def may_update_action(user, action) -> bool:
    """An EST action's status: the responsible organisation's users; coordinators all
    (``EstAction.objects.editable_by(user)`` is the same rule for a list)."""
    return is_coordinator(user) or action.responsible_organisation_id in organisation_ids(user)
