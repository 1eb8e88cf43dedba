/* The situation picture's map: the period's incidents as points and a heat layer.
 * Coordinates only (no descriptions). Data from a json_script element named by data-points;
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
    var map = L.map(element, { scrollWheelZoom: false }).setView(HJO, 13);
    map.getContainer().setAttribute("aria-label", element.dataset.label || "");
    map.getContainer().setAttribute("role", "region");
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, {
        maxZoom: 19,
        attribution: element.dataset.tileAttribution || "",
      }).addTo(map);
    }
    if (!points.length) {
      return;
    }
    if (typeof L.heatLayer === "function") {
      L.heatLayer(points, { radius: 25, blur: 18, maxZoom: 17 }).addTo(map);
    }
    var markers = points.map(function (point) {
      return L.circleMarker(point, {
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
