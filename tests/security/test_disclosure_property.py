"""Issue 21, point A5: no page derives a count under 5 of incidents the viewer may not see.

One fixed data set (built once for the module's one test: three organisations, places,
categories, a fortnight of days with 0–3 incidents per organisation, an intervention with 3
incidents before and 25 after, held one-day meetings) and hypothesis drawing filters
(organisation, one day, place, category) for every staff page that shows counts of other
organisations' incidents: the lägesbild and its frozen copy in a held meeting, the yearly
document, the effect tables (intervention page, EST action story), the story's hotspot and the
meeting's coverage table. Each page is rendered for a reporter of organisation A and checked:

- no count of other organisations' incidents from 1 to 4 is shown, and none can be worked out
  from a shown total and the viewer's own incidents (a total is shown only when the other
  organisations' part is 0 or at least 5);
- no breakdown shows exact zeros beside masked cells when it covers 1–4 of those incidents (it
  is not shown at all);
- no change, percentage or interval is shown beside a masked count;
- two consecutive one-day pictures never both show an exact other-organisation count of 1–4;
- (issue 21, round 3) where other organisations' part is perturbed (the cell-key method), every
  shown cell minus the viewer's own exact part is 0 or at least 5 (the subtract-own attack), and
  two pictures of nested periods differ by more than the true difference alone; likewise the
  effect windows of two interventions at one place starting a day apart.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from est_incidents.disclosure import Disclosed
from est_incidents.models import Incident
from est_incidents.models.incidents import RECORD_KEY_MODULUS
from est_incidents.services import mark_meeting_held
from hjo_safety.dates import Period, local_midnight
from tests.est_incidents.disclosed import plain
from tests.est_incidents.factories import CategoryFactory, IncidentFactory, PlaceFactory
from tests.est_incidents.meeting_factories import EstActionFactory, EstMeetingFactory
from tests.est_measures.factories import InterventionFactory
from tests.hjo_safety.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

DAYS = 12
SEED = 20261207
BREAKDOWNS = ("by_category", "by_subcategory", "by_place")


def _build(org_a, org_b, org_c, coordinator):
    """The fixed data set: small counts everywhere, on purpose."""
    import random

    rng = random.Random(SEED)
    places = [PlaceFactory(name=f"Plats {index}") for index in range(3)]
    categories = [CategoryFactory(name=f"Kategori {index}") for index in range(2)]
    first = timezone.localdate() - timedelta(days=DAYS + 2)
    days = [first + timedelta(days=index) for index in range(DAYS)]
    for day in days:
        for organisation in (org_a, org_b, org_c):
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                IncidentFactory(
                    organisation=organisation,
                    place=rng.choice([*places, None]),
                    category=rng.choice(categories),
                    occurred_at=local_midnight(day) + timedelta(hours=rng.randrange(24)),
                )
    # An intervention whose effect table has 3 of other organisations' incidents "before"
    # (issue 21, A1; since A6 shown perturbed, as 0 or 5).
    badplatsen = PlaceFactory(name="Badplatsen")
    start = timezone.now() - timedelta(days=200)
    for index in range(3):
        IncidentFactory(
            organisation=org_b, place=badplatsen, occurred_at=start - timedelta(days=10 + index)
        )
    for index in range(25):
        IncidentFactory(
            organisation=org_c, place=badplatsen, occurred_at=start + timedelta(days=1 + index)
        )
    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(hours=1))
    action = EstActionFactory(meeting=meeting, responsible_organisation=org_a)
    intervention = InterventionFactory(
        organisation=org_a, starts_at=start, places=[badplatsen], est_action=action
    )
    meetings = {}
    for day in days[:4]:
        held = EstMeetingFactory(starts_at=timezone.now() - timedelta(hours=2))
        held.period_start = held.period_end = day
        held.save()
        mark_meeting_held(held, acting_user=coordinator)
        meetings[day] = held
    return {
        "places": places,
        "categories": categories,
        "days": days,
        "intervention": intervention,
        "action": action,
        "meetings": meetings,
    }


def _others(org_a, day, *, organisation=None, place=None, category=None) -> int:
    """Other organisations' incidents under the filters (exact)."""
    incidents = Incident.objects.exclude(organisation=org_a).filter(
        occurred_at__gte=local_midnight(day), occurred_at__lt=local_midnight(day + timedelta(1))
    )
    if organisation is not None:
        incidents = incidents.filter(organisation=organisation)
    if place is not None:
        incidents = incidents.filter(place=place)
    if category is not None:
        incidents = incidents.filter(category=category)
    return incidents.count()


def _small(value) -> bool:
    return isinstance(value, int) and 0 < value < 5


def _values(rows):
    return [row["count"] for row in rows]


def _shown_cells(picture) -> dict:
    """``{cell id: value}`` of a viewer's (plain) picture, with the layer's cell ids."""
    cells = {"total": picture["total"], "tips": picture.get("from_citizen_tips")}
    for period in picture.get("trend") or []:
        cells[f"trend:{period['start']}"] = period["count"]
    for prefix, name in (("cat", "by_category"), ("sub", "by_subcategory"), ("place", "by_place")):
        for row in picture.get(name) or []:
            cells[f"{prefix}:{row['id']}"] = row["count"]
    for day, row in enumerate(picture.get("weekday_hour") or []):
        for hour, value in enumerate(row):
            cells[f"wh:{day}:{hour}"] = value
    return cells


def _own(period, viewer_organisation, **filters) -> dict:
    """The viewer's (organisation A's) exact part of every cell under ``filters``."""
    from est_incidents.disclosure import own_cells
    from est_incidents.situation import compute_situation

    if filters.get("organisation") not in (None, viewer_organisation):
        return {}
    filters["organisation"] = viewer_organisation
    return {cell: n for cell, (n, _k) in own_cells(compute_situation(period, **filters)).items()}


def _check_picture(raw, others: int, where: str, own: dict | None = None):
    """The rules on one viewer's picture (``raw``: its Disclosed values; ``own``: the viewer's
    own exact part of each cell, when the picture is perturbed)."""
    picture = plain(raw)
    assert picture["suppressed"], where
    if others and others < 5:
        # No total and no breakdown that includes 1–4 incidents of others.
        assert picture["total"] is None, where
        for name in BREAKDOWNS:
            assert picture[name] == [], (where, name)
        assert picture["weekday_hour"] is None, where
        assert picture["hotspots"] == {"top": [], "risen": []}, where
    elif own is not None:
        # Perturbed (issue 21, round 3): subtracting the viewer's own part from any shown cell
        # (the subtract-own attack) never leaves 1–4.
        for cell, value in _shown_cells(picture).items():
            if value is not None:
                assert not _small(value - own.get(cell, 0)), (where, cell, value)
    else:
        # Others 0 or ≥ 5: whatever is shown, nothing from 1 to 4 in a breakdown of them.
        for name in BREAKDOWNS:
            assert not any(_small(n) for n in _values(picture[name])), (where, name)
        grid = [n for row in picture["weekday_hour"] or [] for n in row]
        assert not any(_small(n) for n in grid), where
        assert not _small(picture["total"]), where
    for name in ("vs_previous", "vs_year_ago"):
        change = raw[name]
        if change["current"].masked or change["earlier"].masked:
            assert change["change"].masked and change["percent"].masked, (where, name)
    for name in BREAKDOWNS:  # never every cell 0 but one masked
        counts = _values(picture[name])
        if None in counts:
            assert sum(1 for n in counts if n is None) > 1 or any(counts), (where, name)


def _check_effect_rows(html: str, where: str):
    rows = re.findall(r'data-effect-months="\d+">(.*?)</tr>', html, re.S)
    assert rows, where
    for row in rows:
        if "färre än 5" in row:
            assert "%" not in row, (where, row)
        assert not re.search(r"<td>[1-4]</td>", row), (where, row)


def test_no_page_shows_a_derivable_count_under_5(client, reporter_a, org_a, coordinator):
    org_b = OrganisationFactory(name="Skola (test)", short_name="Skola")
    org_c = OrganisationFactory(name="Polisen (test)", short_name="Polisen")
    world = _build(org_a, org_b, org_c, coordinator)
    client.force_login(reporter_a)

    # Pages without filters: once.
    year = world["days"][-1].year
    document = client.get(f"/personal/lagesbild/ar/{year}/")
    assert document.status_code == 200
    months = plain(document.context["months"])
    if _small(sum(m["count"] or 0 for m in months)):
        assert all(m["count"] is None for m in months)
    from est_incidents.situation import monthly_counts

    # A's own part, shown exactly; the document shows the months since the mapping began
    own_months = {m["start"]: m for m in monthly_counts(year, organisation=org_a)}
    for month in months:
        own = own_months[month["start"]]
        assert month["count"] is None or not _small(month["count"] - own["count"]), month
    _check_effect_rows_if_any(document.content.decode())
    for url in (
        f"/personal/insatser/{world['intervention'].pk}/",
        f"/personal/est-atgarder/{world['action'].pk}/",
    ):
        page = client.get(url)
        assert page.status_code == 200, url
        _check_effect_rows(page.content.decode(), url)
    meeting = next(iter(world["meetings"].values()))
    coverage = client.get(f"/personal/est-moten/{meeting.pk}/").context["coverage"]["rows"]
    assert {row.organisation.pk for row in coverage} <= {org_a.pk}  # own counts only

    organisations = st.sampled_from([None, org_b, org_c])

    @settings(
        max_examples=30,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        day=st.integers(0, DAYS - 2),
        organisation=organisations,
        place=st.sampled_from([None, *world["places"]]),
        category=st.sampled_from([None, *world["categories"]]),
    )
    def check(day, organisation, place, category):
        filters = {"organisation": organisation, "place": place, "category": category}
        shown = {}
        for offset in (0, 1):  # two consecutive days
            date = world["days"][day + offset]
            query = {"fran": date.isoformat(), "till": date.isoformat()}
            query.update({key: value.pk for key, value in filters.items() if value is not None})
            response = client.get("/personal/lagesbild/", query)
            assert response.status_code == 200
            others = _others(org_a, date, **filters)
            raw = response.context["picture"]
            own = _own(Period(date, date), org_a, **filters)
            _check_picture(raw, others, f"{date} {filters}", own)
            shown[offset] = (plain(raw)["total"], others)
        # Consecutive days: an exact other-organisation count of 1–4 on either is never shown.
        for total, others in shown.values():
            assert not (total is not None and _small(others)), shown
        # The frozen copy of a held one-day meeting follows the same rule per reader.
        date = world["days"][day]
        if date in world["meetings"] and organisation is None and place is None:
            held = world["meetings"][date]
            own = _own(Period(date, date), org_a)
            for path in ("", "utskrift/"):
                page = client.get(f"/personal/est-moten/{held.pk}/{path}")
                _check_picture(page.context["picture"], _others(org_a, date), f"möte {date}", own)

    check()


def _check_effect_rows_if_any(html: str):
    if "data-effect-months" in html:
        _check_effect_rows(html, "årsdokument")


def test_disclosed_values_are_what_the_picture_holds(reporter_a, org_b):
    """Every count in a viewer's picture is a Disclosed value (the type the templates need)."""
    from est_incidents.disclosure import picture_for_viewer
    from est_incidents.situation import compute_situation, default_period

    IncidentFactory.create_batch(6, organisation=org_b)
    picture = picture_for_viewer(compute_situation(default_period()), reporter_a)
    assert isinstance(picture["total"], Disclosed)
    for name in (*BREAKDOWNS, "by_organisation", "trend"):
        assert all(isinstance(row["count"], Disclosed) for row in picture[name]), name
    assert all(isinstance(n, Disclosed) for row in picture["weekday_hour"] for n in row)


# Modules that may hold exact counts without the layer: where they are computed, frozen (stored
# exact, shown through the layer) or kept, the layer itself, and the benchmark loader.
EXACT_COUNT_HOLDERS = {
    "est_incidents/situation.py",
    "est_incidents/counts.py",
    "est_incidents/services.py",
    "est_incidents/disclosure.py",
    "est_incidents/picture_cache.py",
    "est_measures/effect_data.py",
    "est_incidents/publication.py",
    "est_incidents/models/releases.py",
    "est_incidents/models/incidents.py",
    "bench/load_data.py",
}
# Staff pages' sources, and the public figures' (every query of released incidents goes through
# ``Incident.objects.published``): a module that counts with them must show the counts through
# the layer (the public figures: ``disclosure.released``, in the states ``suppression`` decided).
EXACT_COUNT_SOURCES = (
    "compute_situation",
    "situation_with_parts",
    "monthly_counts",
    "measure_effects",
    "Incident.objects.published(",
    "objects.of_release(",
    "published_filter(",
    "suppression import",
)


def test_every_module_that_reads_exact_counts_shows_them_through_the_layer():
    """A new page that computes a picture, monthly counts or an effect must pass them through
    ``est_incidents.disclosure`` (or be listed above with the reason): it fails here first."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    offenders = []
    for path in sorted(root.glob("*/**/*.py")):
        relative = path.relative_to(root).as_posix()
        if relative.split("/")[0] in {"tests", ".venv", "node_modules"} or "/migrations/" in (
            relative
        ):
            continue
        text = path.read_text("utf-8")
        if relative in EXACT_COUNT_HOLDERS or not any(s in text for s in EXACT_COUNT_SOURCES):
            continue
        if (
            "est_incidents.disclosure import" not in text
            and "est_incidents import disclosure" not in (text)
            # Effect windows shown in their context go through the layer there.
            and "est_measures.effect_context import effects_in_context" not in text
        ):
            offenders.append(relative)
    assert offenders == []


# --- Issue 21, round 3: the subtract-own and nested-period attacks (cell-key perturbation) -----


def test_a_perturbed_count_of_others_is_never_1_to_4_and_the_same_set_keeps_its_value():
    """The perturbation table over every key fraction: 0 stays 0, nothing becomes 1–4, noise is
    at most 2 from 6 on; one (count, key) always gives one value."""
    from est_incidents.disclosure import perturbed

    for n in range(0, 40):
        for step in range(0, RECORD_KEY_MODULUS, RECORD_KEY_MODULUS // 200):
            shown = perturbed(n, step)
            assert not _small(shown), (n, step, shown)
            assert shown == perturbed(n, step + 7 * RECORD_KEY_MODULUS)  # the key is mod N
            if n == 0:
                assert shown == 0
            if n >= 6:
                assert abs(shown - n) <= 2


def test_a_perturbed_count_follows_the_table_at_every_threshold():
    """``perturbed`` picks, for the key's fraction of N, the first noise of ``PERTURBATION``
    whose cumulative probability the fraction is below: checked on every key within 3 of each
    threshold and on a stride of all keys."""
    from est_incidents.disclosure import PERTURBATION, PERTURBATION_CAP, perturbed

    def by_fraction(n, key):
        fraction = (key % RECORD_KEY_MODULUS) / RECORD_KEY_MODULUS
        return n + next(
            noise for noise, upto in PERTURBATION[min(n, PERTURBATION_CAP)] if fraction < upto
        )

    keys = set(range(0, RECORD_KEY_MODULUS, 997))
    for choices in PERTURBATION.values():
        for _noise, upto in choices:
            edge = int(upto * RECORD_KEY_MODULUS)
            keys.update(k for k in range(edge - 3, edge + 4) if 0 <= k < RECORD_KEY_MODULUS)
    for n in range(1, PERTURBATION_CAP + 3):
        for key in keys:
            assert perturbed(n, key) == by_fraction(n, key), (n, key)


def _incident(organisation, day, **fields):
    return IncidentFactory(
        organisation=organisation, occurred_at=local_midnight(day) + timedelta(hours=12), **fields
    )


def test_subtracting_own_incidents_and_differencing_nested_periods_give_no_small_count(
    client, reporter_a, org_a, org_b, coordinator
):
    """Reporter A knows A's own incidents. A cell mixing them with 5 or more of B's gives, minus
    A's own, only a perturbed count (never 1–4); and the pictures of days 1–10 and 1–11 (B has
    one incident on day 11) differ by an amount that is not the true difference alone: redraw
    the record keys and the same true difference gives other differences. The same set of
    incidents keeps its shown value on every reload, and the held meeting's frozen copy shows
    what the live picture showed."""
    import random

    category = CategoryFactory(name="Kategori X")
    first = timezone.localdate().replace(day=1) - timedelta(days=40)
    first = first.replace(day=1)
    days = [first + timedelta(days=index) for index in range(11)]
    for day in days[:10:2]:
        _incident(org_a, day, category=category)  # A's own: 5, known to A
    for day in days[:6]:
        _incident(org_b, day, category=category)  # B's: 6 in days 1–10
    _incident(org_b, days[10], category=category)  # and one on day 11
    client.force_login(reporter_a)

    def shown_total(last):
        query = {"fran": days[0].isoformat(), "till": last.isoformat()}
        response = client.get("/personal/lagesbild/", query)
        assert 'data-note="perturbed"' in response.content.decode()  # the page says so
        return plain(response.context["picture"])

    rng = random.Random(SEED)
    differences = set()
    for _ in range(6):
        for incident in Incident.objects.all():  # a fresh draw of every record key
            Incident.objects.filter(pk=incident.pk).update(
                record_key=rng.randrange(RECORD_KEY_MODULUS)
            )
        ten, eleven = shown_total(days[9]), shown_total(days[10])
        assert shown_total(days[9]) == ten  # reloading cannot average the noise away
        for picture in (ten, eleven):
            for value in (picture["total"], picture["by_category"][0]["count"]):
                assert not _small(value - 5), picture  # subtract A's own five
        differences.add(eleven["total"] - ten["total"])
    # True difference 1 every time; the shown difference varies with the keys.
    assert len(differences) > 1, differences

    # The frozen copy of a held meeting over days 1–10 shows the live picture's figures.
    meeting = EstMeetingFactory(starts_at=timezone.now() - timedelta(hours=1))
    meeting.period_start, meeting.period_end = days[0], days[9]
    meeting.save()
    mark_meeting_held(meeting, acting_user=coordinator)
    frozen = plain(client.get(f"/personal/est-moten/{meeting.pk}/").context["picture"])
    live = shown_total(days[9])
    assert (frozen["total"], frozen["by_category"]) == (live["total"], live["by_category"])
    assert "own_parts" not in frozen and "total_k" not in frozen  # no key reaches a page


def test_differencing_the_effect_windows_of_two_interventions_gives_no_small_count(
    client, reporter_a, org_a, org_b, coordinator
):
    """The effect tables (docs/security.md, A6): a staff member of A creates two interventions
    at one place starting a day apart, so their windows differ by that day only, and B has one
    incident on it. The shown "before" counts differ by an amount that is not the true
    difference (1) alone (redraw the record keys and it changes); nothing shown minus A's own
    part is 1–4; a reload shows the same figures; the change and the verdict are judged from
    the shown counts; the coordinator sees the exact ones."""
    import random

    from est_incidents.disclosure import _percent
    from est_measures import effect

    place = PlaceFactory(name="Hamnplanen")
    start = timezone.now() - timedelta(days=200)
    for index in range(7):  # B's before both windows
        IncidentFactory(
            organisation=org_b, place=place, occurred_at=start - timedelta(days=10 + 9 * index)
        )
    for index in range(5):  # A's own, known to A
        IncidentFactory(
            organisation=org_a, place=place, occurred_at=start - timedelta(days=20 + index)
        )
    for index in range(6):  # B's after both windows
        IncidentFactory(
            organisation=org_b, place=place, occurred_at=start + timedelta(days=10 + 9 * index)
        )
    # B's one incident on the day between the two starts
    IncidentFactory(organisation=org_b, place=place, occurred_at=start + timedelta(hours=12))
    first = InterventionFactory(organisation=org_a, starts_at=start, places=[place])
    second = InterventionFactory(
        organisation=org_a, starts_at=start + timedelta(days=1), places=[place]
    )

    def shown(intervention, viewer):
        client.force_login(viewer)
        response = client.get(f"/personal/insatser/{intervention.pk}/")
        assert response.status_code == 200
        return [window.result for window in response.context["effects"]]

    exact_first, exact_second = shown(first, coordinator), shown(second, coordinator)
    assert exact_second[0].before.shown - exact_first[0].before.shown == 1
    assert exact_first[0].after.shown - exact_second[0].after.shown == 1

    rng = random.Random(SEED)
    differences = set()
    for _ in range(6):
        for incident in Incident.objects.all():  # a fresh draw of every record key
            Incident.objects.filter(pk=incident.pk).update(
                record_key=rng.randrange(RECORD_KEY_MODULUS)
            )
        one, two = shown(first, reporter_a), shown(second, reporter_a)
        assert shown(first, reporter_a) == one  # reloading cannot average the noise away
        for results in (one, two):
            for result in results:
                assert not result.before.masked and not result.after.masked
                assert not _small(result.before.shown - 5)  # minus A's own five
                assert not _small(result.after.shown)  # A has none after
                # The change and the verdict are those of the shown counts.
                judged = effect.estimate(result.before.shown, result.after.shown)
                assert result.change.shown == _percent(judged.ratio)
                assert result.verdict == judged.verdict
        differences.add(two[0].before.shown - one[0].before.shown)
    # True difference 1 every time; the shown difference varies with the keys.
    assert len(differences) > 1, differences
