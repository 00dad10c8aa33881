/**
 * The admin's only script, progressive: every page works without it. It ticks every row's
 * box from the header box, keeps the "0 of 100 selected" counter and the row highlight in
 * step, and fills prepopulated fields (a slug from a title) until the user edits them.
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
  });
})();
`;
