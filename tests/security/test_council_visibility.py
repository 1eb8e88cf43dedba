"""Issue 11, point 3: one policy for council actions (``Action.objects.visible_to``) and one for
internal agenda items (``AgendaItem.objects.visible_to``), used on every page; public numbering
leaves no gap where an internal item is hidden."""

import re

import pytest
from django.utils import timezone

from bra_council.models import MeetingStatus
from hjo_safety.models import Role
from tests.bra_council.factories import (
    ActionFactory,
    AgendaItemFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.hjo_safety.factories import OrganisationFactory, member
from tests.sso.provider import LOGIN_METHODS

pytestmark = pytest.mark.django_db


@pytest.fixture(params=LOGIN_METHODS)
def login_method(request):
    """Each test signs in with a password and, again, through single sign-on (the red-team
    repros run for SSO users too: docs/security.md, "Single sign-on")."""
    return request.param


@pytest.fixture
def meeting():
    """Approved minutes: public item 1, internal item 2, public item 3."""
    meeting = CouncilMeetingFactory(approved=True)
    AgendaItemFactory(meeting=meeting, position=1, title="Öppen punkt ett", is_public=True)
    AgendaItemFactory(meeting=meeting, position=2, title="Intern punkt", is_public=False)
    AgendaItemFactory(meeting=meeting, position=3, title="Öppen punkt tre", is_public=True)
    return meeting


@pytest.fixture
def volunteer(db):
    """A reporter of an organisation without a council seat."""
    return member(OrganisationFactory(name="Föreningen Nattvandrarna"), Role.REPORTER)


def test_internal_items_only_for_coordinators_and_seat_holders(
    client_for, meeting, volunteer, reporter_a, org_a, coordinator
):
    CouncilMemberFactory(organisation=org_a)  # Fritid holds a seat
    for path in ("dagordning", "protokoll"):
        url = f"/bra/moten/{meeting.pk}/{path}/"
        assert "Intern punkt" not in client_for(volunteer).get(url).content.decode(), url
        assert "Intern punkt" in client_for(reporter_a).get(url).content.decode(), url
        assert "Intern punkt" in client_for(coordinator).get(url).content.decode(), url


def test_a_seat_that_has_ended_does_not_count(client_for, meeting, reporter_a, org_a):
    CouncilMemberFactory(
        organisation=org_a,
        term_start=timezone.localdate().replace(year=2020),
        term_end=timezone.localdate().replace(year=2021),
    )
    html = client_for(reporter_a).get(f"/bra/moten/{meeting.pk}/dagordning/").content.decode()
    assert "Intern punkt" not in html


def test_numbering_leaves_no_gap_where_an_item_is_hidden(client, client_for, meeting, volunteer):
    html = client.get(f"/bra/moten/{meeting.pk}/").content.decode()
    assert "Intern punkt" not in html
    assert re.findall(r'<li value="(\d+)"', html) == ["1", "2"]
    agenda = client_for(volunteer).get(f"/bra/moten/{meeting.pk}/dagordning/").content.decode()
    assert "<td>3</td>" not in agenda


def test_minutes_show_only_the_actions_the_policy_allows(
    client_for, reporter_a, org_a, org_b, coordinator
):
    CouncilMemberFactory(organisation=org_a)
    meeting = CouncilMeetingFactory(past=True, status=MeetingStatus.HELD)
    item = AgendaItemFactory(meeting=meeting, is_public=True)
    ActionFactory(origin=item, responsible_organisation=org_a, what="Fritids åtgärd")
    ActionFactory(origin=item, responsible_organisation=org_b, what="Bostäders åtgärd")
    url = f"/bra/moten/{meeting.pk}/protokoll/"
    html = client_for(reporter_a).get(url).content.decode()
    assert "Fritids åtgärd" in html and "Bostäders åtgärd" not in html
    html = client_for(coordinator).get(url).content.decode()
    assert "Fritids åtgärd" in html and "Bostäders åtgärd" in html


def test_approved_public_minutes_actions_are_public(client, client_for, meeting, org_b, reporter_a):
    public_item = meeting.items.get(position=1)
    internal_item = meeting.items.get(position=2)
    ActionFactory(origin=public_item, responsible_organisation=org_b, what="Offentlig åtgärd")
    ActionFactory(origin=internal_item, responsible_organisation=org_b, what="Intern åtgärd")
    html = client.get(f"/bra/moten/{meeting.pk}/").content.decode()
    assert "Intern åtgärd" not in html
    year = timezone.localdate().year
    statutory = client_for(reporter_a).get(f"/personal/lagesbild/ar/{year}/").content.decode()
    assert "Intern åtgärd" not in statutory


def test_statutory_document_lists_only_visible_council_actions(
    client_for, reporter_a, org_a, org_b, coordinator
):
    meeting = CouncilMeetingFactory(past=True, status=MeetingStatus.HELD)
    item = AgendaItemFactory(meeting=meeting, is_public=False)
    ActionFactory(origin=item, responsible_organisation=org_a, what="Fritids rådsåtgärd")
    ActionFactory(origin=item, responsible_organisation=org_b, what="Bostäders rådsåtgärd")
    year = timezone.localdate().year
    url = f"/personal/lagesbild/ar/{year}/"
    html = client_for(reporter_a).get(url).content.decode()
    assert "Fritids rådsåtgärd" in html and "Bostäders rådsåtgärd" not in html
    html = client_for(coordinator).get(url).content.decode()
    assert "Bostäders rådsåtgärd" in html
