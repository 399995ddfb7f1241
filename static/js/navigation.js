/*
 * Main menu on narrow screens: the "Menu" button shows and hides the links.
 * Without this script the button stays hidden and the links are always shown;
 * on wide screens the stylesheet shows the links whatever the button says.
 */
(function () {
    "use strict";

    var nav = document.querySelector("[data-site-nav]");
    var button = nav && nav.querySelector("[data-site-nav-toggle]");
    var list = button && document.getElementById(button.getAttribute("aria-controls"));
    if (!list) {
        return;
    }

    function setExpanded(expanded) {
        button.setAttribute("aria-expanded", expanded ? "true" : "false");
    }

    nav.classList.add("site-nav--collapsible");
    button.hidden = false;
    setExpanded(false);

    button.addEventListener("click", function () {
        setExpanded(button.getAttribute("aria-expanded") !== "true");
    });

    // Escape closes an open menu and hands focus back to its button.
    nav.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true" && button.offsetParent) {
            setExpanded(false);
            button.focus();
        }
    });
})();
