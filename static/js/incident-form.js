/* Incident form, progressive enhancement: a Leaflet map to tap the spot, "use my position",
   and a submit button that cannot be pressed twice. The form works fully without this file.
   Configuration comes from data- attributes and a json_script block (no inline script: CSP). */
(function () {
  "use strict";

  function decimals(value) {
    return Number(value).toFixed(6);
  }

  function initSubmitOnce(form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("[data-submit-once]");
      if (button) {
        // Disable after the browser has collected the form data.
        window.setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  }

  function initMapPicker(picker) {
    if (typeof L === "undefined") {
      return;
    }
    var latInput = document.getElementById(picker.dataset.latInput);
    var lngInput = document.getElementById(picker.dataset.lngInput);
    var placeInput = document.getElementById(picker.dataset.placeInput);
    var status = picker.querySelector("[data-map-status]");
    var places = [];
    var placesData = document.getElementById("incident-places");
    if (placesData) {
      places = JSON.parse(placesData.textContent);
    }
    if (!latInput || !lngInput) {
      return;
    }
    picker.hidden = false;

    var centre = [parseFloat(picker.dataset.centreLat), parseFloat(picker.dataset.centreLng)];
    var map = L.map(picker.querySelector(".incident-map"), {
      scrollWheelZoom: false, zoomControl: false
    });
    L.control.zoom({ zoomInTitle: "Zooma in", zoomOutTitle: "Zooma ut" }).addTo(map);
    map.attributionControl.setPrefix(false);
    map.setView(centre, 14);
    if (picker.dataset.tileUrl) {
      L.tileLayer(picker.dataset.tileUrl, {
        maxZoom: 19,
        attribution: picker.dataset.tileAttribution || ""
      }).addTo(map);
    }
    // Without background tiles the named places give the reporter something to aim at.
    places.forEach(function (place) {
      // A string would be read as HTML by Leaflet: the name goes in as text.
      var label = document.createElement("span");
      label.textContent = place.name;
      L.circleMarker([place.lat, place.lng], {
        radius: 4, color: "#0b3d62", weight: 1, fillOpacity: 0.6, interactive: false
      }).bindTooltip(label, {
        permanent: !picker.dataset.tileUrl, direction: "right", className: "place-label"
      }).addTo(map);
    });

    var marker = null;

    function say(text) {
      if (status) {
        status.textContent = text;
      }
    }

    function setPoint(lat, lng, pan) {
      latInput.value = decimals(lat);
      lngInput.value = decimals(lng);
      if (marker) {
        marker.setLatLng([lat, lng]);
      } else {
        marker = L.marker([lat, lng], { keyboard: false, alt: "Vald plats" }).addTo(map);
      }
      if (pan) {
        map.setView([lat, lng], Math.max(map.getZoom(), 16));
      }
      say("Platsen är markerad: " + decimals(lat) + ", " + decimals(lng) + ".");
    }

    function clearPoint() {
      latInput.value = "";
      lngInput.value = "";
      if (marker) {
        map.removeLayer(marker);
        marker = null;
      }
      say("Markeringen är borttagen.");
    }

    if (latInput.value && lngInput.value) {
      setPoint(parseFloat(latInput.value), parseFloat(lngInput.value), true);
      say("");
    }

    // A tap within SNAP_METRES of a named place chooses that place ("Plats") and its spot.
    var SNAP_METRES = parseFloat(picker.dataset.snapMetres || "150");

    function nearestPlace(latlng) {
      var best = null;
      var bestDistance = SNAP_METRES;
      places.forEach(function (place) {
        var distance = map.distance(latlng, [place.lat, place.lng]);
        if (distance <= bestDistance) {
          best = place;
          bestDistance = distance;
        }
      });
      return best;
    }

    map.on("click", function (event) {
      var place = placeInput ? nearestPlace(event.latlng) : null;
      if (place) {
        placeInput.value = String(place.id);
        setPoint(place.lat, place.lng, false);
        say("Plats vald: " + place.name + ". Platsen är markerad: " + decimals(place.lat) +
            ", " + decimals(place.lng) + ".");
        return;
      }
      setPoint(event.latlng.lat, event.latlng.lng, false);
    });

    picker.querySelector("[data-clear-point]").addEventListener("click", clearPoint);

    if (placeInput) {
      placeInput.addEventListener("change", function () {
        var chosen = places.filter(function (p) { return String(p.id) === placeInput.value; })[0];
        if (chosen && !marker) {
          map.setView([chosen.lat, chosen.lng], 16);
        }
      });
    }

    var positionButton = picker.querySelector("[data-use-position]");
    if (positionButton && "geolocation" in navigator) {
      positionButton.hidden = false;
      positionButton.addEventListener("click", function () {
        say("Hämtar din position …");
        navigator.geolocation.getCurrentPosition(
          function (position) {
            setPoint(position.coords.latitude, position.coords.longitude, true);
          },
          function () {
            say("Din position kunde inte hämtas. Tryck på kartan i stället.");
          },
          { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 }
        );
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-incident-form]").forEach(initSubmitOnce);
    document.querySelectorAll("[data-map-picker]").forEach(initMapPicker);
  });
})();
