"""The staff start page (/personal/) lists the open tips forwarded to the user's organisations,
for their members only, at a query count that does not grow with the tips."""

import pytest

from citizen_tips import services
from hjo_safety.models import Role
from tests.citizen_tips.factories import CitizenTipFactory, TipModeratorFactory
from tests.hjo_safety.factories import member

pytestmark = pytest.mark.django_db

HEADING = "Tips som skickats till er"


def forwarded(organisation, by, **fields):
    tip = CitizenTipFactory(**fields)
    return services.forward_tip(tip=tip, organisation=organisation, note="", acting_user=by)


def test_a_receivers_member_finds_the_forwarded_tips_on_the_start_page(
    client_for, coordinator, org_b, reporter_b, reporter_a
):
    tip = forwarded(org_b, coordinator, place_description="Lekplatsen vid Guldkroksbadet")
    closed = forwarded(org_b, coordinator)
    services.close_tip(tip=closed, acting_user=coordinator)
    not_forwarded = CitizenTipFactory()
    page = client_for(reporter_b).get("/personal/").content.decode()
    assert HEADING in page
    assert f'href="/personal/tips/{tip.pk}/"' in page
    assert "Mörkt eller trasig belysning" in page and "Lekplatsen vid Guldkroksbadet" in page
    assert f"/personal/tips/{closed.pk}/" not in page  # closed: done with
    assert f"/personal/tips/{not_forwarded.pk}/" not in page
    assert client_for(reporter_b).get(f"/personal/tips/{tip.pk}/").status_code == 200
    # Another organisation's member sees no such section and no link.
    other = client_for(reporter_a).get("/personal/").content.decode()
    assert HEADING not in other and f"/personal/tips/{tip.pk}/" not in other


def test_moderators_get_no_section_they_have_the_menu_link(client_for, coordinator, org_a, org_b):
    TipModeratorFactory(organisation=org_b)
    moderating_member = member(org_b, Role.REPORTER, username="moderator_b")
    forwarded(org_b, coordinator)
    for user in (coordinator, moderating_member):
        page = client_for(user).get("/personal/").content.decode()
        assert HEADING not in page
        assert 'href="/personal/tips/"' in page


def test_a_member_of_several_organisations_sees_where_each_tip_went(
    client_for, coordinator, org_a, org_b
):
    both = member(org_a, Role.REPORTER, username="both")
    from tests.hjo_safety.factories import MembershipFactory

    MembershipFactory(user=both, organisation=org_b, role=Role.REPORTER)
    forwarded(org_a, coordinator)
    forwarded(org_b, coordinator)
    page = client_for(both).get("/personal/").content.decode()
    assert "till Fritid" in page and "till Hjo Bostäder" in page


def test_the_start_page_query_count_does_not_grow_with_forwarded_tips(
    client_for,
    coordinator,
    org_b,
    reporter_b,
    assert_constant_queries,
    django_assert_max_num_queries,
):
    forwarded(org_b, coordinator)
    client = client_for(reporter_b)

    def fetch():
        assert client.get("/personal/").status_code == 200

    def grow():
        for _ in range(20):
            forwarded(org_b, coordinator)

    count = assert_constant_queries(fetch, grow)
    # The same bound as the start page's own query-count test (tests/est_incidents).
    with django_assert_max_num_queries(15):
        fetch()
    assert count <= 15
