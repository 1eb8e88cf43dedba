"""The COPY export writes byte for byte the file the Python export writes, for Swedish Excel."""

from datetime import UTC, datetime

import pytest

from est_incidents import csv_copy
from est_incidents.export import CSV_HEADER, csv_lines
from est_incidents.models import Incident
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory

pytestmark = pytest.mark.django_db

EXPORT = "/personal/handelser/export.csv"


@pytest.fixture
def incidents(org_a, org_b):
    parent = CategoryFactory(name="Skadegörelse (t)", code="t-skadegorelse")
    child = CategoryFactory(name="Klotter (t)", code="t-klotter", parent=parent)
    place = PlaceFactory(name='Hamnen "norra"; kajen')
    rows = [
        IncidentFactory(
            organisation=org_a,
            category=child,
            place=place,
            occurred_at=datetime(2026, 7, 1, 20, 30, tzinfo=UTC),  # 22:30 in Stockholm
            ended_at=datetime(2026, 7, 1, 21, 5, tzinfo=UTC),
            time_is_approximate=True,
            latitude="58.306900",
            longitude="14.292800",
            people_involved=Incident.PeopleInvolved.FEW,
            police_notified=Incident.PoliceNotified.YES,
            status=Incident.Status.HANDLED,
            handling_note="-Åtgärdat",
            description='Text med ; semikolon, "citat" och\nradbrytning – åäö',
        ),
        IncidentFactory(organisation=org_a, category=parent, place=None, description="=1+1"),
    ]
    rows += [
        IncidentFactory(organisation=org_a, category=parent, description=start + "text")
        for start in ("+", "-", "@", "\t", "\r")
    ]
    IncidentFactory(organisation=org_b, description="Hos någon annan")
    return rows


def test_copy_writes_what_python_writes(incidents, org_a):
    queryset = Incident.objects.filter(organisation=org_a)
    by_python = "".join(
        csv_lines(
            queryset.select_related("category__parent", "place", "organisation").order_by(
                "-occurred_at", "-pk"
            )
        )
    ).encode()
    by_copy = b"".join(csv_copy.stream_rows(queryset, CSV_HEADER))
    assert by_copy == by_python
    assert by_copy.count(b"\r\n") == len(incidents) + 1
    assert b'"22:30' not in by_copy and b'"2026-07-01 22:30"' in by_copy
    assert b'"\'=1+1"' in by_copy and b'"\'-text"' in by_copy and b'"\'@text"' in by_copy
    assert b'"2\xe2\x80\x935 personer"' in by_copy and b'"Hanterad"' in by_copy


def test_the_export_page_streams_only_the_users_incidents(client_for, reporter_a, incidents):
    response = client_for(reporter_a).get(EXPORT)
    body = b"".join(response.streaming_content)
    assert body.startswith(b'\xef\xbb\xbf"ID";"Intr')
    assert "Hos någon annan".encode() not in body
    lines = body.split(b"\r\n")
    assert all(line.startswith(b'"') and line.endswith(b'"') for line in lines[1:] if line)
