"""Swedish writes month abbreviations in lower case: "28 nov", never "28 Nov" or "27 Okt"."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from tests.est_incidents.meeting_factories import EstMeetingFactory

pytestmark = pytest.mark.django_db

CAPITALISED_MONTH = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|Maj|Jun|Jul|Aug|Sep|Okt|Nov|Dec)\b")


def test_meeting_list_writes_month_abbreviations_in_lower_case(client_for, coordinator):
    EstMeetingFactory(
        starts_at=datetime(2026, 12, 1, 9, tzinfo=ZoneInfo("Europe/Stockholm")),
        period_start=date(2026, 10, 27),
        period_end=date(2026, 11, 28),
    )
    html = client_for(coordinator).get(reverse("est:meeting_list")).content.decode()
    assert "27 okt – 28 nov 2026" in html
    assert not CAPITALISED_MONTH.search(html)


def test_no_template_formats_dates_with_capitalised_abbreviations():
    """Django's ``M`` title-cases the abbreviation ("Okt"); ``b`` keeps Swedish lower case."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    offenders = []
    templates = [*root.glob("templates/**/*.html"), *root.glob("*/templates/**/*.html")]
    for template in templates:
        if ".venv" in template.parts or "node_modules" in template.parts:
            continue
        for match in re.finditer(r"""date:["']([^"']*)["']""", template.read_text("utf-8")):
            if "M" in match.group(1) or "N" in match.group(1):
                offenders.append(f"{template.relative_to(root)}: {match.group(0)}")
    assert not offenders, offenders
