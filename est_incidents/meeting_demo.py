"""Demo data for EST meetings and police events, called from ``est_incidents.demo`` (idempotent).

Fortnightly meetings (Tuesdays 09.00, on a fixed fortnightly rhythm) over the past three years
(as long as the demo's incidents) and the next one: the past ones held, with their frozen pictures, reports and actions. The recorded
police events for Hjo (``demo_data/police_events_hjo.json``) are loaded. The incidents are
seeded before this runs; without incidents the pictures are simply empty.
"""

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from est_incidents import police
from est_incidents.models import (
    EstAction,
    EstMeeting,
    EstMeetingReport,
    PoliceEvent,
    YearlySituationAnalysis,
)
from est_incidents.services import mark_meeting_held
from hjo_safety import demo as cast
from hjo_safety.models import Organisation

DEMO_NOTE = "Demodata."
POLICE_FILE = Path(__file__).resolve().parent / "demo_data" / "police_events_hjo.json"
RHYTHM_EPOCH = date(2024, 1, 9)  # a Tuesday: every meeting is a whole number of fortnights later
LOCATION = "Stadshuset, rum Vättern"

PRESENT = ["Kommunledning", "Fritid", "Skola", "Socialtjänst", "Teknik", "Polisen", "Hjo Bostäder"]
REPORTS = {
    "Fritid": [
        "Lugnt på fritidsgården. Några yngre besökare har hängt vid skateparken efter stängning.",
        "Ökat antal besökare på fredagskvällarna; personalen har haft samtal om skadegörelse.",
        "Klotter på toaletterna vid idrottsplatsen, anmält till Teknik.",
    ],
    "Skola": [
        "Oro bland elever för ett gäng äldre ungdomar vid busstationen efter skoltid.",
        "Inga särskilda händelser. Trygghetsvandring med elevrådet genomförd.",
        "Skadegörelse på cykelstället vid Guldkroksskolan under helgen.",
    ],
    "Socialtjänst": [
        "Fältgruppen har mött fler unga i centrum sena kvällar; flera föräldrakontakter tagna.",
        "Samverkan med skolan kring två elever med hög frånvaro fortsätter.",
    ],
    "Teknik": [
        "Trasig belysning på Sjöpromenaden lagad. Nedskräpning vid hamnen efter helgerna.",
        "Klotter sanerat på tre platser i centrum, två nya anmälningar.",
    ],
    "Polisen": [
        "Några ordningsstörningar i centrum nattetid, i övrigt lugnt. Fokus på trafik vid skolorna.",
        "Ökade kontroller av mopeder i hamnområdet efter klagomål om buskörning.",
        "Två anmälningar om skadegörelse i centrum, inga gripna.",
    ],
    "Hjo Bostäder": [
        "Inbrott i källarförråd i ett område; boende informerade om att låsa dörrar.",
        "Lugnt i bostadsområdena. Belysningen vid gångvägen bytt.",
    ],
}
ACTIONS = [
    ("Förbättra belysningen på Sjöpromenaden", "Teknik"),
    ("Fältgruppen närvarar vid busstationen fredagskvällar", "Socialtjänst"),
    ("Trygghetsvandring i Stadsparken med boende", "Kommunledning"),
    ("Sanera klotter vid idrottsplatsen inom en vecka", "Teknik"),
    ("Föräldramöte om kvällstrafik med moped", "Skola"),
    ("Extra patrullering i hamnen helgkvällar", "Polisen"),
    ("Se över låsning av källarförråd", "Hjo Bostäder"),
    ("Utöka öppettiderna på fritidsgården under lovet", "Fritid"),
]
ANALYSIS = {
    "extent": "Antalet rapporterade otrygghetsskapande händelser ligger på ungefär samma nivå som "
    "förra året. Skadegörelse och ordningsstörningar dominerar, främst i centrum och vid hamnen.",
    "consequences": "Invånare, särskilt äldre, undviker centrum och hamnen sena kvällar. "
    "Skadegörelsen ger kostnader för kommunen och bostadsbolaget.",
    "analysis": "Händelserna samlas kring fredags- och lördagskvällar och platser där unga vistas "
    "utan vuxennärvaro. Dålig belysning och skymd sikt förstärker otryggheten.",
    "priorities": "1. Vuxennärvaro i centrum helgkvällar. 2. Belysning och sikt på utpekade platser. "
    "3. Snabb sanering av klotter och skadegörelse.",
}


MEETING_DAYS_BACK = 3 * 365  # three years of meetings, like the incidents (est_incidents.demo)


def _meeting_days(today):
    first = today - timedelta(days=MEETING_DAYS_BACK)
    offset = (first - RHYTHM_EPOCH).days % 14
    day = first + timedelta(days=(14 - offset) % 14)
    while day <= today + timedelta(days=14):
        yield day
        day += timedelta(days=14)


def seed(*, command, verbosity=1):
    """Create or update the EST meetings' demo rows and load the recorded police events."""
    organisations = {o.short_name: o for o in Organisation.objects.filter(short_name__in=PRESENT)}
    coordinator = get_user_model().objects.filter(username=cast.STRATEGIST.username).first()
    now = timezone.now()
    today = timezone.localdate()

    events = police.parse_events(POLICE_FILE.read_bytes())
    result = police.store_events(events, location=police.DEFAULT_LOCATION)

    days = list(_meeting_days(today))
    starts = [timezone.make_aware(datetime.combine(day, time(9, 0))) for day in days]
    existing = {m.starts_at: m for m in EstMeeting.objects.filter(starts_at__in=starts)}
    # Three years of fortnights: the reports and actions are collected and written in bulk
    # (with their history rows), so the demo stays quick to load.
    have_reports = set(
        EstMeetingReport.objects.filter(meeting__in=existing.values()).values_list(
            "meeting_id", "organisation_id"
        )
    )
    have_actions = set(
        EstAction.objects.filter(meeting__in=existing.values()).values_list("meeting_id", "what")
    )
    new_reports, new_actions = [], []

    meetings = []
    for day, starts_at in zip(days, starts, strict=True):
        meeting = existing.get(starts_at)
        if meeting is None:
            meeting = EstMeeting.objects.create(
                starts_at=starts_at,
                location=LOCATION,
                period_start=day - timedelta(days=14),
                period_end=day - timedelta(days=1),
                notes=DEMO_NOTE,
            )
        meetings.append(meeting)
        # Reproducible demo data, nothing secret (bandit B311).
        rnd = random.Random(day.toordinal())  # nosec B311
        present = [organisations[name] for name in PRESENT if name in organisations]
        present = [o for o in present if o.short_name in ("Kommunledning", "Polisen")] + [
            o
            for o in present
            if o.short_name not in ("Kommunledning", "Polisen") and rnd.random() < 0.8
        ]
        if not meeting.is_held:
            meeting.organisations_present.set(present)
        if starts_at > now + timedelta(days=7):
            continue  # the next meeting but one: nothing reported yet
        for organisation in present:
            texts = REPORTS.get(organisation.short_name)
            if not texts:
                continue
            text = rnd.choice(texts)  # drawn every run: the same random sequence, the same rows
            if (meeting.pk, organisation.pk) not in have_reports:
                new_reports.append(
                    EstMeetingReport(meeting=meeting, organisation=organisation, text=text)
                )
        if starts_at > now:
            continue
        for what, owner in rnd.sample(ACTIONS, 2):
            if owner not in organisations:
                continue
            age = (today - day).days
            status = EstAction.Status.OPEN
            if age > 60:
                status = EstAction.Status.DROPPED if rnd.random() < 0.15 else EstAction.Status.DONE
            elif age > 28 and rnd.random() < 0.6:
                status = EstAction.Status.DONE
            due_date = day + timedelta(days=rnd.choice([14, 28, 42]))
            if (meeting.pk, what) not in have_actions:
                new_actions.append(
                    EstAction(
                        meeting=meeting,
                        what=what,
                        responsible_organisation=organisations[owner],
                        due_date=due_date,
                        status=status,
                    )
                )

    # Written before any meeting is marked held (a held meeting's reports are locked).
    bulk_create_with_history(new_reports, EstMeetingReport, batch_size=500)
    bulk_create_with_history(new_actions, EstAction, batch_size=500)

    for meeting in meetings:
        if not meeting.is_held and meeting.starts_at <= now:
            mark_meeting_held(meeting, acting_user=coordinator, now=meeting.starts_at)

    for year in range(today.year - 2, today.year + 1):  # each demo year's statutory document
        YearlySituationAnalysis.objects.get_or_create(
            year=year, defaults={**ANALYSIS, "updated_by": coordinator}
        )
    if verbosity:
        held = sum(1 for m in meetings if m.is_held)
        command.stdout.write(
            f"  {len(meetings)} EST meetings ({held} held), "
            f"{result.created + result.updated} police events"
        )


def reset(*, command, verbosity=1):
    """Delete the EST meetings' demo rows and the recorded police events."""
    EstMeeting.objects.filter(notes=DEMO_NOTE).delete()  # reports and actions cascade
    ids = [event.police_id for event in police.parse_events(POLICE_FILE.read_bytes())]
    PoliceEvent.objects.filter(police_id__in=ids).delete()
    YearlySituationAnalysis.objects.filter(updated_by__username=cast.STRATEGIST.username).delete()
