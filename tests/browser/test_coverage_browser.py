"""Reporting coverage in a real browser: the coordinator's start page marks a quiet
organisation, the reminder is sent once, and axe finds no WCAG 2.1 A/AA violations."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from est_incidents.models import CoverageReminder
from hjo_safety.models import Role
from tests.est_incidents.factories import IncidentFactory
from tests.hjo_safety.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_reminds_a_quiet_organisation(
    page, login_browser, contact_info, coordinator, org_a, assert_accessible
):
    admin = member(org_a, Role.ORG_ADMIN, username="admin_fritid")
    admin.email = "admin@fritid.example.se"
    admin.save()
    # Three incidents in each of the six 14-day periods before the last 14 days, none since.
    for period in range(1, 7):
        for _ in range(3):
            IncidentFactory(
                organisation=org_a, occurred_at=timezone.now() - timedelta(days=14 * period + 3)
            )
    login_browser(coordinator)
    page.goto("/personal/")
    table = page.locator(".coverage-table")
    row = table.locator("tr", has_text=org_a.name)
    assert "Tyst" in row.inner_text()
    assert_accessible(page)
    row.get_by_role("button", name=f"Påminn {org_a.display_name}").click()
    page.wait_for_url("**/personal/#coverage-heading")
    assert f"Påminnelsen är skickad till {org_a.name} administratörer." in page.content()
    assert "Påmind" in page.locator(".coverage-table tr", has_text=org_a.name).inner_text()
    assert_accessible(page)
    assert [message.to for message in mail.outbox] == [["admin@fritid.example.se"]]
    assert CoverageReminder.objects.count() == 1
