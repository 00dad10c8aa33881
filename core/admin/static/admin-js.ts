/**
 * The admin's only script, progressive: every page works without it. It ticks every row's
 * box from the header box, keeps the "0 of 100 selected" counter and the row highlight in
 * step, fills prepopulated fields (a slug from a title) until the user edits them, and gives
 * each inline an "Add another …" row that copies the hidden empty row (Django's inlines.js;
 * without the script the inline's blank extra rows are there to fill).
 */
export const adminJs = `
(function () {
  "use strict";
  function ready(fn) { if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn); }
  ready(function () {
    var toggle = document.getElementById("action-toggle");
    var boxes = Array.prototype.slice.call(document.querySelectorAll("input.action-select"));
    var counter = document.querySelector(".action-counter");
    function update() {
      var checked = 0;
      boxes.forEach(function (box) {
        if (box.checked) checked++;
        var row = box.closest("tr");
        if (row) row.classList.toggle("selected", box.checked);
      });
      if (counter) counter.textContent = checked + " of " + counter.getAttribute("data-actions-icnt") + " selected";
      if (toggle) toggle.checked = boxes.length > 0 && checked === boxes.length;
    }
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener("change", function () {
        boxes.forEach(function (box) { box.checked = toggle.checked; });
        update();
      });
    }
    boxes.forEach(function (box) { box.addEventListener("change", update); });
    if (boxes.length) update();

    // On a narrow screen the filters stand above the results: fold those that filter nothing.
    if (window.matchMedia("(max-width: 1024px)").matches) {
      Array.prototype.forEach.call(document.querySelectorAll("#changelist-filter details"), function (details) {
        var first = details.querySelector("li");
        if (first && first.classList.contains("selected")) details.open = false;
      });
    }

    Array.prototype.forEach.call(document.querySelectorAll("[data-prepopulated-from]"), function (field) {
      var sources = field.getAttribute("data-prepopulated-from").split(",").map(function (id) { return document.getElementById(id); }).filter(Boolean);
      var edited = field.value !== "";
      field.addEventListener("input", function () { edited = field.value !== ""; });
      function fill() {
        if (edited) return;
        var text = sources.map(function (s) { return s.value; }).join(" ");
        var slug = text.normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase()
          .replace(/[^a-z0-9\\s_-]/g, "").trim().replace(/[\\s_-]+/g, "-");
        var max = parseInt(field.getAttribute("maxlength") || "50", 10);
        field.value = slug.slice(0, max).replace(/-+$/, "");
      }
      sources.forEach(function (s) { s.addEventListener("input", fill); });
    });

    Array.prototype.forEach.call(document.querySelectorAll(".inline-group[data-inline-prefix]"), function (group) {
      var prefix = group.getAttribute("data-inline-prefix");
      var template = group.querySelector("tr.empty-form");
      var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
      var max = document.getElementById("id_" + prefix + "-MAX_NUM_FORMS");
      if (!template || !total) return;
      var tbody = template.parentNode;
      var served = parseInt(total.value, 10) || 0;
      var addRow = document.createElement("tr");
      addRow.className = "add-row";
      var cell = document.createElement("td");
      cell.colSpan = template.children.length;
      var link = document.createElement("a");
      link.href = "#";
      link.setAttribute("role", "button");
      link.textContent = group.getAttribute("data-add-text");
      cell.appendChild(link);
      addRow.appendChild(cell);
      tbody.appendChild(addRow);
      // The prefix is a relation's name (an identifier): no regular-expression characters.
      var pattern = new RegExp("^(id_)?(" + prefix + "-)(\\\\d+|__prefix__)(?=-|$)");
      function added() { return tbody.querySelectorAll("tr.dynamic-form"); }
      function number(row, index) {
        row.id = prefix + "-" + index;
        Array.prototype.forEach.call(row.querySelectorAll("[id], [name], [for]"), function (el) {
          ["id", "name", "for"].forEach(function (attr) {
            var value = el.getAttribute(attr);
            if (value) el.setAttribute(attr, value.replace(pattern, "$1$2" + index));
          });
        });
      }
      function update() {
        var rows = added();
        Array.prototype.forEach.call(rows, function (row, i) { number(row, served + i); });
        total.value = served + rows.length;
        addRow.hidden = Boolean(max) && served + rows.length >= parseInt(max.value, 10);
      }
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var row = template.cloneNode(true);
        row.hidden = false;
        row.classList.remove("empty-form");
        row.classList.add("dynamic-form");
        var last = row.querySelector("td.delete") || row.lastElementChild;
        var remove = document.createElement("a");
        remove.href = "#";
        remove.className = "inline-deletelink";
        remove.setAttribute("role", "button");
        remove.textContent = "Remove";
        last.appendChild(remove);
        tbody.insertBefore(row, template);
        update();
        var first = row.querySelector("input:not([type=hidden]), select, textarea");
        if (first) first.focus();
      });
      tbody.addEventListener("click", function (event) {
        var remove = event.target.closest && event.target.closest("a.inline-deletelink");
        if (!remove) return;
        event.preventDefault();
        remove.closest("tr").remove();
        update();
        link.focus();
      });
      update();
    });
  });
})();
`;
