"""The demo years of incidents: deterministic, idempotent, realistic, and free of personal data."""

from collections import Counter
from io import StringIO

import pytest
from django.utils import timezone

from est_incidents import demo
from est_incidents.models import Incident
from hjo_safety.personal_data import find_personal_data

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def seeded(shared_demo, db):
    """The demo's incidents; the demo is loaded once for every test that reads it (tests/conftest.py)."""
    return list(Incident.objects.select_related("category", "place", "organisation").order_by("pk"))


def test_three_years_of_a_few_thousand_incidents_a_year(seeded):
    assert 3000 <= len(seeded) <= 12000
    oldest = min(i.occurred_at for i in seeded)
    assert (timezone.now() - oldest).days >= 3 * 365 - 2  # every comparison has earlier years
    assert all(i.occurred_at < timezone.now() for i in seeded)
    assert len({i.organisation_id for i in seeded}) >= 6


def test_seeding_again_adds_nothing_and_keeps_the_rows(shared_demo, seeded):
    tokens = {i.submission_token for i in seeded}
    shared_demo.seed_again(stdout=StringIO())
    assert set(Incident.objects.values_list("submission_token", flat=True)) == tokens


def test_generation_is_deterministic():
    from datetime import date

    context = demo._context()
    first = demo._generate_day(date(2026, 7, 4), context)
    second = demo._generate_day(date(2026, 7, 4), context)
    assert [(i.submission_token, i.occurred_at, i.description) for i in first] == [
        (i.submission_token, i.occurred_at, i.description) for i in second
    ]


def test_demo_text_has_no_personal_data(seeded):
    for incident in seeded:
        for text in (incident.description, incident.place_description, incident.handling_note):
            assert not find_personal_data(text), text


def test_patterns_for_the_situation_picture(seeded):
    local = [(timezone.localtime(i.occurred_at), i) for i in seeded]
    # Weekend evenings: Friday and Saturday evenings/nights outnumber other evenings per day.
    evening = [t for t, _ in local if t.hour >= 19 or t.hour < 3]
    weekend = sum(1 for t in evening if (t - timezone.timedelta(hours=3)).weekday() in (4, 5))
    assert weekend / 2 > (len(evening) - weekend) / 5
    # Summer at the harbour and the beach.
    summer_places = Counter(
        i.place.name for t, i in local if i.place and t.month in (6, 7, 8)
    ).most_common(3)
    assert {"Hamnen", "Badplatsen Strandpromenaden"} & {name for name, _ in summer_places}
    # Autumn darkness at badly lit places: lighting reports peak in October–January.
    lighting = Counter(t.month for t, i in local if i.category.code == "belysning")
    dark = sum(lighting[m] for m in (10, 11, 12, 1))
    light = sum(lighting[m] for m in (4, 5, 6, 7))
    assert dark > 1.5 * light  # three years: 1.7 times as many (one year happened to give 2)


def test_history_looks_as_if_it_happened(seeded):
    handled = next(i for i in seeded if i.status == Incident.Status.HANDLED)
    history = handled.change_history()
    assert [entry["created"] for entry in history] == [False, True]
    assert "status" in {str(label) for label, _old, _new in history[0]["changes"]}


def test_the_demo_holds_est_meetings_every_fortnight_for_three_years(shared_demo):
    from est_incidents.models import EstMeeting, YearlySituationAnalysis

    held = [
        timezone.localdate(starts_at)
        for starts_at in EstMeeting.objects.filter(status=EstMeeting.Status.HELD)
        .order_by("starts_at")
        .values_list("starts_at", flat=True)
    ]
    today = timezone.localdate()
    assert (today - held[0]).days >= 3 * 365 - 14
    gaps = {(later - earlier).days for earlier, later in zip(held, held[1:], strict=False)}
    assert gaps == {14}  # every fortnight, without a hole
    first_incident = Incident.objects.order_by("occurred_at").first().occurred_at
    assert (today - timezone.localdate(first_incident)).days >= 3 * 365
    assert (held[0] - timezone.localdate(first_incident)).days < 15
    years = set(YearlySituationAnalysis.objects.values_list("year", flat=True))
    assert {today.year - 2, today.year - 1, today.year} <= years


def test_make_run_prints_the_reporters_mail_when_a_demo_incident_changes_status(
    seeded, client, settings, capsys, django_capture_on_commit_callbacks
):
    """`make run` uses the console backend: the README's walk (log in as fritid.admin, change
    a Fritid incident's status) prints the reporter's mail in the server's output."""
    from django.contrib.auth import get_user_model

    from tests.est_incidents.test_incident_form import update_data

    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    admin = get_user_model().objects.get(username="fritid.admin")
    incident = next(
        i
        for i in seeded
        if i.organisation.short_name == "Fritid" and i.status == "new" and i.reported_by_id
    )
    client.force_login(admin)
    capsys.readouterr()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/personal/handelser/{incident.pk}/andra/",
            update_data(incident, status="reviewed"),
        )
    assert response.status_code == 302
    printed = capsys.readouterr().out
    assert "Subject:" in printed and "multipart/alternative" in printed
    assert f"To: {incident.reported_by.email}" in printed
    assert f"/personal/handelser/{incident.pk}/" in printed  # the link to the incident
