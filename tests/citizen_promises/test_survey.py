"""The safety survey (issue 26 point 2): a citizen answers anonymously, ballot stuffing is
refused without personal data, results are masked under 5 and public only after closing, and a
promise's goal shows the latest survey's answer."""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.urls import reverse

from citizen_promises.models import SafetyLevel, SurveyAvoidedPlace, SurveyResponse
from citizen_promises.survey_results import survey_results
from tests.citizen_promises.factories import (
    CitizenPromiseFactory,
    PromiseGoalFactory,
    SurveyFactory,
)
from tests.est_incidents.factories import PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle(settings):
    caches[settings.RATELIMIT_USE_CACHE].clear()


def _token(client, survey):
    page = client.get(reverse("survey:answer", args=[survey.slug]))
    assert page.status_code == 200
    return re.search(r'name="token" value="([^"]+)"', page.content.decode()).group(1)


def _answer(client, survey, **data):
    data.setdefault("token", _token(client, survey))
    return client.post(reverse("survey:answer", args=[survey.slug]), data)


def _respond(survey, n, *, area=None, safety=SafetyLevel.FAIRLY_SAFE, avoid=None):
    for _ in range(n):
        response = SurveyResponse.objects.create(
            survey=survey, area=area, safety=safety, answered_on=survey.opens_on
        )
        if avoid:
            SurveyAvoidedPlace.objects.create(response=response, place=avoid, reason="dark")


def test_a_citizen_answers_once_and_nothing_identifying_is_kept(client):
    survey = SurveyFactory()
    hamnen = PlaceFactory(name="Hamnen")
    got = _answer(
        client,
        survey,
        area=hamnen.pk,
        safety=SafetyLevel.FAIRLY_UNSAFE,
        **{f"plats_{hamnen.pk}": "dark"},
        helps=["lighting", "adults"],
        help_other="fler bänkar vid vattnet",
    )
    assert got.status_code == 302 and got.url.endswith("/tack/")
    answer = SurveyResponse.objects.get()
    assert (answer.area, answer.safety, answer.help_other) == (hamnen, 3, "fler bänkar vid vattnet")
    assert sorted(answer.helps.values_list("option", flat=True)) == ["adults", "lighting"]
    assert answer.avoided.get().place == hamnen
    # The same browser again: told it has answered; nothing more is stored.
    again = client.get(reverse("survey:answer", args=[survey.slug]))
    assert "Du har redan svarat" in again.content.decode()
    assert SurveyResponse.objects.count() == 1


def test_a_replayed_form_is_refused_and_the_address_is_limited(client, settings):
    survey = SurveyFactory()
    token = _token(client, survey)
    assert _answer(client, survey, token=token, safety=1).status_code == 302
    client.cookies.clear()  # a robot without cookies, replaying the same form
    assert "Du har redan svarat" in _answer(client, survey, token=token, safety=1).content.decode()
    assert SurveyResponse.objects.count() == 1
    settings.SURVEY_RATE_LIMIT = "1/d"
    client.cookies.clear()
    assert _answer(client, survey, safety=1).status_code == 302
    client.cookies.clear()
    assert _answer(client, survey, safety=1).status_code == 429
    assert SurveyResponse.objects.count() == 2
    # The counters' keys are hashed: the client address is in no stored key.
    table = settings.CACHES[settings.RATELIMIT_USE_CACHE]["LOCATION"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {table}")  # noqa: S608 – a settings value
        keys = [row[0] for row in cursor.fetchall()]
    assert keys and not any("127.0.0.1" in key for key in keys)


def test_free_text_with_personal_data_or_a_forged_token_is_refused(client):
    survey = SurveyFactory()
    got = _answer(client, survey, help_other="ring mig på 070-123 45 67")
    assert got.status_code == 400
    assert _answer(client, survey, token="forged").status_code == 400
    assert _answer(client, survey, webbplats="http://spam.example").status_code == 400
    assert not SurveyResponse.objects.exists()


def test_results_are_masked_under_five_and_public_only_after_closing(client_for, coordinator):
    open_survey = SurveyFactory()
    hamnen, torget = PlaceFactory(name="Hamnen"), PlaceFactory(name="Torget")
    _respond(open_survey, 3)
    url = reverse("survey:results", args=[open_survey.slug])
    assert client_for(None).get(url).status_code == 404
    assert client_for(coordinator).get(url).status_code == 200

    closed = SurveyFactory(closed=True)
    _respond(closed, 12, area=hamnen, safety=SafetyLevel.VERY_SAFE, avoid=torget)
    _respond(closed, 6, area=hamnen, safety=SafetyLevel.VERY_UNSAFE)
    _respond(closed, 2, area=torget, safety=SafetyLevel.FAIRLY_UNSAFE, avoid=hamnen)
    results = survey_results(closed)
    whole, areas = results.safety[0], {a.name: a for a in results.safety[1:]}
    assert str(whole.total) == "20" and str(whole.safe_share) == "60"
    assert str(areas["Torget"].total) == "färre än 5"
    assert all(value.masked for _label, value in areas["Torget"].levels)
    assert [p.name for p in results.avoided] == ["Torget"] and results.avoided_few
    page = client_for(None).get(reverse("survey:results", args=[closed.slug])).content.decode()
    assert "färre än 5" in page and "Platser som färre än 5 nämnde visas inte." in page
    assert client_for(None).get(reverse("survey:list")).status_code == 200


def test_a_promise_goal_shows_the_latest_closed_survey(client, settings):
    closed = SurveyFactory(closed=True, title="Trygghetsmätning våren")
    _respond(closed, 8, safety=SafetyLevel.FAIRLY_SAFE)
    _respond(closed, 5, safety=SafetyLevel.FAIRLY_UNSAFE)
    _respond(SurveyFactory(), 9, safety=SafetyLevel.VERY_UNSAFE)  # still open: not shown
    promise = CitizenPromiseFactory(published=True)
    PromiseGoalFactory(
        promise=promise, text="Fler känner sig trygga", survey_question="safety_evening"
    )
    page = client.get(promise.get_absolute_url()).content.decode()
    assert "Trygghetsmätning våren" in page
    assert "62 % känner sig mycket eller ganska trygga på kvällen (svar: 13)" in page


def test_only_the_coordinator_sees_the_staff_list(client_for, coordinator, reporter_a):
    url = reverse("survey:staff_list")
    SurveyFactory(is_published=False, title="Utkastet")
    assert client_for(reporter_a).get(url).status_code == 404
    assert "Utkastet" in client_for(coordinator).get(url).content.decode()


def test_the_free_text_is_cleared_a_year_after_closing():
    from datetime import timedelta

    from django.core.management import call_command

    old = SurveyFactory(closed=True)
    old.closes_on = old.opens_on = old.closes_on - timedelta(days=400)
    old.save()
    recent = SurveyFactory(closed=True)
    for survey in (old, recent):
        SurveyResponse.objects.create(
            survey=survey, safety=2, help_other="fler lampor", answered_on=survey.opens_on
        )
    call_command("purge_survey_text", verbosity=0)
    assert dict(SurveyResponse.objects.values_list("survey", "help_other")) == {
        old.pk: "",
        recent.pk: "fler lampor",
    }
    assert SurveyResponse.objects.get(survey=old).safety == 2
