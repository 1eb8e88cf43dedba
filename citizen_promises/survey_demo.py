"""Demo safety surveys for ``seed_demo``: a closed spring survey with believable answers (its
results are public) and an open autumn one with a few answers so far. Deterministic: the same
answers on every run (``random.Random`` with a fixed seed)."""

import random
from datetime import date, timedelta

from django.utils import timezone

from citizen_promises.models import (
    AvoidReason,
    HelpOption,
    Survey,
    SurveyAvoidedPlace,
    SurveyHelp,
    SurveyResponse,
)
from est_incidents.models import Place

# Areas respondents choose, with how many answer from each and how unsafe it feels (0–1).
AREAS = {
    "Centrum/Torget": (40, 0.45),
    "Hamnen": (28, 0.35),
    "Stadsparken": (22, 0.6),
    "Busstationen": (18, 0.55),
    "Korsberga": (9, 0.15),
    "Sjöpromenaden": (3, 0.3),  # fewer than 5: masked in the results
}
# Places avoided, with the reasons people give for each.
AVOIDED = {
    "Stadsparken": [AvoidReason.DARK, AvoidReason.DARK, AvoidReason.DESERTED, AvoidReason.PEOPLE],
    "Busstationen": [AvoidReason.PEOPLE, AvoidReason.PEOPLE, AvoidReason.CRIME, AvoidReason.DARK],
    "Centrum/Torget": [AvoidReason.PEOPLE, AvoidReason.CRIME, AvoidReason.TRAFFIC],
    "Hamnen": [AvoidReason.DESERTED, AvoidReason.DARK],
}
HELPS = [
    (HelpOption.LIGHTING, 0.55),
    (HelpOption.ADULTS, 0.4),
    (HelpOption.POLICE, 0.45),
    (HelpOption.VEGETATION, 0.25),
    (HelpOption.YOUTH, 0.3),
    (HelpOption.CLEANING, 0.15),
    (HelpOption.CAMERAS, 0.2),
]
FREE_TEXTS = [
    "fler bänkar och lampor längs gångvägen till stationen",
    "öppna fritidsgården fler kvällar",
    "håll toaletterna i hamnen öppna och upplysta",
]


def _specs(today: date) -> list[dict]:
    return [
        {
            "slug": f"varen-{today.year}",
            "title": f"Trygghetsmätning våren {today.year}",
            "opens_on": date(today.year, 3, 1),
            "closes_on": date(today.year, 3, 31),
            "scale": 1.0,
        },
        {
            "slug": f"hosten-{today.year}",
            "title": f"Trygghetsmätning hösten {today.year}",
            "opens_on": today - timedelta(days=10),
            "closes_on": today + timedelta(days=20),
            "scale": 0.15,
        },
    ]


def _answer(survey, rng, area, unsafe, places, day):
    roll = rng.random()
    if roll < 0.05:
        safety = 5
    elif roll < 0.05 + unsafe * 0.95:
        safety = rng.choice([3, 3, 4])
    else:
        safety = rng.choice([1, 2, 2])
    response = SurveyResponse.objects.create(
        survey=survey,
        area=places.get(area),
        safety=safety,
        help_other=rng.choice(FREE_TEXTS) if rng.random() < 0.08 else "",
        answered_on=day,
    )
    for name, reasons in AVOIDED.items():
        if name in places and rng.random() < (0.5 if safety >= 3 else 0.12):
            SurveyAvoidedPlace.objects.create(
                response=response, place=places[name], reason=rng.choice(reasons)
            )
    for option, share in HELPS:
        if rng.random() < share:
            SurveyHelp.objects.create(response=response, option=option)


def seed(*, command, verbosity=1):
    today = timezone.localdate()
    places = {
        place.name: place for place in Place.objects.filter(name__in=AREAS.keys() | AVOIDED.keys())
    }
    for spec in _specs(today):
        survey, created = Survey.objects.update_or_create(
            slug=spec["slug"],
            defaults={
                "title": spec["title"],
                "opens_on": spec["opens_on"],
                "closes_on": spec["closes_on"],
                "is_published": True,
                "intro": (
                    "Hjo kommun och Polisen vill veta hur trygg du känner dig där du bor. "
                    "Svaren ligger till grund för nästa medborgarlöfte."
                ),
            },
        )
        if survey.responses.exists():
            continue
        rng = random.Random(f"{spec['slug']}-26")  # nosec B311 — invented demo answers
        last = min(spec["closes_on"], today)
        days = max((last - spec["opens_on"]).days, 0)
        for area, (count, unsafe) in AREAS.items():
            for _ in range(max(round(count * spec["scale"]), 0)):
                day = spec["opens_on"] + timedelta(days=rng.randint(0, days))
                _answer(survey, rng, area, unsafe, places, day)
        for _ in range(round(12 * spec["scale"])):  # no area chosen
            _answer(survey, rng, None, 0.4, places, spec["opens_on"])
    if verbosity:
        command.stdout.write("  2 safety surveys (one closed with results, one open)")


def reset(*, command, verbosity=1):
    today = timezone.localdate()
    Survey.objects.filter(slug__in=[spec["slug"] for spec in _specs(today)]).delete()
