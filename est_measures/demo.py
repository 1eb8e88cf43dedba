"""Demo data for est_measures, called by ``manage.py seed_demo`` after est_incidents (idempotent).

A recurring night walk in the centre, fixed lighting on the lake promenade, patrols and field
work at the harbour and a safety walk with findings (one published). Dates are relative to
today, so the intervention pages have complete "before" and "after" windows to judge.
"""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from est_incidents.models import Place
from est_measures.models import (
    CampaignMark,
    Intervention,
    InterventionKind,
    PlannedEvent,
    SafetyWalk,
    SafetyWalkFinding,
    WalkCampaign,
)
from hjo_safety.models import Organisation

# (kind code, organisation short name, co-organisations, places, days ago, rule or None, text)
INTERVENTIONS = [
    (
        "nattvandring",
        "Nattvandrarna",
        ["Fritid"],
        ["Centrum/Torget", "Busstationen"],
        200,
        ({5, 6}, time(22), time(2), 120),
        "Nattvandring fredag och lördag kväll i centrum, tillsammans med fritidsgården.",
    ),
    (
        "belysning-atgardad",
        "Teknik",
        [],
        ["Sjöpromenaden"],
        130,
        None,
        "Ny belysning längs Sjöpromenaden: tolv armaturer bytta till LED.",
    ),
    (
        "polispatrull",
        "Polisen",
        [],
        ["Hamnen"],
        60,
        ({5, 6}, time(21), time(1), 50),
        "Extra patrullering i hamnen under helgkvällar.",
    ),
    (
        "faltarbete",
        "Socialtjänst",
        ["Fritid"],
        ["Stadsparken", "Centrum/Torget"],
        40,
        ({3, 5}, time(18), time(22), 60),
        "Fältarbetare i centrum och stadsparken onsdag och fredag kväll.",
    ),
]
WALK_AREA = "Centrum: torget – stadsparken – sjöpromenaden"
WALK_FINDINGS = [
    ("Sjöpromenaden", "lighting", "Mörk sträcka mellan bryggan och parken.", "Fler armaturer.", "Teknik", "done"),
    ("Stadsparken", "vegetation", "Höga buskar skymmer gångvägen.", "Beskär buskarna.", "Teknik", "in_progress"),
    ("Busstationen", "hidden_spot", "Skymd plats bakom väntkuren.", "Flytta cykelstället.", "Teknik", "open"),
    ("Centrum/Torget", "vandalism", "Klotter på elskåpen.", "Sanera och rapportera.", "Hjo Energi", "done"),
]  # fmt: skip


def _organisations():
    return {o.short_name: o for o in Organisation.objects.all()}


def seed(*, command, verbosity=1):
    organisations = _organisations()
    places = {p.name: p for p in Place.objects.all()}
    kinds = {k.code: k for k in InterventionKind.objects.all()}
    today = timezone.localdate()
    tz = timezone.get_current_timezone()
    created = 0
    for code, owner, co, place_names, days_ago, rule, text in INTERVENTIONS:
        if owner not in organisations or code not in kinds:
            continue
        if Intervention.objects.filter(description=text).exists():
            continue
        first = today - timedelta(days=days_ago)
        fields = {"kind": kinds[code], "organisation": organisations[owner], "description": text}
        if rule:
            days, start, end, length = rule
            fields |= {
                "starts_at": datetime.combine(first, start, tzinfo=tz),
                "recurrence_weekdays": ",".join(str(d) for d in sorted(days)),
                "recurrence_start_time": start,
                "recurrence_end_time": end,
                "recurrence_until": first + timedelta(days=length),
            }
        else:
            fields |= {
                "starts_at": datetime.combine(first, time(8), tzinfo=tz),
                "ends_at": datetime.combine(first, time(15), tzinfo=tz),
            }
        intervention = Intervention.objects.create(**fields)
        intervention.places.set([places[n] for n in place_names if n in places])
        intervention.co_organisations.set([organisations[n] for n in co if n in organisations])
        created += 1
    if not SafetyWalk.objects.filter(area=WALK_AREA).exists():
        walk = SafetyWalk.objects.create(
            date=today - timedelta(days=150),
            area=WALK_AREA,
            residents_count=14,
            notes="God uppslutning. Flest synpunkter på belysning och skymda platser.",
            is_published=True,
        )
        walk.organisations.set(
            [organisations[n] for n in ("Teknik", "Polisen", "Fritid") if n in organisations]
        )
        for place, kind, description, measure, org, status in WALK_FINDINGS:
            SafetyWalkFinding.objects.create(
                walk=walk,
                place=places.get(place),
                problem_kind=kind,
                description=description,
                proposed_measure=measure,
                responsible_organisation=organisations.get(org),
                status=status,
            )
    _seed_planned_events(organisations, places, today, tz)
    _seed_campaign(places, today)
    if verbosity > 1:
        command.stdout.write(f"  {created} interventions, one safety walk, events ahead")


# Events ahead (issue 25, point 5): (title, kind, organisation, place, place text, days from
# today — a Saturday's match is moved to the next Saturday; "MM-DD" is that day's last
# occurrence, for the past events an effect lists as context —, start hour, hours, note).
PLANNED_EVENTS = [
    (
        "Valborgsfirande på torget",
        "fest",
        "Fritid",
        "Centrum/Torget",
        "",
        "04-30",
        19,
        4,
        "Brasa vid torget; ordningsvakter till midnatt.",
    ),
    (
        "Hamnfesten",
        "fest",
        "Fritid",
        "Hamnen",
        "",
        "07-18",
        12,
        12,
        "Tält på hamnplan; ordningsvakter till 01.",
    ),
    (
        "Hemmamatch i fotboll",
        "idrott",
        "Fritid",
        "Idrottsplatsen",
        "",
        "saturday",
        15,
        2,
        "Omkring 400 åskådare väntas; parkering vid skolan.",
    ),
    (
        "Marknad på torget",
        "marknad",
        "Teknik",
        "Centrum/Torget",
        "",
        5,
        9,
        7,
        "Torget avstängt för trafik hela dagen.",
    ),
    (
        "Skolavslutning och lovstart",
        "skola",
        "Skola",
        None,
        "hela kommunen",
        9,
        11,
        2,
        "Fritidsgården har kvällsöppet; nattvandring fredag och lördag.",
    ),
    (
        "Konsert i Stadsparken",
        "fest",
        "Fritid",
        "Stadsparken",
        "",
        12,
        18,
        4,
        "Alkoholfritt område; väktare på plats.",
    ),
]


def _seed_planned_events(organisations, places, today, tz):
    for title, kind, owner, place, place_text, days, hour, hours, note in PLANNED_EVENTS:
        if owner not in organisations or PlannedEvent.objects.filter(title=title).exists():
            continue
        if days == "saturday":
            days = (5 - today.weekday()) % 7 or 7
        elif isinstance(days, str):
            month, day = (int(part) for part in days.split("-"))
            past = date(today.year, month, day)
            if past >= today:
                past = date(today.year - 1, month, day)
            days = (past - today).days
        starts_at = datetime.combine(today + timedelta(days=days), time(hour), tzinfo=tz)
        PlannedEvent.objects.create(
            title=title,
            kind=kind,
            organisation=organisations[owner],
            place=places.get(place) if place else None,
            place_text=place_text,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=hours),
            note=note,
        )


CAMPAIGN_TITLE = "Centrum och hamnen en vinterkväll"
# (place, verdict, reason, status): believable marks of a digital safety walk (issue 26).
CAMPAIGN_MARKS = [
    ("Busstationen", "unsafe", "Mörkt på gångvägen bakom väntkuren efter klockan fem.", "approved"),
    ("Busstationen", "unsafe", "Cykelstället ligger skymt, ingen ser en där.", "approved"),
    ("Busstationen", "unsafe", "Trasig lampa vid tunneln.", "approved"),
    ("Busstationen", "unsafe", "Busken skymmer sikten mot parkeringen.", "approved"),
    ("Busstationen", "unsafe", "Ingen belysning längs staketet.", "approved"),
    ("Busstationen", "unsafe", "Känns ödsligt när sista bussen gått.", "approved"),
    ("Hamnen", "unsafe", "Bryggan saknar belysning längst ut.", "approved"),
    ("Hamnen", "safe", "Bra ljus och folk i rörelse vid kiosken.", "approved"),
    ("Stadsparken", "safe", "Nya lamporna vid lekplatsen gör stor skillnad.", "approved"),
    ("Stadsparken", "unsafe", "Stigen mot kyrkan är helt mörk.", "pending"),
    ("Sjöpromenaden", "unsafe", "Långt mellan lamporna vid badplatsen.", "pending"),
]


def _seed_campaign(places, today):
    if WalkCampaign.objects.filter(title=CAMPAIGN_TITLE).exists():
        return
    campaign = WalkCampaign.objects.create(
        title=CAMPAIGN_TITLE,
        area="Centrum, stationen och hamnen",
        description=(
            "Markera platser som känns trygga eller otrygga. Markeringarna granskas och blir underlag "
            "för trygghetsvandringen."
        ),
        opens_on=today - timedelta(days=7),
        closes_on=today + timedelta(days=14),
        walk_date=today + timedelta(days=21),
    )
    for place_name, verdict, reason, status in CAMPAIGN_MARKS:
        place = places.get(place_name) or next(iter(places.values()), None)
        if place is None:
            return
        CampaignMark.objects.create(
            campaign=campaign, place=place, verdict=verdict, reason=reason, status=status
        )


def reset(*, command, verbosity=1):
    WalkCampaign.objects.filter(title=CAMPAIGN_TITLE).delete()
    PlannedEvent.objects.filter(title__in=[row[0] for row in PLANNED_EVENTS]).delete()
    Intervention.objects.filter(description__in=[row[-1] for row in INTERVENTIONS]).delete()
    SafetyWalk.objects.filter(area=WALK_AREA).delete()
