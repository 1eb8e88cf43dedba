"""Demo data for est_incidents, called by ``manage.py seed_demo`` (idempotent).

Incidents first; then the EST meetings and police events (``meeting_demo``), which build on them.

Three years of incidents (until yesterday) across the demo organisations, with the patterns a
situation picture should show: more on weekend evenings, summer crowds at the harbour and the
beach, and autumn darkness at badly lit places. Every day is generated from its own
``random.Random`` seeded with the date, so the same day always gives the same incidents, and
each incident's ``submission_token`` is a deterministic UUID: running the seed twice creates
nothing new. Rows are written with ``bulk_create`` (with their history records) — fast even on
the SQLite demo database.
"""

import copy
import math
import random
import uuid
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import F
from django.utils import timezone

from est_incidents import meeting_demo, weekly_demo
from est_incidents.models import Category, Incident, IncidentShare, Place
from est_incidents.services import share_incident
from hjo_safety import demo as cast
from hjo_safety.models import Organisation

DAYS = 3 * 365 + 1  # three years back, so every comparison and trend has earlier years
SEED = "hjo-est-demo-2026"
# Demo tokens share their first 32 bits, so the demo rows can be found again (see reset).
# A UUID prefix for demo rows, not a password (bandit B105).
TOKEN_PREFIX = "de3f0000"  # nosec B105
TOKEN_RANGE = (
    uuid.UUID(TOKEN_PREFIX + "0" * 24),
    uuid.UUID(TOKEN_PREFIX + "f" * 24),
)
REPORT_DELAY = timedelta(hours=2)
NAMESPACE = uuid.UUID("6f1d3c1e-2b7a-4c3e-9a57-0d3e5b1c7a10")

# Reporting user per organisation (short name); organisations without one report anonymously.
REPORTERS = {
    person.organisation: person.username
    for person in (
        cast.LEISURE_STAFF,
        cast.SCHOOL_STAFF,
        cast.SOCIAL_STAFF,
        cast.TECHNICAL_STAFF,
        cast.POLICE_OFFICER,
        cast.HOUSING_MANAGER,
        cast.NIGHT_WALKERS_COORDINATOR,
    )
}
# Who handles an organisation's incidents: its admin; others: the coordinator.
HANDLERS = {
    person.organisation: person.username
    for person in (cast.HEAD_OF_LEISURE, cast.COMMUNITY_POLICE_OFFICER)
}

# place name → (weight, summer place, badly lit, reporting organisations, category weights)
PLACES = {
    "Centrum/Torget": (
        14,
        False,
        False,
        ["Polisen", "Nattvandrarna", "Teknik", "Fastighet"],
        {"samling": 4, "brak": 2, "berusning": 3, "klotter": 3, "nedskrapning": 2, "buskorning": 3},
    ),
    "Hamnen": (
        10,
        True,
        False,
        ["Fritid", "Polisen", "Nattvandrarna"],
        {"samling": 4, "hog-musik": 3, "berusning": 3, "nedskrapning": 3, "buskorning": 2},
    ),
    "Stadsparken": (
        9,
        False,
        True,
        ["Teknik", "Nattvandrarna", "Socialtjänst"],
        {"belysning": 2, "ode-plats": 2, "narkotikahandel": 2, "klotter": 2, "samling": 2},
    ),
    "Busstationen": (
        10,
        False,
        True,
        ["Polisen", "Nattvandrarna", "Socialtjänst"],
        {"samling": 3, "brak": 2, "klotter": 2, "glaskross": 2, "berusning": 2, "belysning": 1},
    ),
    "Skolområde Guldkroksskolan": (
        6,
        False,
        False,
        ["Skola", "Fastighet"],
        {"klotter": 4, "glaskross": 3, "brand": 1, "incident-mot-anstalld": 1, "samling": 2},
    ),
    "Skolområde Ågårdsskolan": (
        5,
        False,
        False,
        ["Skola", "Fastighet"],
        {"klotter": 3, "glaskross": 2, "annan-skadegorelse": 2, "samling": 2, "brand": 1},
    ),
    "Idrottsplatsen": (
        5,
        False,
        True,
        ["Fritid"],
        {"annan-skadegorelse": 2, "nedskrapning": 3, "samling": 2, "belysning": 1},
    ),
    "Badplatsen Strandpromenaden": (
        6,
        True,
        False,
        ["Fritid", "Teknik"],
        {"nedskrapning": 4, "hog-musik": 3, "berusning": 3, "samling": 2, "glaskross": 1},
    ),
    "Sjöpromenaden": (
        6,
        True,
        True,
        ["Teknik", "Nattvandrarna"],
        {"belysning": 3, "ode-plats": 2, "skymd-sikt": 2, "nedskrapning": 2, "samling": 1},
    ),
    "Korsberga": (
        2,
        False,
        True,
        ["Polisen", "Hjo Energi"],
        {"buskorning": 3, "annan-skadegorelse": 2, "ovrigt": 1},
    ),
    None: (  # housing areas, described in text
        8,
        False,
        False,
        ["Hjo Bostäder", "Socialtjänst", "Svenska kyrkan"],
        {"klotter": 3, "glaskross": 2, "hog-musik": 3, "nedskrapning": 2, "hot-vald": 1},
    ),
}
HOUSING_AREAS = [
    "Bostadsområdet vid Knektagatan, gården",
    "Trapphuset i flerbostadshuset vid Hjo Bostäders område i norr",
    "Parkeringen bakom hyreshusen",
    "Cykelrummet i källaren",
    "Lekplatsen mellan husen",
]
DARK_CATEGORIES = {"belysning": 4, "ode-plats": 3, "skymd-sikt": 2}
SUMMER_CATEGORIES = {"hog-musik": 3, "nedskrapning": 3, "berusning": 2, "samling": 2}

DESCRIPTIONS = {
    "klotter": [
        "Nytt klotter på fasaden, ca {n} m² med svart sprayfärg.",
        "Taggar på elskåp och skyltar längs gångvägen.",
        "Klotter med kränkande text på väggen, behöver saneras snabbt.",
    ],
    "glaskross": [
        "Krossad ruta i entrédörren, glas på marken.",
        "Busskurens glas sönderslaget under natten.",
        "Flaskor krossade mot väggen, mycket glas på gången.",
    ],
    "brand": [
        "Anlagd brand i papperskorg, släckt av personal.",
        "Brandspår vid containern, troligen anlagt under kvällen.",
    ],
    "annan-skadegorelse": [
        "Bänkar och papperskorgar sönderslagna.",
        "Staket nedtrampat och skyltar böjda.",
        "Belysningsstolpe skadad, luckan bortbruten.",
    ],
    "samling": [
        "Grupp om ca {n} ungdomar samlades, upplevdes som otryggt av förbipasserande.",
        "Större samling av personer under kvällen, högljutt och stökigt.",
        "Återkommande samling vid samma plats, personal upplever oro.",
    ],
    "brak": [
        "Bråk mellan flera personer, lugnade sig när nattvandrare kom.",
        "Högljutt gräl som övergick i knuffar.",
    ],
    "hot-vald": [
        "Hotfull stämning, en person hotade en annan verbalt.",
        "Slagsmål mellan två personer, polis tillkallad.",
    ],
    "buskorning": [
        "Mopeder och epa-traktorer körde i hög fart fram och tillbaka.",
        "Bilar som spelade hög musik och körde runt i flera timmar.",
        "Buskörning med moped på gång- och cykelvägen.",
    ],
    "hog-musik": [
        "Hög musik från högtalare sent på kvällen, grannar störda.",
        "Fest med hög musik som pågick efter midnatt.",
    ],
    "narkotikahandel": [
        "Misstänkt försäljning av narkotika, samma plats som tidigare veckor.",
        "Personer som verkar sälja något till ungdomar, upprepade korta möten.",
    ],
    "berusning": [
        "Kraftigt berusade personer, en behövde hjälp hem.",
        "Berusade ungdomar, flera mycket unga.",
        "Alkoholförtäring och tomma burkar, stökig stämning.",
    ],
    "nedskrapning": [
        "Mycket skräp kvar efter kvällen: burkar, pizzakartonger och glas.",
        "Nedskräpning vid bänkarna, papperskorgarna överfulla.",
        "Engångsgrillar och skräp lämnade på gräsytan.",
    ],
    "belysning": [
        "Belysningen ur funktion längs gångvägen, helt mörkt efter klockan 16.",
        "Flera lampor trasiga, upplevs som otryggt att gå här.",
        "Mörk passage, belysningen räcker inte.",
    ],
    "skymd-sikt": [
        "Buskage har vuxit igen och skymmer sikten mot gångvägen.",
        "Skymd sikt i kurvan, svårt att se vem som kommer.",
    ],
    "ode-plats": [
        "Öde och mörkt på kvällstid, flera har sagt att de undviker platsen.",
        "Ingen rör sig här efter mörkrets inbrott, upplevs som otryggt.",
    ],
    "incident-mot-anstalld": [
        "Personal blev utskälld och hotad vid stängning.",
        "Anställd trakasserad av en grupp under rasten.",
    ],
    "ovrigt": [
        "Okänd bil stod länge med motorn igång, upplevdes som obehagligt.",
        "Övrig händelse som skapade oro bland boende.",
    ],
}
HANDLING_NOTES = {
    "klotter": "Sanerat inom 24 timmar.",
    "glaskross": "Glaset är bytt och platsen städad.",
    "belysning": "Felanmält till Hjo Energi, lamporna lagade.",
    "skymd-sikt": "Buskaget är nedklippt.",
    "nedskrapning": "Extra tömning av papperskorgar beställd.",
    "samling": "Tas upp på EST-mötet; nattvandrare informerade.",
}
PEOPLE_BY_CATEGORY = {
    "samling": ["6-10", "10+", "2-5"],
    "brak": ["2-5"],
    "hot-vald": ["2-5", "1"],
    "berusning": ["1", "2-5", "6-10"],
    "hog-musik": ["2-5", "6-10"],
    "buskorning": ["2-5", "1"],
    "incident-mot-anstalld": ["1", "2-5"],
}
POLICE_LIKELY = {"hot-vald", "brak", "narkotikahandel", "brand", "incident-mot-anstalld"}


def demo_token(day, index):
    base = uuid.uuid5(NAMESPACE, f"{day.isoformat()}/{index}")
    return uuid.UUID(TOKEN_PREFIX + base.hex[8:])


def _weighted(rng, weights):
    items = list(weights.items())
    return rng.choices([key for key, _ in items], [weight for _, weight in items])[0]


def _daily_rate(day):
    weekday_factor = {4: 1.6, 5: 1.9, 6: 1.2}.get(day.weekday(), 0.8)
    month_factor = {6: 1.5, 7: 1.7, 8: 1.4, 10: 1.1, 11: 1.2, 12: 1.1, 1: 0.7, 2: 0.7}
    return 5.0 * weekday_factor * month_factor.get(day.month, 1.0)


def _hour(rng, day, dark, summer_evening):
    weekend = day.weekday() in (4, 5)
    if dark:
        return rng.choice([16, 17, 18, 19, 20, 21, 22])
    if weekend or summer_evening:
        return rng.choice([19, 20, 21, 22, 22, 23, 23, 0, 1, 2])
    if rng.random() < 0.35:
        return rng.randint(8, 16)
    return rng.randint(17, 23)


def _generate_day(day, context):
    """The incidents of one day, as unsaved model instances (deterministic per date)."""
    # Reproducible demo data, nothing secret (bandit B311).
    rng = random.Random(f"{SEED}/{day.isoformat()}")  # nosec B311
    rate = _daily_rate(day)
    count = max(0, round(rng.gauss(rate, math.sqrt(rate))))
    summer = day.month in (6, 7, 8)
    dark_season = day.month in (10, 11, 12, 1)
    incidents = []
    for index in range(count):
        weights = {}
        for name, (weight, summer_place, badly_lit, _orgs, _cats) in PLACES.items():
            if name is not None and name not in context["places"]:
                continue
            weights[name] = (
                weight
                * (3 if summer and summer_place else 1)
                * (2 if dark_season and badly_lit else 1)
            )
        place_name = _weighted(rng, weights)
        _weight, summer_place, badly_lit, organisations, categories = PLACES[place_name]
        categories = dict(categories)
        dark = dark_season and badly_lit and rng.random() < 0.6
        if dark:
            categories.update(DARK_CATEGORIES)
        if summer and summer_place:
            for code, extra in SUMMER_CATEGORIES.items():
                categories[code] = categories.get(code, 0) + extra
        code = _weighted(rng, {c: w for c, w in categories.items() if c in context["categories"]})
        organisation = context["organisations"].get(rng.choice(organisations))
        if organisation is None:
            continue
        hour = _hour(rng, day, dark, summer and summer_place)
        # Hours after midnight belong to the night that started the evening before.
        local_day = day + timedelta(days=1) if hour < 6 else day
        occurred_at = timezone.make_aware(
            datetime.combine(local_day, time(hour, rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])))
        )
        if occurred_at >= context["now"]:
            continue
        place = context["places"].get(place_name)
        age = (context["now"] - occurred_at).days
        status = (
            Incident.Status.NEW
            if age < 5
            else rng.choices(
                [Incident.Status.HANDLED, Incident.Status.REVIEWED, Incident.Status.NEW],
                [7, 2, 1] if age > 30 else [2, 4, 3],
            )[0]
        )
        latitude = longitude = None
        if place is not None and rng.random() < 0.6:
            latitude = (place.latitude + Decimal(rng.uniform(-0.0012, 0.0012))).quantize(
                Decimal("0.000001")
            )
            longitude = (place.longitude + Decimal(rng.uniform(-0.002, 0.002))).quantize(
                Decimal("0.000001")
            )
        ended_at = None
        if rng.random() < 0.3:
            ended_at = min(
                occurred_at + timedelta(minutes=rng.choice([15, 30, 60, 120])), context["now"]
            )
        incident = Incident(
            organisation=organisation,
            reported_by=context["reporters"].get(organisation.short_name),
            occurred_at=occurred_at,
            ended_at=ended_at,
            time_is_approximate=rng.random() < 0.2,
            category=context["categories"][code],
            place=place,
            latitude=latitude,
            longitude=longitude,
            place_description=rng.choice(HOUSING_AREAS) if place is None else "",
            description=rng.choice(DESCRIPTIONS[code]).format(n=rng.randint(3, 15)),
            people_involved=rng.choice(PEOPLE_BY_CATEGORY.get(code, ["", "1", "2-5"])),
            police_notified=(
                rng.choice(["yes", "yes", "no", "unknown"])
                if code in POLICE_LIKELY
                else rng.choice(["no", "no", "unknown"])
            ),
            status=status,
            handling_note=(
                HANDLING_NOTES.get(code, "Åtgärdat och uppföljt på EST-mötet.")
                if status == Incident.Status.HANDLED
                else ""
            ),
            submission_token=demo_token(day, index),
        )
        incident._handled_at = occurred_at + timedelta(days=rng.randint(1, 4))
        incidents.append(incident)
    return incidents


def _context():
    User = get_user_model()
    users = {
        u.username: u
        for u in User.objects.filter(
            username__in=[*REPORTERS.values(), *HANDLERS.values(), cast.STRATEGIST.username]
        )
    }
    organisations = {
        org.short_name: org
        for org in Organisation.objects.filter(
            short_name__in={o for place in PLACES.values() for o in place[3]}
        )
    }
    return {
        "now": timezone.now(),
        "organisations": organisations,
        "reporters": {org: users.get(username) for org, username in REPORTERS.items()},
        "handlers": {
            org: users.get(HANDLERS.get(org, cast.STRATEGIST.username)) for org in organisations
        },
        "places": {p.name: p for p in Place.objects.all()},
        "categories": {c.code: c for c in Category.objects.all()},
    }


def seed(*, command, verbosity=1):
    """Create this app's demo rows (three years of incidents), then the meetings' rows."""
    context = _context()
    today = timezone.localdate()
    generated = []
    for days_back in range(DAYS, 0, -1):
        generated.extend(_generate_day(today - timedelta(days=days_back), context))
    existing = set(
        Incident.objects.filter(
            submission_token__gte=TOKEN_RANGE[0], submission_token__lte=TOKEN_RANGE[1]
        ).values_list("submission_token", flat=True)
    )
    new = [incident for incident in generated if incident.submission_token not in existing]
    created = Incident.objects.bulk_create(new, batch_size=500)
    if created and created[0].pk is None:  # a database without RETURNING
        ids = dict(
            Incident.objects.filter(
                submission_token__gte=TOKEN_RANGE[0], submission_token__lte=TOKEN_RANGE[1]
            ).values_list("submission_token", "pk")
        )
        for incident in created:
            incident.pk = ids[incident.submission_token]
    # auto_now_add stamped the rows with today; a report is written soon after the incident.
    for start in range(0, len(created), 900):
        Incident.objects.filter(pk__in=[i.pk for i in created[start : start + 900]]).update(
            created_at=F("occurred_at") + REPORT_DELAY, updated_at=F("occurred_at") + REPORT_DELAY
        )
    for incident in created:
        incident.created_at = incident.updated_at = incident.occurred_at + REPORT_DELAY
    _write_history(created, context)
    if verbosity:
        command.stdout.write(
            f"  {len(created)} demo incidents created ({len(generated)} in the demo years)"
        )
    shared = _seed_shares()
    if verbosity and shared:
        command.stdout.write(f"  {shared} demo incidents shared with the organisation that can act")
    # Issue 25: one event reported three times, a rise, a declared quiet period.
    weekly_demo.seed(command=command, verbosity=verbosity, token_prefix=TOKEN_PREFIX)
    meeting_demo.seed(command=command, verbosity=verbosity)


# Categories whose incidents another organisation acts on, and the demo shares made of each.
DEFAULT_RECEIVERS = {"belysning": "Teknik", "samling": "Socialtjänst"}
SHARES_PER_CATEGORY = 3
SHARE_NOTE = "Kan ni titta på detta? Det har kommit flera rapporter om platsen."


def _seed_shares():
    """Name the default receivers of two categories and share the newest few incidents of each
    with them, as a reporter would (the service leaves the history records). Idempotent."""
    organisations = {
        org.short_name: org
        for org in Organisation.objects.filter(short_name__in=DEFAULT_RECEIVERS.values())
    }
    created = 0
    for code, short_name in DEFAULT_RECEIVERS.items():
        receiver = organisations.get(short_name)
        if receiver is None:
            continue
        Category.objects.filter(code=code, default_share_organisation=None).update(
            default_share_organisation=receiver
        )
        incidents = (
            Incident.objects.filter(
                category__code=code,
                submission_token__gte=TOKEN_RANGE[0],
                submission_token__lte=TOKEN_RANGE[1],
            )
            .exclude(organisation=receiver)
            .select_related("organisation", "reported_by")
            .order_by("-occurred_at")[:SHARES_PER_CATEGORY]
        )
        for incident in incidents:
            if IncidentShare.objects.filter(incident=incident, organisation=receiver).exists():
                continue
            share_incident(
                incident=incident,
                organisation=receiver,
                note=SHARE_NOTE,
                acting_user=incident.reported_by,
            )
            created += 1
    return created


def _write_history(created, context):
    """History as it would have happened: reported as new, later reviewed or handled."""
    reported, handled = [], []
    for incident in created:
        first = copy.copy(incident)
        first.status, first.handling_note = Incident.Status.NEW, ""
        first._history_user = incident.reported_by
        first._history_date = incident.created_at
        reported.append(first)
        if incident.status != Incident.Status.NEW:
            incident._history_user = context["handlers"].get(incident.organisation.short_name)
            incident._history_date = incident._handled_at
            handled.append(incident)
    Incident.history.bulk_history_create(reported, batch_size=500)
    Incident.history.bulk_history_create(handled, batch_size=500, update=True)


def reset(*, command, verbosity=1):
    """Delete this app's demo rows (for ``seed_demo --reset``): the meetings' first."""
    meeting_demo.reset(command=command, verbosity=verbosity)
    from hjo_safety.demo import ORGANISATIONS

    # The demo organisations are deleted next (hjo_safety's reset), so their incidents go too,
    # including any logged by hand while trying the demo.
    demo_rows = Incident.objects.filter(
        submission_token__gte=TOKEN_RANGE[0], submission_token__lte=TOKEN_RANGE[1]
    ) | Incident.objects.filter(organisation__name__in=[row[0] for row in ORGANISATIONS])
    ids = list(demo_rows.values_list("pk", flat=True))
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        IncidentShare.history.filter(incident_id__in=chunk).delete()
        Incident.objects.filter(pk__in=chunk).delete()
        Incident.history.filter(id__in=chunk).delete()
