"""Demo data for citizen_promises, called by ``manage.py seed_demo`` (idempotent).

The last three years' promises for Hjo (two years back, last year, this year), their follow-ups,
and one draft for next year. Rows are keyed by promise slug and position, so running the seed
twice leaves the same rows. Organisations and places come from the apps seeded before this one.
"""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.utils import timezone

from citizen_promises import survey_demo
from citizen_promises.models import (
    AgreementSignatory,
    CitizenPromise,
    CooperationAgreement,
    FollowUp,
    FollowUpResult,
    Party,
    PriorityArea,
    PromiseActivity,
    PromiseContact,
    PromiseGoal,
    Signatory,
    SurveyQuestion,
)
from est_incidents.models import Place
from hjo_safety import demo as cast
from hjo_safety.models import Organisation

POLICE_URL = "https://polisen.se/om-polisen/polisens-arbete/medborgarloften/"
R = PromiseActivity.Responsible
S = PromiseActivity.Status

# From the demo's one cast: the police area's chief and the council's chair sign; the
# community police officer and the security strategist answer questions.
SIGNATORIES = [
    (cast.POLICE_AREA_CHIEF.name, cast.POLICE_AREA_CHIEF.title, Party.POLICE),
    (cast.CHAIR.name, cast.CHAIR.title, Party.MUNICIPALITY),
]
CONTACTS = [
    (
        cast.COMMUNITY_POLICE_OFFICER.name,
        cast.COMMUNITY_POLICE_OFFICER.title,
        Party.POLICE,
        "",
        "114 14",
    ),
    (
        cast.STRATEGIST.name,
        cast.STRATEGIST.title,
        Party.MUNICIPALITY,
        cast.CONTACT_EMAIL,
        cast.SWITCHBOARD,
    ),
]
BASIS = (
    "Polisens trygghetsmätning i Hjo, kommunens medborgarundersökning och en enkät till "
    "kommunens medarbetare. Dessutom medborgardialoger på torget och i skolorna, och den "
    "gemensamma lägesbilden från EST-mötena."
)


def promise_specs(year: int) -> list[dict]:
    """The demo promises, relative to the current year."""
    two_years_ago, last_year, next_year = year - 2, year - 1, year + 1
    return [
        {
            "slug": f"medborgarlofte-hjo-{two_years_ago}",
            "title": f"Medborgarlöfte för Hjo {two_years_ago}",
            "year": two_years_ago,
            "status": CitizenPromise.Status.ARCHIVED,
            "background": (
                "I trygghetsmätningen sa många Hjobor att de känner sig otrygga i centrum och i "
                "Stadsparken på kvällen, och att det körs för fort vid skolorna. Polisen och Hjo "
                "kommun lovar därför att synas mer där och att tillsammans med invånarna hitta "
                "platser som behöver bli tryggare."
            ),
            "goals": [
                "Fler Hjobor ska känna sig trygga i centrum och i Stadsparken på kvällen.",
                "Färre bilar ska köra för fort vid skolorna.",
            ],
            "activities": [
                (
                    "Trygghetsvandringar i centrum och Stadsparken tillsammans med invånare, "
                    "föreningar och fastighetsägare.",
                    R.BOTH,
                    None,
                    "minst 4 trygghetsvandringar",
                    ["Centrum/Torget", "Stadsparken"],
                    S.DONE,
                    "5 trygghetsvandringar med totalt 64 deltagare. 12 åtgärder beställdes.",
                ),
                (
                    "Trafikkontroller vid skolorna när eleverna kommer och går.",
                    R.POLICE,
                    None,
                    "minst 10 trafikkontroller",
                    ["Skolområde Guldkroksskolan", "Skolområde Ågårdsskolan"],
                    S.DONE,
                    "14 trafikkontroller; 23 förare fick böter för för hög hastighet.",
                ),
                (
                    "Starta grannsamverkan i nya bostadsområden.",
                    R.BOTH,
                    None,
                    "grannsamverkan i minst 3 nya områden",
                    [],
                    S.NOT_DONE,
                    "Två nya områden startade. Det tredje sköts upp till nästa år.",
                ),
            ],
            "follow_ups": [
                (
                    date(two_years_ago, 8, 20),
                    date(two_years_ago, 1, 1),
                    date(two_years_ago, 6, 30),
                    "Halvårsuppföljning: trygghetsvandringarna och trafikkontrollerna är igång. "
                    "Grannsamverkan har startat i ett område.",
                    [S.ONGOING, S.ONGOING, S.ONGOING],
                ),
                (
                    date(last_year, 2, 5),
                    date(two_years_ago, 1, 1),
                    date(two_years_ago, 12, 31),
                    "Helårsuppföljning: två av tre aktiviteter nådde sina mål. Grannsamverkan i "
                    "det tredje området flyttas till nästa års löfte.",
                    [S.DONE, S.DONE, S.NOT_DONE],
                ),
            ],
            "published": datetime(two_years_ago, 2, 15, 10, 0),
        },
        {
            "slug": f"medborgarlofte-hjo-{last_year}",
            "title": f"Medborgarlöfte för Hjo {last_year}",
            "year": last_year,
            "status": CitizenPromise.Status.FOLLOWED_UP,
            "background": (
                "Lägesbilden visar att klotter och skadegörelse ökar vid hamnen och "
                "busstationen. För att alla ska se samma bild inför polisen och kommunen "
                "arbetssättet EST, där alla verksamheter rapporterar händelser som skapar otrygghet."
            ),
            "goals": [
                "Alla kommunens verksamheter ska rapportera otrygghetsskapande händelser.",
                "Mindre klotter och skadegörelse vid hamnen och busstationen.",
            ],
            "activities": [
                (
                    "Införa EST i kommunens verksamheter med utbildning och en gemensam "
                    "lägesbild varannan vecka.",
                    R.MUNICIPALITY,
                    None,
                    "alla 6 verksamheter rapporterar varje månad",
                    [],
                    S.DONE,
                    "Alla sex verksamheter och Hjo Bostäder rapporterar sedan maj.",
                ),
                (
                    "Trygghetsvandringar vid hamnen och busstationen.",
                    R.BOTH,
                    None,
                    "minst 4 trygghetsvandringar",
                    ["Hamnen", "Busstationen"],
                    S.DONE,
                    "4 trygghetsvandringar. Ny belysning vid busstationen.",
                ),
                (
                    "Bättre belysning och snabbare klottersanering vid hamnen.",
                    R.ORGANISATION,
                    "Teknik",
                    "klotter sanerat inom 48 timmar i 9 fall av 10",
                    ["Hamnen"],
                    S.DONE,
                    "Klotter sanerades inom 48 timmar i 93 procent av fallen.",
                ),
                (
                    "Grannsamverkan i det område som inte hann starta förra året.",
                    R.POLICE,
                    None,
                    "grannsamverkan i 1 nytt område",
                    [],
                    S.DONE,
                    "Grannsamverkan startade i Korsberga med 22 hushåll.",
                ),
            ],
            "follow_ups": [
                (
                    date(last_year, 9, 1),
                    date(last_year, 1, 1),
                    date(last_year, 6, 30),
                    "Halvårsuppföljning: EST är infört i alla verksamheter. Trygghetsvandringarna "
                    "pågår.",
                    [S.DONE, S.ONGOING, S.ONGOING, S.ONGOING],
                ),
                (
                    date(year, 1, 30),
                    date(last_year, 1, 1),
                    date(last_year, 12, 31),
                    "Helårsuppföljning: alla aktiviteter är genomförda.",
                    [S.DONE, S.DONE, S.DONE, S.DONE],
                ),
            ],
            "published": datetime(last_year, 2, 10, 10, 0),
        },
        {
            "slug": f"medborgarlofte-hjo-{year}",
            "title": f"Medborgarlöfte för Hjo {year}",
            "year": year,
            "status": CitizenPromise.Status.PUBLISHED,
            "background": (
                "Många oroar sig för trafiken vid skolorna och för att unga är ute sent vid "
                "badplatsen och sjöpromenaden på sommaren. Polisen och Hjo kommun lovar att "
                "fortsätta trafikkontrollerna, att synas där unga är, och att fler områden ska "
                "få grannsamverkan."
            ),
            "goals": [
                "Lägre hastigheter vid skolorna.",
                "Unga och vuxna ska känna sig trygga vid sjön på sommarkvällar.",
                "Fler bostadsområden med grannsamverkan.",
            ],
            "activities": [
                (
                    "Trafikkontroller vid skolorna när eleverna kommer och går.",
                    R.POLICE,
                    None,
                    "minst 12 trafikkontroller",
                    ["Skolområde Guldkroksskolan", "Skolområde Ågårdsskolan"],
                    S.ONGOING,
                    "8 kontroller hittills.",
                ),
                (
                    "Trygghetsvandringar och nattvandring vid badplatsen och sjöpromenaden på "
                    "sommaren.",
                    R.ORGANISATION,
                    "Nattvandrarna",
                    "nattvandring varje fredag och lördag i juni–augusti",
                    ["Badplatsen Strandpromenaden", "Sjöpromenaden"],
                    S.DONE,
                    "Nattvandrarna gick 24 kvällar under sommaren.",
                ),
                (
                    "Grannsamverkan i fler bostadsområden, tillsammans med Hjo Bostäder.",
                    R.BOTH,
                    None,
                    "grannsamverkan i minst 3 nya områden",
                    [],
                    S.ONGOING,
                    "",
                ),
                (
                    "Gemensam lägesbild i EST varannan vecka, med kommunpolisen.",
                    R.BOTH,
                    None,
                    "minst 22 EST-möten",
                    ["Centrum/Torget"],
                    S.ONGOING,
                    "",
                ),
                (
                    "Ny belysning på gångvägen genom Stadsparken.",
                    R.ORGANISATION,
                    "Teknik",
                    "belysning klar före 1 oktober",
                    ["Stadsparken"],
                    S.DONE,
                    "Klar i september.",
                ),
            ],
            "follow_ups": [
                (
                    date(year, 8, 25),
                    date(year, 1, 1),
                    date(year, 6, 30),
                    "Halvårsuppföljning: trafikkontrollerna ligger i fas, belysningen i "
                    "Stadsparken är beställd och nattvandringen har börjat.",
                    [S.ONGOING, S.ONGOING, S.PLANNED, S.ONGOING, S.ONGOING],
                ),
            ],
            "published": datetime(year, 2, 5, 10, 0),
            "revision": (
                "Målet för trafikkontroller höjdes från 10 till 12 efter dialog med föräldrar "
                "vid skolorna."
            ),
        },
        {
            "slug": f"medborgarlofte-hjo-{next_year}",
            "title": f"Medborgarlöfte för Hjo {next_year} (utkast)",
            "year": next_year,
            "status": CitizenPromise.Status.DRAFT,
            "background": "Utkast inför dialogen med polisen. Bygger på årets trygghetsmätning.",
            "goals": ["Tryggare kvällar i centrum."],
            "activities": [
                (
                    "Trygghetsvandringar i centrum.",
                    R.BOTH,
                    None,
                    "minst 4 trygghetsvandringar",
                    ["Centrum/Torget"],
                    S.PLANNED,
                    "",
                ),
            ],
            "follow_ups": [],
            "published": None,
        },
    ]


def _aware(value):
    return value.replace(tzinfo=ZoneInfo(settings.TIME_ZONE)) if value else None


def _not_after_yesterday(published, signed_on):
    """In January the year's promise would be published (5 February) and signed (1 February)
    in the future: then it was published and signed yesterday, in the demo's story."""
    yesterday = timezone.localdate() - timedelta(days=1)
    if published is None or published.date() <= yesterday:
        return published, signed_on
    return datetime.combine(yesterday, published.time()), min(signed_on, yesterday)


def _seed_promise(spec, organisations, places):
    year = spec["year"]
    published, signed_on = _not_after_yesterday(spec["published"], date(year, 2, 1))
    promise, _ = CitizenPromise.objects.update_or_create(
        slug=spec["slug"],
        defaults={
            "title": spec["title"],
            "period_start": date(year, 1, 1),
            "period_end": date(year, 12, 31),
            "background": spec["background"],
            "basis": BASIS,
            "signed_on": signed_on if published else None,
            "police_url": POLICE_URL,
            "status": spec["status"],
            "published_at": _aware(published),
        },
    )
    for position, text in enumerate(spec["goals"], start=1):
        # A goal about feeling safe is followed up with the safety survey's question.
        question = SurveyQuestion.SAFETY_EVENING if "känna sig trygga" in text else ""
        PromiseGoal.objects.update_or_create(
            promise=promise,
            position=position,
            defaults={"text": text, "survey_question": question},
        )
    promise.goals.filter(position__gt=len(spec["goals"])).delete()
    for position, (name, title, party) in enumerate(SIGNATORIES, start=1):
        Signatory.objects.update_or_create(
            promise=promise,
            position=position,
            defaults={"name": name, "title": title, "party": party},
        )
    for position, (name, title, party, email, phone) in enumerate(CONTACTS, start=1):
        PromiseContact.objects.update_or_create(
            promise=promise,
            position=position,
            defaults={"name": name, "title": title, "party": party, "email": email, "phone": phone},
        )

    activities = []
    for position, row in enumerate(spec["activities"], start=1):
        text, responsible, org_short, target, place_names, status, outcome = row
        organisation = organisations.get(org_short) if org_short else None
        if responsible == R.ORGANISATION and organisation is None:
            responsible = R.BOTH
        activity, _ = PromiseActivity.objects.update_or_create(
            promise=promise,
            position=position,
            defaults={
                "text": text,
                "responsible": responsible,
                "organisation": organisation,
                "target": target,
                "status": status,
                "outcome": outcome,
            },
        )
        activity.places.set([places[name] for name in place_names if name in places])
        activities.append(activity)
    promise.activities.filter(position__gt=len(activities)).delete()

    for day, covers_from, covers_to, summary, statuses in spec["follow_ups"]:
        follow_up, _ = FollowUp.objects.update_or_create(
            promise=promise,
            date=day,
            defaults={
                "covers_from": covers_from,
                "covers_to": covers_to,
                "summary": summary,
                "is_published": True,
            },
        )
        for activity, status in zip(activities, statuses, strict=True):
            FollowUpResult.objects.update_or_create(
                follow_up=follow_up,
                activity=activity,
                defaults={
                    "status": status,
                    "result": activity.outcome if status == S.DONE else "Arbetet pågår.",
                },
            )
    if spec["status"] == CitizenPromise.Status.PUBLISHED and spec["follow_ups"]:
        # The next follow-up is being written: a draft that citizens do not see.
        FollowUp.objects.update_or_create(
            promise=promise,
            date=date(spec["year"] + 1, 1, 31),
            defaults={
                "covers_from": date(spec["year"], 1, 1),
                "covers_to": date(spec["year"], 12, 31),
                "summary": "Utkast till helårsuppföljning.",
                "is_published": False,
            },
        )

    if spec.get("revision") and not promise.revisions().exists():
        promise._change_reason = spec["revision"]
        promise.save()
    return promise


def seed(*, command, verbosity=1):
    """Create or update this app's demo rows."""
    year = timezone.localdate().year
    organisations = {org.short_name: org for org in Organisation.objects.all()}
    places = {place.name: place for place in Place.objects.all()}
    promises = [_seed_promise(spec, organisations, places) for spec in promise_specs(year)]
    areas = _seed_agreement(year, organisations)
    _link_priority_areas(year, areas)
    if verbosity:
        command.stdout.write(
            f"  {len(promises)} citizen promises (one draft), one cooperation agreement"
        )
    survey_demo.seed(command=command, verbosity=verbosity)


def reset(*, command, verbosity=1):
    """Delete this app's demo rows (for ``seed_demo --reset``)."""
    year = timezone.localdate().year
    CitizenPromise.objects.filter(slug__in=[spec["slug"] for spec in promise_specs(year)]).delete()
    survey_demo.reset(command=command, verbosity=verbosity)
    CooperationAgreement.objects.filter(title=_agreement_title(year)).delete()


# --- The cooperation agreement (samverkansöverenskommelse) ------------------------------------


def _agreement_title(year: int) -> str:
    return f"Samverkansöverenskommelse mellan Polisen och Hjo kommun {year - 1}–{year + 1}"


AGREEMENT_SUMMARY = (
    "Polisen och Hjo kommun samverkar för att förebygga brott och öka tryggheten i Hjo. "
    "Överenskommelsen bygger på en gemensam problembild: polisens trygghetsmätning, kommunens "
    "medborgarundersökning, lägesbilden från EST-mötena och samtal med Hjobor. Den pekar ut "
    "tre prioriterade områden; varje år följs de upp i lägesbilden och åtgärdsplanen, och "
    "medborgarlöftena är en del av arbetet."
)
PRIORITY_AREAS = [
    {
        "key": "damage",
        "title": "Skadegörelse och klotter i centrum",
        "problem": (
            "Klotter och skadegörelse har ökat vid hamnen och busstationen. Platserna känns "
            "ovårdade och många undviker dem på kvällen."
        ),
        "causes": (
            "Dålig belysning, få vuxna i rörelse på kvällen och att skadegörelse inte "
            "rapporterades samlat, så att ingen såg hela bilden."
        ),
        "goals": "Mindre skadegörelse vid hamnen och busstationen, och klotter borta inom 48 timmar.",
        "measures": (
            "Alla kommunens verksamheter rapporterar händelser till EST\n"
            "Bättre belysning vid hamnen och busstationen\n"
            "Snabb sanering av klotter"
        ),
    },
    {
        "key": "traffic",
        "title": "Trafiksäkerhet vid skolorna",
        "problem": (
            "Föräldrar och elever oroar sig för bilar som kör för fort vid skolorna när "
            "eleverna kommer och går."
        ),
        "causes": "Trånga skolvägar, många som skjutsar med bil och få kontroller.",
        "goals": "Lägre hastigheter vid skolorna och fler barn som går och cyklar till skolan.",
        "measures": (
            "Trafikkontroller vid skolorna\n"
            "Hastighetsdämpande åtgärder där mätningarna visar höga hastigheter"
        ),
    },
    {
        "key": "youth",
        "title": "Unga i offentlig miljö på sommarkvällar",
        "problem": (
            "Unga samlas sent vid badplatsen och sjöpromenaden på sommaren. Det förekommer "
            "alkohol, och både unga och vuxna känner sig otrygga."
        ),
        "causes": "Få meningsfulla aktiviteter på kvällen och få vuxna ute under sommarlovet.",
        "goals": "Unga och vuxna ska känna sig trygga vid sjön på sommarkvällar.",
        "measures": (
            "Polis, fältsekreterare och nattvandrare syns där unga är\n"
            "Fritidsgårdens sommaröppet\n"
            "Grannsamverkan i fler bostadsområden"
        ),
    },
]


def _seed_agreement(year: int, organisations) -> dict:
    """Hjo's agreement for last year to next year, with three priority areas; returns
    ``{key: PriorityArea}``."""
    start = date(year - 1, 1, 1)
    signed_on = date(year - 1, 1, 20)
    agreement, _ = CooperationAgreement.objects.update_or_create(
        title=_agreement_title(year),
        defaults={
            "summary": AGREEMENT_SUMMARY,
            "valid_from": start,
            "valid_to": date(year + 1, 12, 31),
            "signed_on": signed_on,
            "reminder_days": 120,
            "is_published": True,
        },
    )
    agreement.parties.set(
        [organisations[name] for name in ("Polisen", "Kommunledning") if name in organisations]
    )
    areas = {}
    for position, spec in enumerate(PRIORITY_AREAS):
        fields = {k: v for k, v in spec.items() if k != "key"}
        areas[spec["key"]], _ = PriorityArea.objects.update_or_create(
            agreement=agreement, position=position, defaults=fields
        )
    for position, person in enumerate([cast.POLICE_AREA_CHIEF, cast.MUNICIPAL_DIRECTOR]):
        party = organisations.get(person.organisation)
        if party is not None:
            AgreementSignatory.objects.update_or_create(
                agreement=agreement,
                position=position,
                defaults={
                    "name": person.name,
                    "title": person.title,
                    "party": party,
                    "signed_on": signed_on,
                },
            )
    return areas


def _link_priority_areas(year: int, areas: dict) -> None:
    """Last year's promise rests on the damage area, this year's on traffic; this year's
    activities at the lake belong to the youth area."""
    CitizenPromise.objects.filter(slug=f"medborgarlofte-hjo-{year - 1}").update(
        priority_area=areas["damage"]
    )
    CitizenPromise.objects.filter(slug=f"medborgarlofte-hjo-{year}").update(
        priority_area=areas["traffic"]
    )
    PromiseActivity.objects.filter(promise__slug=f"medborgarlofte-hjo-{year}").filter(
        models.Q(text__icontains="sjö")
        | models.Q(text__icontains="badplats")
        | models.Q(text__icontains="grannsamverkan")
    ).update(priority_area=areas["youth"])
