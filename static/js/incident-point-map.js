/* The incident page's small map: the marked point and the named places around it, labelled.
   Not interactive (an image with a text alternative: the nearest place in words beside it).
   Without JavaScript the words and the coordinates are shown. */
(function () {
  "use strict";
  var element = document.querySelector("[data-point-map]");
  if (!element || typeof L === "undefined") return;
  var point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lng)];
  element.hidden = false;
  var map = L.map(element, {
    zoomControl: false, dragging: false, scrollWheelZoom: false, doubleClickZoom: false,
    boxZoom: false, touchZoom: false, keyboard: false, attributionControl: !!element.dataset.tileUrl
  }).setView(point, 16);
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, {
      maxZoom: 19, attribution: element.dataset.tileAttribution || ""
    }).addTo(map);
  }
  var data = document.getElementById(element.dataset.places);
  var places = data ? JSON.parse(data.textContent) : [];
  places.forEach(function (place) {
    L.circleMarker([place.lat, place.lng], {
      radius: 4, color: "#495057", weight: 1, fillOpacity: 0.6, interactive: false
    }).bindTooltip(place.name, { permanent: true, direction: "right", className: "place-label" })
      .addTo(map);
  });
  L.circleMarker(point, {
    radius: 8, color: "#b02a37", weight: 3, fillColor: "#b02a37", fillOpacity: 0.4, interactive: false
  }).addTo(map);
})();
