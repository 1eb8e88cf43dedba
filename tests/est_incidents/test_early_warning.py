"""Early warning (issue 25, point 3): a place × main category above its usual level, on the
coordinator's start page and the next EST meeting's agenda, under the small-count rules."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from est_incidents.early_warning import poisson_tail, start_page_period, warnings_for_viewer
from est_incidents.models import Category, Place
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = pytest.mark.django_db


def test_the_poisson_tail():
    assert poisson_tail(0, 3.0) == pytest.approx(1.0)
    assert poisson_tail(9, 3.0) == pytest.approx(0.0038, abs=0.0001)
    assert poisson_tail(4, 3.0) > 0.3


def test_a_rise_is_shown_to_the_coordinator_and_masked_for_outsiders(
    org_a, org_b, reporter_a, reporter_b, coordinator, client_for
):
    harm = Category.objects.get(name="Skadegörelse", parent=None)  # seeded
    graffiti = harm.children.get(name="Klotter")
    harbour = Place.objects.get(name="Hamnen")
    now = timezone.now()
    # Usual: 3 a fortnight (18 in the six fortnights before); now 9, of which 4 are B's.
    for fortnight in range(1, 7):
        for index in range(3):
            IncidentFactory(
                organisation=org_a,
                category=harm,
                place=harbour,
                occurred_at=now - timedelta(days=14 * fortnight + index + 1),
            )
    for index in range(9):
        IncidentFactory(
            organisation=org_b if index < 4 else org_a,
            category=graffiti,
            place=harbour,
            occurred_at=now - timedelta(days=index % 10, hours=1),
        )
    period = start_page_period()
    [warning] = warnings_for_viewer(period, coordinator)
    assert (warning.place, str(warning.count), str(warning.usual)) == ("Hamnen", "9", "3")
    home = client_for(coordinator).get(reverse("staff_home")).content.decode()
    assert "Hamnen, skadegörelse (9 mot normalt 3)" in home
    # A reporter of A is outside B: 9 is shown (5 or more), the usual level too (18 before).
    [outside] = warnings_for_viewer(period, reporter_a)
    assert str(outside.count) == "9"
    # The next meeting's agenda, for a member.
    meeting = EstMeetingFactory(
        starts_at=now + timedelta(days=1),
        period_start=period.start,
        period_end=period.end,
    )
    page = client_for(reporter_b).get(reverse("est:meeting_detail", args=[meeting.pk]))
    assert "skadegörelse (9 mot normalt 3)" in page.content.decode()


def test_a_small_rise_is_left_out_for_a_viewer_outside_its_organisations(
    org_a, org_b, reporter_b, coordinator
):
    category, place = CategoryFactory(), PlaceFactory()
    for index in range(4):  # usually none; now 4 of A's
        IncidentFactory(
            organisation=org_a,
            category=category,
            place=place,
            occurred_at=timezone.now() - timedelta(days=index, hours=1),
        )
    period = start_page_period()
    [warning] = warnings_for_viewer(period, coordinator)
    assert str(warning.count) == "4" and str(warning.usual) == "0"
    assert warnings_for_viewer(period, reporter_b) == []
