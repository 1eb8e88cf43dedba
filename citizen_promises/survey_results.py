"""The results of a safety survey, per area and question, as anyone may read them.

Answers are anonymous, but in a small town a handful of answers from one area may still point
at someone, so every count goes through ``est_incidents.disclosure`` with the public rule, for
every viewer alike (the coordinator too): an area's answers to a question that add up to 1–4
are all masked, a single count 1–4 among them is masked together with the next smallest
(``disclosure.breakdown``), and a place or suggestion named by 1–4 respondents reads
"färre än 5". The share who feel safe is shown only when it comes from shown counts.

``survey_results`` is the whole result (the results page); ``goal_result`` the one line a
promise's goal shows beside the incident figures (the latest closed survey that asks it).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext as _

from citizen_promises.models import (
    AvoidReason,
    HelpOption,
    SafetyLevel,
    Survey,
    SurveyAvoidedPlace,
    SurveyHelp,
    SurveyQuestion,
    SurveyResponse,
)
from est_incidents.disclosure import THRESHOLD, Disclosed, breakdown, count


@dataclass
class AreaSafety:
    name: str
    total: Disclosed
    levels: list  # [(label, Disclosed)] in SafetyLevel order
    safe_share: Disclosed  # percent of those who answered 1–4 who feel very or fairly safe


@dataclass
class AvoidedPlace:
    name: str
    total: Disclosed
    reasons: list  # [(label, Disclosed)]


@dataclass
class Results:
    survey: Survey
    responses: Disclosed
    safety: list[AreaSafety] = field(default_factory=list)
    avoided: list[AvoidedPlace] = field(default_factory=list)
    avoided_few: bool = False  # some places were named by fewer than 5 (not listed)
    helps: list = field(default_factory=list)  # [(label, Disclosed)], most named first
    free_texts: list[str] = field(default_factory=list)  # coordinator only


def _safe_share(levels: dict[int, int]) -> Disclosed:
    safe = levels.get(SafetyLevel.VERY_SAFE, 0) + levels.get(SafetyLevel.FAIRLY_SAFE, 0)
    unsafe = levels.get(SafetyLevel.FAIRLY_UNSAFE, 0) + levels.get(SafetyLevel.VERY_UNSAFE, 0)
    answered = safe + unsafe
    masked = answered < THRESHOLD or 0 < safe < THRESHOLD or 0 < unsafe < THRESHOLD
    return Disclosed(
        None if masked else round(100 * safe / answered), masked=masked, secondary=True
    )


def _area_safety(name: str, levels: dict[int, int]) -> AreaSafety:
    values = [levels.get(level, 0) for level in SafetyLevel.values]
    total = sum(values)
    return AreaSafety(
        name=name,
        total=count(total, exact=False),
        levels=list(zip(SafetyLevel.labels, breakdown(values), strict=True)),
        safe_share=_safe_share(levels),
    )


def safety_by_area(survey: Survey) -> list[AreaSafety]:
    """The whole of Hjo first, then each area the respondents chose (those who chose none are
    in the whole only); the areas' totals are suppressed as one breakdown of the whole."""
    rows = (
        SurveyResponse.objects.filter(survey=survey, safety__isnull=False)
        .values("area__name", "safety")
        .annotate(n=Count("pk"))
    )
    by_area: dict[str | None, dict[int, int]] = defaultdict(dict)
    whole: Counter = Counter()
    for row in rows:
        by_area[row["area__name"]][row["safety"]] = row["n"]
        whole[row["safety"]] += row["n"]
    result = [_area_safety(_("Hela Hjo"), whole)]
    names = sorted(name for name in by_area if name)
    totals = breakdown(
        [sum(by_area[name].values()) for name in names] + [sum(by_area.get(None, {}).values())]
    )
    for name, total in zip(names, totals, strict=False):
        area = _area_safety(name, by_area[name])
        if total.masked:  # a total hidden by suppression hides its breakdown too
            area.total = total
            area.levels = [(label, Disclosed(None, masked=True)) for label, _v in area.levels]
            area.safe_share = Disclosed(None, masked=True, secondary=True)
        result.append(area)
    return result


def avoided_places(survey: Survey) -> tuple[list[AvoidedPlace], bool]:
    """Places named by at least 5 respondents, most named first, with why; and whether fewer
    named others (those are not listed: a listed place with "färre än 5" would name it)."""
    rows = (
        SurveyAvoidedPlace.objects.filter(response__survey=survey, place__isnull=False)
        .values("place__name", "reason")
        .annotate(n=Count("pk"))
    )
    by_place: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        by_place[row["place__name"]][row["reason"]] = row["n"]
    places, few = [], False
    for name, reasons in sorted(by_place.items(), key=lambda item: -sum(item[1].values())):
        total = sum(reasons.values())
        if total < THRESHOLD:
            few = True
            continue
        values = [reasons.get(reason, 0) for reason in AvoidReason.values]
        places.append(
            AvoidedPlace(
                name=name,
                total=count(total, exact=False),
                reasons=[
                    (label, shown)
                    for label, value, shown in zip(
                        AvoidReason.labels, values, breakdown(values), strict=True
                    )
                    if value
                ],
            )
        )
    return places, few


def helps(survey: Survey) -> list:
    counts = dict(
        SurveyHelp.objects.filter(response__survey=survey)
        .values_list("option")
        .annotate(n=Count("pk"))
    )
    ordered = sorted(HelpOption, key=lambda option: -counts.get(option.value, 0))
    return [(option.label, count(counts.get(option.value, 0), exact=False)) for option in ordered]


def survey_results(survey: Survey, *, free_text: bool = False) -> Results:
    """Every question's result; ``free_text`` (the coordinator) adds the guarded free texts."""
    results = Results(survey=survey, responses=count(survey.responses.count(), exact=False))
    if survey.asks_safety:
        results.safety = safety_by_area(survey)
    if survey.asks_avoided:
        results.avoided, results.avoided_few = avoided_places(survey)
    if survey.asks_help:
        results.helps = helps(survey)
        if free_text:
            results.free_texts = list(
                survey.responses.exclude(help_other="").values_list("help_other", flat=True)
            )
    return results


@dataclass
class GoalResult:
    survey: Survey
    question: str
    safety: AreaSafety | None = None
    avoided: list = field(default_factory=list)
    helps: list = field(default_factory=list)


def latest_closed_survey(question: str, today=None) -> Survey | None:
    flag = {
        SurveyQuestion.SAFETY_EVENING: "asks_safety",
        SurveyQuestion.AVOIDED_PLACES: "asks_avoided",
        SurveyQuestion.WHAT_WOULD_HELP: "asks_help",
    }[question]
    return Survey.objects.closed_on(today).filter(**{flag: True}).order_by("-closes_on").first()


def goal_result(question: str, today=None) -> GoalResult | None:
    """The latest closed survey's answer to ``question`` for the whole of Hjo (None: none)."""
    survey = latest_closed_survey(question, today)
    if survey is None:
        return None
    result = GoalResult(survey=survey, question=question)
    if question == SurveyQuestion.SAFETY_EVENING:
        result.safety = safety_by_area(survey)[0]
    elif question == SurveyQuestion.AVOIDED_PLACES:
        result.avoided = avoided_places(survey)[0][:3]
    else:
        result.helps = [row for row in helps(survey) if not row[1].masked][:3]
    return result
