"""The demo promises: three years for Hjo, follow-ups, one draft; seeding twice changes nothing."""

from io import StringIO

import pytest
from django.utils import timezone

from citizen_promises.models import (
    CitizenPromise,
    FollowUp,
    FollowUpResult,
    PromiseActivity,
    PromiseGoal,
    Survey,
)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def counts():
    return [
        model.objects.count()
        for model in (CitizenPromise, PromiseActivity, FollowUp, FollowUpResult)
    ]


def test_demo_has_three_years_follow_ups_and_a_draft(shared_demo):
    first = counts()
    shared_demo.seed_again(verbosity=0, stdout=StringIO())
    assert counts() == first

    year = timezone.localdate().year
    published = CitizenPromise.objects.published()
    assert sorted(p.period_start.year for p in published) == [year - 2, year - 1, year]
    assert CitizenPromise.objects.exclude(pk__in=published).get().period_start.year == year + 1
    # The safety surveys: one closed with public results, one open; a goal refers to one.
    assert Survey.objects.closed_on().get().responses.count() > 100
    assert Survey.objects.open_on().get().responses.exists()
    assert PromiseGoal.objects.exclude(survey_question="").exists()
    assert CitizenPromise.objects.current().count() == 1
    for promise in published:
        assert promise.activities.exists()
        assert promise.follow_ups.filter(is_published=True).exists()
        assert promise.signatories.count() == 2 and promise.contacts.count() == 2
    texts = " ".join(PromiseActivity.objects.values_list("text", flat=True)).lower()
    for word in ("trygghetsvandring", "est", "trafikkontroll", "grannsamverkan"):
        assert word in texts
    assert PromiseActivity.objects.filter(places__isnull=False).exists()
    # The current promise was revised once after publishing, however often the seed runs.
    assert CitizenPromise.objects.current().get().revisions().count() == 1
