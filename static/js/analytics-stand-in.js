/*
 * The demo's first-party analytics stand-in: it only sets a cookie, so that the
 * whole consent chain (inert until accepted, deleted on withdrawal) can be tested
 * without any third party. cookie-consent.js loads it after an "analytics" yes.
 */
(function () {
    "use strict";

    var name = "celcis_analytics";
    if (document.cookie.split("; ").some(function (part) { return part.indexOf(name + "=") === 0; })) {
        return;
    }
    var visitor = Math.random().toString(16).slice(2, 14);
    document.cookie = name + "=" + visitor + "; Max-Age=" + 60 * 60 * 24 * 365 + "; Path=/; SameSite=Lax";
})();
