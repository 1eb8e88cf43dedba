"""What in the situation picture an action answered: the hotspot, its category and the period.

An action (EST or council) has no place or category of its own. It has a period, the picture
of the EST meeting that took it up, and places: the safety walk finding it came from, the
promise activities it carries out, the interventions that carried it out. Of those places, the
hotspot it answered is the one with the most incidents in that period, and the category the
one most frequent there (a main category, as the lägesbild's filter takes it). The story page
names them, with the counts as the lägesbild shows them (``est_incidents.disclosure``: 1–4 as
"färre än 5" to everyone but exact viewers), and links the lägesbild with those filters. When
the place's count is masked, the category is not named (it would be the category of those
1–4 incidents).
"""

from django.db.models import Count
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.http import urlencode

from est_incidents.disclosure import count as disclosed_count
from est_incidents.disclosure import is_exact_for
from est_incidents.models import Category, Incident, Place
from hjo_safety.dates import Period


def situation_origin(user, period: Period, place_ids) -> dict:
    """The period, hotspot and category an action answered, and the lägesbild link.

    ``place`` and ``category`` are None when the action has no places (the link then carries
    the period only) or no incident happened there in the period (no category). Counts are
    ``Disclosed`` values. Three queries at most, whatever the data.
    """
    origin = {"period": period, "place": None, "count": None, "category": None}
    query = {"fran": period.start.isoformat(), "till": period.end.isoformat()}
    place_ids = set(place_ids)
    if place_ids:
        exact = is_exact_for(user)
        in_period = Incident.objects.counted().in_period(period.start_at, period.end_at)
        counts = dict(
            in_period.filter(place__in=place_ids)
            .order_by()
            .values_list("place")
            .annotate(n=Count("pk"))
        )
        places = sorted(
            Place.objects.filter(pk__in=place_ids),
            key=lambda place: (-counts.get(place.pk, 0), place.name.casefold(), place.pk),
        )
        place = places[0]
        count = counts.get(place.pk, 0)
        shown = disclosed_count(count, exact=exact)
        origin.update(place=place, count=shown, count_is_zero=count == 0)
        query["place"] = place.pk
        if shown.masked:
            origin["url"] = reverse("est:situation_picture") + "?" + urlencode(query)
            return origin
        top = (
            in_period.filter(place=place)
            .annotate(main=Coalesce("category__parent", "category"))
            .order_by()
            .values("main")
            .annotate(n=Count("pk"))
            .order_by("-n", "main")
            .first()
        )
        if top is not None:
            origin["category"] = Category.objects.get(pk=top["main"])
            origin["category_count"] = disclosed_count(top["n"], exact=exact)
            query["category"] = origin["category"].pk
    origin["url"] = reverse("est:situation_picture") + "?" + urlencode(query)
    return origin
