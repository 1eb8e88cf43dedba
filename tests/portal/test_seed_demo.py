"""seed_demo loads Hjo-like demo data, prints the logins, and is idempotent."""

from io import StringIO

import pytest
from django.apps import apps
from django.utils import timezone

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {
            "auth",
            "hjo_safety",
            "bra_council",
            "est_incidents",
            "est_measures",
            "citizen_promises",
            "citizen_tips",
            "safety_statistics",
        }
        and not model._meta.label.startswith("hjo_safety.Historical")
        and "Historical" not in model.__name__
        and model._meta.label != "hjo_safety.DataVersion"  # write counters, not demo content
    }


def test_seeding_again_gives_no_duplicates_prints_logins_and_reset_starts_over(shared_demo):
    # The shared demo was loaded on the empty test database; seed_again holds the clock at that
    # moment (the demo's incidents run up to "now": a reload a minute later may add one).
    first = row_counts()
    out = StringIO()
    shared_demo.seed_again(stdout=out)
    assert row_counts() == first
    shared_demo.seed_again("--reset", stdout=StringIO())
    assert row_counts() == first
    text = out.getvalue()
    assert "strateg" in text and "hjo-demo-2026" in text
    assert first["hjo_safety.Organisation"] >= 10
    assert first["hjo_safety.Membership"] >= 10
    assert first["est_measures.Intervention"] == 4 and first["est_measures.SafetyWalk"] == 1


def test_demo_has_every_role_and_the_police(shared_demo):
    from hjo_safety.models import Membership, Organisation, Role

    roles = set(Membership.objects.values_list("role", flat=True))
    assert roles == {Role.REPORTER, Role.ORG_ADMIN, Role.COORDINATOR}
    assert Organisation.objects.filter(kind=Organisation.Kind.POLICE).exists()


# --- One cast, dates that agree ------------------------------------------------------------

SWEDISH_MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


@pytest.fixture
def demo(shared_demo):
    """The demo, loaded once for this module (tests/conftest.py)."""


def test_the_promise_is_signed_by_the_councils_chair_and_names_each_party_once(demo, client):
    from bra_council.models import CouncilMember
    from citizen_promises.models import CitizenPromise, Party

    chair = CouncilMember.objects.current().get(is_chair=True)
    for promise in CitizenPromise.objects.exclude(signed_on=None):
        signatory = promise.signatories.get(party=Party.MUNICIPALITY)
        assert (signatory.name, signatory.title) == (chair.name, chair.title)
        html = client.get(f"/medborgarloften/{promise.slug}/").content.decode()
        assert f"{chair.name}, {chair.title}, Hjo kommun<" in html
        assert "Hjo kommun, Hjo kommun" not in html


def test_one_community_police_officer_and_one_switchboard_number(demo, client, contact_info):
    from bra_council.models import CouncilMember
    from citizen_promises.models import Party, PromiseContact

    officers = set(CouncilMember.objects.filter(title="Kommunpolis").values_list("name", flat=True))
    officers |= set(
        PromiseContact.objects.filter(title="Kommunpolis").values_list("name", flat=True)
    )
    assert officers == {"Lena Strand"}
    phones = set(
        PromiseContact.objects.filter(party=Party.MUNICIPALITY).values_list("phone", flat=True)
    )
    assert phones == {contact_info.phone} == {"0503-35000"}


def test_the_demo_logins_are_people_of_the_cast(demo):
    from bra_council.models import CouncilMember
    from hjo_safety.models import Membership

    for member in CouncilMember.objects.exclude(user=None).select_related("user"):
        assert member.user.get_full_name() == member.name
        assert Membership.objects.filter(
            user=member.user, organisation=member.organisation
        ).exists()


def test_minutes_speak_only_of_the_past_and_agenda_items_link_the_promise_of_their_year(demo):

    from bra_council.models import AgendaItem

    linked = 0
    for item in AgendaItem.objects.select_related("meeting"):
        meeting_day = timezone.localtime(item.meeting.starts_at).date()
        text = f"{item.minutes} {item.decision}".lower()
        for number, month in enumerate(SWEDISH_MONTHS, start=1):
            if f" {month}" in f" {text}":
                assert number <= meeting_day.month, (item.meeting, item.title, month)
        if item.promise_id:
            linked += 1
            assert item.promise.period_start.year == meeting_day.year, item.title
    assert linked >= 1
