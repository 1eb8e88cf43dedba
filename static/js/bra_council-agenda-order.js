/* Agenda re-ordering in the admin: "up"/"down" buttons move a row and renumber the positions.
   Only an enhancement: without JavaScript the strategist edits the position numbers. */
(function () {
  "use strict";

  function filledRows(tbody) {
    return Array.from(tbody.querySelectorAll("tr.form-row:not(.empty-form)")).filter(function (row) {
      var title = row.querySelector("input[name$='-title']");
      return title && title.value.trim() !== "";
    });
  }

  // The row's caption ("3. Polisens lägesbild") starts with the number the item had when the
  // page loaded; give it the new one, like the position field.
  function recaption(row, number) {
    var caption = row.querySelector("td.original p");
    if (!caption) { return; }
    var text = caption.firstChild;
    while (text && text.nodeType !== Node.TEXT_NODE) { text = text.nextSibling; }
    if (!text) { return; }
    var match = /^(\s*)\d+\./.exec(text.nodeValue);
    if (match) { text.nodeValue = text.nodeValue.replace(/^(\s*)\d+\./, match[1] + number + "."); }
  }

  function renumber(tbody) {
    filledRows(tbody).forEach(function (row, index) {
      var position = row.querySelector("input[name$='-position']");
      if (position) { position.value = String(index + 1); }
      recaption(row, index + 1);
    });
  }

  function move(row, direction) {
    var tbody = row.parentNode;
    var rows = filledRows(tbody);
    var index = rows.indexOf(row);
    var other = rows[index + direction];
    if (!other) { return; }
    if (direction < 0) { tbody.insertBefore(row, other); } else { tbody.insertBefore(other, row); }
    renumber(tbody);
  }

  function button(label, direction, row) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "agenda-move";
    b.textContent = label;
    b.setAttribute("aria-label", label + ": " + (row.querySelector("input[name$='-title']") || {}).value);
    b.addEventListener("click", function () { move(row, direction); b.focus(); });
    return b;
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".agenda-inline tbody").forEach(function (tbody) {
      filledRows(tbody).forEach(function (row) {
        var cell = row.querySelector("td.field-position");
        if (!cell) { return; }
        var group = document.createElement("span");
        group.className = "agenda-move-buttons";
        group.appendChild(button("Upp", -1, row));
        group.appendChild(button("Ned", 1, row));
        cell.appendChild(group);
      });
    });
  });
})();
