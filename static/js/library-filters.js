// The Knowledge Bank's filters: with JavaScript, results follow each change at once and the new
// total is announced (the count is a status region); the address stays shareable. Without it,
// the form submits as a plain GET.
(function () {
    "use strict";
    var form = document.querySelector("[data-library-filters]");
    if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams) { return; }
    var latest = 0;

    function addressFor() {
        var params = new URLSearchParams();
        new FormData(form).forEach(function (value, key) { if (value) { params.append(key, value); } });
        var query = params.toString();
        return form.getAttribute("action") + (query ? "?" + query : "");
    }

    function refreshFilters(fresh) {
        form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
            var other = fresh.getElementById(box.id);
            if (!other) { return; }
            box.disabled = other.disabled;
            var label = form.querySelector("label[for='" + box.id + "']");
            var otherLabel = fresh.querySelector("label[for='" + box.id + "']");
            if (label && otherLabel) { label.innerHTML = otherLabel.innerHTML; }
            box.parentNode.className = other.parentNode.className;
        });
        ["library-author", "library-sort"].forEach(function (id) {
            var select = document.getElementById(id);
            var other = fresh.getElementById(id);
            if (select && other) { select.innerHTML = other.innerHTML; }
        });
    }

    function update() {
        var url = addressFor();
        var ticket = ++latest;
        fetch(url, { credentials: "same-origin" }).then(function (response) {
            return response.text();
        }).then(function (html) {
            if (ticket !== latest) { return; }
            var fresh = new DOMParser().parseFromString(html, "text/html");
            var body = fresh.getElementById("library-results-body");
            var count = fresh.getElementById("library-count");
            if (!body || !count) { window.location.assign(url); return; }
            document.getElementById("library-results-body").replaceWith(body);
            refreshFilters(fresh);
            document.getElementById("library-count").textContent = count.textContent;
            window.history.replaceState(null, "", url);
        }).catch(function () { window.location.assign(url); });
    }

    form.addEventListener("change", function (event) {
        if (event.target.name !== "q") { update(); }
    });
    form.addEventListener("submit", function (event) {
        event.preventDefault();
        update();
    });
}());
