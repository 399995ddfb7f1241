/*
 * Cookie consent, enhanced: the banner's form is sent in the background and its
 * confirmation replaces the question without a reload (and takes focus); optional
 * scripts, inert as <script type="text/plain" data-category="…">, run once their
 * category is accepted, on this page load or right after the visitor says yes.
 * Without this file everything still works through ordinary form posts.
 */
(function () {
    "use strict";

    var loader = document.currentScript;
    var cookieName = loader.getAttribute("data-consent-cookie");
    var policyVersion = loader.getAttribute("data-policy-version");

    // The consent cookie starts "<version>.<accepted>.<categories>|…"; the server checks the signature.
    function acceptedCategories() {
        var prefix = cookieName + "=";
        var entry = document.cookie.split("; ").filter(function (part) {
            return part.indexOf(prefix) === 0;
        })[0];
        if (!entry) {
            return [];
        }
        var state = entry.slice(prefix.length).replace(/^"|"$/g, "").split("|")[0].split(".");
        return state[0] === policyVersion ? state.slice(1) : [];
    }

    function runScriptsFor(categories) {
        var inert = document.querySelectorAll('script[type="text/plain"][data-category]');
        Array.prototype.forEach.call(inert, function (placeholder) {
            var category = placeholder.getAttribute("data-category");
            if (categories.indexOf(category) === -1 || placeholder.hasAttribute("data-started")) {
                return;
            }
            placeholder.setAttribute("data-started", "");
            var script = document.createElement("script");
            script.src = placeholder.getAttribute("data-src");
            placeholder.parentNode.insertBefore(script, placeholder.nextSibling);
        });
    }

    function showConfirmation(banner, outcome) {
        banner.querySelector("[data-cookie-banner-question]").hidden = true;
        var confirmation = banner.querySelector('[data-cookie-banner-confirmation="' + outcome + '"]');
        confirmation.hidden = false;
        confirmation.focus();
    }

    function submitWithoutScript(form, submitter) {
        var answer = document.createElement("input");
        answer.type = "hidden";
        answer.name = submitter.name;
        answer.value = submitter.value;
        form.appendChild(answer);
        HTMLFormElement.prototype.submit.call(form);
    }

    function enhanceBanner(banner) {
        var form = banner.querySelector("[data-cookie-banner-form]");
        form.addEventListener("submit", function (event) {
            var submitter = event.submitter;
            if (!submitter || !window.fetch) {
                return;
            }
            event.preventDefault();
            fetch(form.action, {
                method: "POST",
                body: new URLSearchParams(new FormData(form, submitter)),
                headers: { Accept: "application/json" },
                credentials: "same-origin",
            })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("The cookie choice was not saved: " + response.status);
                    }
                    return response.json();
                })
                .then(function (result) {
                    showConfirmation(banner, result.outcome);
                    runScriptsFor(result.accepted);
                    // Other features (video placeholders) react to the new choice without a reload.
                    document.dispatchEvent(new CustomEvent("cookie-consent:saved", { detail: result }));
                })
                .catch(function () {
                    submitWithoutScript(form, submitter);
                });
        });
        Array.prototype.forEach.call(banner.querySelectorAll("[data-cookie-banner-hide]"), function (button) {
            button.addEventListener("click", function (event) {
                event.preventDefault();
                banner.hidden = true;
            });
        });
    }

    function start() {
        runScriptsFor(acceptedCategories());
        var banner = document.querySelector("[data-cookie-banner]");
        if (banner) {
            enhanceBanner(banner);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
