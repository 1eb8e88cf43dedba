"""The list's and the map's filter fields come from a cache that every choice write invalidates
and that never mixes users' organisation scopes."""

import re

import pytest

from est_incidents.models import Place
from hjo_safety.models import Membership, Role
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

LIST = "/personal/handelser/"
MAP = "/personal/karta/"


def options(html, name):
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S)
    return re.findall(r"<option[^>]*>([^<]*)</option>", select.group(0)) if select else None


def test_a_cached_form_is_the_same_form(client_for, reporter_a):
    client = client_for(reporter_a)
    first = client.get(f"{LIST}?status=handled&q=klotter").content.decode()
    again = client.get(f"{LIST}?status=handled&q=klotter").content.decode()
    form = re.search(r'<form method="get".*?</form>', first, re.S).group(0)
    assert form in again
    assert 'value="klotter"' in form and '<option value="handled" selected>' in form


def test_a_new_or_renamed_place_shows_at_once(client_for, reporter_a):
    client = client_for(reporter_a)
    assert "Nya bryggan (t)" not in options(client.get(LIST).content.decode(), "plats")
    place = Place.objects.create(name="Nya bryggan (t)", latitude="58.3", longitude="14.28")
    assert "Nya bryggan (t)" in options(client.get(MAP).content.decode(), "plats")
    assert "Nya bryggan (t)" in options(client.get(LIST).content.decode(), "plats")
    Place.objects.filter(pk=place.pk).update(name="Gamla bryggan (t)")
    names = options(client.get(LIST).content.decode(), "plats")
    assert "Gamla bryggan (t)" in names and "Nya bryggan (t)" not in names
    Place.objects.filter(pk=place.pk).delete()
    assert "Gamla bryggan (t)" not in options(client.get(LIST).content.decode(), "plats")


def test_the_organisation_choices_follow_the_user_not_the_cache(
    client, client_for, coordinator, reporter_a, org_a, org_b
):
    everyone = options(client_for(coordinator).get(LIST).content.decode(), "organisation")
    assert org_b.name in everyone and org_a.name in everyone
    # A reporter of A and a third organisation: asked which of their own, never B.
    third = OrganisationFactory(name="Hjo församling (t)")
    Membership.objects.create(user=reporter_a, organisation=third, role=Role.REPORTER)
    own = options(client_for(reporter_a).get(LIST).content.decode(), "organisation")
    assert org_a.name in own and third.name in own and org_b.name not in own
    # A reporter of one organisation gets no organisation filter at all.
    Membership.objects.filter(user=reporter_a, organisation=third).delete()
    assert options(client_for(reporter_a).get(LIST).content.decode(), "organisation") is None


def test_the_situation_form_shows_a_new_place_and_keeps_the_chosen_period(client_for, reporter_a):
    client = client_for(reporter_a)
    url = "/personal/lagesbild/?start=2026-06-01&end=2026-06-14"
    first = client.get(url).content.decode()
    assert 'value="2026-06-01"' in first and 'value="2026-06-14"' in first
    assert "Nya bryggan (t)" not in options(first, "place")
    Place.objects.create(name="Nya bryggan (t)", latitude="58.3", longitude="14.28")
    again = client.get(url).content.decode()
    assert "Nya bryggan (t)" in options(again, "place")
    other = client.get("/personal/lagesbild/?start=2026-05-01&end=2026-05-14").content.decode()
    assert 'value="2026-05-01"' in other and 'value="2026-06-01"' not in other
