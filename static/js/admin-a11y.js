// Accessible names for widgets Django admin's own scripts build (issue 13, D9): the
// select2 comboboxes of autocomplete fields take their field's label, and the search icons of
// the two-box selects carry their aria-label as an image. Rows that an inline's "add another"
// link adds later get the same names once the admin has built their widgets.
(function () {
  "use strict";

  function nameWidgets(root) {
    root.querySelectorAll(".help-tooltip[aria-label], .search-label-icon[aria-label]").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
    root.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var label = document.querySelector('label[for="' + select.id + '"]');
      var container = select.nextElementSibling;
      if (!container) return;
      var boxes = container.querySelectorAll('[role="combobox"], [role="textbox"]');
      if (label) {
        if (!label.id) label.id = select.id + "_label";
        boxes.forEach(function (box) { box.setAttribute("aria-labelledby", label.id); });
      } else if (select.getAttribute("aria-label")) {
        // A tabular inline's field has no <label>, only its aria-label (admin_labels.py).
        boxes.forEach(function (box) {
          box.removeAttribute("aria-labelledby");
          box.setAttribute("aria-label", select.getAttribute("aria-label"));
        });
      }
    });
  }

  window.addEventListener("load", function () {
    window.setTimeout(function () { nameWidgets(document); }, 0);
  });
  // Django admin dispatches formset:added on the new row; its own autocomplete script builds
  // the row's select2 in a listener of the same event, so name the widgets just after.
  document.addEventListener("formset:added", function (event) {
    var row = event.target instanceof Element ? event.target : document;
    window.setTimeout(function () { nameWidgets(row); }, 0);
  });
})();
