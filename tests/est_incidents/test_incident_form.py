"""Logging and correcting an incident: the good path and every bad path stores nothing."""

import re
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from est_incidents.models import Incident
from hjo_safety.models import Membership, Role
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory

pytestmark = pytest.mark.django_db

CREATE = "/personal/handelser/ny/"


@pytest.fixture
def category(db):
    return CategoryFactory(name="Klotter", code="test-klotter")


@pytest.fixture
def place(db):
    return PlaceFactory(name="Hamnen (test)")


def local_input(value):
    return timezone.localtime(value).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def valid(category, place):
    def data(**changes):
        values = {
            "submission_token": str(uuid.uuid4()),
            "category": category.pk,
            "occurred_at": local_input(timezone.now() - timedelta(hours=1)),
            "place": place.pk,
            "place_description": "Vid cykelstället",
            "description": "Klotter på busskuren, ca 2 m² med svart sprayfärg.",
            "people_involved": "2-5",
            "police_notified": "no",
        }
        values.update(changes)
        return {key: value for key, value in values.items() if value is not None}

    return data


def errors_of(response):
    form = response.context["form"]
    return {field: " ".join(str(e) for e in errors) for field, errors in form.errors.items()}


# --- The form as shown ------------------------------------------------------------------------


def test_form_shows_banner_defaults_to_now_and_hides_organisation_for_one_membership(
    client_for, reporter_a
):
    response = client_for(reporter_a).get(CREATE)
    html = response.content.decode()
    assert "Ring 112 vid akut fara — detta formulär är inte en polisanmälan." in html
    form = response.context["form"]
    assert "organisation" not in form.fields
    default = form.initial["occurred_at"]
    assert abs((default - timezone.localtime()).total_seconds()) < 120
    assert str(default.tzinfo) == "Europe/Stockholm"
    assert 'type="datetime-local"' in html
    assert 'name="submission_token"' in html and 'type="hidden"' in html
    assert "Skriv inte namn" in html
    assert "<script>" not in html and 'style="' not in html and "onclick" not in html


def test_form_asks_for_the_organisation_when_the_user_has_several(
    client_for, reporter_a, org_a, org_b
):
    Membership.objects.create(user=reporter_a, organisation=org_b, role=Role.REPORTER)
    form = client_for(reporter_a).get(CREATE).context["form"]
    assert set(form.fields["organisation"].queryset) == {org_a, org_b}
    assert form.fields["organisation"].required


def test_inactive_categories_and_places_are_not_offered(client_for, reporter_a, category, place):
    old = CategoryFactory(name="Gammal", code="gammal", is_active=False)
    form = client_for(reporter_a).get(CREATE).context["form"]
    assert category in form.fields["category"].queryset
    assert old not in form.fields["category"].queryset


# --- The good path ----------------------------------------------------------------------------


def test_reporter_logs_an_incident(client_for, reporter_a, org_a, valid, category, place):
    data = valid(latitude="58.306900", longitude="14.292800")
    response = client_for(reporter_a).post(CREATE, data)
    incident = Incident.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/personal/handelser/{incident.pk}/"
    assert incident.organisation == org_a
    assert incident.reported_by == reporter_a
    assert incident.category == category and incident.place == place
    assert str(incident.submission_token) == data["submission_token"]
    assert incident.status == Incident.Status.NEW
    assert incident.history.get().history_user == reporter_a


def test_local_time_is_stored_in_utc(client_for, reporter_a, valid):
    client_for(reporter_a).post(CREATE, valid(occurred_at="2026-07-01T22:30"))
    incident = Incident.objects.get()
    assert incident.occurred_at.isoformat() == "2026-07-01T20:30:00+00:00"  # CEST is UTC+2


def test_user_with_several_organisations_chooses_one(client_for, reporter_a, org_b, valid):
    Membership.objects.create(user=reporter_a, organisation=org_b, role=Role.REPORTER)
    response = client_for(reporter_a).post(CREATE, valid(organisation=org_b.pk))
    assert response.status_code == 302
    assert Incident.objects.get().organisation == org_b


def test_a_place_text_alone_is_enough(client_for, reporter_a, valid):
    response = client_for(reporter_a).post(CREATE, valid(place=""))
    assert response.status_code == 302


def test_a_marked_point_reads_as_the_nearest_place_with_a_small_map(client_for, reporter_a, org_a):
    from decimal import Decimal

    from tests.est_incidents.factories import IncidentFactory, PlaceFactory

    PlaceFactory(name="Provplatsen", latitude=Decimal("58.307000"), longitude=Decimal("14.288000"))
    incident = IncidentFactory(
        organisation=org_a, latitude=Decimal("58.307613"), longitude=Decimal("14.288578")
    )
    html = client_for(reporter_a).get(f"/personal/handelser/{incident.pk}/").content.decode()
    assert "ca 80 m från Provplatsen" in html and "Position" not in html
    assert "data-point-map" in html and "js/incident-point-map.js" in html


def test_double_submission_creates_one_incident_and_leads_to_it(client_for, reporter_a, valid):
    client = client_for(reporter_a)
    data = valid()
    first = client.post(CREATE, data)
    second = client.post(CREATE, data, follow=True)
    assert Incident.objects.count() == 1
    assert second.redirect_chain[0][0] == first["Location"]
    assert "redan sparad" in second.content.decode()


def test_a_name_is_warned_about_before_saving_and_saves_once_confirmed(
    client_for, reporter_a, valid
):
    """Issue 21 B9: the warning comes before saving, with a "Spara ändå" checkbox."""
    client = client_for(reporter_a)
    data = valid(description="Gruppen ropade efter Kalle Karlsson vid busskuren.")
    response = client.post(CREATE, data)
    assert response.status_code == 200
    assert not Incident.objects.exists()
    html = response.content.decode()
    assert "Det ser ut som ett namn: ”Kalle Karlsson”" in html
    assert "Skriv ”en boende” i stället, eller spara ändå." in html
    assert 'type="checkbox" name="spara_anda"' in html
    response = client.post(CREATE, {**data, "spara_anda": "on"})
    assert response.status_code == 302
    assert Incident.objects.get().description == data["description"]


def test_without_a_name_the_checkbox_is_hidden(client_for, reporter_a):
    html = client_for(reporter_a).get(CREATE).content.decode()
    assert 'type="hidden" name="spara_anda"' in html
    assert 'type="checkbox" name="spara_anda"' not in html


# --- Bad paths: each has a Swedish message, and nothing is stored -----------------------------

BAD_PATHS = [
    (
        "future",
        lambda c, p: {"occurred_at": local_input(timezone.now() + timedelta(hours=2))},
        "occurred_at",
        "framtiden",
    ),
    ("garbled date", lambda c, p: {"occurred_at": "igår kväll"}, "occurred_at", "Ange datum"),
    ("no date", lambda c, p: {"occurred_at": ""}, "occurred_at", "Ange när"),
    (
        "typo in the year",
        lambda c, p: {"occurred_at": "1926-05-01T22:00"},
        "occurred_at",
        "Kontrollera årtalet",
    ),
    (
        "end before start",
        lambda c, p: {
            "occurred_at": local_input(timezone.now() - timedelta(hours=1)),
            "ended_at": local_input(timezone.now() - timedelta(hours=3)),
        },
        "ended_at",
        "efter starttiden",
    ),
    (
        "outside Hjo",
        lambda c, p: {"latitude": "59.329300", "longitude": "18.068600"},  # Stockholm
        "latitude",
        "utanför Hjo kommun",
    ),
    (
        "half a point",
        lambda c, p: {"latitude": "58.304200"},
        "longitude",
        "både latitud och longitud",
    ),
    ("no category", lambda c, p: {"category": ""}, "category", "Välj vilken sorts"),
    (
        "inactive category",
        lambda c, p: {"category": CategoryFactory(code="old", name="Old", is_active=False).pk},
        "category",
        "används inte längre",
    ),
    (
        "inactive place",
        lambda c, p: {"place": PlaceFactory(name="Riven", is_active=False).pk},
        "place",
        "Välj en annan plats",
    ),
    ("no description", lambda c, p: {"description": ""}, "description", "Beskriv kort"),
    (
        "personnummer",
        lambda c, p: {"description": "Mannen hade 811218-9876 på lappen"},
        "description",
        "ett personnummer",
    ),
    (
        "phone number",
        lambda c, p: {"description": "Ring 070-123 45 67 om det händer igen"},
        "description",
        "ett telefonnummer",
    ),
    (
        "e-mail",
        lambda c, p: {"description": "Anmälaren nås på anna.svensson@example.se"},
        "description",
        "en e-postadress",
    ),
    (
        "registration number",
        lambda c, p: {"place_description": "Bilen ABC 123 stod vid bommen"},
        "place_description",
        "ett registreringsnummer",
    ),
    (
        "broken token",
        lambda c, p: {"submission_token": "inte-en-uuid"},
        "submission_token",
        "Ladda om sidan",
    ),
]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [case[1:] for case in BAD_PATHS],
    ids=[case[0] for case in BAD_PATHS],
)
def test_bad_input_is_refused_with_a_swedish_message(
    client_for, reporter_a, valid, category, place, changes, field, message
):
    response = client_for(reporter_a).post(CREATE, valid(**changes(category, place)))
    assert response.status_code == 200
    errors = errors_of(response)
    assert message in errors.get(field, ""), errors
    assert Incident.objects.count() == 0
    assert Incident.history.count() == 0
    html = response.content.decode()
    assert "Det finns fel i formuläret" in html  # the error summary


def test_personal_data_error_says_where(client_for, reporter_a, valid):
    response = client_for(reporter_a).post(
        CREATE, valid(description="Klotter.\nRing 070-123 45 67")
    )
    message = errors_of(response)["description"]
    assert "Fältet ”Vad hände?”" in message
    assert "rad 2, tecken 6" in message
    assert "inte sparats" in message


def test_no_place_at_all_is_refused(client_for, reporter_a, valid):
    response = client_for(reporter_a).post(CREATE, valid(place="", place_description=""))
    assert "Ange var det hände" in errors_of(response)["__all__"]
    assert Incident.objects.count() == 0
    html = response.content.decode()
    assert html.count("Ange minst ett av: plats i listan, beskrivning eller markering") == 1
    assert "(valfritt)" not in html.split("Ange minst ett av")[1].split("Beskrivning</legend>")[0]
    assert re.search(r'<fieldset id="place-fieldset"\s+aria-describedby="fieldset-error">', html)
    assert '<a href="#place-fieldset">Ange var det hände' in html
    assert html.count("Ange var det hände") == 2  # the summary and the fieldset, no alert


def test_several_memberships_without_a_choice_is_refused(client_for, reporter_a, org_b, valid):
    Membership.objects.create(user=reporter_a, organisation=org_b, role=Role.REPORTER)
    response = client_for(reporter_a).post(CREATE, valid())
    assert "Välj vilken organisation" in errors_of(response)["organisation"]
    assert Incident.objects.count() == 0


def test_choosing_someone_elses_organisation_is_refused(
    client_for, reporter_a, org_a, org_b, valid, coordinator
):
    other = coordinator.memberships.get().organisation
    Membership.objects.create(user=reporter_a, organisation=org_b, role=Role.REPORTER)
    response = client_for(reporter_a).post(CREATE, valid(organisation=other.pk))
    assert "organisation" in errors_of(response)
    assert Incident.objects.count() == 0


def test_an_inactive_organisation_cannot_report(client_for, reporter_a, org_a, valid):
    org_a.is_active = False
    org_a.save()
    response = client_for(reporter_a).post(CREATE, valid())
    assert "inte med i någon aktiv organisation" in errors_of(response)["__all__"]
    assert Incident.objects.count() == 0


def test_token_of_another_organisations_incident_is_not_a_shortcut(
    client_for, reporter_a, org_b, valid
):
    theirs = IncidentFactory(organisation=org_b, submission_token=uuid.uuid4())
    response = client_for(reporter_a).post(CREATE, valid(submission_token=theirs.submission_token))
    assert response.status_code == 200
    assert "redan skickats" in errors_of(response)["__all__"]
    assert Incident.objects.count() == 1


# --- Correcting and handling ------------------------------------------------------------------


def update_data(incident, **changes):
    values = {
        "category": incident.category_id,
        "occurred_at": local_input(incident.occurred_at),
        "place": incident.place_id or "",
        "place_description": incident.place_description,
        "description": incident.description,
        "people_involved": incident.people_involved,
        "police_notified": incident.police_notified,
    }
    values.update(changes)
    return values


def test_reporter_corrects_but_cannot_set_the_status(client_for, reporter_a, org_a):
    incident = IncidentFactory(organisation=org_a)
    client = client_for(reporter_a)
    form = client.get(f"/personal/handelser/{incident.pk}/andra/").context["form"]
    assert "status" not in form.fields and "handling_note" not in form.fields
    response = client.post(
        f"/personal/handelser/{incident.pk}/andra/",
        update_data(incident, description="Klotter, rättad text.", status="handled"),
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.description == "Klotter, rättad text."
    assert incident.status == Incident.Status.NEW


def test_org_admin_sets_status_and_handling_note(client_for, org_admin_a, org_a):
    incident = IncidentFactory(organisation=org_a)
    response = client_for(org_admin_a).post(
        f"/personal/handelser/{incident.pk}/andra/",
        update_data(incident, status="handled", handling_note="Sanerat av fastighet."),
    )
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.status == Incident.Status.HANDLED
    assert incident.handling_note == "Sanerat av fastighet."


def test_handling_note_is_checked_for_personal_data(client_for, coordinator, org_b):
    incident = IncidentFactory(organisation=org_b)
    response = client_for(coordinator).post(
        f"/personal/handelser/{incident.pk}/andra/",
        update_data(incident, status="handled", handling_note="Pratat med 19811218-9876"),
    )
    assert "ett personnummer" in errors_of(response)["handling_note"]
    incident.refresh_from_db()
    assert incident.status == Incident.Status.NEW and incident.handling_note == ""


def test_an_inactive_category_stays_on_an_old_incident(client_for, reporter_a, org_a):
    old = CategoryFactory(code="retired", name="Retired", is_active=False)
    incident = IncidentFactory(organisation=org_a, category=old)
    response = client_for(reporter_a).post(
        f"/personal/handelser/{incident.pk}/andra/", update_data(incident, description="Ny text.")
    )
    assert response.status_code == 302


def test_detail_shows_the_full_change_history(client_for, reporter_a, org_admin_a, org_a):
    client = client_for(reporter_a)
    client.post(
        CREATE,
        {
            "submission_token": str(uuid.uuid4()),
            "category": CategoryFactory(name="Glaskross", code="t-glas").pk,
            "occurred_at": local_input(timezone.now() - timedelta(hours=1)),
            "place_description": "Vid entrén",
            "description": "Krossad ruta.",
            "police_notified": "unknown",
        },
    )
    incident = Incident.objects.get()
    client = client_for(org_admin_a)
    client.post(
        f"/personal/handelser/{incident.pk}/andra/",
        update_data(incident, status="reviewed", description="Krossad ruta i entrédörren."),
    )
    html = client.get(f"/personal/handelser/{incident.pk}/").content.decode()
    assert "Ändringshistorik" in html
    assert "registrerade händelsen" in html
    assert "Granskad" in html and "Ny" in html
    assert "Krossad ruta i entrédörren." in html
    history = incident.change_history()
    assert [entry["who"] for entry in history] == [org_admin_a, reporter_a]
    labels = {label for label, _old, _new in history[0]["changes"]}
    assert {"status", "vad hände?"} <= {str(label) for label in labels}


# --- The edit form on a phone (issue 13, D5) -------------------------------------------------


def test_edit_form_does_not_claim_now_and_folds_the_coordinates(client_for, reporter_a, org_a):
    incident = IncidentFactory(organisation=org_a, reported_by=reporter_a)
    html = client_for(reporter_a).get(f"/personal/handelser/{incident.pk}/andra/").content.decode()
    assert "Förifyllt med nu." not in html
    assert "Datum och klockslag." in html
    assert '<details class="incident-coordinates mb-3"><summary>Ange koordinater</summary>' in html


def test_new_form_still_says_prefilled_with_now(client_for, reporter_a):
    html = client_for(reporter_a).get(CREATE).content.decode()
    assert "Förifyllt med nu." in html


def test_coordinates_open_when_they_have_an_error(client_for, reporter_a, valid):
    response = client_for(reporter_a).post(CREATE, valid(latitude="58.30"))
    assert response.status_code == 200
    assert '<details class="incident-coordinates mb-3" open>' in response.content.decode()


def test_model_constraints_are_validated_as_django_does_without_the_excluded_ones(org_a):
    """``Incident.validate_constraints`` skips only what Django would skip (a check constraint
    naming an excluded field), without compiling its query."""
    from django.core.exceptions import ValidationError

    from est_incidents.models import Category

    incident = Incident(
        organisation=org_a,
        category=Category.objects.first(),
        occurred_at=timezone.now(),
        ended_at=timezone.now() - timedelta(hours=1),  # before the start
        status="nonsense",
        latitude=58.3,  # without a longitude
        description="Klotter",
    )
    with pytest.raises(ValidationError) as everything:
        incident.validate_constraints()
    # status, the point, the end before the start
    assert len(everything.value.messages) == 3
    with pytest.raises(ValidationError) as some:
        incident.validate_constraints(exclude={"status", "latitude"})
    assert len(some.value.messages) == 1  # only the end before the start
    incident.validate_constraints(exclude={"status", "latitude", "ended_at"})
    # The same messages as Django's own method, for each exclusion.
    from django.db import models

    for exclude in (None, {"status"}, {"status", "latitude"}, {"description", "ended_at"}):
        found = []
        for validate in (
            incident.validate_constraints,
            lambda **kw: models.Model.validate_constraints(incident, **kw),
        ):
            try:
                validate(exclude=exclude)
                found.append([])
            except ValidationError as error:
                found.append(sorted(error.messages))
        assert found[0] == found[1], exclude
