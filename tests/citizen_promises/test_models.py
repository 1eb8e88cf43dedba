"""Promise querysets (published, current, visible_to), status rules, constraints and progress."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from citizen_promises.models import CitizenPromise, Progress, PromiseActivity
from tests.citizen_promises.factories import (
    CitizenPromiseFactory,
    FollowUpFactory,
    PromiseActivityFactory,
)
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

Status = CitizenPromise.Status
A = PromiseActivity.Status


def test_published_excludes_drafts_and_includes_every_public_status():
    draft = CitizenPromiseFactory()
    public = [
        CitizenPromiseFactory(status=status, published_at=timezone.now())
        for status in (Status.PUBLISHED, Status.FOLLOWED_UP, Status.ARCHIVED)
    ]
    assert set(CitizenPromise.objects.published()) == set(public)
    assert draft not in CitizenPromise.objects.published()


def test_current_is_published_and_covers_today():
    today = date(2026, 6, 15)
    current = CitizenPromiseFactory(
        published=True, period_start=date(2026, 1, 1), period_end=date(2026, 12, 31)
    )
    CitizenPromiseFactory(
        published=True, period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)
    )
    CitizenPromiseFactory(period_start=date(2026, 1, 1), period_end=date(2026, 12, 31))  # draft
    assert list(CitizenPromise.objects.current(today)) == [current]
    # The last day still counts.
    assert list(CitizenPromise.objects.current(date(2026, 12, 31))) == [current]


def test_visible_to_citizens_staff_and_coordinators(reporter_a, org_admin_a, coordinator, outsider):
    draft = CitizenPromiseFactory()
    published = CitizenPromiseFactory(published=True)
    for user in (None, outsider, reporter_a, org_admin_a):
        from django.contrib.auth.models import AnonymousUser

        assert list(CitizenPromise.objects.visible_to(user or AnonymousUser())) == [published]
    assert set(CitizenPromise.objects.visible_to(coordinator)) == {draft, published}


def test_only_published_promises_are_published_and_they_have_an_address():
    draft = CitizenPromiseFactory()
    published = CitizenPromiseFactory(published=True)
    assert list(CitizenPromise.objects.published()) == [published]
    assert draft not in CitizenPromise.objects.published()
    assert published.get_absolute_url() == f"/medborgarloften/{published.slug}/"


def test_publish_and_unpublish():
    promise = CitizenPromiseFactory()
    promise.publish()
    promise.refresh_from_db()
    assert promise.status == Status.PUBLISHED and promise.published_at is not None
    first_published_at = promise.published_at
    promise.publish()  # already public: nothing moves
    promise.refresh_from_db()
    assert promise.published_at == first_published_at
    promise.unpublish()
    promise.refresh_from_db()
    assert promise.status == Status.DRAFT and promise.published_at is None
    assert not CitizenPromise.objects.published().exists()


def test_follow_up_and_archive_need_a_published_promise():
    draft = CitizenPromiseFactory()
    with pytest.raises(ValidationError):
        draft.set_public_status(Status.ARCHIVED)
    promise = CitizenPromiseFactory(published=True)
    promise.set_public_status(Status.FOLLOWED_UP)
    promise.refresh_from_db()
    assert promise.status == Status.FOLLOWED_UP
    assert promise in CitizenPromise.objects.published()


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "nonsense"},
        {"status": Status.PUBLISHED, "published_at": None},
        {"period_start": date(2026, 12, 31), "period_end": date(2026, 1, 1)},
    ],
)
def test_database_refuses_invalid_promises(fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        CitizenPromiseFactory(**fields)


def test_slug_is_unique():
    CitizenPromiseFactory(slug="medborgarlofte-2026")
    with pytest.raises(IntegrityError), transaction.atomic():
        CitizenPromiseFactory(slug="medborgarlofte-2026")


def test_reserved_slug_is_refused_by_validation():
    promise = CitizenPromiseFactory.build(slug="flode")
    with pytest.raises(ValidationError) as excinfo:
        promise.full_clean()
    assert "slug" in excinfo.value.message_dict


def test_activity_with_named_organisation_needs_one():
    promise = CitizenPromiseFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        PromiseActivityFactory(
            promise=promise, responsible=PromiseActivity.Responsible.ORGANISATION
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        PromiseActivityFactory(promise=promise, status="halfway")
    activity = PromiseActivityFactory.build(
        promise=promise, responsible=PromiseActivity.Responsible.ORGANISATION
    )
    with pytest.raises(ValidationError) as excinfo:
        activity.full_clean()
    assert "organisation" in excinfo.value.message_dict


def test_activity_responsible_label_names_the_organisation():
    organisation = OrganisationFactory(
        name="Nattvandrarna i Hjo (test)", short_name="Nattvandrarna"
    )
    activity = PromiseActivityFactory(
        responsible=PromiseActivity.Responsible.ORGANISATION, organisation=organisation
    )
    assert activity.responsible_label == "Nattvandrarna"
    assert PromiseActivityFactory(responsible="police").responsible_label == "Polisen"


@pytest.mark.parametrize(
    ("statuses", "done", "total", "percent"),
    [
        ([], 0, 0, 0),
        ([A.PLANNED], 0, 1, 0),
        ([A.DONE, A.ONGOING, A.NOT_DONE], 1, 3, 33),
        ([A.DONE, A.DONE, A.PLANNED], 2, 3, 67),
        ([A.DONE, A.DONE], 2, 2, 100),
    ],
)
def test_progress_is_the_share_of_activities_done(statuses, done, total, percent):
    promise = CitizenPromiseFactory(published=True)
    for status in statuses:
        PromiseActivityFactory(promise=promise, status=status)
    progress = Progress.of(promise.activities.all())
    assert (progress.done, progress.total, progress.percent) == (done, total, percent)
    # The database annotation used by the list pages agrees with the Python computation.
    annotated = CitizenPromise.objects.with_progress().get(pk=promise.pk)
    assert Progress(annotated.done_count, annotated.activity_count) == progress


def test_with_progress_does_not_multiply_counts_over_follow_ups():
    promise = CitizenPromiseFactory(published=True)
    PromiseActivityFactory(promise=promise, status=A.DONE)
    PromiseActivityFactory(promise=promise, status=A.PLANNED)
    FollowUpFactory(promise=promise)
    FollowUpFactory(promise=promise, date=promise.period_start + timedelta(days=200))
    annotated = CitizenPromise.objects.with_progress().get(pk=promise.pk)
    assert (annotated.done_count, annotated.activity_count) == (1, 2)


def test_follow_ups_published_only_when_the_promise_is():
    draft = CitizenPromiseFactory()
    hidden = FollowUpFactory(promise=draft, is_published=True)
    promise = CitizenPromiseFactory(published=True)
    shown = FollowUpFactory(promise=promise, is_published=True)
    FollowUpFactory(promise=promise, is_published=False)
    from citizen_promises.models import FollowUp

    assert list(FollowUp.objects.published()) == [shown]
    assert hidden not in FollowUp.objects.published()


def test_str_and_ordering():
    older = CitizenPromiseFactory(
        title="Löfte 2025", period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)
    )
    newer = CitizenPromiseFactory(
        title="Löfte 2026", period_start=date(2026, 1, 1), period_end=date(2026, 12, 31)
    )
    assert str(newer) == "Löfte 2026"
    assert list(CitizenPromise.objects.all()) == [newer, older]
