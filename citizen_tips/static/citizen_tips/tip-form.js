/* The tip form, progressive enhancement: the shared map picker (js/map-picker.js, loaded before
   this file) to tap the spot, and a submit button that cannot be pressed twice. The form works
   fully without this file. */
(function () {
  "use strict";

  function initSubmitOnce(form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("[data-submit-once]");
      if (button) {
        window.setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-tip-form]").forEach(initSubmitOnce);
    if (window.hjoMapPicker) {
      document.querySelectorAll("[data-tip-map]").forEach(window.hjoMapPicker);
    }
  });
})();
