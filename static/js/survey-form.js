/* The safety survey's answer form, progressive enhancement: the shared map picker
   (js/map-picker.js, loaded before this file) to mark another place that one avoids, and a
   submit button that cannot be pressed twice. The form works fully without this file. */
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-survey-form]").forEach(function (form) {
      form.addEventListener("submit", function () {
        var button = form.querySelector("[data-submit-once]");
        if (button) {
          window.setTimeout(function () { button.disabled = true; }, 0);
        }
      });
    });
    if (window.hjoMapPicker) {
      document.querySelectorAll("[data-survey-map]").forEach(window.hjoMapPicker);
    }
  });
})();
