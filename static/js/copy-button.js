/* Copy buttons, progressive enhancement: a <button data-copy="ID" hidden> is shown when the
   browser can copy to the clipboard, and copies the text (or value) of the element #ID. Its
   status (a live region, data-copy-status) says "Kopierat". Without this file the text is
   there to select. Our own code; no library. */
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (!target) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = "value" in target && target.value ? target.value : target.textContent.trim();
      navigator.clipboard.writeText(text).then(
        function () {
          if (status) {
            status.textContent = button.getAttribute("data-copied") || "Kopierat";
          }
        },
        function () {
          if (status) {
            status.textContent = button.getAttribute("data-copy-failed") || "";
          }
        }
      );
    });
  });
})();
