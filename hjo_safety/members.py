"""An organisation's people, managed by its admins on ``/personal/medarbetare/``.

Writes that touch a user and a membership and must leave an audit record (``AuditEvent``, besides
the membership's own history): invite, resend and withdraw an invitation, change a role, remove a
member. Every function takes the acting user, and the views hand them only memberships from
``Membership.objects.editable_by(acting_user)``, so an admin never reaches another organisation's
people or a coordinator's membership; which roles an admin may give is ``grantable_roles``.

An invitation is an account that has never been used: no usable password and no login yet. The
mail with the link to choose a password is sent by the notifications app (``events.USER_CREATED``
and ``events.INVITATION_RESENT``), so the core imports no app. Removing someone's last membership
deactivates the account: it cannot log in to a page that would only say "no permission".
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.crypto import get_random_string
from django.utils.text import slugify

from hjo_safety import events, permissions
from hjo_safety.models import AuditEvent, Membership, Organisation
from hjo_safety.roles import Role


def grantable_roles(acting_user) -> list[tuple[str, str]]:
    """The roles ``acting_user`` may give: only a coordinator makes coordinators."""
    if permissions.is_coordinator(acting_user):
        return list(Role.choices)
    return [(value, label) for value, label in Role.choices if value != Role.COORDINATOR]


def pending_q(prefix: str = "user__") -> Q:
    """An account that was invited and never used: no password chosen, never logged in."""
    return Q(**{f"{prefix}last_login__isnull": True}) & Q(
        **{f"{prefix}password__startswith": UNUSABLE_PASSWORD_PREFIX}
    )


def memberships_of(organisations) -> QuerySet:
    return (
        Membership.objects.filter(organisation__in=organisations, user__is_active=True)
        .select_related("user", "organisation")
        .order_by("organisation__name", "user__first_name", "user__last_name", "user__username")
    )


def _username_for(email: str) -> str:
    """A free username from the address's local part: ``anna.berg``, ``anna.berg2``…"""
    parts = (slugify(part) for part in email.split("@", 1)[0].split("."))
    base = ".".join(part for part in parts if part)[:140] or get_random_string(8).lower()
    users = get_user_model().objects
    name, number = base, 1
    while users.filter(username__iexact=name).exists():
        number += 1
        name = f"{base}{number}"
    return name


def _detail(actor, membership, text: str = "") -> str:
    parts = [f"{membership.organisation}", str(membership.get_role_display())]
    if text:
        parts.append(text)
    parts.append(f"av {actor.get_username()}")
    return "; ".join(parts)


def _record(kind, *, request, user, detail):
    # The client address is the acting admin's (from the request); the user is the account.
    AuditEvent.objects.record(kind, request=request, user=user, detail=detail)


@transaction.atomic
def invite_member(
    *,
    first_name: str,
    last_name: str,
    email: str,
    organisation: Organisation,
    role: str,
    acting_user,
    request=None,
) -> Membership:
    """Create an unused account with a membership and send it the invitation."""
    if organisation not in Organisation.objects.administered_by(acting_user):
        raise PermissionError("not an organisation the acting user administers")
    if role not in dict(grantable_roles(acting_user)):
        raise PermissionError("a role the acting user may not give")
    user = get_user_model().objects.create_user(
        username=_username_for(email),
        email=email,
        first_name=first_name,
        last_name=last_name,
        password=None,  # unusable: the invitation's link lets the person choose one
    )
    membership = Membership.objects.create(user=user, organisation=organisation, role=role)
    _record(
        AuditEvent.Kind.INVITED,
        request=request,
        user=user,
        detail=_detail(acting_user, membership),
    )
    events.emit(events.USER_CREATED, user=user, acting_user=acting_user)
    return membership


@transaction.atomic
def resend_invitation(*, membership: Membership, acting_user, request=None) -> None:
    """A new link for an invitation not yet used (the old link keeps working until it expires)."""
    _record(
        AuditEvent.Kind.INVITATION_RESENT,
        request=request,
        user=membership.user,
        detail=_detail(acting_user, membership),
    )
    events.emit(events.INVITATION_RESENT, user=membership.user, acting_user=acting_user)


@transaction.atomic
def change_role(*, membership: Membership, role: str, acting_user, request=None) -> None:
    if role not in dict(grantable_roles(acting_user)):
        raise PermissionError("a role the acting user may not give")
    if role == membership.role:
        return
    before = membership.get_role_display()
    membership.role = role
    membership.save(update_fields=["role"])
    _record(
        AuditEvent.Kind.ROLE_CHANGED,
        request=request,
        user=membership.user,
        detail=_detail(acting_user, membership, f"tidigare {before}"),
    )


@transaction.atomic
def remove_member(*, membership: Membership, acting_user, request=None) -> bool:
    """End the membership (withdraws an invitation, too); with no membership left, deactivate
    the account. Returns whether the account was deactivated."""
    user = membership.user
    pending = get_user_model().objects.filter(pk=user.pk).filter(pending_q(prefix="")).exists()
    kind = AuditEvent.Kind.INVITATION_WITHDRAWN if pending else AuditEvent.Kind.MEMBER_REMOVED
    detail = _detail(acting_user, membership)
    membership.delete()
    _record(kind, request=request, user=user, detail=detail)
    if user.memberships.exists() or user.is_superuser:
        return False
    user.is_active = False
    # Its sessions end too: the authentication backend refuses an inactive user on the next
    # request (ModelBackend.user_can_authenticate).
    user.save(update_fields=["is_active"])
    _record(
        AuditEvent.Kind.DEACTIVATED,
        request=request,
        user=user,
        detail=f"inget medlemskap kvar; av {acting_user.get_username()}",
    )
    return True
