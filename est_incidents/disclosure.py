"""The one disclosure layer: every count of incidents shown to a viewer passes here.

Pages compute exact numbers (``compute_situation``, ``monthly_counts``, ``measure_effects``…)
and hand them to this layer with the viewer; what comes back holds no raw number, only
``Disclosed`` values. A ``Disclosed`` renders (``str``/``__html__``) as the localized number or
as the masked text ("färre än 5"), and refuses arithmetic, ``int()``, ``bool()`` and
comparison with a number (``TypeError``): a page that forgets the layer, or does sums on what
it shows, fails loudly instead of printing a small count. Exact viewers get the same type,
never masked. Derived values (a change, a percentage, a rate ratio, an interval, a verdict) are
computed here, from the exact numbers, and are masked whenever any count they come from is.

Who sees what:

- A coordinator, and a viewer who has filtered the picture to one of their own organisations,
  see it exact. Effect tables and story pages count every organisation's incidents at a place:
  exact for the coordinator only; other staff see them by the cell-key method below
  (``effect_for_viewer``: each window count's own part exactly, the rest perturbed, the change,
  interval and verdict judged from the shown counts); the public pages' effects mask under 5.
- Everyone else: every count from 1 to 4 is masked, and where a breakdown adds up to a shown
  total, a single masked count is protected by masking the next smallest one too (secondary
  suppression), so no masked count can be worked out by subtraction. A change is masked when
  either side of it is. Hotspots and ~200 m cells under 5 are left out, and the map's points are
  grouped into cells of about 250 m × 250 m; cells with fewer than 5 incidents are left out.
- Zero is a count too: when the picture holds 1–4 incidents of organisations other than the
  viewer's, no breakdown of it is shown at all (categories, places, weekday × hour, hotspots,
  map, the other organisations' rows) and its total and comparisons are masked, so no cell can
  name the category, place or hour of a single incident by being the only one that is not 0.
  Likewise a trend (or the months of a year) that adds up to 1–4 is masked in every period.
- An empty picture is withheld the same way and its total masked (an exact 0 for another
  organisation's day is a count too), and a trend's periods under 5, 0 included, are masked: a
  one-day trend of exact zeros beside masked days would say which days had them.
- In the breakdown by organisation, the viewer's own organisations' rows stay exact.
- Other organisations' part is perturbed (the cell-key method, ``perturbed_picture``): for a
  viewer who is not exact, every count of a picture is their own organisations' part exactly
  plus the rest perturbed by a fixed table indexed by the rest's count and cell key (the sum of
  its incidents' record keys): never 1–4, the same set of incidents always the same value. So
  subtracting one's own incidents, or differencing two pictures of nested periods, yields no
  count under 5. The masking above then has nothing left to hide except what is withheld.
"""

import copy
import html
import itertools
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.utils.formats import localize
from django.utils.translation import gettext

from est_incidents.models.incidents import RECORD_KEY_MODULUS
from hjo_safety import permissions

THRESHOLD = 5
# The cell of every map whose points are grouped for the viewer (this picture, the public
# figures): ~250 m at Hjo's latitude (58.3° N): 1° latitude ≈ 111.3 km, 1° longitude ≈ 58.5 km.
MAP_CELL_LAT = Decimal("0.00225")
MAP_CELL_LNG = Decimal("0.0043")

COUNT, CHANGE, PERCENT, SIGNED_PERCENT = "count", "change", "percent", "signed_percent"
SUM = "sum"  # public figures: a total of the shown counts it covers (None: none is shown)
UNDEFINED = "—"  # a percentage of nothing
NONE_SHOWN_TEXT = "–"  # a sum of shown counts when none of them is shown

# What a viewer reads a value as (``Disclosed.state``; the public figures' suppression states,
# ``safety_statistics.suppression``): the number, "färre än 5" (a count 1–4, or 0–4 on the
# public pages), "visas inte" (hidden so that a small count cannot be worked out, or a value
# derived from a masked count), "–" (a sum of shown counts of which none is shown).
SHOWN, SMALL, HIDDEN, NONE_SHOWN = "shown", "small", "hidden", "none"


def _refuse(*_args, **_kwargs):
    raise TypeError(
        "a disclosed value is only for showing: compute with the exact numbers inside "
        "est_incidents.disclosure"
    )


class Disclosed:
    """A number as one viewer may read it: shown (possibly undefined, "—") or masked.

    Its only renderings are ``str()`` and ``__html__()``. ``shown`` gives the number a viewer
    may read (``None`` when masked or undefined) for what needs a shown number as a number: a
    bar's length, a plural form.
    """

    __slots__ = ("_value", "_masked", "_kind", "_secondary")

    def __init__(self, value, *, masked: bool = False, kind: str = COUNT, secondary=False):
        object.__setattr__(self, "_value", None if masked else value)
        object.__setattr__(self, "_masked", bool(masked))
        object.__setattr__(self, "_kind", kind)
        # A count of 5 or more masked only so that a small one cannot be worked out.
        object.__setattr__(self, "_secondary", bool(masked and secondary))

    def __setattr__(self, name, value):
        raise AttributeError("a disclosed value cannot be changed")

    def __reduce__(self):
        return (_rebuild, (self._value, self._masked, self._kind, self._secondary))

    def __copy__(self):
        return self

    def __deepcopy__(self, _memo):
        return self

    @property
    def masked(self) -> bool:
        return self._masked

    @property
    def state(self) -> str:
        """``SHOWN``, ``SMALL`` ("färre än 5"), ``HIDDEN`` ("visas inte") or ``NONE_SHOWN``
        ("–", or "—" for a percentage of nothing): for a page's CSS class."""
        if self._masked:
            return SMALL if self._kind == COUNT and not self._secondary else HIDDEN
        return NONE_SHOWN if self._value is None else SHOWN

    @property
    def shown(self):
        """The number as shown (``None`` when masked or undefined)."""
        return self._value

    def __str__(self) -> str:
        if self._masked:
            return gettext("färre än 5") if self.state == SMALL else gettext("visas inte")
        value = self._value
        if value is None:
            return NONE_SHOWN_TEXT if self._kind == SUM else UNDEFINED
        if self._kind in (COUNT, SUM):
            if type(value) is int and -1000 < value < 1000:
                return str(value)  # what localize() gives without a thousands separator
            return str(localize(value))
        if self._kind == CHANGE:
            return f"{value:+d}"
        if self._kind == PERCENT:
            return f"{value:+d} %"
        return f"{value:+d} %".replace("-", "−")  # SIGNED_PERCENT: a real minus sign

    def __html__(self) -> str:
        """What ``conditional_escape(str(self))`` gives, as a str."""
        value = self._value
        if type(value) is int and -1000 < value < 1000 and self._kind == COUNT:
            return str(value)  # a shown count's digits (``__str__``): nothing to escape
        return html.escape(str(self))

    def __repr__(self) -> str:
        state = "masked" if self._masked else repr(self._value)
        return f"Disclosed({state}, {self._kind})"

    def __eq__(self, other):
        if isinstance(other, Disclosed):
            return (self._masked, self._value, self._kind, self._secondary) == (
                other._masked,
                other._value,
                other._kind,
                other._secondary,
            )
        _refuse()

    def __hash__(self):
        return hash((self._masked, self._value, self._kind, self._secondary))

    __ne__ = lambda self, other: not self.__eq__(other)  # noqa: E731
    __lt__ = __le__ = __gt__ = __ge__ = _refuse
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _refuse
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _refuse
    __neg__ = __pos__ = __abs__ = __round__ = _refuse
    __int__ = __float__ = __index__ = __bool__ = _refuse


def _rebuild(value, masked, kind, secondary=False):
    return Disclosed(value, masked=masked, kind=kind, secondary=secondary)


def small(value) -> bool:
    """A count from 1 to 4: never shown to a viewer who may not see the incidents."""
    return value is not None and not isinstance(value, str) and 0 < value < THRESHOLD


def under_threshold(value) -> bool:
    """A count from 0 to 4: what a picture's own total and trend never show a viewer who may not
    see the incidents (in a breakdown whose total is shown, 0 stays: it names nothing)."""
    return value is not None and not isinstance(value, str) and value < THRESHOLD


def count(value: int | None, *, exact: bool, zero_is_small: bool = False) -> Disclosed:
    """``value`` as a count for a viewer: masked when 1–4 unless ``exact``; ``None`` (a count
    already hidden by suppression) is masked. ``zero_is_small``: 0 is masked too (a count that
    stands alone for named places, as in an effect table)."""
    if exact:
        return Disclosed(value, masked=value is None)
    hide = small(value) or (zero_is_small and value == 0)
    return Disclosed(value, masked=value is None or hide)


def derived(value, *inputs: Disclosed, kind: str) -> Disclosed:
    """A value computed from ``inputs`` (a change, a percentage): masked when any input is."""
    if isinstance(value, str):  # a percentage of nothing
        value = None
    return Disclosed(value, masked=any(i.masked for i in inputs), kind=kind)


def released(value: int, state: str) -> Disclosed:
    """A count of the public figures (``/trygghet-i-siffror/``, its map, the promise page's
    evidence) in the ``state`` that ``safety_statistics.suppression`` decided for it: the
    public viewer is never exact."""
    if state == NONE_SHOWN:
        return Disclosed(None, kind=SUM)
    return Disclosed(value, masked=state != SHOWN, secondary=state == HIDDEN)


def shown_sum(total: int) -> Disclosed:
    """A total of the shown counts it covers (``suppression.shown_total``): each shown count is
    5 or more, so it is 0 or at least 5; 0 means none of them is shown and reads "–"."""
    return Disclosed(total or None, kind=SUM)


def is_exact_for(user, organisation=None) -> bool:
    """Does ``user`` see exact numbers (coordinator, or a picture of their own organisation)?"""
    if permissions.is_coordinator(user):
        return True
    return organisation is not None and organisation.pk in permissions.organisation_ids(user)


# --- Suppression on the exact numbers (values 1–4 become None) ------------------------------


def _suppress(values, keep=()):
    """Counts 1–4 → None (except indexes in ``keep``); if that hides exactly one, hide the next
    smallest non-zero count as well, so the hidden one is not the total minus the rest."""
    out = [None if small(v) and i not in keep else v for i, v in enumerate(values)]
    hidden = [i for i, v in enumerate(out) if v is None and values[i] is not None]
    if len(hidden) == 1:
        others = sorted((v, i) for i, v in enumerate(out) if v)
        if others:
            out[others[0][1]] = None
    return out


def _apply(rows, key="count", keep_ids=()):
    keep = {i for i, row in enumerate(rows) if row.get("id") in keep_ids}
    for row, value in zip(rows, _suppress([row[key] for row in rows], keep), strict=True):
        row[key] = value


def _group_points(points):
    cells = defaultdict(lambda: [0.0, 0.0, 0])
    cell_lat, cell_lng = float(MAP_CELL_LAT), float(MAP_CELL_LNG)
    for lat, lng, n, *_ in points:
        key = (int(lat // cell_lat), int(lng // cell_lng))
        cells[key][2] += n
    grouped = []
    for (y, x), (_, _, n) in cells.items():
        if n >= THRESHOLD:
            grouped.append([round((y + 0.5) * cell_lat, 5), round((x + 0.5) * cell_lng, 5), n])
    grouped.sort(key=lambda point: (-point[2], point[0], point[1]))
    return grouped


def _withhold(shown, own_ids):
    """The picture holds 1–4 incidents of other organisations: no count that includes them,
    and no breakdown of them (a 0 beside a single masked cell names that cell)."""
    shown["withheld"] = True
    shown["total"] = None
    if "from_citizen_tips" in shown:
        shown["from_citizen_tips"] = None
    for name in ("by_category", "by_subcategory", "by_place"):
        shown[name] = []
    shown["by_organisation"] = [r for r in shown.get("by_organisation", []) if r["id"] in own_ids]
    shown["weekday_hour"] = None
    shown["hotspots"] = {"top": [], "risen": []}
    if "points" in shown:
        shown["points"] = []
        shown["point_count"] = None
    if shown.get("trend"):
        shown["trend"][-1]["count"] = None  # the period itself


_ATOMIC = frozenset({int, float, str, bool, type(None), Decimal, date, datetime})


def _copy(value):
    """``copy.deepcopy`` of a picture (dicts and lists of numbers, strings and dates) at a
    fraction of its cost: no memo (a picture has no cycles; values shared inside it, like the
    hot spots of "top" and "risen", become separate copies, which the code below replaces
    anyway), atomic values as they are, anything else through ``copy.deepcopy``. A year's
    picture with its map points was ~12 % of the picture's CPU on the miss path."""
    kind = type(value)
    if kind is dict:
        return {key: _copy(item) for key, item in value.items()}
    if kind is list:
        if all(type(item) in _ATOMIC for item in value):
            return value[:]
        return [_copy(item) for item in value]
    if kind in _ATOMIC:
        return value
    return copy.deepcopy(value)


def _copy_shared(value, memo: dict):
    """``copy.deepcopy(value)`` of a picture, at a fraction of its cost, keeping what deepcopy
    keeps: a dict or list found twice inside it (a live picture's hot spots, in both "top" and
    "risen") is copied once and shared in the copy too, so the copy is changed exactly as a deep
    copy would be. Atomic values as they are, anything else through ``copy.deepcopy`` with the
    same memo. (``perturbed_picture``'s deep copy was the largest single cost of a held
    meeting's page on the miss path: cProfile in ``bench/RESULTS.md``.)"""
    kind = type(value)
    if kind is dict:
        found = memo.get(id(value))
        if found is not None:
            return found
        new = memo[id(value)] = {}
        for key, item in value.items():
            new[key] = item if type(item) in _ATOMIC else _copy_shared(item, memo)
        return new
    if kind is list:
        found = memo.get(id(value))
        if found is not None:
            return found
        if all(type(item) in _ATOMIC for item in value):
            new = value[:]
        else:
            new = [item if type(item) in _ATOMIC else _copy_shared(item, memo) for item in value]
        memo[id(value)] = new
        return new
    if kind in _ATOMIC:
        return value
    return copy.deepcopy(value, memo)


def _without_parts(picture: dict) -> dict:
    """``picture`` without the own parts frozen with a held meeting's picture (``own_parts``):
    read from the original only (``frozen_own_part``) and never shown (``_strip_keys``), so a
    viewer's copy does not copy them (over half of a frozen picture)."""
    if "own_parts" not in picture:
        return picture
    return {key: value for key, value in picture.items() if key != "own_parts"}


def _suppressed_picture(picture: dict, user, exact: dict | None = None) -> dict:
    """``picture`` with every count ``user`` may not read set to None, changed in place (the
    viewer's own copy: ``perturbed_picture``'s). ``exact``: the exact picture (when ``picture``
    is its perturbed copy), which decides what is withheld."""
    exact = exact or picture
    shown = picture
    shown["suppressed"] = True
    own_ids = permissions.organisation_ids(user)
    others = sum(r["count"] for r in exact.get("by_organisation", []) if r["id"] not in own_ids)
    if small(others) or exact.get("total") == 0:
        # An empty picture of other organisations says "none" in every breakdown: withheld too.
        _withhold(shown, own_ids)
    if exact is not picture and has_keys(exact) and not shown.get("withheld"):
        # Perturbed (``perturbed_picture``): the part the viewer may not see is never 1–4, so a
        # count of 1–4 is the viewer's own incidents only, and nothing needs masking; what is
        # withheld above is decided on the exact counts (and a withheld picture keeps every
        # earlier rule besides). The map keeps its grouped cells.
        if "points" in shown:
            shown["points"] = [point for point in shown["points"] if point[2]]
        return shown
    tips = shown.get("from_citizen_tips")
    if tips is not None:
        # "Of which citizens' tips" splits the total in two: hide it when either part is small,
        # so neither the tips nor the staff-logged rest can be read off the total.
        rest = (shown.get("total") or 0) - tips
        if small(tips) or small(rest):
            shown["from_citizen_tips"] = None
    if under_threshold(shown.get("total")):
        shown["total"] = None
    for name in ("vs_previous", "vs_year_ago"):
        change = shown[name]
        if (
            shown["total"] is None
            or under_threshold(change["current"])
            or under_threshold(change["earlier"])
        ):
            change["current"] = change["earlier"] = None
    trend = shown.get("trend", [])
    every = small(sum(p["count"] for p in exact.get("trend", [])))
    for period in trend:  # zeros beside masked periods would say which periods had them
        if every or under_threshold(period["count"]):
            period["count"] = None

    _apply(shown.get("by_category", []))
    subcategories = shown.get("by_subcategory", [])
    _apply(subcategories)
    groups = defaultdict(list)
    for row in subcategories:
        groups[row.get("parent") or row["name"]].append(row)
    for rows in groups.values():  # a main category's count is shown: protect within it too
        counts = [row["count"] for row in rows]
        if sum(1 for c in counts if c is None) == 1:
            others = sorted((c, i) for i, c in enumerate(counts) if c)
            if others:
                rows[others[0][1]]["count"] = None
    _apply(shown.get("by_organisation", []), keep_ids=own_ids)

    places = shown.get("by_place", [])
    for place in places:
        if small(place.get("previous")):
            place["previous"] = None
    _apply(places)
    if small(shown.get("point_count")):
        shown["point_count"] = None

    flat = [n for row in shown.get("weekday_hour") or [] for n in row]
    if flat:
        flat = _suppress(flat)
        shown["weekday_hour"] = [flat[day * 24 : day * 24 + 24] for day in range(7)]

    hotspots = shown.get("hotspots", {})
    for name in ("top", "risen"):
        hotspots[name] = [
            spot
            for spot in hotspots.get(name, [])
            if not small(spot["count"]) and not small(spot["previous"])
        ]
    if "points" in shown:
        shown["points"] = _group_points(shown["points"])
    return shown


# --- Turning the numbers into Disclosed values ------------------------------------------------


def _counts(rows, key="count", *extra):
    for row in rows or []:
        for name in (key, *extra):
            if name in row:
                row[name] = count(row[name], exact=True)


def _disclosed_change(change: dict, exact_change: dict) -> dict:
    current = count(change["current"], exact=True)
    earlier = count(change["earlier"], exact=True)
    return {
        "current": current,
        "earlier": earlier,
        "change": derived(exact_change["change"], current, earlier, kind=CHANGE),
        "percent": derived(exact_change["percent"], current, earlier, kind=PERCENT),
    }


def _disclosed_spot(spot: dict) -> dict:
    shown = {
        **spot,
        "count": count(spot["count"], exact=True),
        "previous": count(spot["previous"], exact=True),
    }
    shown["change"] = derived(spot["change"], shown["count"], shown["previous"], kind=CHANGE)
    return shown


def _disclosed(shown: dict, exact: dict) -> dict:
    """``shown`` (its hidden counts None) with every count a ``Disclosed``; derived values are
    computed from ``exact`` and masked with their inputs."""
    for name in ("total", "from_citizen_tips", "point_count", "police_total"):
        if name in shown:
            shown[name] = count(shown[name], exact=True)
    for name in ("vs_previous", "vs_year_ago"):
        if name in shown:
            shown[name] = _disclosed_change(shown[name], exact[name])
    _counts(shown.get("trend"))
    for name in ("by_category", "by_subcategory", "by_organisation", "police_by_type"):
        _counts(shown.get(name))
    _counts(shown.get("by_place"), "count", "previous")
    if shown.get("weekday_hour") is not None:
        shown["weekday_hour"] = [
            [count(n, exact=True) for n in row] for row in shown["weekday_hour"]
        ]
    hotspots = shown.get("hotspots", {})
    for name, spots in hotspots.items():  # "top" and "risen" share spots: new dicts
        hotspots[name] = [_disclosed_spot(spot) for spot in spots]
    return shown


def picture_for_viewer(
    picture: dict | None, user, *, organisation=None, own: dict | None = None
) -> dict | None:
    """The picture as ``user`` may see it: a copy whose counts are ``Disclosed`` values (the
    stored picture is never changed). The map's ``points`` stay plain ``[lat, lng, n]`` for the
    map's JSON: cells of at least 5 incidents only, unless the viewer is exact.

    For a viewer who is not exact, each count is first the viewer's own part exactly plus the
    rest perturbed (``perturbed_picture``); ``own`` is the viewer's own part
    (``situation.own_part``), or, for a held meeting's frozen copy, read from the parts frozen
    with it (``own_parts``)."""
    if not picture:
        return picture
    if is_exact_for(user, organisation):
        # Not copied: what ``_strip_keys`` drops, and the points, which it copies.
        shown = _copy(
            {
                key: (None if key == "points" else value)
                for key, value in picture.items()
                if key not in _NOT_COPIED or key == "points"
            }
        )
        if "points" in picture:
            shown["points"] = list(picture["points"])  # its points copied by _strip_keys
        shown["suppressed"] = False
        reference = picture
    else:
        if own is None:
            own = frozen_own_part(picture, user)
        shown = perturbed_picture(picture, own)
        # The changes' derived values as perturbed: suppression below hides their counts only
        # (``current``, ``earlier``), in place, so the copy is its own reference.
        reference = {name: dict(shown[name]) for name in ("vs_previous", "vs_year_ago")}
        shown = _suppressed_picture(shown, user, exact=picture)
        shown["perturbed"] = has_keys(picture)
    shown.setdefault("withheld", False)
    shown.setdefault("perturbed", False)
    _strip_keys(shown)
    return _disclosed(shown, reference)


def counts_for_viewer(
    rows: list[dict],
    user,
    *,
    key: str = "count",
    withheld: bool = False,
    own: list[dict] | None = None,
) -> list[dict]:
    """Rows of one breakdown that adds up to a shown total (e.g. the months of a year), as
    ``user`` may see them: the same rule as ``picture_for_viewer`` (copies, ``Disclosed``;
    ``own``: the same rows counting the viewer's own organisations only, shown exactly, the
    rest perturbed). When they add up to 1–4, or ``withheld`` (the picture they belong to is),
    every row is masked: zeros beside one masked row would name it."""
    exact_rows = rows
    rows = _copy(rows)
    if not is_exact_for(user):
        if all("k" in row for row in rows):
            own_by_start = {row["start"]: row for row in own or []}
            for row in rows:
                mine = own_by_start.get(row["start"], {key: 0, "k": 0})
                row[key] = mine[key] + perturbed(row[key] - mine[key], row["k"] - mine["k"])
        if withheld or small(sum(row[key] for row in exact_rows)):
            for row in rows:
                row[key] = None
        _apply(rows, key=key)
    for row in rows:
        row.pop("k", None)
    _counts(rows, key)
    return rows


# --- The cell-key method: the part of a count that the viewer may not see, perturbed ----------

# For each count of incidents the viewer may not see (capped at ``PERTURBATION_CAP``): the noise
# added and the cumulative probability up to which the cell's key (as a fraction of
# ``RECORD_KEY_MODULUS``) picks it. A count from 1 to 4 becomes 0 or 5 (on average itself), 5
# becomes 0, 5, 6 or 7, 6 becomes 5–7, larger counts move by at most 2 and stay at least 5: no
# perturbed count is ever 1–4, and 0 stays 0 (nothing to hide). Fixed, like the keys: the same set
# of incidents always gets the same value, a different set an independent one.
PERTURBATION_CAP = 7
PERTURBATION = {
    1: ((-1, 0.8), (4, 1.0)),
    2: ((-2, 0.6), (3, 1.0)),
    3: ((-3, 0.4), (2, 1.0)),
    4: ((-4, 0.2), (1, 1.0)),
    5: ((-5, 0.1), (0, 0.6), (1, 0.8), (2, 1.0)),
    6: ((-1, 0.25), (0, 0.75), (1, 1.0)),
    7: ((-2, 0.1), (-1, 0.3), (0, 0.7), (1, 0.9), (2, 1.0)),
}


def _first_at_or_above(upto: float) -> int:
    """The smallest key ``r`` (mod N) whose fraction ``r / N`` is not below ``upto``: every
    smaller key is below it, as division by N keeps the order."""
    r = min(int(upto * RECORD_KEY_MODULUS), RECORD_KEY_MODULUS)
    while r > 0 and (r - 1) / RECORD_KEY_MODULUS >= upto:
        r -= 1
    while r < RECORD_KEY_MODULUS and r / RECORD_KEY_MODULUS < upto:
        r += 1
    return r


# ``PERTURBATION`` with each cumulative probability as the first key (mod N) beyond it: the same
# choice as comparing the key's fraction, without a division per count.
_PERTURBATION_KEYS = {
    n: tuple((noise, _first_at_or_above(upto)) for noise, upto in choices)
    for n, choices in PERTURBATION.items()
}


def perturbed(n: int, key: int) -> int:
    """``n`` incidents whose record keys add up to ``key``, as shown to a viewer who may not
    see them: never 1–4; the same (``n``, ``key mod N``) always gives the same value: the noise
    of the first choice in ``PERTURBATION[n]`` whose cumulative probability the key's fraction
    of N is below."""
    if n <= 0:
        return n
    r = key % RECORD_KEY_MODULUS
    for noise, beyond in _PERTURBATION_KEYS[n if n < PERTURBATION_CAP else PERTURBATION_CAP]:
        if r < beyond:
            return n + noise
    return n + noise  # r < N always; for the type checker


def _refs(picture: dict):
    """Every count of ``picture`` with its key: (cell id, its container and field, the key's
    container and field). The same set of incidents has the same cell id in every picture of
    the same period and filters (a place's count in the table and in the hotspots, say)."""
    yield "total", picture, "total", picture, "total_k"
    if "from_citizen_tips" in picture:
        yield "tips", picture, "from_citizen_tips", picture, "from_citizen_tips_k"
    yield "year_ago", picture["vs_year_ago"], "earlier", picture, "year_ago_k"
    for period in picture.get("trend", []):
        yield f"trend:{period['start']}", period, "count", period, "k"
    for prefix, name in (
        ("cat", "by_category"),
        ("sub", "by_subcategory"),
        ("org", "by_organisation"),
    ):
        for row in picture.get(name, []):
            yield f"{prefix}:{row['id']}", row, "count", row, "k"
    for row in picture.get("by_place", []):
        yield f"place:{row['id']}", row, "count", row, "k"
        yield f"place-before:{row['id']}", row, "previous", row, "previous_k"
    for row in picture.get("located_cells", []):
        yield f"cell:{row['id']}", row, "count", row, "k"
        yield f"cell-before:{row['id']}", row, "previous", row, "previous_k"
    for name in ("top", "risen"):
        for spot in picture.get("hotspots", {}).get(name, []):
            yield f"{spot['kind']}:{spot['id']}", spot, "count", spot, "k"
            yield f"{spot['kind']}-before:{spot['id']}", spot, "previous", spot, "previous_k"
    grid, grid_keys = picture.get("weekday_hour"), picture.get("weekday_hour_k")
    if grid is not None:
        for day in range(7):
            for hour in range(24):
                yield f"wh:{day}:{hour}", grid[day], hour, grid_keys[day], hour
    for point in picture.get("points", []):
        yield f"pt:{point[0]}:{point[1]}", point, 2, point, 3
    if "point_count" in picture:
        yield "points", picture, "point_count", picture, "point_count_k"


def has_keys(picture: dict) -> bool:
    """Was ``picture`` computed with its key sums (not a meeting frozen before issue 21's
    round-3 fix, which keeps the earlier rules only)?"""
    return "total_k" in picture


def own_cells(picture: dict) -> dict:
    """``{cell id: (n, k)}`` of a picture computed for one organisation: its own part."""
    return {cell: (box[field], kbox[kfield]) for cell, box, field, kbox, kfield in _refs(picture)}


def add_cells(into: dict, cells: dict) -> dict:
    for cell, (n, k) in cells.items():
        before = into.get(cell, (0, 0))
        into[cell] = (before[0] + n, before[1] + k)
    return into


def frozen_own_part(picture: dict, user) -> dict:
    """The viewer's own part of a frozen picture, from the parts frozen with it."""
    own: dict = {}
    parts = picture.get("own_parts") or {}
    for pk in sorted(permissions.organisation_ids(user)):
        add_cells(own, parts.get(str(pk), {}))
    return own


def _map_cell(lat, lng):
    return (int(lat // float(MAP_CELL_LAT)), int(lng // float(MAP_CELL_LNG)))


# Never in a viewer's copy of a picture with keys: the frozen own parts, the located cells (read
# from the original for the hot spots they are), the key grid (read from the original) and the
# map's points (grouped anew from the original's).
_NOT_COPIED = frozenset({"own_parts", "located_cells", "weekday_hour_k", "points"})


def perturbed_picture(picture: dict, own: dict) -> dict:
    """A copy of ``picture`` in which every count is the viewer's ``own`` part exactly plus the
    rest (other organisations' incidents) perturbed: subtracting what the viewer knows leaves a
    perturbed count, never 1–4, and two pictures of nested periods differ by the difference of
    two independent perturbations, not by the count of the days between. Changes, percentages
    and the hotspots' order are recomputed from the perturbed counts. The map's points are
    grouped into its ~250 m cells first, each cell perturbed as a whole.

    Every count of ``_refs`` is perturbed, in one loop per kind of row rather than through the
    generator (a year's picture has ~3,500 counts), except those never shown: the located
    cells (``located_cells``: only whether one of them has 1–4 of the others' incidents counts,
    for the hot spot of that cell) and the points (grouped and perturbed per map cell). The
    copy leaves out what the viewer's copy drops anyway (``_NOT_COPIED``, ``_strip_keys``)."""
    if not has_keys(picture):
        return _copy_shared(_without_parts(picture), {})
    shown = _copy_shared(
        {
            key: (None if key == "points" else value)
            for key, value in picture.items()
            if key not in _NOT_COPIED or key == "points"
        },
        {},
    )
    few = set()  # cells with 1–4 of the others' incidents
    get = own.get
    nothing = (0, 0)

    def perturb(cell, n, k):
        """The count ``n`` (key sum ``k``) of ``cell`` as shown: the viewer's own part exactly
        plus the rest perturbed."""
        mine, mine_k = get(cell, nothing)
        rest = n - mine
        if 0 < rest < THRESHOLD:
            few.add(cell)
        return mine + perturbed(rest, k - mine_k)

    shown["total"] = perturb("total", shown["total"], shown["total_k"])
    if "from_citizen_tips" in shown:
        shown["from_citizen_tips"] = perturb(
            "tips", shown["from_citizen_tips"], shown["from_citizen_tips_k"]
        )
    year_ago = shown["vs_year_ago"]
    year_ago["earlier"] = perturb("year_ago", year_ago["earlier"], shown["year_ago_k"])
    for period in shown.get("trend", []):
        period["count"] = perturb(f"trend:{period['start']}", period["count"], period["k"])
    for prefix, name in (
        ("cat", "by_category"),
        ("sub", "by_subcategory"),
        ("org", "by_organisation"),
    ):
        for row in shown.get(name, []):
            row["count"] = perturb(f"{prefix}:{row['id']}", row["count"], row["k"])
    for row in shown.get("by_place", []):
        row["count"] = perturb(f"place:{row['id']}", row["count"], row["k"])
        row["previous"] = perturb(f"place-before:{row['id']}", row["previous"], row["previous_k"])
    hotspots = shown.get("hotspots", {})
    spot_cells = {
        f"cell:{spot['id']}"
        for name in ("top", "risen")
        for spot in hotspots.get(name, [])
        if spot["kind"] == "cell"
    }
    for row in picture.get("located_cells", []):
        if f"cell:{row['id']}" in spot_cells:  # only its 1–4 matters: the counts are not shown
            perturb(f"cell:{row['id']}", row["count"], row["k"])
            perturb(f"cell-before:{row['id']}", row["previous"], row["previous_k"])
    done = set()
    for name in ("top", "risen"):
        for spot in hotspots.get(name, []):
            # A live picture's hotspot that is both among the most and the most risen is one
            # object in both lists: perturbed once, or its count would differ from the place's.
            if id(spot) in done:
                continue
            done.add(id(spot))
            cell = f"{spot['kind']}:{spot['id']}"
            spot["count"] = perturb(cell, spot["count"], spot["k"])
            before = f"{spot['kind']}-before:{spot['id']}"
            spot["previous"] = perturb(before, spot["previous"], spot["previous_k"])
    grid, grid_keys = shown.get("weekday_hour"), picture.get("weekday_hour_k")
    if grid is not None:
        for day in range(7):
            counts, keys = grid[day], grid_keys[day]
            for hour in range(24):
                counts[hour] = perturb(f"wh:{day}:{hour}", counts[hour], keys[hour])
    if "point_count" in shown:
        shown["point_count"] = perturb("points", shown["point_count"], shown["point_count_k"])
    if "points" in picture:
        cell_lat, cell_lng = float(MAP_CELL_LAT), float(MAP_CELL_LNG)
        cells: dict = {}
        for lat, lng, n, k in picture["points"]:
            cell = cells.setdefault((int(lat // cell_lat), int(lng // cell_lng)), [0, 0, 0, 0])
            cell[0] += n
            cell[1] += k
        for cell_id, (n, k) in own.items():
            if cell_id.startswith("pt:"):
                _, lat, lng = cell_id.split(":")
                cell = cells.get(_map_cell(float(lat), float(lng)))
                if cell is not None:
                    cell[2] += n
                    cell[3] += k
        # A map cell or a hotspot pins a place: one with 1–4 of the others' incidents is left
        # out (as before perturbation), not shown as a perturbed 5.
        shown["points"] = [
            [
                round((y + 0.5) * cell_lat, 5),
                round((x + 0.5) * cell_lng, 5),
                mine + perturbed(n - mine, k - mine_k),
                0,
            ]
            for (y, x), (n, k, mine, mine_k) in cells.items()
            if not small(n - mine)
        ]
    total = shown["total"]
    trend = shown.get("trend") or [{"count": total}, {"count": total}]
    earlier = trend[-2]["count"] if len(trend) > 1 else shown["vs_previous"]["earlier"]
    shown["vs_previous"] = _change(total, earlier)
    shown["vs_year_ago"] = _change(total, shown["vs_year_ago"]["earlier"])
    if hotspots:
        spots = {
            (s["kind"], s["id"]): s
            for name in ("top", "risen")
            for s in hotspots[name]
            if f"{s['kind']}:{s['id']}" not in few and f"{s['kind']}-before:{s['id']}" not in few
        }
        for spot in spots.values():
            spot["change"] = spot["count"] - spot["previous"]
        hotspots["top"] = sorted(
            (s for s in spots.values() if s["count"]),
            key=lambda s: (-s["count"], s["kind"], s["name"]),
        )
        hotspots["risen"] = sorted(
            (s for s in spots.values() if s["change"] > 0),
            key=lambda s: (-s["change"], s["kind"], s["name"]),
        )
    return shown


def _change(current: int, earlier: int) -> dict:
    percent = UNDEFINED if earlier == 0 else round((current - earlier) * 100 / earlier)
    return {"current": current, "earlier": earlier, "change": current - earlier, "percent": percent}


# What a viewer's copy never carries: the key sums and the frozen parts.
_KEY_FIELDS = (
    "total_k",
    "from_citizen_tips_k",
    "year_ago_k",
    "weekday_hour_k",
    "located_cells",
    "point_count_k",
    "own_parts",
)


def _strip_keys(shown: dict) -> None:
    for name in _KEY_FIELDS:
        shown.pop(name, None)
    rows = [*shown.get("trend", [])]
    for name in ("by_category", "by_subcategory", "by_organisation", "by_place"):
        rows += shown.get(name) or []
    for spots in (shown.get("hotspots") or {}).values():
        rows += spots
    for row in rows:
        row.pop("k", None)
        row.pop("previous_k", None)
    if shown.get("points"):
        shown["points"] = [point[:3] for point in shown["points"]]


def breakdown(values: list[int]) -> list[Disclosed]:
    """Counts that add up to a shown total and may name few people (the answers of a safety
    survey in one area), for every viewer alike: the public rule (1–4 masked, the next smallest
    masked too when one alone would be; all masked when they add up to 1–4)."""
    if small(sum(values)):
        return [Disclosed(None, masked=True) for _value in values]
    return [
        Disclosed(value, masked=True, secondary=True)
        if shown is None and not small(value)
        else count(shown, exact=True)
        for value, shown in zip(values, _suppress(list(values)), strict=True)
    ]


# --- Effect tables (est_measures.effect) ------------------------------------------------------


@dataclass(frozen=True)
class DisclosedEffect:
    """An ``effect.Effect`` as one viewer may read it. The change and its interval come from
    all four counts: any masked count masks them (with the counts shown, one hidden value would
    fit a given percentage). The verdict is shown only when every value the masked counts could
    have (0–4) gives the same verdict."""

    before: Disclosed
    after: Disclosed
    comparison_before: Disclosed | None
    comparison_after: Disclosed | None
    uses_comparison: bool
    change: Disclosed
    low: Disclosed
    high: Disclosed
    verdict: str  # "" when masked
    verdict_text: str

    @property
    def masked(self) -> bool:
        return self.change.masked

    @property
    def has_change(self) -> bool:
        """Is there a change to show (masked or not): enough events for a ratio."""
        return self.change.masked or self.change.shown is not None


@dataclass(frozen=True)
class DisclosedWindow:
    months: int
    complete: bool
    after_end: object
    comparison_places: tuple
    result: DisclosedEffect | None


def _percent(ratio):
    if ratio is None or math.isinf(ratio):
        return None
    return round((ratio - 1) * 100)


_EFFECT_COUNTS = ("before", "after", "comparison_before", "comparison_after")


def perturbed_effect_counts(parts: dict, own_ids) -> dict:
    """The four counts of an effect (``effect_data.WindowEffect.parts``) as a viewer who is not
    exact sees them: their own organisations' part exactly plus the rest perturbed by its count
    and key sum (``perturbed``), so that nothing shown minus one's own is 1–4 and two windows
    that differ by a few incidents of others differ by two independent perturbations. A count
    without parts (no comparison places) is ``None``."""
    own_ids = set(own_ids)
    shown = {}
    for name in _EFFECT_COUNTS:
        by_organisation = parts.get(name)
        if by_organisation is None:
            shown[name] = None
            continue
        mine = [v for pk, v in by_organisation.items() if pk in own_ids]
        rest = [v for pk, v in by_organisation.items() if pk not in own_ids]
        shown[name] = sum(n for n, _ in mine) + perturbed(
            sum(n for n, _ in rest), sum(k for _, k in rest)
        )
    return shown


def effect_for_viewer(result, *, exact: bool, parts=None, own_ids=None) -> DisclosedEffect:
    """``result`` (an ``est_measures.effect.Effect``) for a viewer.

    - ``exact`` (the coordinator): as computed.
    - ``parts`` (the counts by organisation with their key sums, ``WindowEffect.parts``) and
      ``own_ids`` (the viewer's organisations): the cell-key method, as on the lägesbild:
      each count is the viewer's own part exactly plus the rest perturbed
      (``perturbed_effect_counts``), and the change, its interval and the verdict are judged
      again from those shown counts. Nothing is masked: no shown count minus one's own is 1–4.
    - Otherwise (the public pages, counted from a release's copies without keys): counts under
      5 (0 too: each stands alone for named places) masked, and everything computed from a
      masked count masked too.
    """
    if not exact and parts:
        if own_ids is None:
            raise ValueError("the viewer's own organisations are needed to perturb the rest")
        shown = perturbed_effect_counts(parts, own_ids)
        result = result.recount(
            shown["before"], shown["after"], shown["comparison_before"], shown["comparison_after"]
        )
        exact = True  # the counts are now what the viewer may read, as they are
    before = count(result.before, exact=exact, zero_is_small=True)
    after = count(result.after, exact=exact, zero_is_small=True)
    inputs = [before, after]
    comparison_before = comparison_after = None
    if result.uses_comparison:
        comparison_before = count(result.comparison_before, exact=exact, zero_is_small=True)
        comparison_after = count(result.comparison_after, exact=exact, zero_is_small=True)
        inputs += [comparison_before, comparison_after]
    masked = any(i.masked for i in inputs)
    ratio = result.ratio
    change = derived(_percent(ratio), *inputs, kind=SIGNED_PERCENT)
    low = derived(_percent(result.low) if ratio is not None else None, *inputs, kind=SIGNED_PERCENT)
    high = derived(
        _percent(result.high) if ratio is not None else None, *inputs, kind=SIGNED_PERCENT
    )
    verdict_masked = masked and not _same_verdict_for_every_masked_value(result, inputs)
    if ratio is None and not masked:
        change = low = high = Disclosed(None, kind=SIGNED_PERCENT)
    return DisclosedEffect(
        before=before,
        after=after,
        comparison_before=comparison_before,
        comparison_after=comparison_after,
        uses_comparison=result.uses_comparison,
        change=change,
        low=low,
        high=high,
        verdict="" if verdict_masked else result.verdict,
        verdict_text=(
            gettext("visas inte: ett av antalen är färre än 5")
            if verdict_masked
            else result.verdict_text
        ),
    )


# Enumerate at most this many combinations of masked counts (each 0–4) for the verdict.
VERDICT_COMBINATIONS = 25


def _same_verdict_for_every_masked_value(result, inputs) -> bool:
    """Would the verdict be the same whatever value (0–4) each masked count has? Then it tells
    nothing the masked counts do not; otherwise it would narrow them down and is masked."""
    exact = [result.before, result.after, result.comparison_before, result.comparison_after]
    masked = [i for i, shown in enumerate(inputs) if shown.masked]
    if THRESHOLD ** len(masked) > VERDICT_COMBINATIONS:
        return False
    for values in itertools.product(range(THRESHOLD), repeat=len(masked)):
        counts = list(exact)
        for index, value in zip(masked, values, strict=True):
            counts[index] = value
        if result.recount(*counts).verdict != result.verdict:
            return False
    return True


def effects_for_viewer(windows, *, exact: bool, own_ids=None) -> list[DisclosedWindow]:
    """``effect_data.WindowEffect``s as a viewer may read them (see ``effect_for_viewer``;
    ``own_ids``: the viewer's organisations, needed unless ``exact``)."""
    return [
        DisclosedWindow(
            months=window.months,
            complete=window.complete,
            after_end=window.after_end,
            comparison_places=tuple(window.comparison_places),
            result=(
                effect_for_viewer(window.result, exact=exact, parts=window.parts, own_ids=own_ids)
                if window.complete and window.result is not None
                else None
            ),
        )
        for window in windows
    ]
