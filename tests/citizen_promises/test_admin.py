"""The promise admin: only coordinators draft, edit and publish; published text changes need a
recorded revision, which citizens see as "Ändrad <datum>"."""

from datetime import date

import pytest
from django.test import Client
from django.utils import formats, timezone
from pytest_django.asserts import assertContains, assertNotContains

from citizen_promises.models import CitizenPromise, FollowUp, PromiseActivity
from tests.citizen_promises.factories import (
    CitizenPromiseFactory,
    FollowUpFactory,
    PromiseActivityFactory,
    PromiseGoalFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/citizen_promises/citizenpromise/"
ADD = CHANGELIST + "add/"


def change_url(promise):
    return f"{CHANGELIST}{promise.pk}/change/"


def _encode(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def form_data(response, **overrides):
    """The POST data a browser would send for an admin change form as rendered (inlines too)."""
    data = {}

    def put(bound_field):
        value = bound_field.value()
        if value is False:
            return
        data[bound_field.html_name] = "on" if value is True else _encode(value)

    for bound_field in response.context["adminform"].form:
        put(bound_field)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for bound_field in formset.management_form:
            put(bound_field)
        for form in formset.forms:
            for bound_field in form:
                put(bound_field)
    data.update(overrides)
    return data


def new_promise_data(client, **overrides):
    response = client.get(ADD)
    assert response.status_code == 200
    data = form_data(
        response,
        title="Medborgarlöfte för Hjo 2027",
        slug="medborgarlofte-hjo-2027",
        period_start="2027-01-01",
        period_end="2027-12-31",
        background="Fler vill känna sig trygga i centrum.",
        **{"goals-0-text": "Tryggare kvällar i centrum.", "goals-0-position": "1"},
    )
    data.update(overrides)
    return data


# --- Who may use it -------------------------------------------------------------------------


def test_coordinator_drafts_a_promise_in_the_admin(client_for, coordinator):
    client = client_for(coordinator)
    assert client.get(CHANGELIST).status_code == 200
    response = client.post(ADD, new_promise_data(client))
    assert response.status_code == 302, response.context["adminform"].form.errors
    promise = CitizenPromise.objects.get(slug="medborgarlofte-hjo-2027")
    assert promise.status == CitizenPromise.Status.DRAFT
    assert promise.published_at is None
    assert [goal.text for goal in promise.goals.all()] == ["Tryggare kvällar i centrum."]


@pytest.mark.parametrize("who", ["org_admin_a", "reporter_a", "outsider"])
def test_others_cannot_see_add_or_change_promises(client_for, coordinator, request, who):
    promise = CitizenPromiseFactory(published=True, title="Oförändrat löfte")
    follow_up = FollowUpFactory(promise=promise)
    data = new_promise_data(client_for(coordinator))
    client = client_for(request.getfixturevalue(who))
    expected = 403 if who == "org_admin_a" else 302  # admin admits org admins, not reporters
    for url in (
        CHANGELIST,
        ADD,
        change_url(promise),
        f"/admin/citizen_promises/followup/{follow_up.pk}/change/",
    ):
        response = client.get(url)
        assert response.status_code == expected, url
        if expected == 302:
            assert "/admin/" not in response["Location"] or "login" in response["Location"]
    assert client.post(ADD, data).status_code == expected
    assert client.post(change_url(promise), {**data, "title": "Ändrat"}).status_code == expected
    assert (
        client.post(
            CHANGELIST, {"action": "unpublish", "_selected_action": [promise.pk]}
        ).status_code
        == expected
    )
    promise.refresh_from_db()
    assert promise.title == "Oförändrat löfte"
    assert promise.is_public
    assert CitizenPromise.objects.count() == 1


def test_org_admin_does_not_see_promises_on_the_admin_index(client_for, org_admin_a):
    response = client_for(org_admin_a).get("/admin/")
    assert response.status_code == 200
    assertNotContains(response, "/admin/citizen_promises/")


def test_coordinator_sees_promises_on_the_admin_index(client_for, coordinator):
    assertContains(
        client_for(coordinator).get("/admin/"), "/admin/citizen_promises/citizenpromise/"
    )


# --- Publishing through actions -------------------------------------------------------------


def test_publish_and_unpublish_actions(client_for, coordinator):
    draft = CitizenPromiseFactory()
    admin = client_for(coordinator)
    admin.post(CHANGELIST, {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == CitizenPromise.Status.PUBLISHED and draft.published_at
    assert Client().get(draft.get_absolute_url()).status_code == 200

    admin.post(CHANGELIST, {"action": "unpublish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == CitizenPromise.Status.DRAFT and draft.published_at is None
    assert Client().get(draft.get_absolute_url()).status_code == 404


def test_follow_up_and_archive_actions_refuse_drafts(client_for, coordinator):
    draft = CitizenPromiseFactory()
    published = CitizenPromiseFactory(published=True)
    client = client_for(coordinator)
    response = client.post(
        CHANGELIST,
        {"action": "archive", "_selected_action": [draft.pk, published.pk]},
        follow=True,
    )
    assertContains(response, "publicera det först")
    draft.refresh_from_db()
    published.refresh_from_db()
    assert draft.status == CitizenPromise.Status.DRAFT
    assert published.status == CitizenPromise.Status.ARCHIVED


def test_status_cannot_be_typed_in_the_change_form(client_for, coordinator):
    draft = CitizenPromiseFactory()
    client = client_for(coordinator)
    data = form_data(client.get(change_url(draft)), status="published")
    assert client.post(change_url(draft), data).status_code == 302
    draft.refresh_from_db()
    assert draft.status == CitizenPromise.Status.DRAFT


# --- Revisions of a published promise -------------------------------------------------------


def swedish_date(value):
    return formats.date_format(timezone.localtime(value), "j F Y")


def test_published_text_changes_only_with_a_revision_note(client_for, coordinator):
    promise = CitizenPromiseFactory(published=True, background="Gammal bakgrund.")
    admin = client_for(coordinator)
    data = form_data(admin.get(change_url(promise)), background="Ny bakgrund.")

    refused = admin.post(change_url(promise), data)
    assert refused.status_code == 200
    assertContains(refused, "Skriv i fältet ”Ändringsanledning”")
    promise.refresh_from_db()
    assert promise.background == "Gammal bakgrund."
    assertNotContains(Client().get(promise.get_absolute_url()), "Ändrad")

    data["revision_note"] = "Bakgrunden uppdaterades med nya siffror."
    assert admin.post(change_url(promise), data).status_code == 302
    promise.refresh_from_db()
    assert promise.background == "Ny bakgrund."
    revision = promise.revisions().get()
    assert revision.history_change_reason == "Bakgrunden uppdaterades med nya siffror."
    assert revision.history_user == coordinator

    page = Client().get(promise.get_absolute_url())
    assertContains(page, f"Ändrad {swedish_date(revision.history_date)}")
    assertContains(page, "Bakgrunden uppdaterades med nya siffror.")


def test_inline_text_changes_of_a_published_promise_need_a_note(client_for, coordinator):
    promise = CitizenPromiseFactory(published=True)
    PromiseGoalFactory(promise=promise, text="Gammalt mål", position=1)
    activity = PromiseActivityFactory(promise=promise, target="minst 10 kontroller", position=1)
    admin = client_for(coordinator)
    page = admin.get(change_url(promise))

    refused = admin.post(change_url(promise), form_data(page, **{"activities-0-target": "minst 5"}))
    assert refused.status_code == 200
    activity.refresh_from_db()
    assert activity.target == "minst 10 kontroller"

    refused = admin.post(change_url(promise), form_data(page, **{"goals-0-DELETE": "on"}))
    assert refused.status_code == 200
    assert promise.goals.count() == 1

    accepted = admin.post(
        change_url(promise),
        form_data(page, **{"activities-0-target": "minst 12", "revision_note": "Målet höjdes."}),
    )
    assert accepted.status_code == 302
    activity.refresh_from_db()
    assert activity.target == "minst 12"
    assertContains(Client().get(promise.get_absolute_url()), "Ändrad")


def test_reporting_progress_needs_no_revision(client_for, coordinator):
    promise = CitizenPromiseFactory(published=True)
    activity = PromiseActivityFactory(promise=promise, status=PromiseActivity.Status.ONGOING)
    admin = client_for(coordinator)
    data = form_data(
        admin.get(change_url(promise)),
        **{"activities-0-status": "done", "activities-0-outcome": "Klart i maj."},
    )
    assert admin.post(change_url(promise), data).status_code == 302
    activity.refresh_from_db()
    assert activity.status == PromiseActivity.Status.DONE
    assert not promise.revisions().exists()
    assertNotContains(Client().get(promise.get_absolute_url()), "Ändrad")


def test_drafts_are_edited_freely(client_for, coordinator):
    draft = CitizenPromiseFactory(background="Första utkastet.")
    admin = client_for(coordinator)
    data = form_data(admin.get(change_url(draft)), background="Andra utkastet.")
    assert admin.post(change_url(draft), data).status_code == 302
    draft.refresh_from_db()
    assert draft.background == "Andra utkastet."
    draft.publish()
    assert not draft.revisions().exists()


def test_changes_before_publishing_are_not_shown_as_revisions(client_for, coordinator):
    promise = CitizenPromiseFactory()
    promise._change_reason = "Ändrat under utkastet"
    promise.save()
    promise.publish()
    assertNotContains(Client().get(promise.get_absolute_url()), "Ändrad")


# --- Follow-ups -----------------------------------------------------------------------------


def test_follow_up_results_offer_only_the_promise_activities(client_for, coordinator):
    promise = CitizenPromiseFactory(published=True)
    own = PromiseActivityFactory(promise=promise, text="Egen aktivitet")
    PromiseActivityFactory(text="Annat löftes aktivitet")
    follow_up = FollowUpFactory(promise=promise, date=date(2026, 7, 1))
    response = client_for(coordinator).get(
        f"/admin/citizen_promises/followup/{follow_up.pk}/change/"
    )
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    choices = list(formset.empty_form.fields["activity"].queryset)
    assert choices == [own]


def test_follow_up_publish_actions(client_for, coordinator):
    follow_up = FollowUpFactory(promise=CitizenPromiseFactory(published=True), is_published=False)
    client = client_for(coordinator)
    client.post(
        "/admin/citizen_promises/followup/",
        {"action": "publish", "_selected_action": [follow_up.pk]},
    )
    follow_up.refresh_from_db()
    assert follow_up.is_published
    assert FollowUp.objects.published().get() == follow_up
