"""Retention: purge_incident_text redacts old incidents' free text, in the history too."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from est_incidents.management.commands.purge_incident_text import (
    REDACTED_TEXT,
    cutoff_for,
    months_before,
    parse_age,
)
from est_incidents.models import Incident
from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db


def registered(incident, days_ago):
    when = timezone.now() - timedelta(days=days_ago)
    Incident.objects.filter(pk=incident.pk).update(created_at=when)
    Incident.history.filter(id=incident.pk).update(created_at=when)
    incident.refresh_from_db()
    return incident


@pytest.fixture
def incidents(org_a):
    old = IncidentFactory(
        organisation=org_a, description="Anna skrek vid kiosken", place_description="Kiosken"
    )
    old.handling_note = "Ringde Annas pappa"
    old.description = "Anna och Bo skrek vid kiosken"
    old.save()
    registered(old, days_ago=800)
    recent = registered(IncidentFactory(organisation=org_a, description="Färskt"), days_ago=10)
    return old, recent


def run(*args):
    out = StringIO()
    call_command("purge_incident_text", *args, stdout=out)
    return out.getvalue()


def test_redacts_text_but_keeps_the_statistics(incidents):
    old, recent = incidents
    before = Incident.objects.values("category", "occurred_at", "place", "organisation").get(
        pk=old.pk
    )
    output = run("--older-than", "24m")
    assert "Gallrade fritext i 1 händelser och 2 historikrader" in output
    old.refresh_from_db()
    assert old.description == REDACTED_TEXT
    assert old.place_description == "" and old.handling_note == ""
    after = Incident.objects.values("category", "occurred_at", "place", "organisation").get(
        pk=old.pk
    )
    assert after == before
    recent.refresh_from_db()
    assert recent.description == "Färskt"


def test_history_is_redacted_too(incidents):
    old, _ = incidents
    run()
    texts = set(old.history.values_list("description", "place_description", "handling_note"))
    assert texts == {(REDACTED_TEXT, "", "")}
    assert not Incident.history.filter(description__contains="Anna").exists()


def test_dry_run_changes_nothing(incidents):
    old, _ = incidents
    before = list(Incident.history.order_by("pk").values())
    output = run("--dry-run", "-v", "2")
    assert f"Händelser: {old.pk}" in output
    assert "Provkörning: 1 händelser och 2 historikrader" in output
    assert list(Incident.history.order_by("pk").values()) == before
    old.refresh_from_db()
    assert "Anna" in old.description


def test_days_and_idempotence(incidents):
    old, recent = incidents
    assert "2 händelser" in run("--older-than", "5d")
    assert "0 händelser och 0 historikrader" in run("--older-than", "5d")
    recent.refresh_from_db()
    assert recent.description == REDACTED_TEXT


def test_deleted_incidents_history_is_redacted(org_a):
    incident = IncidentFactory(organisation=org_a, description="Känsligt")
    registered(incident, days_ago=1000)
    incident.delete()
    run("--older-than", "24m")
    assert not Incident.history.filter(description="Känsligt").exists()


def test_age_parsing():
    assert parse_age("24m") == (24, "m")
    assert parse_age("730d") == (730, "d")
    assert parse_age("12") == (12, "m")
    for bad in ("", "x", "-3m", "0m", "3y", "99999m"):
        with pytest.raises(CommandError):
            parse_age(bad)
    moment = timezone.now().replace(year=2026, month=3, day=31)
    assert months_before(moment, 1).date().isoformat() == "2026-02-28"
    assert months_before(moment, 24).date().isoformat() == "2024-03-31"
    assert cutoff_for(10, "d", moment) == moment - timedelta(days=10)


def test_bad_age_is_refused_in_swedish(incidents):
    with pytest.raises(CommandError, match="ange antal månader eller dagar"):
        run("--older-than", "två år")


def test_share_notes_of_old_incidents_are_purged_with_their_versions(org_a, org_b, reporter_a):
    """Issue 21 B6: the notes that went with a shared incident are text about it too."""
    from est_incidents import services
    from est_incidents.models import IncidentShare, ShareHandlingNote

    incident = IncidentFactory(organisation=org_a, description="Klotter")
    share = services.share_incident(
        incident=incident, organisation=org_b, note="Fråga Anna", acting_user=reporter_a
    )
    services.handle_share(
        share=share, handling_status="done", note="Ringde Anna", acting_user=reporter_a
    )
    services.withdraw_share(share=share, acting_user=reporter_a)
    registered(incident, days_ago=800)
    output = run("--older-than", "24m")
    assert "Delningsanteckningar" in output
    for model, name in ((IncidentShare, "note"), (ShareHandlingNote, "text")):
        assert not model.objects.filter(**{f"{name}__contains": "Anna"}).exists()
        assert not model.history.filter(**{f"{name}__contains": "Anna"}).exists()
    assert "0 händelser och 0 historikrader" in run("--older-than", "24m")
