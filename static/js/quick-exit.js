/*
 * Quick exit ("Exit this page", after the GOV.UK Design System component).
 *
 * Without JavaScript the button is a plain link to the neutral site. With it,
 * the button and Shift pressed three times in quick succession clear what this
 * site stored on the device that a script may clear (local and session
 * storage, cookies not marked HttpOnly), then replace the current page with the
 * neutral site, so Back does not return to it. Browser history is not erased:
 * the explanation page says so.
 */
(function () {
    "use strict";

    var SHIFT_PRESSES_TO_EXIT = 3;
    var SHIFT_WINDOW_MS = 5000;

    var container = document.querySelector("[data-quick-exit]");
    if (!container) {
        return;
    }
    var button = container.querySelector("[data-quick-exit-button]");
    var status = container.querySelector("[data-quick-exit-status]");
    var shiftHint = container.querySelector("[data-quick-exit-shift-hint]");
    var neutralUrl = button.getAttribute("href");

    function clearStoredData() {
        try {
            window.localStorage.clear();
            window.sessionStorage.clear();
        } catch (error) {
            // Storage can be switched off; there is then nothing to clear.
        }
        document.cookie.split(";").forEach(function (cookie) {
            var name = cookie.split("=")[0].trim();
            if (name) {
                document.cookie = name + "=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; SameSite=Lax";
            }
        });
    }

    function exitPage(event) {
        if (event) {
            event.preventDefault();
        }
        document.body.classList.add("quick-exit--leaving");
        clearStoredData();
        window.location.replace(neutralUrl);
    }

    var shiftPresses = 0;
    var resetTimer = null;

    function resetShiftPresses() {
        shiftPresses = 0;
        window.clearTimeout(resetTimer);
        if (status) {
            status.textContent = "";
        }
    }

    function countShiftPress() {
        shiftPresses += 1;
        window.clearTimeout(resetTimer);
        if (shiftPresses >= SHIFT_PRESSES_TO_EXIT) {
            resetShiftPresses();
            exitPage();
            return;
        }
        var remaining = SHIFT_PRESSES_TO_EXIT - shiftPresses;
        if (status) {
            status.textContent = "Shift, press " + remaining + " more time" + (remaining === 1 ? "" : "s") + " to exit.";
        }
        resetTimer = window.setTimeout(resetShiftPresses, SHIFT_WINDOW_MS);
    }

    button.addEventListener("click", exitPage);
    // Counted on release, and any other key starts again: typing a capital letter never exits.
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Shift") {
            resetShiftPresses();
        }
    });
    document.addEventListener("keyup", function (event) {
        if (event.key === "Shift") {
            countShiftPress();
        }
    });
    // Coming back to a page kept in the back/forward cache: it must be usable again.
    window.addEventListener("pageshow", function () {
        document.body.classList.remove("quick-exit--leaving");
    });

    if (shiftHint) {
        shiftHint.hidden = false;
    }
})();
