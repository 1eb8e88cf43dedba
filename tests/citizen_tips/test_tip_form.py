"""The public tip form at /tipsa/: the good path, each abuse guard, the personal-data guard,
and the receipt at /tipsa/status/<token>/. A refused tip stores nothing."""

import re
import time

import pytest
from django.core import signing

from citizen_tips.forms import STARTED_SALT, started_value
from citizen_tips.models import CitizenTip, hash_token
from tests.citizen_tips.factories import CitizenTipFactory
from tests.est_incidents.factories import PlaceFactory

pytestmark = pytest.mark.django_db

CREATE = "/tipsa/"


def errors_of(response):
    form = response.context["form"]
    return " ".join(str(e) for errors in form.errors.values() for e in errors)


def test_the_form_works_without_an_account_and_says_it_is_not_a_police_report(client):
    response = client.get(CREATE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ett tips är inte en polisanmälan." in html
    assert "<strong>112</strong>" in html and "<strong>114 14</strong>" in html
    assert 'href="/personuppgifter/"' in html
    assert 'name="webbplats"' in html and 'aria-hidden="true"' in html
    assert "no-store" in response["Cache-Control"]
    # The map is an enhancement: the point fields are hidden inputs, the picker is hidden.
    assert re.search(r'<input type="hidden" name="latitude"', html)
    assert "data-tip-map hidden" in html


def test_a_valid_tip_is_stored_and_leads_to_its_receipt(client, tip_data):
    place = PlaceFactory(name="Hamnen (test)")
    response = client.post(
        CREATE, tip_data(place=place.pk, email="medborgare@example.se", place_description="")
    )
    assert response.status_code == 302
    match = re.match(r"^/tipsa/status/([\w-]+)/\?skickat=1$", response["Location"])
    assert match, response["Location"]
    token = match.group(1)
    assert len(token) >= 22  # at least 128 bits in URL-safe base64
    tip = CitizenTip.objects.get()
    assert tip.place == place and tip.email == "medborgare@example.se"
    assert tip.state == CitizenTip.State.NEW
    assert tip.token_hash == hash_token(token) and token not in tip.token_hash

    receipt = client.get(response["Location"])
    html = receipt.content.decode()
    assert "Tack! Ditt tips är mottaget." in html
    assert "Mottaget – inte granskat ännu" in html
    assert f"/tipsa/status/{token}/" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-store" in receipt["Cache-Control"]
    assert receipt["X-Robots-Tag"] == "noindex, nofollow"
    assert "medborgare@example.se" not in html  # the link does not reveal the address
    assert tip.history.get().history_change_reason == "Tipset togs emot"


def test_a_point_on_the_map_is_enough_and_must_lie_in_hjo(client, tip_data):
    response = client.post(
        CREATE, tip_data(place_description="", latitude="58.306900", longitude="14.292800")
    )
    assert response.status_code == 302
    assert str(CitizenTip.objects.get().latitude) == "58.306900"

    response = client.post(
        CREATE, tip_data(place_description="", latitude="59.330000", longitude="18.060000")
    )
    assert response.status_code == 400
    assert "utanför Hjo kommun" in errors_of(response)
    assert CitizenTip.objects.count() == 1


def test_a_tip_without_a_place_is_refused(client, tip_data):
    response = client.post(CREATE, tip_data(place_description=""))
    assert response.status_code == 400
    assert "Berätta var platsen är" in errors_of(response)
    assert not CitizenTip.objects.exists()
    # Said once, as the fieldset's legend; the error is on the fieldset, linked from the summary.
    html = response.content.decode()
    assert html.count("Ange minst ett av: plats i listan, beskrivning eller markering") == 1
    assert "valfritt" not in html.split("Vad och när")[0]
    assert re.search(r'<fieldset id="place-fieldset"\s+aria-describedby="fieldset-error">', html)
    assert '<a href="#place-fieldset">Berätta var platsen är' in html


def test_kind_and_time_of_day_are_required(client, tip_data):
    response = client.post(CREATE, tip_data(kind=None, time_of_day="midnatt"))
    assert response.status_code == 400
    errors = errors_of(response)
    assert "Välj vad som gör platsen otrygg." in errors
    assert "Välj ett giltigt alternativ" in errors
    assert not CitizenTip.objects.exists()


# --- Abuse guards ---------------------------------------------------------------------------


def test_the_honeypot_refuses_a_robot(client, tip_data):
    response = client.post(CREATE, tip_data(webbplats="https://spam.example"))
    assert response.status_code == 400
    assert "ett dolt fält som bara automatiska program fyller i" in errors_of(response)
    assert not CitizenTip.objects.exists()


def test_a_form_sent_too_fast_is_refused(client, tip_data, settings):
    settings.TIP_MIN_FILL_SECONDS = 4
    response = client.post(CREATE, tip_data(started=started_value()))
    assert response.status_code == 400
    assert "snabbare än en människa hinner" in errors_of(response)
    assert not CitizenTip.objects.exists()


def test_a_forged_missing_or_day_old_timestamp_is_refused(client, tip_data):
    forged = signing.dumps(int(time.time()) - 60, salt="another-salt")
    for started, message in [
        (forged, "Formuläret är trasigt"),
        (None, "Formuläret är trasigt"),
        ("12345", "Formuläret är trasigt"),
        (started_value(time.time() - 2 * 24 * 3600), "öppet i mer än ett dygn"),
    ]:
        response = client.post(CREATE, tip_data(started=started))
        assert response.status_code == 400
        assert message in errors_of(response)
    assert not CitizenTip.objects.exists()
    # The salt is the form's own: a value signed for something else does not pass.
    assert signing.loads(started_value(), salt=STARTED_SALT)


def test_size_limits(client, tip_data):
    response = client.post(
        CREATE,
        tip_data(text="mörkt " * 400, place_description="x" * 201, email="a" * 250 + "@x.se"),
    )
    assert response.status_code == 400
    errors = errors_of(response)
    assert "Skriv högst 2000 tecken" in errors
    assert "Skriv högst 200 tecken" in errors
    assert not CitizenTip.objects.exists()


def test_the_rate_limit_per_address(client, tip_data, settings):
    settings.TIP_RATE_LIMIT = "3/h"
    for _ in range(3):
        assert client.post(CREATE, tip_data(), REMOTE_ADDR="192.0.2.10").status_code == 302
    refused = client.post(CREATE, tip_data(), REMOTE_ADDR="192.0.2.10")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "tar inte emot fler just nu" in html
    assert "Belysningen i tunneln är trasig" in html  # the typed text is kept
    assert CitizenTip.objects.count() == 3
    # Another address is not affected.
    assert client.post(CREATE, tip_data(), REMOTE_ADDR="192.0.2.11").status_code == 302


def test_refused_forms_count_towards_the_rate_limit(client, tip_data, settings):
    settings.TIP_RATE_LIMIT = "2/h"
    for _ in range(2):
        client.post(CREATE, tip_data(webbplats="spam"), REMOTE_ADDR="192.0.2.20")
    assert client.post(CREATE, tip_data(), REMOTE_ADDR="192.0.2.20").status_code == 429
    assert not CitizenTip.objects.exists()


# --- The personal-data guard ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Han med personnummer 811228-9874 står alltid där.", "personnummer"),
        ("Ring mig på 070-123 45 67 så berättar jag mer.", "telefonnummer"),
        ("Skriv till kalle.karlsson@example.se om det.", "e-postadress"),
        ("Bilen ABC 123 kör runt här varje kväll.", "registreringsnummer"),
    ],
)
def test_personal_data_in_the_text_is_refused_with_a_reason(client, tip_data, text, found):
    response = client.post(CREATE, tip_data(text=text))
    assert response.status_code == 400
    errors = errors_of(response)
    assert found in errors and "personuppgifter" in errors
    assert not CitizenTip.objects.exists()


def test_names_are_refused_in_a_tip(client, tip_data):
    response = client.post(
        CREATE,
        tip_data(text="Det är mörkt och Kalle Andersson brukar hänga där med sina kompisar."),
    )
    assert response.status_code == 400
    errors = errors_of(response)
    assert "”Kalle Andersson”" in errors  # a full name is named as one
    assert "får inte peka ut" in errors
    assert not CitizenTip.objects.exists()


def test_names_in_the_place_description_are_refused(client, tip_data):
    response = client.post(CREATE, tip_data(place_description="Utanför huset där Lisa bor"))
    assert response.status_code == 400
    assert "”Lisa”" in errors_of(response)
    assert not CitizenTip.objects.exists()


def test_a_surname_that_is_also_a_place_word_is_still_a_name(client, tip_data):
    response = client.post(CREATE, tip_data(text="Det är familjen Holm som bråkar här."))
    assert response.status_code == 400
    assert "”Holm”" in errors_of(response)


def test_street_and_place_names_are_not_taken_for_names(client, tip_data):
    PlaceFactory(name="Rödingen (test)")
    text = (
        "Gångvägen mellan Guldkroksvägen och Hamnplan är mörk, likaså stigen mot Rödingen "
        "och Stadsparken efter klockan 20, och vid Sjöstugan och Ekbacken."
    )
    response = client.post(CREATE, tip_data(text=text))
    assert response.status_code == 302, errors_of(response)


# --- The receipt ----------------------------------------------------------------------------


def test_the_status_page_shows_the_answer_in_citizen_words(client):
    tip = CitizenTipFactory(
        state=CitizenTip.State.ACCEPTED, answer="Tack! Lamporna byts nästa vecka."
    )
    from django.utils import timezone

    tip.answered_at = timezone.now()
    tip.save()
    html = client.get(f"/tipsa/status/{tip.token}/").content.decode()
    assert "Granskat – platsen finns med i kommunens kartläggning" in html
    assert "Lamporna byts nästa vecka." in html
    assert "Tack! Ditt tips är mottaget." not in html  # only right after sending


@pytest.mark.parametrize(
    "token", ["okand-nyckel-som-inte-finns", "x", "a" * 101, "test-token-000000"]
)
def test_an_unknown_token_is_404(client, token):
    CitizenTipFactory()
    assert client.get(f"/tipsa/status/{token}/").status_code == 404


def test_the_hash_is_not_a_token(client):
    tip = CitizenTipFactory()
    assert client.get(f"/tipsa/status/{tip.token_hash}/").status_code == 404


def test_the_privacy_page_gives_the_tips_retention_from_the_setting(client, settings):
    settings.TIP_TEXT_RETENTION_MONTHS = 9
    html = client.get("/personuppgifter/").content.decode()
    assert "9 månader från att tipset kom in" in html
