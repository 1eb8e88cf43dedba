/* The background of every Leaflet map (incident and tip forms, incident map, situation picture,
   public figures). Exposes window.hjoMapBackground(map, element):
   - with data-tile-url on `element`: the tile layer (MAP_TILE_URL, e.g. Lantmäteriet's or the
     municipality's service; docs/operations.md), and the named places as hover labels;
   - without: no invented geography. The named places are drawn as what is known of them — the
     area's outline when it has one (Place.area_geojson), a dot, and the name as a label that
     stays — and a note on the map says that no background map is configured.
   The places come from the json_script block named by data-places ([{id, name, lat, lng,
   area}]), when the page has one. Loaded before the map's own script (no bundler; CSP forbids
   inline script). */
(function () {
  "use strict";

  var NOTE = "Ingen bakgrundskarta är inställd";
  var NOTE_PLACES = ": bara platsnamn och inritade områden visas.";

  function placesOf(element) {
    var id = element.dataset.places;
    var data = id ? document.getElementById(id) : null;
    return data ? JSON.parse(data.textContent) : [];
  }

  function hjoMapBackground(map, element) {
    var tileUrl = element.dataset.tileUrl;
    var places = placesOf(element);
    if (tileUrl) {
      L.tileLayer(tileUrl, {
        maxZoom: 19,
        attribution: element.dataset.tileAttribution || ""
      }).addTo(map);
    } else {
      var note = L.control({ position: "bottomleft" });
      note.onAdd = function () {
        var box = L.DomUtil.create("p", "map-background-note");
        box.textContent = NOTE + (places.length ? NOTE_PLACES : ".");
        box.setAttribute("data-map-background-note", "");
        L.DomEvent.disableClickPropagation(box);
        return box;
      };
      note.addTo(map);
    }
    places.forEach(function (place) {
      if (place.area) {
        L.geoJSON(place.area, {
          interactive: false,
          style: { color: "#0b3d62", weight: 1.5, dashArray: "4 3", fillColor: "#0b3d62", fillOpacity: 0.06 }
        }).addTo(map);
      }
      // A string would be read as HTML by Leaflet: the name goes in as text.
      var label = document.createElement("span");
      label.textContent = place.name;
      // Hollow, unlike the filled incident points.
      L.circleMarker([place.lat, place.lng], {
        radius: 4, color: "#0b3d62", weight: 2, fillColor: "#fff", fillOpacity: 1, interactive: false
      }).bindTooltip(label, {
        permanent: !tileUrl, direction: "right", offset: [6, 0], className: "place-label"
      }).addTo(map);
    });
    return Boolean(tileUrl);
  }

  window.hjoMapBackground = hjoMapBackground;
})();
