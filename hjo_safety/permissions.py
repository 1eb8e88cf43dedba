"""The one place that answers "what may this user see and do".

Everything builds on memberships: a user belongs to organisations with a role. Views, the admin,
exports and feeds all start their queries from ``<Model>.objects.visible_to(user)``, and those
querysets ask this module. Another organisation's object is a 404, never a 403.

The membership facts of a user are read once per request and cached on the user object. This
module is pure policy; the admin's plumbing that asks it is in ``admin_mixins.py``. It holds the
shared verbs and the core's own rules (users); the per-object rules of another app's models live
in that app's ``policy.py`` (e.g. ``est_incidents.policy`` for incidents, shares and EST actions),
built on these verbs.
"""

from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.http import Http404

from hjo_safety.roles import Role


@dataclass(frozen=True)
class Access:
    coordinator: bool = False
    organisation_ids: frozenset[int] = field(default_factory=frozenset)
    admin_organisation_ids: frozenset[int] = field(default_factory=frozenset)

    @property
    def is_member(self) -> bool:
        return self.coordinator or bool(self.organisation_ids)


NO_ACCESS = Access()


def access(user) -> Access:
    """The user's memberships, read once and cached on the user object."""
    if user is None or not user.is_authenticated or not user.is_active:
        return NO_ACCESS
    cached = getattr(user, "_hjo_access", None)
    if cached is not None:
        return cached
    rows = list(user.memberships.values_list("organisation_id", "role"))
    return remember(user, rows)


def remember(user, rows) -> Access:
    """Cache the access of ``user`` from its memberships' ``(organisation_id, role)`` rows
    (``hjo_safety.auth_backends`` reads them with the user, in one query)."""
    result = Access(
        coordinator=user.is_superuser or any(role == Role.COORDINATOR for _, role in rows),
        organisation_ids=frozenset(org for org, _ in rows),
        admin_organisation_ids=frozenset(
            org for org, role in rows if role in (Role.ORG_ADMIN, Role.COORDINATOR)
        ),
    )
    user._hjo_access = result
    return result


def forget(user) -> None:
    """Drop the cached access, e.g. after memberships changed within one request."""
    if hasattr(user, "_hjo_access"):
        del user._hjo_access


def is_coordinator(user) -> bool:
    return access(user).coordinator


def is_member(user) -> bool:
    return access(user).is_member


def is_org_admin(user) -> bool:
    return bool(access(user).admin_organisation_ids)


def organisation_ids(user) -> frozenset[int]:
    return access(user).organisation_ids


def admin_organisation_ids(user) -> frozenset[int]:
    return access(user).admin_organisation_ids


def can_use_admin(user) -> bool:
    """Coordinators and organisation admins use the admin; reporters and citizens do not."""
    return is_coordinator(user) or is_org_admin(user)


def members_only(queryset: QuerySet, user) -> QuerySet:
    """Shared EST material: every participating organisation's users see it, others nothing."""
    return queryset if is_member(user) else queryset.none()


def scope_to_organisations(queryset: QuerySet, user, field_name: str = "organisation") -> QuerySet:
    """Limit a queryset to the user's organisations (through ``field_name``); all for coordinators."""
    info = access(user)
    if info.coordinator:
        return queryset
    if not info.organisation_ids:
        return queryset.none()
    return queryset.filter(**{f"{field_name}__in": info.organisation_ids})


def get_visible_or_404(queryset: QuerySet, user, **lookup):
    """Fetch one object through ``visible_to(user)``; anything else is a 404."""
    try:
        return queryset.visible_to(user).get(**lookup)
    except queryset.model.DoesNotExist as exc:
        raise Http404 from exc


def users_manageable_by(user, queryset: QuerySet) -> QuerySet:
    """The users whose credentials, e-mail, active flag and two-factor devices ``user`` may change.

    A coordinator manages everyone. An organisation admin manages only users whose *every*
    membership lies in organisations it administers (and who are no coordinator or superuser):
    changing the password of someone who is also a member elsewhere would open that other
    organisation's data to the admin. Everyone else manages no one.
    """
    info = access(user)
    if info.coordinator:
        return queryset
    if not info.admin_organisation_ids:
        return queryset.none()
    memberships = queryset.model._meta.get_field("memberships").related_model.objects
    return (
        queryset.filter(memberships__organisation__in=info.admin_organisation_ids)
        .exclude(memberships__role=Role.COORDINATOR)
        .exclude(is_superuser=True)
        .exclude(
            pk__in=memberships.exclude(organisation__in=info.admin_organisation_ids).values(
                "user_id"
            )
        )
        .distinct()
    )


def can_manage_user(user, target) -> bool:
    """May ``user`` change ``target``'s credentials, e-mail, active flag or devices?"""
    if target is None:
        return is_coordinator(user) or is_org_admin(user)
    if is_coordinator(user):
        return True
    return users_manageable_by(user, type(target).objects.filter(pk=target.pk)).exists()
