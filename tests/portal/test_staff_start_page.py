"""The staff start page (``portal/start_pages.py``) keeps its costly part per viewer; whether the
viewer moderates citizens' tips is part of that key, asked of citizen_tips by the portal (the
core's ``viewer_key`` knows nothing of tips)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from citizen_tips.models import CitizenTip
from tests.citizen_tips.factories import CitizenTipFactory, TipModeratorFactory

pytestmark = pytest.mark.django_db

START = reverse("staff_home")
FORWARDED = "Tips som skickats till er"


def test_an_organisation_appointed_to_moderate_tips_sees_the_moderators_start_page_at_once(
    client_for, reporter_a, org_a
):
    """Moderators get no forwarded-tips list (they have the menu link to every tip). Appointing
    an organisation writes no table the data version follows, so the kept part must be keyed on
    the flag itself."""
    CitizenTipFactory(
        state=CitizenTip.State.FORWARDED, forwarded_to=org_a, moderated_at=timezone.now()
    )
    client = client_for(reporter_a)
    assert FORWARDED in client.get(START).content.decode()
    TipModeratorFactory(organisation=org_a)
    page = client.get(START).content.decode()
    assert FORWARDED not in page
    assert reverse("tips:staff_list") in page  # the staff menu's link to every tip
