/* /trygghet-i-siffror/: the map's cells (aggregated and suppressed on the server) as squares
   on a Leaflet map. Without JavaScript the page's tables carry the same figures. Data comes
   from a json_script block and data- attributes (no inline script: CSP). */
(function () {
  "use strict";

  function init(section) {
    if (typeof L === "undefined") {
      return;
    }
    var data = document.getElementById("facts-cells");
    var cells = data ? JSON.parse(data.textContent) : { features: [] };
    section.hidden = false;

    var centre = [parseFloat(section.dataset.centreLat), parseFloat(section.dataset.centreLng)];
    var map = L.map(section.querySelector(".facts-map"), { scrollWheelZoom: false });
    map.setView(centre, 14);
    window.hjoMapBackground(map, section);  // map-background.js: tiles, or places and a note
    var max = 1;
    cells.features.forEach(function (feature) {
      max = Math.max(max, feature.properties.antal);
    });
    var layer = L.geoJSON(cells, {
      style: function (feature) {
        return {
          color: "#0b3d62",
          weight: 1,
          fillColor: "#0b3d62",
          fillOpacity: 0.15 + 0.6 * (feature.properties.antal / max)
        };
      },
      onEachFeature: function (feature, shape) {
        // Text only: bindTooltip with a text node, so a place name never becomes markup.
        var text = document.createTextNode(
          feature.properties.antal + " " + section.dataset.countLabel +
          (feature.properties.nara ? " – " + feature.properties.nara : "")
        );
        var holder = document.createElement("span");
        holder.appendChild(text);
        shape.bindTooltip(holder);
      }
    }).addTo(map);
    function fit() {
      // The section was hidden until now and the page may still be settling: measure the map's
      // real size before fitting the cells into it.
      map.invalidateSize();
      if (cells.features.length > 0) {
        map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 15 });
      }
    }
    fit();
    window.addEventListener("load", fit);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-facts-map]").forEach(init);
  });
})();
