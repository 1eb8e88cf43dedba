/* Incident form, progressive enhancement: the shared map picker (map-picker.js, loaded before
   this file) and a submit button that cannot be pressed twice. The form works fully without
   this file. */
(function () {
  "use strict";

  function initSubmitOnce(form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("[data-submit-once]");
      if (button) {
        // Disable after the browser has collected the form data.
        window.setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-incident-form]").forEach(initSubmitOnce);
    if (window.hjoMapPicker) {
      document.querySelectorAll("[data-map-picker]").forEach(window.hjoMapPicker);
    }
  });
})();
