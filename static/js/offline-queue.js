/* Capture without a signal (issue 25, point 7), for logged-in staff.

   - Registers the service worker (/sw.js, portal/service_worker.js), which keeps the
     incident form and the safety-walk form so that they open without a network.
   - A form marked data-offline-form that is sent while the browser is offline is not lost:
     its fields (never the CSRF token, never files) wait in localStorage under the user's own
     key ("hjo-offline-queue:<user id>"), so another person logging in on the same phone
     neither sees nor sends them, and logging out keeps them.
   - When the connection returns (the "online" event, the next page load, or "Skicka nu"),
     each waiting entry is sent once: a fresh form is fetched for its CSRF token, then the
     fields are posted. Each entry carries its own submission token, so a send whose answer
     was lost and is retried is saved only once by the server. An entry leaves the queue only
     when the server answers with the saved report; one the server refuses (e.g. the personal
     data guard) stays, marked, and can be opened in the form to correct it.
   - Logging out deletes the kept pages (not the queue).

   The drafts of long forms (another script, kept per page in localStorage) restore what was
   typed after a failed send while online; this queue takes over while offline. Without
   JavaScript every form works as before, online. */
(function () {
  "use strict";

  var box = document.querySelector("[data-offline-status]");
  if (!box) { return; }
  // Whose queue: the user of the last page that came from the network. A page the worker
  // kept for someone else (a shared phone, no logout) must not file this user's reports there.
  var CURRENT = "hjo-offline-current-user";
  var pageUser = box.getAttribute("data-offline-user");
  if (navigator.onLine) { window.localStorage.setItem(CURRENT, pageUser); }
  var user = window.localStorage.getItem(CURRENT) || pageUser;
  var KEY = "hjo-offline-queue:" + user;
  var count = box.querySelector("[data-offline-count]");
  var failedList = box.querySelector("[data-offline-failed]");
  var sendButton = box.querySelector("[data-offline-send]");
  var sending = false;
  var needsLogin = false;

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
  }

  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }

  function save(entries) {
    window.localStorage.setItem(KEY, JSON.stringify(entries));
    render();
  }

  function newToken() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" +
      hex.slice(16, 20) + "-" + hex.slice(20);
  }

  function text(name, number) {
    return (box.getAttribute("data-text-" + name) || "").replace("%(count)s", String(number));
  }

  function render() {
    var entries = load();
    var waiting = entries.filter(function (e) { return e.state === "waiting"; });
    var failed = entries.filter(function (e) { return e.state === "failed"; });
    box.hidden = entries.length === 0;
    var parts = [];
    if (waiting.length) {
      parts.push(text(waiting.length === 1 ? "one" : "many", waiting.length));
      parts.push(navigator.onLine ? (needsLogin ? text("login") : "") : text("offline"));
    }
    if (failed.length) { parts.push(text(failed.length === 1 ? "failed-one" : "failed-many", failed.length)); }
    count.textContent = parts.filter(Boolean).join(" ");
    sendButton.hidden = !waiting.length || !navigator.onLine;
    failedList.textContent = "";
    failed.forEach(function (entry) {
      var item = document.createElement("li");
      item.appendChild(document.createTextNode(
        entry.label + ", " + new Date(entry.savedAt).toLocaleString("sv-SE") + ": " + (entry.error || "") + " "
      ));
      var link = document.createElement("a");
      link.href = entry.url + "?oppna=" + encodeURIComponent(entry.id);
      link.textContent = text("open");
      link.setAttribute("data-offline-open", entry.id);
      item.appendChild(link);
      failedList.appendChild(item);
    });
  }

  function fields(form) {
    var result = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken" && typeof value === "string") { result.push([name, value]); }
    });
    return result;
  }

  function tokenInput(form) { return form.querySelector("[name=submission_token]"); }

  function queue(form) {
    var token = tokenInput(form);
    var id = form.getAttribute("data-restored-entry") || (token && token.value) || newToken();
    var entry = {
      id: id,
      label: form.getAttribute("data-offline-form"),
      url: new URL(form.action, window.location.href).pathname,
      fields: fields(form),
      savedAt: new Date().toISOString(),
      state: "waiting"
    };
    var entries = load().filter(function (e) { return e.id !== id; });
    entries.push(entry);
    save(entries);
    form.removeAttribute("data-restored-entry");
    form.reset();
    if (token) { token.value = newToken(); }
    var saved = box.querySelector("[data-offline-saved]");
    saved.hidden = false;
    box.hidden = false;
    box.scrollIntoView({ block: "start" });
  }

  function restore(form, entry) {
    form.reset();
    entry.fields.forEach(function (pair) {
      var elements = form.querySelectorAll("[name=\"" + pair[0].replace(/"/g, "") + "\"]");
      elements.forEach(function (element) {
        if (element.type === "checkbox" || element.type === "radio") {
          if (element.value === pair[1]) { element.checked = true; }
        } else if (element.tagName === "SELECT" && element.multiple) {
          Array.prototype.forEach.call(element.options, function (option) {
            if (option.value === pair[1]) { option.selected = true; }
          });
        } else {
          element.value = pair[1];
        }
      });
    });
    form.setAttribute("data-restored-entry", entry.id);
  }

  function mark(id, changes) {
    save(load().map(function (e) { return e.id === id ? Object.assign(e, changes) : e; }));
  }

  function remove(id) { save(load().filter(function (e) { return e.id !== id; })); }

  function firstError(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var where = ["#error-summary li", ".invalid-feedback", "#error-summary"];
    for (var i = 0; i < where.length; i++) {
      var error = doc.querySelector(where[i]);
      if (error) { return error.textContent.trim().replace(/\s+/g, " "); }
    }
    return "";
  }

  function sendOne(entry) {
    return fetch(entry.url, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (response.redirected && response.url.indexOf("/konto/") !== -1) { throw new Error("login"); }
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var csrf = doc.querySelector("input[name=csrfmiddlewaretoken]");
        if (!csrf) { throw new Error("login"); }
        var body = new URLSearchParams();
        entry.fields.forEach(function (pair) { body.append(pair[0], pair[1]); });
        body.append("csrfmiddlewaretoken", csrf.value);
        return fetch(entry.url, { method: "POST", body: body, credentials: "same-origin" });
      })
      .then(function (response) {
        var landed = new URL(response.url).pathname;
        if (response.redirected && landed.indexOf("/konto/") === 0) { throw new Error("login"); }
        if (response.ok && response.redirected && landed !== entry.url) { remove(entry.id); return; }
        if (response.status === 400 || (response.ok && !response.redirected)) {
          return response.text().then(function (html) {
            mark(entry.id, { state: "failed", error: firstError(html) });
          });
        }
        // A server error: the entry waits for the next try.
      });
  }

  function sendAll() {
    if (sending || !navigator.onLine) { render(); return; }
    var waiting = load().filter(function (e) { return e.state === "waiting"; });
    if (!waiting.length) { render(); return; }
    sending = true;
    needsLogin = false;
    waiting.reduce(function (chain, entry) {
      return chain.then(function () { return sendOne(entry); });
    }, Promise.resolve()).catch(function (error) {
      needsLogin = error && error.message === "login";
    }).then(function () {
      sending = false;
      render();
      box.setAttribute("data-offline-idle", "");
    });
  }

  document.querySelectorAll("form[data-offline-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (navigator.onLine) {
        // Sent now: a restored entry leaves the queue; the server shows any error with the text.
        var restored = form.getAttribute("data-restored-entry");
        if (restored) { remove(restored); }
        return;
      }
      // Kept here instead: the page's other submit handlers (submit-once, drafts) do not run.
      event.preventDefault();
      event.stopImmediatePropagation();
      queue(form);
    });
    var wanted = new URLSearchParams(window.location.search).get("oppna");
    var entry = wanted && load().filter(function (e) { return e.id === wanted; })[0];
    if (entry && new URL(form.action, window.location.href).pathname === entry.url) {
      restore(form, entry);
    }
  });

  document.querySelectorAll("form[action$=\"/konto/logga-ut/\"]").forEach(function (form) {
    form.addEventListener("submit", function () {
      window.localStorage.removeItem(CURRENT);
      // Both ways: the page may be gone before its own promise settles; the worker outlives it.
      if (window.caches) { window.caches.delete("hjo-sidor-v1"); }
      if (navigator.serviceWorker && navigator.serviceWorker.controller) {
        navigator.serviceWorker.controller.postMessage("forget-pages");
      }
    });
  });

  sendButton.addEventListener("click", sendAll);
  window.addEventListener("online", sendAll);
  window.addEventListener("offline", render);
  window.addEventListener("storage", function (event) { if (event.key === KEY) { render(); } });
  render();
  sendAll();
})();
