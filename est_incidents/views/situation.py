"""The situation picture (lägesbild) of a period with optional filters.

Aggregates are shared with every participating organisation's users; nothing here shows an
incident's description or links to another organisation's incident.

Template: ``est_incidents/situation_picture.html``.
"""

import functools

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from est_incidents import extensions
from est_incidents.meeting_forms import (
    SituationFilterForm,
)
from est_incidents.picture_cache import live_picture
from est_incidents.situation import default_period
from hjo_safety.cache import data_version, viewer_key
from hjo_safety.decorators import membership_required


@membership_required
def situation_picture(request):
    """The situation picture of a period (default: since the last held EST meeting) with
    optional filters: numbers, charts, hotspots, police events, open actions and a map.

    The page's body is rendered once per viewer, query and data version
    (``hjo_safety/cache.py``): on a hit none of the lazy values below is evaluated."""
    built = functools.cache(lambda: _picture_context(request))
    return TemplateResponse(
        request,
        "est_incidents/situation_picture.html",
        {
            "fragment_key": viewer_key(request, data_version(), request.get_full_path()),
            **{
                name: SimpleLazyObject(lambda name=name: built()[name])
                for name in ("form", "picture", "picture_fragments", "period", "extra_sections")
            },
            "map_tile_url": settings.MAP_TILE_URL,
            "map_tile_attribution": settings.MAP_TILE_ATTRIBUTION,
            "this_year": timezone.localdate().year,
        },
    )


def _picture_context(request):
    form = SituationFilterForm(request.GET or None)
    period = default_period()
    filters = {}
    if form.is_bound and form.is_valid():
        period = form.cleaned_data["period"]
        filters = {key: form.cleaned_data.get(key) for key in ("place", "category", "organisation")}
    elif not form.is_bound:
        form = SituationFilterForm(initial={"fran": period.start, "till": period.end})
    # Exact numbers are computed (or reused while the data is unchanged); what this viewer may
    # learn of them is decided in picture_cache by disclosure.py, per viewer scope.
    live = live_picture(request.user, period, **filters)
    picture = live.picture
    return {
        "form": form,
        "picture": picture,
        "picture_fragments": live,
        "period": period,
        "extra_sections": extensions.sections(
            "situation_picture", request, period=period, picture=picture, filters=filters
        ),
    }
