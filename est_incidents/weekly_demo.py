"""Demo rows of the work between meetings (issue 25, points 1, 3 and 4), called from
``est_incidents.demo.seed`` after the generated incidents (idempotent; ``demo.reset`` removes
the incidents by their token range, and a declaration goes with its organisation).

- One event reported by three organisations: a fire in a waste bin at Hamnen three days ago,
  reported by the police and by Hjo Bostäder (linked as "samma händelse" by the housing
  company's reporter) and by Fritid an hour later (not linked yet: its reporter sees the
  suggestion "1 liknande händelse …" on the incident's page).
- A rise for the early warning: vandalism at Stadsparken over the last twelve days, well above
  its usual level ("Ovanligt många: Stadsparken, skadegörelse (…)").
- "Inget att rapportera": the first organisation the coverage monitor finds quiet without a
  declaration declares the period (so the monitor shows one "Inget att rapportera" beside any
  "Tyst").
"""

import uuid
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from est_incidents import services
from est_incidents.coverage import compute_coverage
from est_incidents.models import Category, Incident, NothingToReport, Place
from est_incidents.situation import default_period
from hjo_safety import demo as cast
from hjo_safety.models import Organisation

RISE_PLACE = "Stadsparken"
RISE_COUNT = 10


NAMESPACE = uuid.UUID("0c6a7f55-25e2-4a0b-9a5b-3f1d2c4e5a60")


def _token(token_prefix: str, kind: str, index: int) -> uuid.UUID:
    """A demo row's token: ``token_prefix`` puts it in ``est_incidents.demo``'s range, so its
    reset removes it."""
    return uuid.UUID(token_prefix + uuid.uuid5(NAMESPACE, f"{kind}/{index}").hex[8:])


def _at(days_back: int, hour: int, minute: int = 0) -> datetime:
    day = timezone.localdate() - timedelta(days=days_back)
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _incident(token, *, person, category, place, occurred_at, description):
    organisation = Organisation.objects.filter(short_name=person.organisation).first()
    if organisation is None:
        return None
    reporter = get_user_model().objects.filter(username=person.username).first()
    incident, _created = Incident.objects.get_or_create(
        submission_token=token,
        defaults={
            "organisation": organisation,
            "reported_by": reporter,
            "category": category,
            "place": place,
            "occurred_at": occurred_at,
            "description": description,
        },
    )
    return incident


def seed(*, command, verbosity=1, token_prefix):
    fire = Category.objects.filter(code="brand").first()
    vandalism = Category.objects.filter(name="Skadegörelse", parent=None).first()
    harbour = Place.objects.filter(name="Hamnen").first()
    park = Place.objects.filter(name=RISE_PLACE).first() or harbour
    if fire is None or vandalism is None or harbour is None:
        return
    at = _at(3, 21, 40)
    police = _incident(
        _token(token_prefix, "fire", 0),
        person=cast.POLICE_OFFICER,
        category=fire,
        place=harbour,
        occurred_at=at,
        description="Brand i papperskorg vid gästhamnen, släckt av räddningstjänsten.",
    )
    housing = _incident(
        _token(token_prefix, "fire", 1),
        person=cast.HOUSING_MANAGER,
        category=fire,
        place=harbour,
        occurred_at=at + timedelta(minutes=15),
        description="Hyresgäster larmade om rök från soptunna nära hamnplan.",
    )
    _incident(
        _token(token_prefix, "fire", 2),
        person=cast.LEISURE_STAFF,
        category=fire,
        place=harbour,
        occurred_at=at + timedelta(minutes=65),
        description="Ungdomar på fritidsgården berättade om en brand vid hamnen.",
    )
    if police and housing and housing.duplicate_of_id is None:
        services.link_same_event(incident=housing, other=police, acting_user=housing.reported_by)
    graffiti = vandalism.children.filter(code="klotter").first() or vandalism
    for index in range(RISE_COUNT):
        person = (cast.TECHNICAL_STAFF, cast.LEISURE_STAFF, cast.POLICE_OFFICER)[index % 3]
        _incident(
            _token(token_prefix, "rise", index),
            person=person,
            category=graffiti if index % 2 else vandalism,
            place=park,
            occurred_at=_at(1 + index % 7, 22 - index % 4),
            description="Nytt klotter och sönderslagen parkbänk i parken.",
        )
    period = default_period()
    if not NothingToReport.objects.filter(period_end=period.end).exists():
        forgot = next((row for row in compute_coverage(period) if row.forgot), None)
        if forgot is not None:
            NothingToReport.objects.get_or_create(
                organisation=forgot.organisation,
                period_start=period.start,
                period_end=period.end,
            )
    if verbosity:
        command.stdout.write(
            "  demo: one fire reported three times (two linked), a rise at "
            f"{park.name}, one 'inget att rapportera'"
        )
