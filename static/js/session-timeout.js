/* The session-timeout warning, after GOV.UK's pattern (issue 24).

   #session-timeout (templates/partials/session_timeout.html, on every page of a signed-in
   user) holds the idle timeout (data-idle-seconds, SESSION_IDLE_MINUTES), how long before it
   to warn (data-warn-seconds) and a modal <dialog>. When the warning is due the dialog opens
   with the time left and "Fortsätt vara inloggad", which POSTs to data-keepalive-url and so
   pushes the session's expiry forward; "Logga ut" leaves. When the time has run out the dialog
   says so, and that what was typed in a form is kept in this browser (js/form-drafts.js), with
   a link to log in again that returns here. Activity in another tab of the same browser
   (a page load or a keep-alive, shared through localStorage) restarts the clock here too.
   Without JavaScript there is no warning; the server's idle timeout is the same. Our own code. */
(function () {
  "use strict";
  var root = document.getElementById("session-timeout");
  if (!root || typeof HTMLDialogElement === "undefined") {
    return;
  }
  var dialog = root.querySelector("dialog");
  var idle = parseInt(root.getAttribute("data-idle-seconds"), 10) * 1000;
  var warnBefore = parseInt(root.getAttribute("data-warn-seconds"), 10) * 1000;
  var keepaliveUrl = root.getAttribute("data-keepalive-url");
  var activityKey = "hjo-session-activity:" + root.getAttribute("data-user");
  var warning = dialog.querySelector("[data-session-warning]");
  var ended = dialog.querySelector("[data-session-ended]");
  var remaining = dialog.querySelector("[data-session-remaining]");
  var stay = dialog.querySelector("[data-session-stay]");
  var timer = null;

  function lastActivity() {
    var here = parseInt(root.getAttribute("data-loaded"), 10);
    try {
      var shared = parseInt(window.localStorage.getItem(activityKey), 10);
      return isNaN(shared) ? here : Math.max(here, shared);
    } catch (error) {
      return here;
    }
  }
  function recordActivity(now) {
    root.setAttribute("data-loaded", String(now));
    try {
      window.localStorage.setItem(activityKey, String(now));
    } catch (error) {
      /* this tab only */
    }
  }

  function csrfToken() {
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (field) {
      return field.value;
    }
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function minutesText(ms) {
    var minutes = Math.max(1, Math.ceil(ms / 60000));
    var one = remaining.getAttribute("data-one");
    var many = remaining.getAttribute("data-many");
    return minutes === 1 ? one : many.replace("%(n)s", String(minutes));
  }

  function open() {
    if (!dialog.open) {
      dialog.showModal();
    }
  }
  function close() {
    if (dialog.open) {
      dialog.close();
    }
  }

  function showEnded() {
    window.clearTimeout(timer);
    warning.hidden = true;
    ended.hidden = false;
    dialog.setAttribute("aria-labelledby", "session-ended-heading");
    dialog.setAttribute("aria-describedby", "session-ended-text");
    open();
    var heading = ended.querySelector("h2");
    if (heading) {
      heading.focus();
    }
  }

  function tick() {
    window.clearTimeout(timer);
    var left = lastActivity() + idle - Date.now();
    if (left <= 0) {
      showEnded();
      return;
    }
    if (left <= warnBefore) {
      var wasOpen = dialog.open;
      remaining.textContent = minutesText(left);
      warning.hidden = false;
      ended.hidden = true;
      open();
      if (!wasOpen) {
        stay.focus();
      }
      timer = window.setTimeout(tick, Math.min(left, 15000));
      return;
    }
    close();
    timer = window.setTimeout(tick, Math.min(left - warnBefore, 60000));
  }

  stay.addEventListener("click", function () {
    stay.disabled = true;
    window
      .fetch(keepaliveUrl, {
        method: "POST",
        credentials: "same-origin",
        redirect: "manual", // a redirect (to the login or two-factor page) is no success
        headers: { "X-CSRFToken": csrfToken(), "X-Requested-With": "fetch" }
      })
      .then(function (response) {
        stay.disabled = false;
        if (response.ok) {
          recordActivity(Date.now());
          close();
          tick();
        } else {
          showEnded();
        }
      })
      .catch(function () {
        stay.disabled = false; // offline: try again; the dialog stays
      });
  });
  dialog.addEventListener("cancel", function (event) {
    // Escape means "stay signed in", as closing GOV.UK's dialog does.
    event.preventDefault();
    if (!ended.hidden) {
      return;
    }
    stay.click();
  });
  window.addEventListener("storage", function (event) {
    if (event.key === activityKey) {
      tick();
    }
  });

  recordActivity(Date.now());
  tick();
})();
