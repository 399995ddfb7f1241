/*
 * Contact form: when the form comes back with errors, move focus to the error
 * summary so that screen reader and keyboard users hear what went wrong first.
 * Links in the summary already jump to the fields without JavaScript.
 */
(function () {
    "use strict";

    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
})();
