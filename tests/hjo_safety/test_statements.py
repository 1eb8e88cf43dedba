"""Statements compiled once (``hjo_safety.statements``) answer what their querysets answer, for
every value and number of values, and the session, the user and the footer read through them
behave as Django's own reads."""

from datetime import timedelta

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.models import Session
from django.utils import timezone

from hjo_safety.auth_backends import MembershipModelBackend
from hjo_safety.models import ContactInfo, Membership, Role
from hjo_safety.sessions import SessionStore
from hjo_safety.statements import Statement
from tests.hjo_safety.factories import OrganisationFactory, member

pytestmark = pytest.mark.django_db


def test_rows_objects_and_counts_are_the_querysets_for_any_number_of_values():
    organisations = [OrganisationFactory() for _ in range(4)]
    for organisation in organisations:
        for _ in range(2):
            member(organisation, Role.REPORTER)

    def memberships(organisations, role):
        return Membership.objects.filter(organisation__in=organisations, role=role).order_by("pk")

    statement = Statement(memberships)
    pairs = Statement(lambda organisations, role: memberships(organisations, role).values_list())
    counted = Statement(lambda organisations, role: memberships(organisations, role).values("pk"))
    for chosen in ([organisations[0]], organisations[1:3], organisations, organisations[2:]):
        ids = [organisation.pk for organisation in chosen]
        for role in (Role.REPORTER, Role.COORDINATOR):
            expected = list(memberships(ids, role))
            found = statement.objects(organisations=ids, role=role)
            assert found == expected
            fields = [field.attname for field in Membership._meta.concrete_fields]
            assert [[getattr(m, name) for name in fields] for m in found] == [
                [getattr(m, name) for name in fields] for m in expected
            ]
            assert all(not m._state.adding and m._state.db == "default" for m in found)
            assert pairs.rows(organisations=ids, role=role) == list(
                memberships(ids, role).values_list()
            )
            assert counted.count(organisations=ids, role=role) == len(expected)


def test_a_value_that_changes_the_sql_is_refused():
    statement = Statement(lambda name: ContactInfo.objects.filter(name=name))
    with pytest.raises(TypeError):
        statement.objects(name=None)
    joined = Statement(lambda: Membership.objects.select_related("organisation"))
    with pytest.raises(TypeError):
        joined.objects()


def test_the_session_is_read_only_while_unexpired(reporter_a):
    store = SessionStore()
    store[SESSION_KEY] = str(reporter_a.pk)
    store.create()
    key = store.session_key
    loaded = SessionStore(key)
    assert loaded[SESSION_KEY] == str(reporter_a.pk)
    assert loaded.loaded_expiry == Session.objects.get(session_key=key).expire_date
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - timedelta(1))
    expired = SessionStore(key)
    assert SESSION_KEY not in expired
    assert expired.session_key is None  # as Django's store: the key is forgotten


def test_the_user_is_read_with_memberships_and_refused_when_inactive(reporter_a, org_a):
    backend = MembershipModelBackend()
    user = backend.get_user(str(reporter_a.pk))
    assert user == reporter_a and user.username == reporter_a.username
    assert user.hjo_membership_organisations == [org_a.pk]
    assert backend.get_user("not a number") is None
    assert backend.get_user(str(reporter_a.pk + 10_000)) is None
    reporter_a.is_active = False
    reporter_a.save()
    assert backend.get_user(str(reporter_a.pk)) is None


def test_the_footers_contact_details_are_the_first_stored(contact_info):
    assert ContactInfo.current() == ContactInfo.objects.order_by("pk").first()
    ContactInfo.objects.all().delete()
    assert ContactInfo.current() is None


def test_a_logged_in_request_reads_the_session_and_user_through_statements(client, reporter_a):
    from django.conf import settings

    store = SessionStore()
    store[SESSION_KEY] = str(reporter_a.pk)
    store[BACKEND_SESSION_KEY] = "hjo_safety.auth_backends.MembershipModelBackend"
    store[HASH_SESSION_KEY] = reporter_a.get_session_auth_hash()
    store.create()
    client.cookies[settings.SESSION_COOKIE_NAME] = store.session_key
    assert client.get("/personal/").status_code == 200
