"""A report typed before the idle timeout survives the login that follows (issue 13, D2)."""

import uuid
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from est_incidents.models import Incident
from tests.est_incidents.factories import CategoryFactory, PlaceFactory
from tests.hjo_safety.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

CREATE = "/personal/handelser/ny/"
LOGIN = "/konto/logga-in/"
MESSAGE = (
    "Du loggades ut efter en stunds inaktivitet. Din rapport är sparad – kontrollera och skicka."
)
DESCRIPTION = "Klotter på busskuren vid torget, ca 2 m² svart sprayfärg."


@pytest.fixture
def report(db):
    category = CategoryFactory(name="Klotter", code="test-klotter")
    place = PlaceFactory(name="Hamnen (test)")
    return {
        "csrfmiddlewaretoken": "stale-token-never-kept",
        "submission_token": str(uuid.uuid4()),
        "category": str(category.pk),
        "occurred_at": timezone.localtime(timezone.now() - timedelta(hours=1)).strftime(
            "%Y-%m-%dT%H:%M"
        ),
        "place": str(place.pk),
        "place_description": "Vid cykelstället",
        "description": DESCRIPTION,
        "people_involved": "2-5",
        "police_notified": "no",
    }


def idle_out(client):
    """Let the client's session pass its idle timeout (the browser still sends the cookie)."""
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - timedelta(1))


def log_in(client, user, next_url=CREATE):
    return client.post(
        f"{LOGIN}?next={next_url}",
        {"username": user.username, "password": TEST_PASSWORD, "next": next_url},
    )


def test_report_after_idle_timeout_is_kept_through_login_and_saved_once_submitted(
    client, reporter_a, report
):
    client.force_login(reporter_a)
    idle_out(client)

    response = client.post(CREATE, report)
    assert response.status_code == 302
    assert response.url.startswith(f"{LOGIN}?next=")
    assert Incident.objects.count() == 0
    assert "stale-token-never-kept" not in str(
        [s.get_decoded() for s in Session.objects.filter(expire_date__gt=timezone.now())]
    )

    response = log_in(client, reporter_a)
    assert response.status_code == 302 and response.url == CREATE
    page = client.get(CREATE)
    html = page.content.decode()
    assert MESSAGE in html
    assert DESCRIPTION in html and "Vid cykelstället" in html
    form = page.context["form"]
    assert str(form.initial["category"]) == report["category"]
    assert Incident.objects.count() == 0  # nothing saved before the user submits

    again = client.get(CREATE)  # shown once: a later visit starts afresh
    assert MESSAGE not in again.content.decode() and DESCRIPTION not in again.content.decode()

    data = {**report, "submission_token": str(form.initial["submission_token"])}
    del data["csrfmiddlewaretoken"]
    response = client.post(CREATE, data)
    incident = Incident.objects.get()
    assert response.status_code == 302
    assert incident.reported_by == reporter_a and incident.description == DESCRIPTION


def test_another_user_logging_in_on_the_same_browser_does_not_see_the_report(
    client, reporter_a, reporter_b, report
):
    client.force_login(reporter_a)
    idle_out(client)
    client.post(CREATE, report)

    log_in(client, reporter_b)
    html = client.get(CREATE).content.decode()
    assert MESSAGE not in html and DESCRIPTION not in html
    assert Incident.objects.count() == 0


def test_stash_older_than_two_hours_is_dropped(client, reporter_a, report):
    client.force_login(reporter_a)
    idle_out(client)
    client.post(CREATE, report)
    session = client.session
    stash = session["incident_form_stash"]
    stash["saved"] = (timezone.now() - timedelta(hours=3)).isoformat()
    session["incident_form_stash"] = stash
    session.save()

    log_in(client, reporter_a)
    html = client.get(CREATE).content.decode()
    assert MESSAGE not in html and DESCRIPTION not in html


def test_anonymous_post_without_an_earlier_session_keeps_nothing(client, reporter_a, report):
    response = client.post(CREATE, report)
    assert response.status_code == 302 and response.url.startswith(LOGIN)
    assert "incident_form_stash" not in client.session


def test_personal_data_in_the_kept_report_is_still_refused_on_submit(client, reporter_a, report):
    report["description"] = "Bilen ABC 123 lämnade skräp vid torget."
    client.force_login(reporter_a)
    idle_out(client)
    client.post(CREATE, report)
    log_in(client, reporter_a)
    form = client.get(CREATE).context["form"]
    assert "ABC 123" in form.initial["description"]

    data = {**report, "submission_token": str(form.initial["submission_token"])}
    response = client.post(CREATE, data)
    assert response.status_code == 200
    assert "registreringsnummer" in str(response.context["form"].errors)
    assert Incident.objects.count() == 0
