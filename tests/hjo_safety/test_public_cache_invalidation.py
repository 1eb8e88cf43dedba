"""Cached council and promise pages: a coordinator's publish or unpublish, in the admin or by a
signature, is visible at once to an anonymous reader (the shared cache is emptied on commit)."""

import pytest
from django.test import Client
from django.urls import reverse

from bra_council import services
from bra_council.models import MeetingStatus, SignatureRole
from tests.bra_council.factories import (
    AgendaItemFactory,
    AttendanceFactory,
    CouncilMeetingFactory,
    CouncilMemberFactory,
)
from tests.citizen_promises.factories import CitizenPromiseFactory

pytestmark = pytest.mark.django_db

PROMISES = "/medborgarloften/"
PROMISE_ACTIONS = "/admin/citizen_promises/citizenpromise/"
MEETING_ACTIONS = reverse("admin:bra_council_councilmeeting_changelist")


@pytest.fixture
def caching(settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60


@pytest.fixture
def reader():
    return Client()


def test_public_pages_are_served_from_the_cache(caching, reader, django_assert_num_queries):
    promise = CitizenPromiseFactory(published=True, title="Tryggare torg")
    meeting = CouncilMeetingFactory()
    AgendaItemFactory(meeting=meeting, title="Trygghetsvandring")
    for path in [
        "/bra/",
        f"/bra/moten/{meeting.pk}/",
        "/bra/moten.ics",
        PROMISES,
        promise.get_absolute_url(),
        "/medborgarloften/flode/",
    ]:
        first = reader.get(path)
        assert first.status_code == 200, path
        with django_assert_num_queries(2):  # the shared data version and the cache row
            assert reader.get(path).content == first.content


def test_publishing_and_unpublishing_a_promise_shows_at_once(
    caching, reader, client_for, coordinator, django_capture_on_commit_callbacks
):
    draft = CitizenPromiseFactory(title="Lugnare hamn")
    assert "Lugnare hamn" not in reader.get(PROMISES).content.decode()  # now cached
    assert reader.get(draft.get_absolute_url()).status_code == 404
    admin = client_for(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(PROMISE_ACTIONS, {"action": "publish", "_selected_action": [draft.pk]})
    assert "Lugnare hamn" in reader.get(PROMISES).content.decode()
    assert reader.get(draft.get_absolute_url()).status_code == 200  # now cached
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(PROMISE_ACTIONS, {"action": "unpublish", "_selected_action": [draft.pk]})
    assert "Lugnare hamn" not in reader.get(PROMISES).content.decode()
    assert reader.get(draft.get_absolute_url()).status_code == 404


def test_publishing_a_council_agenda_shows_at_once(
    caching, reader, client_for, coordinator, django_capture_on_commit_callbacks
):
    meeting = CouncilMeetingFactory(status=MeetingStatus.PLANNED, place="Rum Vättern")
    AgendaItemFactory(meeting=meeting, title="Belysning i gångtunneln")
    assert "Rum Vättern" not in reader.get("/bra/").content.decode()
    assert reader.get(f"/bra/moten/{meeting.pk}/").status_code == 404
    admin = client_for(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(
            MEETING_ACTIONS,
            {"action": "publish_agenda", "_selected_action": [meeting.pk], "confirm": "yes"},
        )
    assert "Rum Vättern" in reader.get("/bra/").content.decode()
    assert "Belysning i gångtunneln" in reader.get(f"/bra/moten/{meeting.pk}/").content.decode()
    assert "Rum Vättern" in reader.get("/bra/moten.ics").content.decode()


def test_editing_a_published_meeting_in_the_admin_shows_at_once(
    caching, reader, client_for, coordinator, django_capture_on_commit_callbacks
):
    meeting = CouncilMeetingFactory(public_notes="Välkommen!")
    AgendaItemFactory(meeting=meeting)
    page = f"/bra/moten/{meeting.pk}/"
    assert "Välkommen!" in reader.get(page).content.decode()
    admin = client_for(coordinator)
    url = reverse("admin:bra_council_councilmeeting_change", args=[meeting.pk])
    form = admin.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data |= {
        "starts_at_0": meeting.starts_at.astimezone().strftime("%Y-%m-%d"),
        "starts_at_1": meeting.starts_at.astimezone().strftime("%H:%M"),
        "ends_at_0": meeting.ends_at.astimezone().strftime("%Y-%m-%d"),
        "ends_at_1": meeting.ends_at.astimezone().strftime("%H:%M"),
        "public_notes": "Mötet flyttas till biblioteket.",
    }
    for formset in admin.get(url).context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management[name].value()
        for index, item_form in enumerate(formset.formset.forms):
            for name in item_form.fields:
                value = item_form[name].value()
                if value not in (None, False):
                    data[f"{formset.formset.prefix}-{index}-{name}"] = value
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url, data)
    assert response.status_code == 302, response.context and response.context.get("errors")
    assert "Mötet flyttas till biblioteket." in reader.get(page).content.decode()


def test_approved_minutes_show_at_once(
    caching, reader, coordinator, django_capture_on_commit_callbacks
):
    chair = CouncilMemberFactory(is_chair=True, name="Ordförande Olsson")
    adjuster = CouncilMemberFactory(name="Justerare Jansson")
    meeting = CouncilMeetingFactory(past=True, adjuster=adjuster)
    AgendaItemFactory(meeting=meeting, minutes="Rådet beslutade om fler kvällsvandringar.")
    AttendanceFactory(meeting=meeting, member=chair)
    AttendanceFactory(meeting=meeting, member=adjuster)
    page = f"/bra/moten/{meeting.pk}/"
    assert "fler kvällsvandringar" not in reader.get(page).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        for role in (SignatureRole.CHAIR, SignatureRole.ADJUSTER):
            services.sign_minutes(meeting=meeting, role=role, acting_user=coordinator)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.MINUTES_APPROVED
    assert "fler kvällsvandringar" in reader.get(page).content.decode()
