"""The bench loader fills every table with set-based SQL, with realistic skew, at a tiny scale."""

import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.db import connection
from django.db.models import Count, F
from django.test.utils import CaptureQueriesContext

from bench import load_data
from est_incidents.models import HJO_BOUNDS, Incident, Place
from hjo_safety.models import Membership, Organisation, Role
from tests.conftest import module_transaction

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

SCALE = 0.0005  # 500 incidents


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """The bench set loaded once for the module (the tests only read it)."""
    with module_transaction(django_db_blocker):
        with django_db_blocker.unblock():
            out = io.StringIO()
            with CaptureQueriesContext(connection) as ctx:
                counts, timings = load_data.load(SCALE, out=out, vacuum=False)
        yield {"counts": counts, "queries": ctx.captured_queries, "out": out.getvalue()}


def test_loads_the_reference_set_and_scaled_incidents(loaded):
    assert Organisation.objects.count() == load_data.ORGANISATIONS
    assert get_user_model().objects.count() == load_data.USERS
    assert Place.objects.count() == load_data.PLACES
    assert Incident.objects.count() == round(load_data.INCIDENTS * SCALE)
    assert loaded["counts"]["incidents"] == 500
    assert Incident.history.count() == 500  # one creation record each


def test_uses_set_based_statements_not_one_save_per_row(loaded):
    # 500 incidents, 2,000 users, 2,000+ memberships, 290 places, meetings, promises and their
    # child rows in a few dozen writes. (The reads are compute_situation's: a fixed number per
    # held EST meeting, whose frozen picture the model requires.)
    writes = [
        q["sql"]
        for q in loaded["queries"]
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert len(writes) < 60
    inserts = [sql for sql in writes if sql.lstrip().upper().startswith("INSERT")]
    assert all("SELECT" in sql.upper() for sql in inserts if "bench_meta" not in sql)


def test_memberships_of_every_role_and_one_known_password(loaded):
    roles = set(Membership.objects.values_list("role", flat=True))
    assert roles == {Role.REPORTER, Role.ORG_ADMIN, Role.COORDINATOR}
    user = get_user_model().objects.order_by("?").first()
    assert check_password(load_data.BENCH_PASSWORD, user.password)
    # Every incident is reported by a member of its organisation.
    assert not Incident.objects.exclude(
        reported_by__memberships__organisation=F("organisation")
    ).exists()


def test_incidents_are_skewed_and_valid(loaded):
    incidents = Incident.objects.all()
    point_only = incidents.filter(place__isnull=True)
    assert point_only.exists()
    for lat, lng in point_only.values_list("latitude", "longitude"):
        assert HJO_BOUNDS["min_lat"] <= lat <= HJO_BOUNDS["max_lat"]
        assert HJO_BOUNDS["min_lng"] <= lng <= HJO_BOUNDS["max_lng"]
    assert not incidents.filter(place__isnull=False, latitude__isnull=False).exists()
    # Weekends outweigh weekdays; evenings outweigh mornings.
    weekend = incidents.filter(occurred_at__week_day__in=[1, 7]).count()  # Sunday, Saturday
    assert weekend / incidents.count() > 2 / 7
    evening = incidents.filter(occurred_at__hour__gte=17).count()
    assert evening / incidents.count() > 7 / 24
    # A few organisations report most incidents.
    top = (
        incidents.values("organisation").annotate(n=Count("id")).order_by("-n")[0]["n"]
        / incidents.count()
    )
    assert top > 1 / load_data.ORGANISATIONS * 3
    for instance in incidents[:20]:
        instance.full_clean()
    assert all(isinstance(v, Decimal) for v in point_only.values_list("latitude", flat=True))


def test_meetings_and_promises_are_realistic_and_valid(loaded):
    from bra_council.models import AgendaItem, CouncilMeeting, MeetingStatus
    from citizen_promises.models import CitizenPromise, FollowUp, PromiseActivity
    from est_incidents.models import EstAction, EstMeeting
    from est_incidents.situation import compute_situation
    from hjo_safety.dates import Period

    assert EstMeeting.objects.count() == load_data.EST_MEETINGS
    held = EstMeeting.objects.held()
    assert held.count() == load_data.EST_MEETINGS - 1  # the next one is still planned
    # A held meeting carries the real situation picture of its period.
    meeting = held.order_by("-starts_at").first()
    live = compute_situation(Period(meeting.period_start, meeting.period_end))
    assert meeting.frozen_picture["total"] == live["total"]
    assert EstAction.objects.open().exists() and meeting.reports.count() == 5
    assert CouncilMeeting.objects.count() == load_data.COUNCIL_MEETINGS
    assert CouncilMeeting.objects.filter(status=MeetingStatus.MINUTES_APPROVED).exists()
    assert CouncilMeeting.objects.public().upcoming().exists()
    assert AgendaItem.objects.count() == 6 * load_data.COUNCIL_MEETINGS
    assert CitizenPromise.objects.count() == load_data.PROMISES
    assert CitizenPromise.objects.current().exists()
    assert PromiseActivity.objects.filter(places__isnull=False).exists()
    assert FollowUp.objects.published().exists()
    for obj in [meeting, CouncilMeeting.objects.first(), CitizenPromise.objects.first()]:
        obj.full_clean()


def test_generic_values_fill_a_column_the_loader_does_not_know(est_reference_data):
    # Organisations with only the name given: short_name, kind, is_active by the generic rules.
    with connection.cursor() as cursor:
        rows = load_data.insert_select(
            cursor,
            Organisation,
            source="generate_series(1, 3) AS g",
            exprs={"name": "'Generisk ' || g"},
            params={},
        )
    assert rows == 3
    assert set(
        Organisation.objects.filter(name__startswith="Generisk").values_list("kind", flat=True)
    ) <= set(Organisation.Kind.values)


def test_an_unknown_field_name_is_refused(est_reference_data):
    with connection.cursor() as cursor, pytest.raises(load_data.MissingFieldSpec):
        load_data.insert_select(
            cursor,
            Organisation,
            source="generate_series(1, 1) AS g",
            exprs={"name": "'x'", "no_such_field": "1"},
            params={},
        )
