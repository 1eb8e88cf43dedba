"""The audit log: account events from the auth signals and every change recorded by
django-simple-history, on a read-only page for coordinators only."""

from datetime import timedelta

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from hjo_safety.audit import audited_models, sources
from hjo_safety.models import AuditEvent, Membership, Role
from tests.hjo_safety.factories import TEST_PASSWORD, member

pytestmark = pytest.mark.django_db

AUDIT = "/personal/granskning/"


def test_login_failed_login_and_logout_are_recorded(client, reporter_a):
    client.post(
        "/konto/logga-in/",
        {"username": "reporter_a", "password": "fel"},
        REMOTE_ADDR="198.51.100.4",
    )
    client.post(
        "/konto/logga-in/",
        {"username": "finns.inte", "password": "fel"},
        REMOTE_ADDR="198.51.100.4",
    )
    client.post("/konto/logga-in/", {"username": "reporter_a", "password": TEST_PASSWORD})
    client.post("/konto/logga-ut/")
    kinds = list(AuditEvent.objects.order_by("pk").values_list("kind", "username", "ip_address"))
    assert kinds == [
        ("login_failed", "reporter_a", "198.51.100.4"),
        ("login_failed", "finns.inte", "198.51.100.4"),
        ("login", "reporter_a", "127.0.0.1"),
        ("logout", "reporter_a", "127.0.0.1"),
    ]
    assert AuditEvent.objects.get(kind="login").user == reporter_a


def test_page_shows_account_events_and_membership_changes(
    client, client_for, coordinator, reporter_b, org_b
):
    client.post("/konto/logga-in/", {"username": "reporter_b", "password": "fel"})
    membership = reporter_b.memberships.get()
    page = client_for(coordinator)
    page.post(
        f"/admin/hjo_safety/membership/{membership.pk}/change/",
        {"user": reporter_b.pk, "organisation": org_b.pk, "role": Role.ORG_ADMIN},
    )
    response = page.get(AUDIT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Misslyckad inloggning" in html and "reporter_b" in html
    assert f"Medlemskap #{membership.pk}" in html
    assert "Ändrad" in html
    entry = next(e for e in response.context["page"].entries if e.action == "Ändrad")
    assert entry.actor == "strateg"
    # The role's Swedish labels, not its stored codes ("reporter" → "org_admin").
    assert [(c.field, c.old, c.new) for c in entry.changes] == [
        ("Roll", str(Role.REPORTER.label), str(Role.ORG_ADMIN.label))
    ]
    assert entry.history_url == reverse("admin:hjo_safety_membership_history", args=[membership.pk])


def test_changed_statuses_show_their_swedish_labels(client_for, coordinator, org_a):
    from est_incidents.models import Incident
    from tests.est_incidents.factories import IncidentFactory

    incident = IncidentFactory(organisation=org_a)
    incident.status = Incident.Status.REVIEWED
    incident.save()
    html = client_for(coordinator).get(AUDIT, {"model": "est_incidents.incident"}).content.decode()
    assert "<del>Ny</del> → <ins>Granskad</ins>" in html
    assert "<del>new</del>" not in html and "<ins>reviewed</ins>" not in html


def test_every_model_with_history_is_a_source():
    tracked = {model for model, _ in audited_models()}
    from est_incidents.models import Incident
    from hjo_safety.models import ContactInfo, Organisation

    assert {Membership, Organisation, ContactInfo, Incident} <= tracked
    assert set(sources()) >= {"konto", "hjo_safety.membership", "est_incidents.incident"}


def test_filters_by_type_user_and_date(client_for, coordinator, org_a):
    member(org_a, Role.REPORTER, username="kalle")
    AuditEvent.objects.record(AuditEvent.Kind.LOGIN_FAILED, username="kalle")
    old = AuditEvent.objects.record(AuditEvent.Kind.LOGIN_FAILED, username="gammal")
    AuditEvent.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))
    page = client_for(coordinator)

    entries = page.get(AUDIT, {"model": "konto"}).context["page"].entries
    assert {e.type_label for e in entries} == {"Inloggningar och konton"}
    assert {e.object_label for e in entries} >= {"kalle", "gammal"}

    entries = page.get(AUDIT, {"model": "hjo_safety.membership"}).context["page"].entries
    assert entries and {e.type_label for e in entries} == {"Medlemskap"}

    entries = page.get(AUDIT, {"user": "KALLE"}).context["page"].entries
    assert [e.object_label for e in entries] == ["kalle"]

    since = (timezone.localdate() - timedelta(days=1)).isoformat()
    labels = {e.object_label for e in page.get(AUDIT, {"date_from": since}).context["page"].entries}
    assert "kalle" in labels and "gammal" not in labels
    until = (timezone.localdate() - timedelta(days=30)).isoformat()
    labels = {e.object_label for e in page.get(AUDIT, {"date_to": until}).context["page"].entries}
    assert labels == {"gammal"}


def test_bad_filters_get_a_clear_message(client_for, coordinator):
    page = client_for(coordinator)
    response = page.get(AUDIT, {"date_from": "igår", "model": "nope", "page": "x"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Skriv datumet som ÅÅÅÅ-MM-DD" in html
    assert "Välj ett giltigt alternativ" in html
    response = page.get(AUDIT, {"date_from": "2026-03-02", "date_to": "2026-03-01"})
    assert "Välj ett slutdatum som är samma dag som eller efter startdatumet" in (
        response.content.decode()
    )
    response = page.get(AUDIT, {"date_to": "9999-12-31"})
    assert "Ange ett datum mellan år 2000 och 2100" in response.content.decode()


def test_pagination(client_for, coordinator):
    AuditEvent.objects.bulk_create(
        AuditEvent(kind=AuditEvent.Kind.LOGIN_FAILED, username=f"u{n}") for n in range(120)
    )
    page = client_for(coordinator)
    first = page.get(AUDIT, {"model": "konto"}).context["page"]
    assert len(first.entries) == 50 and first.paginator.num_pages == 3
    total = AuditEvent.objects.count()  # 120 and the coordinator's own login
    last = page.get(AUDIT, {"model": "konto", "page": "99"}).context["page"]
    assert last.number == 3 and len(last.entries) == total - 100
    seen = {
        e.object_label
        for n in (1, 2, 3)
        for e in page.get(AUDIT, {"model": "konto", "page": n}).context["page"].entries
    }
    assert {f"u{n}" for n in range(120)} <= seen


@pytest.mark.parametrize("who", [None, "reporter_a", "org_admin_a", "outsider"])
def test_only_coordinators_see_the_audit_log(client_for, request, who):
    user = request.getfixturevalue(who) if who else None
    response = client_for(user).get(AUDIT)
    if user is None:
        assert response.status_code == 302 and response["Location"].startswith("/konto/logga-in/")
    else:
        assert response.status_code == 403


def test_the_audit_log_cannot_be_edited(client_for, coordinator):
    AuditEvent.objects.record(AuditEvent.Kind.LOGIN_FAILED, username="x")
    page = client_for(coordinator)
    before = list(AuditEvent.objects.values_list("pk", "kind", "username"))
    assert page.post(AUDIT, {"model": "konto"}).status_code == 405
    assert page.delete(AUDIT).status_code == 405
    with pytest.raises(NoReverseMatch):
        reverse("admin:hjo_safety_auditevent_changelist")
    assert page.get("/admin/hjo_safety/auditevent/").status_code == 404
    assert list(AuditEvent.objects.values_list("pk", "kind", "username")) == before


def test_query_count_does_not_grow_with_the_log(
    client_for,
    coordinator,
    org_a,
    reporter_a,
    assert_constant_queries,
    django_assert_max_num_queries,
):
    page = client_for(coordinator)
    membership = reporter_a.memberships.get()
    counter = iter(range(1000))

    def grow():
        for _ in range(30):
            membership.role = Role.ORG_ADMIN if next(counter) % 2 else Role.REPORTER
            membership.save()
            AuditEvent.objects.record(AuditEvent.Kind.LOGIN, user=reporter_a)

    grow()
    for filters in ({"model": "hjo_safety.membership"}, {"model": "konto"}, {"user": "strateg"}):
        count = assert_constant_queries(lambda f=filters: page.get(AUDIT, f), grow)
        # session, user, memberships, footer contact, session save (3 with its savepoint),
        # count, page, records, previous versions
        assert count <= 12, filters
    # Unfiltered, each kind of record on the page costs at most two queries (the records and
    # their previous versions): bounded by the number of audited models, not by the data.
    with django_assert_max_num_queries(4 + 2 * len(sources()) + 3):
        assert page.get(AUDIT).status_code == 200
