"""A citizen on a phone answers the safety survey (issue 26 point 2): from the list to the
form, the thank-you page, the "already answered" page on a second visit, and a closed survey's results. axe finds no WCAG
2.1 A/AA violations and nothing is wider than the phone."""

import pytest
from playwright.sync_api import expect

from citizen_promises.models import SurveyResponse
from tests.citizen_promises.factories import SurveyFactory
from tests.conftest import PHONE
from tests.est_incidents.factories import PlaceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fits_the_phone(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_citizen_answers_the_safety_survey_on_a_phone(
    page, live_server, contact_info, assert_accessible
):
    survey = SurveyFactory(title="Trygghetsmätning hösten")
    hamnen = PlaceFactory(name="Hamnen")
    PlaceFactory(name="Stadsparken")
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/trygghetsmatning/")
    page.get_by_role("link", name="Trygghetsmätning hösten").click()
    page.wait_for_url(f"**/trygghetsmatning/{survey.slug}/")
    fits_the_phone(page)
    assert_accessible(page)

    page.get_by_label("Vilket område bor du i eller rör dig mest i?").select_option(label="Hamnen")
    page.get_by_label("Ganska otrygg").check()
    page.get_by_label("Stadsparken").select_option(label="Dåligt upplyst")
    # With JavaScript, one more place marked on the map, with its reason.
    page.locator("[data-survey-map] [data-map-canvas]").click()
    expect(page.locator("#id_point_latitude")).not_to_have_value("")
    page.get_by_label("Varför undviker du platsen du markerade på kartan?").select_option(
        label="Öde, få människor i rörelse"
    )
    page.get_by_label("Bättre belysning").check()
    page.get_by_label("Något annat som skulle hjälpa? (frivilligt)").fill("fler lampor i parken")
    page.get_by_role("button", name="Skicka svaret").click()
    page.wait_for_url("**/tack/")
    expect(page.locator("h1")).to_have_text("Tack för ditt svar")
    assert_accessible(page)

    answer = SurveyResponse.objects.get()
    assert (answer.area.name, answer.safety) == ("Hamnen", 3)
    named, marked = answer.avoided.order_by("place")
    assert named.place.name == "Stadsparken" and marked.place is None
    assert (marked.latitude is not None, marked.reason) == (True, "deserted")

    page.goto(f"{live_server.url}/trygghetsmatning/{survey.slug}/")
    expect(page.get_by_text("Du har redan svarat")).to_be_visible()

    # Last spring's results: per area, small counts masked.
    spring = SurveyFactory(closed=True, title="Trygghetsmätning våren")
    for safety in [1] * 6 + [3] * 7:
        SurveyResponse.objects.create(
            survey=spring, area=hamnen, safety=safety, answered_on=spring.opens_on
        )
    page.goto(f"{live_server.url}/trygghetsmatning/")
    page.get_by_role("link", name="Trygghetsmätning våren").click()
    expect(page.get_by_role("heading", name="Resultat: Trygghetsmätning våren")).to_be_visible()
    fits_the_phone(page)
    assert_accessible(page)


LAPTOP = {"width": 1366, "height": 768}


def test_the_coordinator_builds_a_survey_and_reads_its_answers_on_a_laptop(
    page, live_server, login_browser, coordinator, contact_info, assert_accessible
):
    """From the staff list to the admin's form (the standard questions ticked), published for a
    period, then the answers so far per area, with the free text that only the coordinator
    sees."""
    from datetime import timedelta

    from django.utils import timezone

    from citizen_promises.models import Survey

    hamnen = PlaceFactory(name="Hamnen")
    today = timezone.localdate()
    page.set_viewport_size(LAPTOP)
    login_browser(coordinator)
    page.goto(f"{live_server.url}/personal/trygghetsmatningar/")
    expect(page.get_by_role("heading", name="Trygghetsmätningar")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Ny trygghetsmätning").click()
    page.wait_for_url("**/admin/citizen_promises/survey/add/")
    page.get_by_label("Rubrik").fill("Trygghetsmätning vintern")
    page.get_by_label("Inledning").fill("Hur trygg känner du dig i vinterns mörker?")
    page.get_by_label("Öppnar").fill(today.isoformat())
    page.get_by_label("Stänger").fill((today + timedelta(days=20)).isoformat())
    page.get_by_label("Publicerad").check()
    expect(page.get_by_label("Fråga om trygghet på kvällen")).to_be_checked()
    assert_accessible(page)
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Trygghetsmätning vintern")
    survey = Survey.objects.get(title="Trygghetsmätning vintern")
    assert survey.is_published and survey.asks_help and survey.opens_on == today

    for safety in [1] * 6 + [4] * 5:
        SurveyResponse.objects.create(survey=survey, area=hamnen, safety=safety, answered_on=today)
    SurveyResponse.objects.filter(safety=4).update(help_other="fler lampor vid hamnen")
    page.goto(f"{live_server.url}/personal/trygghetsmatningar/")
    page.get_by_role("link", name="Trygghetsmätning vintern").click()
    page.wait_for_url(f"**/trygghetsmatning/{survey.slug}/resultat/")
    expect(page.get_by_text("Enkäten är inte stängd.")).to_be_visible()
    expect(page.get_by_role("heading", name="Fritextsvar (bara för samordnaren)")).to_be_visible()
    expect(page.get_by_text("fler lampor vid hamnen").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
    assert_accessible(page)
