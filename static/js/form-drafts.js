/* Drafts of long forms in the browser, so that a typed report is never lost (issue 24).

   A form with data-draft="name" is saved to localStorage as it is typed, under
   "hjo-draft:<user>:<name>:<path>" (<user> is the signed-in user's id from
   #session-timeout[data-user], "anon" on public pages). When the form is shown again after
   a failure (a CSRF failure, the login page after the session was gone, a server error) the
   fields that still hold what the page was rendered with are filled in from the draft, and a
   notice says "Vi har sparat det du skrev" with a button to discard it. A draft is removed
   when the page that follows its submission shows success (a success message, or an element
   with data-draft-done), when the form is reset (the offline queue, offline-queue.js, resets a
   form it has kept), when the user logs out, and after DRAFT_MAX_AGE. Passwords, e-mail
   addresses, hidden and file fields and the CSRF token are never stored.

   Without JavaScript nothing of this happens and the server's own stash (an expired session's
   POST kept through the login, est_incidents/form_stash.py) still works. Our own code. */
(function () {
  "use strict";
  var PREFIX = "hjo-draft:";
  var DRAFT_MAX_AGE = 24 * 3600 * 1000;
  var SKIPPED_TYPES = ["password", "email", "hidden", "file", "submit", "button", "reset"];

  function storage() {
    try {
      var probe = PREFIX + "probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (error) {
      return null; // private mode or storage turned off: no drafts
    }
  }
  var store = storage();
  if (!store) {
    return;
  }

  function currentUser() {
    var session = document.getElementById("session-timeout");
    return (session && session.getAttribute("data-user")) || "anon";
  }

  function read(key) {
    try {
      var draft = JSON.parse(store.getItem(key));
      if (!draft || Date.now() - draft.saved > DRAFT_MAX_AGE) {
        store.removeItem(key);
        return null;
      }
      return draft;
    } catch (error) {
      store.removeItem(key);
      return null;
    }
  }

  function draftKeys(filter) {
    var keys = [];
    for (var i = 0; i < store.length; i += 1) {
      var key = store.key(i);
      if (key && key.indexOf(PREFIX) === 0 && (!filter || filter(key))) {
        keys.push(key);
      }
    }
    return keys;
  }

  function stored(element) {
    var type = (element.type || "").toLowerCase();
    return (
      element.name &&
      element.name !== "csrfmiddlewaretoken" &&
      !element.disabled &&
      SKIPPED_TYPES.indexOf(type) === -1 &&
      !element.closest("[data-draft-skip]")
    );
  }

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, stored);
  }

  /* What the page was rendered with, and what the field holds now. */
  function defaultOf(element) {
    var type = (element.type || "").toLowerCase();
    if (type === "checkbox" || type === "radio") {
      return element.defaultChecked;
    }
    if (element.tagName === "SELECT") {
      return Array.prototype.filter
        .call(element.options, function (option) { return option.defaultSelected; })
        .map(function (option) { return option.value; })
        .join("\n");
    }
    return element.defaultValue;
  }
  function valueOf(element) {
    var type = (element.type || "").toLowerCase();
    if (type === "checkbox" || type === "radio") {
      return element.checked;
    }
    if (element.tagName === "SELECT") {
      return Array.prototype.filter
        .call(element.options, function (option) { return option.selected; })
        .map(function (option) { return option.value; })
        .join("\n");
    }
    return element.value;
  }
  function setValue(element, value) {
    var type = (element.type || "").toLowerCase();
    if (type === "checkbox" || type === "radio") {
      element.checked = value;
    } else if (element.tagName === "SELECT") {
      var chosen = String(value).split("\n");
      Array.prototype.forEach.call(element.options, function (option) {
        option.selected = chosen.indexOf(option.value) !== -1;
      });
    } else {
      element.value = value;
    }
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  }
  function fieldId(element) {
    var type = (element.type || "").toLowerCase();
    return type === "radio" || type === "checkbox" ? element.name + "=" + element.value : element.name;
  }

  function save(form, key, submitted) {
    var fields = {};
    var typed = false;
    fieldsOf(form).forEach(function (element) {
      var value = valueOf(element);
      var original = defaultOf(element);
      fields[fieldId(element)] = { v: value, d: original };
      if (value !== original) {
        typed = true;
      }
    });
    if (!typed && !submitted) {
      store.removeItem(key);
      return;
    }
    var previous = read(key);
    try {
      store.setItem(
        key,
        JSON.stringify({
          saved: Date.now(),
          path: window.location.pathname,
          fields: fields,
          submitted: submitted ? Date.now() : previous && previous.submitted
        })
      );
    } catch (error) {
      /* storage full: the form still works */
    }
  }

  function restore(form, key) {
    var draft = read(key);
    if (!draft) {
      return false;
    }
    var restored = false;
    fieldsOf(form).forEach(function (element) {
      var saved = draft.fields[fieldId(element)];
      // Only what the user typed (not what the page was rendered with then), into a field
      // untouched since this page was rendered; a page re-rendered with the sent values (a
      // validation error) already holds them.
      if (!saved || saved.v === saved.d || valueOf(element) !== defaultOf(element)) {
        return;
      }
      if (saved.v !== valueOf(element)) {
        setValue(element, saved.v);
        restored = true;
      }
    });
    return restored;
  }

  function showNotice(form, key) {
    var template = document.getElementById("draft-restored-template");
    var notice = document.createElement("div");
    notice.className = "alert alert-info draft-notice";
    notice.setAttribute("role", "status");
    notice.setAttribute("tabindex", "-1");
    notice.setAttribute("data-draft-notice", "");
    var text = document.createElement("p");
    text.className = "mb-2";
    var strong = document.createElement("strong");
    strong.textContent = (template && template.getAttribute("data-title")) || "Vi har sparat det du skrev";
    text.appendChild(strong);
    text.appendChild(
      document.createTextNode(
        " " + ((template && template.getAttribute("data-text")) ||
          "Kontrollera uppgifterna och skicka formuläret igen.")
      )
    );
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "btn btn-sm btn-outline-dark";
    discard.textContent = (template && template.getAttribute("data-discard")) || "Töm formuläret";
    discard.addEventListener("click", function () {
      store.removeItem(key);
      form.reset();
      notice.remove();
    });
    notice.appendChild(text);
    notice.appendChild(discard);
    form.parentNode.insertBefore(notice, form);
  }

  function watch(form) {
    var key = PREFIX + currentUser() + ":" + form.getAttribute("data-draft") + ":" + window.location.pathname;
    if (restore(form, key)) {
      showNotice(form, key);
    }
    var timer = null;
    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { save(form, key, false); }, 400);
    }
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    form.addEventListener("submit", function () {
      window.clearTimeout(timer);
      save(form, key, true);
    });
    // A form emptied on purpose (the offline queue has kept what was typed, or a reset
    // button) has no draft left: restoring it later would offer a second copy to send.
    form.addEventListener("reset", function () {
      window.clearTimeout(timer);
      store.removeItem(key);
    });
  }

  function referrerPath() {
    try {
      var url = new URL(document.referrer);
      return url.origin === window.location.origin ? url.pathname : null;
    } catch (error) {
      return null;
    }
  }

  /* A page that shows success after a form was sent: that form's draft is done. */
  function clearSubmitted() {
    var success = document.querySelector("[data-draft-done], .messages .alert-success");
    var from = referrerPath();
    if (!success || !from) {
      return;
    }
    draftKeys().forEach(function (key) {
      var draft = read(key);
      if (draft && draft.submitted && draft.path === from) {
        store.removeItem(key);
      }
    });
  }

  /* A failure page (CSRF, server error) tells that the text is kept, with a way back. */
  function tellKept() {
    var kept = document.querySelector("[data-draft-kept]");
    var from = referrerPath();
    if (!kept) {
      return;
    }
    var pending = draftKeys().map(read).filter(function (draft) {
      return draft && draft.submitted && (!from || draft.path === from);
    });
    if (!pending.length) {
      return;
    }
    var link = kept.querySelector("a[data-draft-back]");
    if (link) {
      link.href = pending[0].path;
    }
    kept.hidden = false;
  }

  /* Logging out ends the drafts of this user on this browser. */
  function clearOnLogout() {
    var user = currentUser();
    document.querySelectorAll("form").forEach(function (form) {
      if (/\/konto\/logga-ut\/$/.test(form.getAttribute("action") || "")) {
        form.addEventListener("submit", function () {
          draftKeys(function (key) { return key.indexOf(PREFIX + user + ":") === 0; })
            .forEach(function (key) { store.removeItem(key); });
        });
      }
    });
  }

  clearSubmitted();
  tellKept();
  clearOnLogout();
  document.querySelectorAll("form[data-draft]").forEach(watch);
})();
