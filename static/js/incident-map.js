/* Incident map: the filtered incidents as points and as a heat layer (Leaflet + leaflet.heat).
   Without JavaScript the page shows the table of counts per place. Data comes from a
   json_script block and data- attributes (no inline script: CSP). */
(function () {
  "use strict";

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }

  function init(section) {
    if (typeof L === "undefined") {
      return;
    }
    var data = document.getElementById("incident-points");
    var points = data ? JSON.parse(data.textContent) : [];
    section.hidden = false;

    var centre = [parseFloat(section.dataset.centreLat), parseFloat(section.dataset.centreLng)];
    L.Control.Zoom.mergeOptions({ zoomInTitle: "Zooma in", zoomOutTitle: "Zooma ut" });
    var map = L.map(section.querySelector(".incident-map"), { scrollWheelZoom: false });
    map.setView(centre, 14);
    window.hjoMapBackground(map, section);  // map-background.js: tiles, or places and a note

    var detailUrl = section.dataset.detailUrl;
    var markers = L.layerGroup();
    var latLngs = [];
    points.forEach(function (point) {
      // point: [id, latitude, longitude, category, occurred at (local time)]
      var latLng = [point[1], point[2]];
      latLngs.push(latLng);
      L.circleMarker(latLng, { radius: 4, color: "#0b3d62", weight: 1, fillOpacity: 0.5 })
        .bindPopup(
          '<a href="' + detailUrl.replace("/0/", "/" + point[0] + "/") + '">' +
          escapeHtml(point[3]) + "</a><br>" + escapeHtml(point[4])
        )
        .addTo(markers);
    });
    var overlays = { "Punkter": markers };
    if (typeof L.heatLayer === "function") {
      // Scale the intensity with the number of points so that hot spots stand out
      // instead of everything saturating.
      var heat = L.heatLayer(latLngs, {
        radius: 22, blur: 18, maxZoom: 17, max: Math.max(1, latLngs.length / 400)
      });
      heat.addTo(map);
      overlays["Värmekarta"] = heat;
    }
    markers.addTo(map);
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    if (latLngs.length > 1) {
      map.fitBounds(L.latLngBounds(latLngs), { padding: [20, 20], maxZoom: 16 });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-incident-map]").forEach(init);
  });
})();
