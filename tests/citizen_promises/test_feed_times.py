"""The Atom feed never dates anything in the future (feed readers sort and hide by it)."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from tests.citizen_promises.factories import CitizenPromiseFactory, FollowUpFactory
from tests.citizen_promises.test_feed import ATOM, parse_feed

pytestmark = pytest.mark.django_db


def test_updated_times_are_never_in_the_future(client):
    promise = CitizenPromiseFactory(published=True)
    today = timezone.localdate()
    # A follow-up dated today is stamped at noon: before noon that would be in the future.
    FollowUpFactory(promise=promise, date=today)
    FollowUpFactory(promise=promise, date=today + timedelta(days=3))
    root, entries = parse_feed(client)
    after = timezone.now()
    times = [datetime.fromisoformat(e["updated"]) for e in entries]
    times.append(datetime.fromisoformat(root.findtext(f"{ATOM}updated")))
    assert len(entries) == 3
    assert all(when <= after for when in times), times
