/* The map picker shared by the incident form and the citizen's tip form (progressive
   enhancement: both forms work without it). Exposes one function, window.hjoMapPicker(picker):
   it shows a Leaflet map in the hidden `picker` element, and a tap fills two hidden or visible
   coordinate fields; "use my position", "remove the mark" and a chosen named place move the map.
   Loaded before the page's own script (no bundler; CSP forbids inline script). Configuration
   comes from the picker's data- attributes:
     data-lat-input, data-lng-input, data-place-input  ids of the fields it fills or follows
     data-places        id of a json_script block with the named places [{id, name, lat, lng}]
     data-snap-metres   a tap this close to a named place chooses it (absent: never)
     data-say-coordinates  the status line repeats the coordinates (staff forms)
     data-centre-lat, data-centre-lng, data-tile-url, data-tile-attribution  the map itself
   The element holding the map is the picker's [data-map-canvas]. */
(function () {
  "use strict";

  function decimals(value) {
    return Number(value).toFixed(6);
  }

  // Leaflet guesses its marker images' folder from leaflet.css, and the guess fails once the
  // static files carry content hashes (the marker then 404s). Point it at the folder beside
  // leaflet.js; collectstatic keeps the unhashed image names too.
  function leafletImagePath() {
    var script = document.querySelector('script[src*="vendor/leaflet/leaflet"]');
    return script ? script.src.replace(/[^/]*$/, "") + "images/" : "";
  }

  function hjoMapPicker(picker) {
    if (typeof L === "undefined") {
      return null;
    }
    if (typeof L.Icon.Default.imagePath !== "string") {
      L.Icon.Default.imagePath = leafletImagePath();
    }
    var data = picker.dataset;
    var latInput = document.getElementById(data.latInput);
    var lngInput = document.getElementById(data.lngInput);
    var placeInput = data.placeInput ? document.getElementById(data.placeInput) : null;
    var status = picker.querySelector("[data-map-status]");
    var placesData = data.places ? document.getElementById(data.places) : null;
    var places = placesData ? JSON.parse(placesData.textContent) : [];
    var sayCoordinates = "sayCoordinates" in data;
    if (!latInput || !lngInput) {
      return null;
    }
    picker.hidden = false;

    var centre = [parseFloat(data.centreLat), parseFloat(data.centreLng)];
    var map = L.map(picker.querySelector("[data-map-canvas]"), {
      scrollWheelZoom: false, zoomControl: false
    });
    L.control.zoom({ zoomInTitle: "Zooma in", zoomOutTitle: "Zooma ut" }).addTo(map);
    map.attributionControl.setPrefix(false);
    map.setView(centre, 14);
    // The background (tiles, or the named places and a note that there is none):
    // map-background.js, loaded before this script.
    window.hjoMapBackground(map, picker);

    var marker = null;

    function say(text) {
      if (status) {
        status.textContent = text;
      }
    }

    function marked(lat, lng) {
      return sayCoordinates
        ? "Platsen är markerad: " + decimals(lat) + ", " + decimals(lng) + "."
        : "Platsen är markerad på kartan.";
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
      say(marked(lat, lng));
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

    var snapMetres = data.snapMetres ? parseFloat(data.snapMetres) : 0;

    function nearestPlace(latlng) {
      var best = null;
      var bestDistance = snapMetres;
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
      var place = placeInput && snapMetres ? nearestPlace(event.latlng) : null;
      if (place) {
        placeInput.value = String(place.id);
        setPoint(place.lat, place.lng, false);
        say("Plats vald: " + place.name + ". " + marked(place.lat, place.lng));
        return;
      }
      setPoint(event.latlng.lat, event.latlng.lng, false);
    });

    var clearButton = picker.querySelector("[data-clear-point]");
    if (clearButton) {
      clearButton.addEventListener("click", clearPoint);
    }

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
    return map;
  }

  window.hjoMapPicker = hjoMapPicker;
})();
