// The staff menu's groups (partials/staff_nav.html) are <details> and work without this file;
// it only closes an open group when another opens, on a click elsewhere, and on Escape.
(function () {
  "use strict";
  var groups = document.querySelectorAll("details[data-staff-menu]");
  function closeAll(except) {
    groups.forEach(function (group) {
      if (group !== except) group.open = false;
    });
  }
  groups.forEach(function (group) {
    group.addEventListener("toggle", function () {
      if (group.open) closeAll(group);
    });
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest("details[data-staff-menu]")) closeAll(null);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = document.querySelector("details[data-staff-menu][open]");
    if (open) {
      open.open = false;
      open.querySelector("summary").focus();
    }
  });
})();
