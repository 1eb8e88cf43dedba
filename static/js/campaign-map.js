/* A digital safety walk's marks on the staff map (issue 26): points coloured by verdict and a
   heat layer of the unsafe ones (Leaflet + leaflet.heat). Without JavaScript the page lists the
   marks. Data from json_script blocks (no inline script: CSP). */
(function () {
  "use strict";

  function init(section) {
    if (typeof L === "undefined") {
      return;
    }
    var data = document.getElementById("campaign-points");
    var points = data ? JSON.parse(data.textContent) : [];
    section.hidden = false;
    var centre = [parseFloat(section.dataset.centreLat), parseFloat(section.dataset.centreLng)];
    L.Control.Zoom.mergeOptions({ zoomInTitle: "Zooma in", zoomOutTitle: "Zooma ut" });
    var map = L.map(section.querySelector(".incident-map"), { scrollWheelZoom: false });
    map.setView(centre, 14);
    window.hjoMapBackground(map, section);
    var markers = L.layerGroup();
    var unsafe = [];
    var all = [];
    points.forEach(function (p) {
      // p: [latitude, longitude, verdict, status, reason]
      var latLng = [p[0], p[1]];
      all.push(latLng);
      if (p[2] === "unsafe") {
        unsafe.push(latLng);
      }
      var popup = document.createElement("span");
      popup.textContent = (p[2] === "unsafe" ? "Otrygg" : "Trygg") +
        (p[3] === "pending" ? " (att granska)" : "") + ": " + p[4];
      L.circleMarker(latLng, {
        radius: 6, weight: 1, fillOpacity: 0.7,
        color: p[2] === "unsafe" ? "#8a1c1c" : "#1d5e2f"
      }).bindPopup(popup).addTo(markers);
    });
    var overlays = { "Punkter": markers };
    if (typeof L.heatLayer === "function") {
      var heat = L.heatLayer(unsafe, { radius: 25, blur: 18, maxZoom: 17 });
      heat.addTo(map);
      overlays["Värmekarta (otrygga)"] = heat;
    }
    markers.addTo(map);
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    if (all.length > 1) {
      map.fitBounds(L.latLngBounds(all), { padding: [20, 20], maxZoom: 16 });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-campaign-map]").forEach(init);
  });
})();
