/*
 * Video placeholders, enhanced: "Load the video" puts that one player in place
 * of its placeholder without recording anything; "Always load videos" records
 * the choice like the cookie banner (in the background) and loads every video
 * on the page; a yes to the video category on the banner loads them too.
 * Without this file the placeholder's links and its "Always load videos" form
 * still work, and visitors who said yes get the player from the server.
 */
(function () {
    "use strict";

    function loadPlayer(figure, takeFocus) {
        var placeholder = figure.querySelector("[data-video-placeholder]");
        var src = figure.getAttribute("data-player-src");
        if (!placeholder || !src) {
            return;
        }
        var media = document.createElement("div");
        media.className = "block-embed__media";
        media.setAttribute("data-video-player", "");
        var iframe = document.createElement("iframe");
        iframe.src = src;
        iframe.title = figure.getAttribute("data-player-title");
        iframe.allow = "fullscreen; picture-in-picture; encrypted-media";
        iframe.referrerPolicy = "strict-origin-when-cross-origin";
        media.appendChild(iframe);
        placeholder.parentNode.replaceChild(media, placeholder);
        if (takeFocus) {
            iframe.focus();
        }
    }

    function loadAll(focusIn) {
        Array.prototype.forEach.call(document.querySelectorAll("[data-video]"), function (figure) {
            loadPlayer(figure, figure === focusIn);
        });
    }

    function hideBannerQuestion() {
        var banner = document.querySelector("[data-cookie-banner]");
        if (banner) {
            banner.hidden = true;
        }
    }

    function enhanceAlwaysForm(figure, form) {
        form.addEventListener("submit", function (event) {
            if (!window.fetch) {
                return;
            }
            event.preventDefault();
            fetch(form.action, {
                method: "POST",
                body: new URLSearchParams(new FormData(form)),
                headers: { Accept: "application/json" },
                credentials: "same-origin",
            })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("The video choice was not saved: " + response.status);
                    }
                    hideBannerQuestion();
                    loadAll(figure);
                })
                .catch(function () {
                    HTMLFormElement.prototype.submit.call(form);
                });
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll("[data-video]"), function (figure) {
            var button = figure.querySelector("[data-video-load]");
            if (button) {
                button.hidden = false;
                button.addEventListener("click", function () {
                    loadPlayer(figure, true);
                });
            }
            var form = figure.querySelector("[data-video-always]");
            if (form) {
                enhanceAlwaysForm(figure, form);
            }
        });
        // cookie-consent.js announces a choice made on the banner without a reload.
        document.addEventListener("cookie-consent:saved", function (event) {
            var figure = document.querySelector("[data-video]");
            if (figure && event.detail.accepted.indexOf(figure.getAttribute("data-consent-category")) !== -1) {
                loadAll(null);
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
