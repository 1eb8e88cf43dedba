"""The personal-data guard on free text beyond the incident form, in the portal and the admin:
refused with a Swedish message that says what was found, and nothing stored."""

from datetime import timedelta

import pytest
from django.utils import timezone

from bra_council.models import AgendaItem
from citizen_promises.models import FollowUp
from est_incidents.models import EstAction, EstMeetingReport
from tests.bra_council.factories import AgendaItemFactory, CouncilMeetingFactory
from tests.citizen_promises.factories import FollowUpFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory, EstMeetingReportFactory
from tests.form_scraper import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(org_a, org_b):
    meeting = EstMeetingFactory(starts_at=timezone.now() + timedelta(days=2))
    meeting.organisations_present.set([org_a, org_b])
    return meeting


def admin_post(client, url, **changes):
    page = client.get(url)
    assert page.status_code == 200
    data = form_data(page.content.decode())
    data.update(changes)
    return client.post(url, data)


def test_email_in_an_est_report_is_refused_in_the_portal(client_for, reporter_a, meeting, org_a):
    url = f"/personal/est-moten/{meeting.pk}/rapport/{org_a.pk}/"
    response = client_for(reporter_a).post(
        url, {"text": "Ring Kalle, kalle@gmail.com, om nycklar."}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "en e-postadress" in page
    assert "texten har inte sparats" in page
    assert not EstMeetingReport.objects.exists()


def test_email_in_an_est_report_is_refused_in_the_admin(client_for, org_admin_a, meeting, org_a):
    report = EstMeetingReportFactory(meeting=meeting, organisation=org_a, text="Lugnt.")
    url = f"/admin/est_incidents/estmeetingreport/{report.pk}/change/"
    response = admin_post(client_for(org_admin_a), url, text="Skriv till kalle@gmail.com")
    assert response.status_code == 200
    assert "en e-postadress" in response.content.decode()
    report.refresh_from_db()
    assert report.text == "Lugnt."
    # the unchanged form is accepted: the refusal is the guard's, not a broken post
    assert admin_post(client_for(org_admin_a), url, text="Lugnt i veckan.").status_code == 302
    report.refresh_from_db()
    assert report.text == "Lugnt i veckan."


def test_phone_in_an_est_action_is_refused_in_the_portal(client_for, coordinator, meeting, org_a):
    response = client_for(coordinator).post(
        f"/personal/est-moten/{meeting.pk}/atgarder/",
        {"what": "Ring 070-123 45 67 om belysningen", "responsible_organisation": org_a.pk},
    )
    assert "ett telefonnummer" in response.content.decode()
    assert not EstAction.objects.exists()


def test_personnummer_in_a_council_decision_is_refused_in_the_admin(client_for, coordinator):
    item = AgendaItemFactory(meeting=CouncilMeetingFactory(), title="Trygghetsvandring")
    url = f"/admin/bra_council/agendaitem/{item.pk}/change/"
    client = client_for(coordinator)
    response = admin_post(client, url, decision="Bidrag till 19811218-9876 beviljas.")
    assert response.status_code == 200
    assert "ett personnummer" in response.content.decode()
    assert AgendaItem.objects.get(pk=item.pk).decision == ""
    # Office holders are named on purpose in council texts: no refusal, no warning on names.
    response = admin_post(client, url, decision="Anna Berg, kommunpolis, ansvarar.")
    assert response.status_code == 302
    assert AgendaItem.objects.get(pk=item.pk).decision == "Anna Berg, kommunpolis, ansvarar."


def test_phone_in_a_follow_up_is_refused_in_the_admin(client_for, coordinator):
    follow_up = FollowUpFactory(summary="Arbetet går enligt plan.")
    url = f"/admin/citizen_promises/followup/{follow_up.pk}/change/"
    response = admin_post(
        client_for(coordinator), url, summary="Frågor? Ring Lisa på 070-123 45 67."
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "ett telefonnummer" in page
    assert "texten har inte sparats" in page
    assert FollowUp.objects.get(pk=follow_up.pk).summary == "Arbetet går enligt plan."
