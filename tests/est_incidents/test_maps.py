"""What a map without background tiles draws: the named places, with their areas."""

import json

import pytest

from est_incidents.maps import places_for_map
from tests.est_incidents.factories import PlaceFactory

pytestmark = pytest.mark.django_db


def test_places_for_the_map_carry_their_area_when_drawn_in():
    square = {
        "type": "Polygon",
        "coordinates": [[[14.28, 58.30], [14.29, 58.30], [14.29, 58.31], [14.28, 58.30]]],
    }
    PlaceFactory(name="Med område", area_geojson=json.dumps(square))
    PlaceFactory(name="Utan område")
    places = {place["name"]: place for place in places_for_map()}
    assert places["Med område"]["area"] == square
    assert places["Utan område"]["area"] is None
