"""The statutory yearly document compares calendar years, not 365-day windows."""

from datetime import date, datetime

import pytest
from django.urls import reverse

from hjo_safety.dates import STOCKHOLM, Period
from tests.est_incidents.disclosed import plain
from tests.est_incidents.factories import IncidentFactory

pytestmark = pytest.mark.django_db


def test_a_calendar_year_shifts_by_calendar_years():
    year = Period(date(2016, 1, 1), date(2016, 12, 31))  # a leap year: 366 days
    assert year.is_calendar_year
    assert year.previous() == Period(date(2015, 1, 1), date(2015, 12, 31))
    assert year.shifted(11) == Period(date(2005, 1, 1), date(2005, 12, 31))
    # Other periods keep their length.
    fortnight = Period(date(2016, 3, 1), date(2016, 3, 14))
    assert not fortnight.is_calendar_year
    assert fortnight.previous() == Period(date(2016, 2, 16), date(2016, 2, 29))


def test_the_document_compares_with_the_previous_calendar_year(client_for, coordinator):
    IncidentFactory(occurred_at=datetime(2025, 1, 2, 12, tzinfo=STOCKHOLM))
    IncidentFactory(occurred_at=datetime(2024, 12, 31, 12, tzinfo=STOCKHOLM))
    IncidentFactory(occurred_at=datetime(2024, 6, 1, 12, tzinfo=STOCKHOLM))
    page = client_for(coordinator).get(reverse("est:statutory_document", args=[2025]))
    text = page.content.decode()
    assert page.status_code == 200
    picture = plain(page.context["picture"])
    assert picture["previous_period"]["start"] == "2024-01-01"
    assert picture["previous_period"]["end"] == "2024-12-31"
    assert picture["vs_previous"]["earlier"] == 2
    assert "Jämfört med föregående kalenderår (2024)" in text
    assert "ett år tidigare" not in text  # the same comparison, not said twice
    # The yearly trend starts where the mapping began (June 2024), not with years of zeros,
    # and says that its first year is only partly mapped.
    assert "Händelser per kalenderår sedan kartläggningen började (juni 2024)" in text
    assert [(p["start"], p["end"]) for p in picture["trend"]] == [
        ("2024-06-01", "2024-12-31"),
        ("2025-01-01", "2025-12-31"),
    ]
    assert [(p["label"], p["sublabel"]) for p in picture["trend"]] == [
        ("2024", "från 1 jun"),
        ("2025", "helår"),
    ]
    assert "Kartläggningen började i juni 2024: 2024 är bara delvis kartlagt." in text
