"""Fixtures of the citizen tip tests: a clean rate-limit cache and valid form data."""

import time

import pytest
from django.core.cache import caches

from citizen_tips.forms import started_value


@pytest.fixture(autouse=True)
def clean_rate_limit():
    caches["throttle"].clear()
    yield
    caches["throttle"].clear()


@pytest.fixture
def tip_data():
    """``tip_data(**changes)``: a valid tip form, shown a minute ago (None drops a field)."""

    def data(**changes):
        values = {
            "started": started_value(time.time() - 60),
            "webbplats": "",
            "place": "",
            "place_description": "Gångtunneln under järnvägen",
            "latitude": "",
            "longitude": "",
            "kind": "lighting",
            "time_of_day": "evening",
            "text": "Belysningen i tunneln är trasig, det är helt mörkt efter klockan 17.",
            "email": "",
        }
        values.update(changes)
        return {key: value for key, value in values.items() if value is not None}

    return data
