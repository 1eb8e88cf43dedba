"""The access log in a real browser (issue 21, round 3 gap): the data protection officer, who is
no member, follows the menu link, searches, and axe finds no WCAG 2.1 A/AA violations."""

import pytest
from django.contrib.auth.models import Permission

from hjo_safety.models import AccessEvent
from tests.hjo_safety.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_officer_finds_and_searches_the_access_log(
    page, login_browser, contact_info, org_a, reporter_a, assert_accessible
):
    officer = UserFactory(username="dataskyddsombud")
    officer.user_permissions.add(Permission.objects.get(codename="search_access_log"))
    AccessEvent.objects.create(
        kind=AccessEvent.Kind.CSV_EXPORT,
        user=reporter_a,
        username=reporter_a.username,
        organisation=org_a,
        object_type="est_incidents.incident",
        object_label="Händelser (CSV)",
    )
    login_browser(officer)
    page.goto("/")
    page.get_by_role("link", name="Åtkomstlogg").click()
    page.wait_for_url("**/personal/atkomstlogg/")
    assert "Händelser (CSV)" in page.content()
    assert_accessible(page)
    page.get_by_label("Från och med").fill("2000-01-01")  # a search with a filter, then its result
    page.get_by_role("button", name="Filtrera").click()
    page.wait_for_url("**/personal/atkomstlogg/?*")
    assert "Händelser (CSV)" in page.content()
    assert_accessible(page)
