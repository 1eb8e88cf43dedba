/* The situation picture's map: the period's incidents as points and a heat layer.
 * Coordinates only (no descriptions), each as [lat, lng, number of incidents there]. Data from a json_script element named by data-points;
 * tiles from data-tile-url (empty: no background tiles). Works without tiles and degrades to
 * the page's tables without JavaScript. */
(function () {
  "use strict";
  var HJO = [58.304, 14.287];

  function init() {
    var element = document.getElementById("situation-map");
    if (!element || typeof L === "undefined") {
      return;
    }
    var source = document.getElementById(element.dataset.points);
    var points = source ? JSON.parse(source.textContent) : [];
    var fallback = element.querySelector(".situation-map-fallback");
    if (fallback) {
      fallback.remove();
    }
    L.Control.Zoom.mergeOptions({ zoomInTitle: "Zooma in", zoomOutTitle: "Zooma ut" });
    var map = L.map(element, { scrollWheelZoom: false }).setView(HJO, 13);
    map.getContainer().setAttribute("aria-label", element.dataset.label || "");
    map.getContainer().setAttribute("role", "region");
    window.hjoMapBackground(map, element);  // map-background.js: tiles, or places and a note
    // Other apps add their own layers (est_measures: interventions) when the map is ready:
    // scripts that run later find it on the element, earlier ones get the event.
    element.situationMap = map;
    document.dispatchEvent(new CustomEvent("situation-map:ready", { detail: { map: map } }));
    if (!points.length) {
      return;
    }
    if (typeof L.heatLayer === "function") {
      // Each point is [lat, lng, incidents there]: the heat follows the counts.
      var most = points.reduce(function (max, point) {
        return Math.max(max, point[2] || 1);
      }, 1);
      L.heatLayer(points, { radius: 25, blur: 18, maxZoom: 17, max: most }).addTo(map);
    }
    var markers = points.map(function (point) {
      return L.circleMarker([point[0], point[1]], {
        radius: 4,
        color: "#0b3d62",
        weight: 1,
        fillColor: "#0b3d62",
        fillOpacity: 0.7,
        interactive: false,
        keyboard: false,
      });
    });
    var group = L.featureGroup(markers).addTo(map);
    map.fitBounds(group.getBounds(), { padding: [20, 20], maxZoom: 15 });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
