/* Hjo Trygghet's service worker (issue 25, point 7): the two capture forms open without a
   signal. Served from /sw.js (portal/installable.py) so that its scope is the whole site.

   - The incident form and the safety-walk form are fetched from the network first and a copy
     of each successful answer is kept; without a network the kept copy is shown.
   - Our static files (CSS, JavaScript, images under /static/) are kept as they are fetched
     and served from the copy when the network does not answer.
   - Nothing else is kept: every other page, every POST and every attached file goes to the
     network as before. What is typed offline waits in the browser's storage
     (static/js/offline-queue.js), not here.
   The kept pages are deleted when the user logs out (offline-queue.js asks for it). */
"use strict";

var PAGES = "hjo-sidor-v1";
var STATIC = "hjo-statiska-v1";
var CAPTURE_FORMS = ["/personal/handelser/ny/", "/personal/trygghetsvandringar/ny/"];

self.addEventListener("install", function (event) {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(
        names
          .filter(function (name) { return name !== PAGES && name !== STATIC; })
          .map(function (name) { return caches.delete(name); })
      );
    }).then(function () { return self.clients.claim(); })
  );
});

function isCaptureForm(url) {
  return url.origin === self.location.origin && CAPTURE_FORMS.indexOf(url.pathname) !== -1;
}

function networkFirst(request) {
  return fetch(request).then(function (response) {
    // Only the form itself: not a redirect to the login page, not an error page.
    if (response.ok && !response.redirected && response.type === "basic") {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { cache.put(request.url, copy); });
    }
    return response;
  }).catch(function () {
    return caches.open(PAGES).then(function (cache) {
      return cache.match(request.url, { ignoreSearch: true });
    }).then(function (kept) {
      return kept || new Response(
        "<!DOCTYPE html><html lang=\"sv\"><meta charset=\"utf-8\"><title>Ingen uppkoppling</title>" +
        "<h1>Ingen uppkoppling</h1><p>Sidan har inte sparats i telefonen. Öppna den en gång " +
        "med täckning, så fungerar den sedan även utan.</p></html>",
        { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } }
      );
    });
  });
}

function staticFile(request) {
  return caches.open(STATIC).then(function (cache) {
    return fetch(request).then(function (response) {
      if (response.ok) { cache.put(request, response.clone()); }
      return response;
    }).catch(function () {
      return cache.match(request).then(function (kept) {
        return kept || Response.error();
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.mode === "navigate" && isCaptureForm(url)) {
    event.respondWith(networkFirst(request));
  } else if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(staticFile(request));
  }
});

self.addEventListener("message", function (event) {
  if (event.data === "forget-pages") {
    event.waitUntil(caches.delete(PAGES));
  }
});
