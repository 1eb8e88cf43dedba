"""The authentication backend: Django's ``ModelBackend``, with the memberships read with the user.

Every logged-in request needs the user and, to decide anything, the user's memberships
(``hjo_safety.permissions.access``). ``ModelBackend.get_user`` reads the user; the memberships
were a second query. ``MembershipModelBackend.get_user`` reads both in one: the user row with
two arrays aggregated over the user's memberships, and hands them to ``permissions`` as the
request's cached access. They are read afresh on every request, so a membership removed on one
app server takes effect on the next request to any server, as before. SQLite (the demo) reads
them the usual way.

Apps above the core add their own per-user facts to that one query with ``annotate_user_with``
(e.g. whether one of the user's organisations moderates citizens' tips, for the staff menu),
instead of a query of their own on every page: the value lands on the user object under the
annotation's name, read afresh on every request like the memberships. The core never reads
those facts itself; the app that registered one asks for it. The core's own fact read there is
whether the user holds the permission to search the access log (``access_log.may_search``, the
staff menu's link; two queries of Django's permission backend otherwise).

The statement is compiled once per process and database (the annotations are registered when
the apps are ready, and the model does not change while the process runs) and run with each
request's user id: building and compiling the annotated queryset was over half of the CPU of a
logged-in request that does nothing else (bench/RESULTS.md, session 8).
"""

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.postgres.aggregates import ArrayAgg
from django.core.exceptions import ValidationError
from django.db import connection

from hjo_safety import access_log, permissions
from hjo_safety.statements import Statement

USER_ANNOTATIONS: dict[str, Callable] = {}


def annotate_user_with(name: str, expression: Callable) -> None:
    """Read ``expression()`` (a non-aggregate expression over the user row, e.g. an ``Exists``)
    with the user on every request, as the attribute ``name`` of the user object."""
    USER_ANNOTATIONS[name] = expression


def _user_with_memberships(pk):
    return (
        get_user_model()
        ._default_manager.annotate(
            hjo_membership_organisations=ArrayAgg(
                "memberships__organisation_id", order_by="memberships__id"
            ),
            hjo_membership_roles=ArrayAgg("memberships__role", order_by="memberships__id"),
            **{name: expression() for name, expression in access_log.USER_ANNOTATIONS.items()},
            **{name: expression() for name, expression in USER_ANNOTATIONS.items()},
        )
        .filter(pk=pk)
    )


class MembershipModelBackend(ModelBackend):
    # One per set of registered annotations (all are registered when the apps are ready).
    _statements: dict[tuple, Statement] = {}

    def get_user(self, user_id):
        if connection.vendor != "postgresql":
            return super().get_user(user_id)
        user_model = get_user_model()
        try:
            pk = user_model._meta.pk.to_python(user_id)
        except ValidationError:  # a malformed id in the session: no user
            return None
        statement = self._statements.setdefault(
            tuple(USER_ANNOTATIONS), Statement(_user_with_memberships)
        )
        rows = statement.rows(pk=pk)
        if not rows:
            return None
        fields = [field.attname for field in user_model._meta.concrete_fields]
        names = [
            "hjo_membership_organisations",
            "hjo_membership_roles",
            *access_log.USER_ANNOTATIONS,
            *USER_ANNOTATIONS,
        ]
        row = rows[0]
        user = user_model.from_db(connection.alias, fields, row[: len(fields)])
        for name, value in zip(names, row[len(fields) :], strict=True):
            setattr(user, name, value)
        if not self.user_can_authenticate(user):
            return None
        rows = [
            (organisation_id, role)
            for organisation_id, role in zip(
                user.hjo_membership_organisations, user.hjo_membership_roles, strict=True
            )
            if organisation_id is not None  # a user without memberships: one NULL from the join
        ]
        permissions.remember(user, rows)
        return user
