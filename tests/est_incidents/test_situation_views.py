"""/personal/lagesbild/: aggregates are shared with every organisation, details are not."""

from datetime import timedelta

import pytest
from django.utils import timezone

from est_incidents.services import mark_meeting_held
from tests.est_incidents.disclosed import plain
from tests.est_incidents.factories import IncidentFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = pytest.mark.django_db

URL = "/personal/lagesbild/"


@pytest.fixture
def incidents_of_a(org_a):
    return IncidentFactory.create_batch(
        3, organisation=org_a, description="Hemlig detalj om händelsen"
    )


def test_anonymous_goes_to_login_and_outsider_is_refused(client_for, outsider):
    response = client_for(None).get(URL)
    assert response.status_code == 302 and response.url.startswith("/konto/logga-in/")
    assert client_for(outsider).get(URL).status_code == 403


def test_other_organisation_sees_the_counts_but_no_details(client_for, reporter_b, incidents_of_a):
    response = client_for(reporter_b).get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    # Three incidents of another organisation: shared, but as "färre än 5" (issue 11, point 4)
    assert plain(response.context["picture"])["total"] is None
    assert "färre än 5" in html
    assert "Hemlig detalj" not in html
    for incident in incidents_of_a:
        assert f"/personal/handelser/{incident.pk}/" not in html
    # 1–4 incidents of other organisations: no breakdown at all (issue 21, point A4)
    assert plain(response.context["picture"])["by_organisation"] == []


def test_charts_have_data_tables_and_no_inline_styles(client_for, reporter_a, incidents_of_a):
    html = client_for(reporter_a).get(URL).content.decode()
    for chart in ("live-trend", "live-categories", "live-places", "live-weekhour", "live-police"):
        assert f'data-chart="{chart}"' in html
    assert html.count("<svg") >= 6
    assert "style=" not in html
    assert "<script>" not in html
    assert 'id="situation-points"' in html


def test_default_period_is_since_the_last_held_meeting(client_for, reporter_a):
    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(days=5))
    mark_meeting_held(meeting, acting_user=None)
    period = client_for(reporter_a).get(URL).context["period"]
    assert period.start == timezone.localdate(meeting.starts_at)
    assert period.end == timezone.localdate()


def test_default_period_without_meetings_is_the_last_14_days(client_for, reporter_a):
    period = client_for(reporter_a).get(URL).context["period"]
    assert period.days == 14 and period.end == timezone.localdate()


def test_filters_and_a_bad_period(client_for, reporter_a, incidents_of_a):
    client = client_for(reporter_a)
    today = timezone.localdate()
    response = client.get(URL, {"start": today - timedelta(days=2), "end": today})
    assert response.context["period"].days == 3
    response = client.get(URL, {"start": today, "end": today - timedelta(days=3)})
    assert "Slutdatumet är före startdatumet" in response.content.decode()
    response = client.get(URL, {"organisation": incidents_of_a[0].organisation_id})
    assert plain(response.context["picture"])["total"] == 3


def test_staff_nav_links_the_picture_and_meetings(client_for, reporter_a):
    html = client_for(reporter_a).get("/personal/").content.decode()
    assert 'href="/personal/lagesbild/"' in html
    assert 'href="/personal/est-moten/"' in html


# --- One vocabulary for periods (issue 13, D10) ----------------------------------------------


@pytest.mark.parametrize(
    "query", ["?fran=2026-01-01&till=2026-03-31", "?start=2026-01-01&end=2026-03-31"]
)
def test_situation_picture_reads_fran_till_and_old_start_end_links(client_for, reporter_a, query):
    response = client_for(reporter_a).get("/personal/lagesbild/" + query)
    assert response.status_code == 200
    period = response.context["period"]
    assert (str(period.start), str(period.end)) == ("2026-01-01", "2026-03-31")
    html = response.content.decode()
    assert 'name="fran"' in html and 'name="till"' in html and 'name="start"' not in html


def test_situation_category_filter_groups_subcategories_under_their_main_category(
    client_for, reporter_a, est_reference_data
):
    from est_incidents.models import Category

    response = client_for(reporter_a).get("/personal/lagesbild/")
    choices = [str(c) for c in response.context["form"].fields["category"].queryset]
    assert choices == [str(c) for c in Category.objects.in_tree_order()]
    assert len(choices) > 5
    for index, category in enumerate(response.context["form"].fields["category"].queryset):
        if category.parent_id:
            earlier = list(response.context["form"].fields["category"].queryset)[:index]
            assert category.parent in earlier
