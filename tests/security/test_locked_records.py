"""Issue 11, point 5: a held EST meeting's reports and approved council minutes are locked in the
portal, the admin, the model and the database (a raw ``.update()`` fails)."""

import pytest
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone

from bra_council.models import AgendaItem, CouncilMeeting
from bra_council.services import correct_minutes
from est_incidents.models import EstMeeting, EstMeetingReport
from tests.bra_council.factories import AgendaItemFactory, CouncilMeetingFactory
from tests.est_incidents.meeting_factories import EstMeetingFactory, EstMeetingReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def held_report(org_a):
    meeting = EstMeetingFactory()
    report = EstMeetingReportFactory(meeting=meeting, organisation=org_a, text="Som vid mötet.")
    EstMeeting.objects.filter(pk=meeting.pk).update(
        status=EstMeeting.Status.HELD, frozen_picture={}, picture_computed_at=timezone.now()
    )
    report.meeting.refresh_from_db()
    return report


def test_admin_cannot_rewrite_a_report_of_a_held_meeting(client_for, org_admin_a, held_report):
    client = client_for(org_admin_a)
    url = f"/admin/est_incidents/estmeetingreport/{held_report.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="text"' not in page.content.decode()  # read-only
    response = client.post(
        url, {"text": "Omskriven efteråt.", "organisation": held_report.organisation_id}
    )
    assert response.status_code == 403
    delete = client.post(
        f"/admin/est_incidents/estmeetingreport/{held_report.pk}/delete/", {"post": "yes"}
    )
    assert delete.status_code == 403
    held_report.refresh_from_db()
    assert held_report.text == "Som vid mötet."


def test_model_refuses_to_change_a_report_of_a_held_meeting(held_report):
    held_report.text = "Omskriven efteråt."
    with pytest.raises(ValidationError):
        held_report.full_clean()
    with pytest.raises(ValidationError):
        held_report.save()
    held_report.refresh_from_db()
    assert held_report.text == "Som vid mötet."


def test_database_refuses_a_raw_update_of_a_report_of_a_held_meeting(held_report):
    with pytest.raises(DatabaseError, match="genomfört"), transaction.atomic():
        EstMeetingReport.objects.filter(pk=held_report.pk).update(text="Omskriven efteråt.")
    with pytest.raises(DatabaseError), transaction.atomic():
        EstMeetingReport.objects.filter(pk=held_report.pk).delete()
    held_report.refresh_from_db()
    assert held_report.text == "Som vid mötet."


def test_database_still_lets_a_planned_meetings_report_change(org_a):
    report = EstMeetingReportFactory(organisation=org_a)
    EstMeetingReport.objects.filter(pk=report.pk).update(text="Ny text.")
    report.refresh_from_db()
    assert report.text == "Ny text."


def test_database_refuses_a_raw_update_of_approved_minutes(coordinator):
    meeting = CouncilMeetingFactory(approved=True)
    item = AgendaItemFactory(meeting=meeting, minutes="Beslutades enligt förslag.")
    CouncilMeeting.objects.filter(pk=meeting.pk).update(status="minutes_approved")
    with pytest.raises(DatabaseError, match="justerat"), transaction.atomic():
        AgendaItem.objects.filter(pk=item.pk).update(minutes="Något annat.")
    with pytest.raises(DatabaseError), transaction.atomic():
        AgendaItem.objects.filter(pk=item.pk).delete()
    with pytest.raises(DatabaseError), transaction.atomic():
        CouncilMeeting.objects.filter(pk=meeting.pk).update(status="held")
    item.refresh_from_db()
    assert item.minutes == "Beslutades enligt förslag."
    # A recorded correction still goes through.
    correct_minutes(
        item=item,
        minutes="Rättad text.",
        decision=item.decision,
        reason="Stavfel",
        acting_user=coordinator,
    )
    item.refresh_from_db()
    assert item.minutes == "Rättad text."
