"""The rule of the kept parts, as a test: a kept part reads only tables whose every write bumps
the data version (``hjo_safety/cache.py``).

Every staff page with kept parts is rendered, as a coordinator and as a reporter, on data that
fills every part, with the ``fragments`` cache emptied first (a miss). Every query made while a
kept value is computed (``cache.computing()``), and every table the missing request reads that a
hit does not, must read only tables with a version trigger — found in ``pg_trigger``, as
pgtrigger installed them from the models' ``Meta.triggers`` — or one of ``NO_TRIGGER_NEEDED``
with its reason. A new page part that shows another table fails here until that table gets
``version_triggers()``. The test also fails when a kind of kept value (``cache.KINDS``) is
never computed here (``cache.computed``), so a new kind comes with a page here.
"""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from citizen_tips.models import CitizenTip
from est_incidents.models import EstMeetingReport, ShareHandlingNote
from est_incidents.services import mark_meeting_held, share_incident
from hjo_safety import cache
from hjo_safety.models import Role
from safety_statistics.models import CrimeStatistic
from tests.bra_council.factories import ActionFactory
from tests.citizen_tips.factories import CitizenTipFactory
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import (
    EstActionFactory,
    EstMeetingFactory,
    PoliceEventFactory,
)
from tests.est_measures.factories import (
    InterventionFactory,
    SafetyWalkFactory,
    SafetyWalkFindingFactory,
)
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db

# Tables a kept part may read without a version trigger of their own, and why.
NO_TRIGGER_NEEDED = {
    cache.VERSION_TABLE: "the version itself",
    "est_incidents_incidentrollup": (
        "derived from the incidents in the same statement by the incident table's triggers, "
        "which bump; its only other writer, rebuild_incident_counts, bumps"
    ),
    "django_session": "the request's session, read before any kept part (the key has the user)",
}

WORD = re.compile(r'"?([a-z_][a-z0-9_]*)"?')


def _tables(sql: str, known: set[str]) -> set[str]:
    return {word for word in WORD.findall(sql) if word in known}


def _triggered_tables() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger "
            "WHERE NOT tgisinternal AND tgname LIKE 'pgtrigger_data_version%%'"
        )
        return {row[0] for row in cursor.fetchall()}


@pytest.fixture
def portal(org_a, org_b, reporter_a, reporter_b, org_admin_b, coordinator):
    """Data that fills every kept part: incidents of two organisations, a share with a handling
    note, a history, an EST meeting held (frozen picture) and one to come with reports and
    actions, interventions, a council action, a forwarded tip, police events and Brå figures."""
    now = timezone.now()
    incidents = [
        IncidentFactory(organisation=org, occurred_at=now - timedelta(days=day))
        for org in (org_a, org_b)
        for day in range(1, 8)
    ]
    shared = incidents[-1]
    shared.description = "Ändrad beskrivning."
    shared.save()  # a history with a change
    share = share_incident(incident=shared, organisation=org_a, note="", acting_user=reporter_b)
    ShareHandlingNote.objects.create(share=share, text="Vi tittar på det.", written_by=reporter_a)
    held = EstMeetingFactory(starts_at=now - timedelta(days=1, hours=2))
    EstMeetingReport.objects.create(meeting=held, organisation=org_a, text="Lugnt i parken.")
    mark_meeting_held(held, acting_user=coordinator)
    coming = EstMeetingFactory(
        period_start=timezone.localdate() - timedelta(days=13), period_end=timezone.localdate()
    )
    EstMeetingReport.objects.create(meeting=coming, organisation=org_a, text="Mer klotter.")
    EstActionFactory(meeting=coming, responsible_organisation=org_a, what="Mer ljus.")
    InterventionFactory(organisation=org_a)
    SafetyWalkFindingFactory(walk=SafetyWalkFactory(organisations=[org_a]))  # the picture's walks
    ActionFactory(what="Byt belysning", responsible_organisation=org_a)
    CitizenTipFactory(
        state=CitizenTip.State.FORWARDED, forwarded_to=org_a, moderated_at=timezone.now()
    )
    PoliceEventFactory()
    year = timezone.localdate().year
    CrimeStatistic.objects.create(
        year=year, category="Samtliga brott", category_key="samtliga-brott", count=321
    )
    return {"incident": incidents[0], "shared": shared, "held": held, "coming": coming}


def _pages(portal):
    year = timezone.localdate().year
    return [
        reverse("staff_home"),
        reverse("est:incident_list"),
        reverse("est:incident_list") + "?status=new",
        reverse("est:incident_map"),
        reverse("est:incident_detail", args=[portal["incident"].pk]),
        reverse("est:incident_detail", args=[portal["shared"].pk]),
        reverse("est:situation_picture"),
        reverse("est:situation_picture") + f"?fran={year - 1}-01-01&till={year - 1}-12-31",
        reverse("est:meeting_detail", args=[portal["held"].pk]),
        reverse("est:meeting_detail", args=[portal["coming"].pk]),
    ]


def test_every_kept_part_reads_only_tables_with_a_version_trigger(
    portal, coordinator, reporter_a, org_a
):
    member(org_a, Role.ORG_ADMIN, username="admin_a_cov")
    known = set(connection.introspection.table_names())
    triggered = _triggered_tables()
    assert "safety_statistics_crimestatistic" in triggered and "auth_user" in triggered
    read_in_miss: dict[str, set[str]] = {}
    kinds = set()

    def record(execute, sql, params, many, context):
        kind = cache.computing()
        if kind is not None:
            for table in _tables(sql, known):
                read_in_miss.setdefault(table, set()).add(kind)
        return execute(sql, params, many, context)

    def tables_of_request(client, url):
        seen = set()

        def all_queries(execute, sql, params, many, context):
            seen.update(_tables(sql, known))
            return execute(sql, params, many, context)

        with connection.execute_wrapper(all_queries):
            response = client.get(url)
        assert response.status_code == 200, url
        return seen

    def computed(sender, kind, **kwargs):
        kinds.add(kind)

    cache.computed.connect(computed)
    for user in (coordinator, reporter_a):
        client = Client()
        client.force_login(user)
        for url in _pages(portal):
            cache.clear()
            with connection.execute_wrapper(record):
                missed = tables_of_request(client, url)
            hit = tables_of_request(client, url)
            for table in missed - hit:  # read only when the kept parts were rendered
                read_in_miss.setdefault(table, set()).add(url)

    cache.computed.disconnect(computed)
    unversioned = {
        table: sorted(where)
        for table, where in read_in_miss.items()
        if table not in triggered and table not in NO_TRIGGER_NEEDED
    }
    assert not unversioned, (
        "Kept parts read tables without a version trigger (add version_triggers() to the "
        f"model's Meta.triggers): {unversioned}"
    )
    assert kinds == set(cache.KINDS), f"kinds never rendered here: {set(cache.KINDS) - kinds}"
