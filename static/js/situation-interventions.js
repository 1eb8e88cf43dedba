/* Interventions as their own layer on the situation picture's map (est_measures).
 * situation-map.js keeps its Leaflet map on the element and announces it with a
 * "situation-map:ready" event; this script
 * adds the period's interventions (each place or point, from the json_script element
 * "situation-intervention-points": [lat, lng, kind, place]) as blue squares, with a layer
 * switch so incidents and interventions can be compared or shown alone. Labels are set as
 * text, never as HTML. Without JavaScript the page's tables say the same. */
(function () {
  "use strict";

  function label(kind, place) {
    var span = document.createElement("span");
    span.textContent = place ? kind + " – " + place : kind;
    return span;
  }

  function addLayer(map) {
    var source = document.getElementById("situation-intervention-points");
    var points = source ? JSON.parse(source.textContent) : [];
    if (!points.length || typeof L === "undefined") {
      return;
    }
    var markers = points.map(function (point) {
      var icon = L.divIcon({ className: "intervention-marker", iconSize: [12, 12] });
      return L.marker([point[0], point[1]], { icon: icon, keyboard: false })
        .bindTooltip(label(point[2], point[3]));
    });
    var layer = L.layerGroup(markers).addTo(map);
    L.control.layers(null, { "Insatser": layer }, { collapsed: false }).addTo(map);
  }

  var element = document.getElementById("situation-map");
  if (element && element.situationMap) {
    addLayer(element.situationMap);
  } else {
    document.addEventListener("situation-map:ready", function (event) {
      addLayer(event.detail.map);
    });
  }
})();
