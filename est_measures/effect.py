"""Did it help? Incidents before and after a measure, against comparable places: pure arithmetic.

Input: counts of incidents at the measure's places in two equal windows, before and after its
start, and (optionally) the same counts at comparison places that had no measure. Output: the
change as a rate ratio with a 95 % interval and a plain Swedish verdict. No database, no
Django models: ``effect_data.py`` gathers the counts, this module judges them, and the tests
feed it constructed data where the true effect is known. docs/measures.md explains the method
and its limits.

- Without comparison places (or when they had too few incidents) the ratio is after/before at
  the measure's places. Given the total n = before + after, "after" is binomial(n, p) with
  p = 1/2 when nothing changed (equal windows, Poisson counts): the exact conditional test,
  and the Clopper–Pearson interval for p turned into one for the ratio p / (1 − p).
- With comparison places the ratio is (after/before at the places) / (after/before at the
  comparison places): a change that happened everywhere (a quiet winter, a new way of
  reporting) is not credited to the measure. Its interval is the usual log-normal (Katz)
  interval for a ratio of Poisson rate ratios, with 0.5 added to every count when one is 0.
"""

import math
from dataclasses import dataclass

from django.utils.translation import gettext, gettext_noop

Z_95 = 1.959963984540054
ALPHA = 0.05
# Fewer incidents than this at the measure's places, before and after together: no verdict.
MIN_EVENTS = 10

FEWER = "fewer"
NO_CLEAR_DIFFERENCE = "no_clear_difference"
MORE = "more"
TOO_FEW = "too_few"

# Swedish msgids, translated when shown (the public promise pages also speak English).
VERDICTS = {
    FEWER: gettext_noop("färre händelser efter åtgärden, och fler än slumpen förklarar"),
    NO_CLEAR_DIFFERENCE: gettext_noop("ingen tydlig skillnad"),
    MORE: gettext_noop("fler händelser efter åtgärden"),
    TOO_FEW: gettext_noop("för få händelser för att säga något"),
}


# --- The binomial distribution, exactly ---------------------------------------------------


def _log_pmf(k: int, n: int, p: float) -> float:
    if p <= 0.0:
        return 0.0 if k == 0 else -math.inf
    if p >= 1.0:
        return 0.0 if k == n else -math.inf
    return (
        math.lgamma(n + 1)
        - math.lgamma(k + 1)
        - math.lgamma(n - k + 1)
        + k * math.log(p)
        + (n - k) * math.log1p(-p)
    )


def binomial_pmf(k: int, n: int, p: float) -> float:
    return math.exp(_log_pmf(k, n, p))


# Above this many events the exact sums cost seconds per interval (a bisection sums up to n
# terms a hundred times), and the normal approximation with continuity correction is accurate
# to well under the rounding the page shows; below it everything stays exact.
EXACT_UP_TO = 1000


def _normal_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / math.sqrt(2))


def _approximate_cdf(k: int, n: int, p: float) -> float:
    spread = math.sqrt(n * p * (1 - p))
    return _normal_cdf((k + 0.5 - n * p) / spread)


def binomial_cdf(k: int, n: int, p: float) -> float:
    """P(X ≤ k) for X ~ binomial(n, p)."""
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    if n > EXACT_UP_TO and 0.0 < p < 1.0:
        return _approximate_cdf(k, n, p)
    return min(1.0, math.fsum(binomial_pmf(i, n, p) for i in range(k + 1)))


def binomial_test(k: int, n: int, p: float = 0.5) -> float:
    """Two-sided exact p-value: the probability of outcomes no more likely than ``k``."""
    if n == 0:
        return 1.0
    if n > EXACT_UP_TO and 0.0 < p < 1.0:
        tail = min(_approximate_cdf(k, n, p), 1 - _approximate_cdf(k - 1, n, p))
        return min(1.0, 2 * tail)
    observed = binomial_pmf(k, n, p)
    total = math.fsum(
        prob
        for prob in (binomial_pmf(i, n, p) for i in range(n + 1))
        if prob <= observed * (1 + 1e-7)
    )
    return min(1.0, total)


def _bisect(function, target: float, low: float = 0.0, high: float = 1.0) -> float:
    """The p in [low, high] where the decreasing ``function(p)`` crosses ``target``."""
    for _ in range(100):
        middle = (low + high) / 2
        if function(middle) > target:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def clopper_pearson(k: int, n: int, alpha: float = ALPHA) -> tuple[float, float]:
    """The exact (Clopper–Pearson) 1 − alpha interval for a binomial proportion."""
    if n == 0:
        return 0.0, 1.0
    # P(X ≥ k) grows with p: bisect on its negation, which decreases.
    lower = 0.0
    if k > 0:
        lower = _bisect(lambda p: -(1 - binomial_cdf(k - 1, n, p)), -alpha / 2)
    upper = 1.0 if k == n else _bisect(lambda p: binomial_cdf(k, n, p), alpha / 2)
    return lower, upper


def _ratio(p: float) -> float:
    return math.inf if p >= 1.0 else p / (1 - p)


# --- The judgement --------------------------------------------------------------------------


@dataclass(frozen=True)
class Effect:
    before: int
    after: int
    comparison_before: int | None
    comparison_after: int | None
    ratio: float | None  # after/before, adjusted by the comparison places when used
    low: float | None
    high: float | None
    p_value: float | None
    verdict: str
    uses_comparison: bool

    @property
    def verdict_text(self) -> str:
        return gettext(VERDICTS[self.verdict])

    def recount(self, before, after, comparison_before, comparison_after) -> "Effect":
        """The same judgement on other counts (the disclosure layer asks whether a verdict
        would differ for any value a masked count could have)."""
        return estimate(before, after, comparison_before, comparison_after)

    @property
    def percent_change(self) -> int | None:
        """The change in per cent (−40 means 40 % fewer), rounded."""
        if self.ratio is None or math.isinf(self.ratio):
            return None
        return round((self.ratio - 1) * 100)

    @property
    def interval_percent(self) -> tuple[int | None, int | None]:
        def percent(value):
            if value is None or math.isinf(value):
                return None
            return round((value - 1) * 100)

        return percent(self.low), percent(self.high)


def _verdict(low: float, high: float) -> str:
    if high < 1:
        return FEWER
    if low > 1:
        return MORE
    return NO_CLEAR_DIFFERENCE


def estimate(
    before: int,
    after: int,
    comparison_before: int | None = None,
    comparison_after: int | None = None,
) -> Effect:
    """Judge a before/after pair of counts in equal windows, with comparison counts if any."""
    if min(before, after) < 0 or min(comparison_before or 0, comparison_after or 0) < 0:
        raise ValueError("counts cannot be negative")
    if before + after < MIN_EVENTS:
        return Effect(
            before, after, comparison_before, comparison_after, None, None, None, None,
            TOO_FEW, False,
        )  # fmt: skip
    comparable = (
        comparison_before is not None
        and comparison_after is not None
        and comparison_before + comparison_after >= MIN_EVENTS
    )
    if comparable:
        counts = [after, before, comparison_after, comparison_before]
        if 0 in counts:
            counts = [c + 0.5 for c in counts]
        a1, b1, a0, b0 = counts
        log_ratio = math.log(a1 / b1) - math.log(a0 / b0)
        se = math.sqrt(sum(1 / c for c in counts))
        low, high = math.exp(log_ratio - Z_95 * se), math.exp(log_ratio + Z_95 * se)
        z = abs(log_ratio) / se
        p_value = math.erfc(z / math.sqrt(2))
        ratio = math.exp(log_ratio)
    else:
        n = before + after
        p_low, p_high = clopper_pearson(after, n)
        low, high = _ratio(p_low), _ratio(p_high)
        ratio = _ratio(after / n)
        p_value = binomial_test(after, n)
    return Effect(
        before,
        after,
        comparison_before if comparable else None,
        comparison_after if comparable else None,
        ratio,
        low,
        high,
        p_value,
        _verdict(low, high),
        comparable,
    )


# --- Choosing comparison places -------------------------------------------------------------


def _cosine(a: dict, b: dict) -> float:
    keys = set(a) | set(b)
    dot = sum(a.get(k, 0) * b.get(k, 0) for k in keys)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def choose_comparison(
    treated_mix: dict,
    treated_places: int,
    candidates: dict,
    *,
    limit: int = 5,
    min_similarity: float = 0.5,
    max_level_factor: float = 3.0,
) -> list:
    """The candidate places most like the measure's places before it started.

    ``treated_mix`` counts the measure's places' incidents per (top-level) category in the
    before window, summed over its ``treated_places`` places; ``candidates`` maps each other
    place to the same kind of counts. A candidate qualifies when its level (incidents per
    place) is within ``max_level_factor`` of the measure's places' and its category mix is
    similar (cosine ≥ ``min_similarity``); the ``limit`` closest are returned, closest first.
    """
    if treated_places <= 0:
        return []
    level = sum(treated_mix.values()) / treated_places
    if level <= 0:
        return []
    scored = []
    for key, mix in candidates.items():
        total = sum(mix.values())
        if total <= 0:
            continue
        distance = abs(math.log(total / level))
        similarity = _cosine(treated_mix, mix)
        if distance > math.log(max_level_factor) or similarity < min_similarity:
            continue
        scored.append((distance + (1 - similarity), str(key), key))
    scored.sort()
    return [key for _, _, key in scored[:limit]]
