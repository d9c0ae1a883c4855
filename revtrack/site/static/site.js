// revtrack report: sorting and filtering in the browser. Everything is readable without
// this file; it only shows the controls and narrows or reorders what is already there.
"use strict";
(function () {
  function show(form) { if (form) { form.hidden = false; } }

  function setupArticles() {
    var table = document.getElementById("articles");
    var form = document.getElementById("article-controls");
    if (!table || !form) { return; }
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var text = document.getElementById("article-filter");
    var notices = document.getElementById("only-notices");
    var stealth = document.getElementById("only-stealth");
    var count = document.getElementById("article-count");
    var empty = document.getElementById("articles-empty");

    function apply() {
      var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var hay = row.getAttribute("data-search") || "";
        var ok = words.every(function (w) { return hay.indexOf(w) !== -1; });
        if (notices.checked && Number(row.getAttribute("data-notices")) === 0) { ok = false; }
        if (stealth.checked && Number(row.getAttribute("data-stealth")) === 0) { ok = false; }
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      count.textContent = shown + " of " + rows.length + " shown";
      if (empty) { empty.hidden = shown !== 0; }
    }

    function sortBy(th) {
      var key = th.getAttribute("data-key");
      var numeric = th.getAttribute("data-type") === "number";
      var order = th.getAttribute("aria-sort") === "descending" ? "ascending" : "descending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
        cell.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", order);
      var sign = order === "ascending" ? 1 : -1;
      rows.sort(function (a, b) {
        var x = a.getAttribute("data-" + key) || "";
        var y = b.getAttribute("data-" + key) || "";
        if (numeric) { return sign * (Number(x) - Number(y)); }
        return sign * (x < y ? -1 : x > y ? 1 : 0);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    }

    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      button.addEventListener("click", function () { sortBy(th); });
      th.textContent = "";
      th.appendChild(button);
    });
    [text, notices, stealth].forEach(function (el) { el.addEventListener("input", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    show(form);
    apply();
  }

  function setupLog() {
    var form = document.getElementById("log-controls");
    if (!form) { return; }
    var items = Array.prototype.slice.call(document.querySelectorAll("li.log-entry"));
    var site = document.getElementById("log-site");
    var kind = document.getElementById("log-kind");
    var status = document.getElementById("log-status");
    var since = document.getElementById("log-since");
    var until = document.getElementById("log-until");
    var count = document.getElementById("log-count");
    var empty = document.getElementById("log-empty");

    function apply() {
      var wanted = site.value.toLowerCase().replace(/^\s+|\s+$/g, "").replace(/^www\./, "");
      var shown = 0;
      items.forEach(function (item) {
        var ok = true;
        var url = item.getAttribute("data-site") || "";
        var host = url.replace(/^[a-z]+:\/\//, "").split(/[\/:?#]/)[0].replace(/^www\./, "");
        if (wanted && host !== wanted && host.slice(-wanted.length - 1) !== "." + wanted) {
          ok = false;
        }
        var itemKind = item.getAttribute("data-kind");
        var itemStatus = item.getAttribute("data-status");
        // Kind and status are about notices; a stealth edit has neither, so it hides.
        if (kind.value && itemKind !== kind.value) { ok = false; }
        if (status.value && itemStatus !== status.value) { ok = false; }
        var day = (item.getAttribute("data-when") || "").slice(0, 10);
        if (since.value && day < since.value) { ok = false; }
        if (until.value && day > until.value) { ok = false; }
        item.hidden = !ok;
        if (ok && itemKind) { shown += 1; }
      });
      var notices = items.filter(function (i) { return i.getAttribute("data-kind"); }).length;
      count.textContent = shown + " of " + notices + " notices shown";
      if (empty) { empty.hidden = shown !== 0; }
    }

    [site, kind, status, since, until].forEach(function (el) {
      el.addEventListener("input", apply);
      el.addEventListener("change", apply);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    show(form);
    apply();
  }

  setupArticles();
  setupLog();
}());
