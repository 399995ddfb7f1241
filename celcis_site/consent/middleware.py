"""CookieConsentMiddleware: reads each visitor's choice once and enforces it on every response.

It sits outside the session, CSRF and messages middleware (just after
WhiteNoise in MIDDLEWARE), so it sees every cookie they set (the page cache,
first of all, does the same for the pages it answers itself):

- a Set-Cookie for a cookie the visitor has not accepted (or that no category
  declares) is removed from the response;
- a cookie the browser still holds but is no longer allowed (refused, withdrawn,
  or asked again after a policy change) is deleted from the browser;
- an anonymous response that neither reads nor sets a session or CSRF cookie
  stops varying on the whole Cookie header, so a shared cache can keep one copy
  per consent state (`request.cookie_consent.cache_key`) instead of one per visitor;
- every response says which consent state it was rendered for (X-Consent-State),
  so a cache in front that keys on the cookie's readable part (Varnish,
  docs/varnish.md) can refuse to store a page rendered for another state (an
  expired, outdated or forged cookie reads as undecided).
"""

import logging
from http.cookies import CookieError

from django.conf import settings
from django.utils.cache import patch_vary_headers

from .catalogue import CONSENT_COOKIE_NAME, get_catalogue
from .state import read_consent

logger = logging.getLogger(__name__)

CONSENT_STATE_HEADER = "X-Consent-State"


def _is_deletion(morsel):
    return (
        morsel["max-age"] == 0
        or morsel["max-age"] == "0"
        or str(morsel["expires"]).startswith("Thu, 01 Jan 1970")
    )


def delete_cookies_no_longer_allowed(consent, request, response):
    """Tell the browser to delete each cookie it sent that this consent does not allow."""
    for name in request.COOKIES:
        if name in response.cookies or consent.allows_cookie(name):
            continue
        try:
            response.delete_cookie(name, samesite="Lax")
        except CookieError:
            # A name no Set-Cookie can carry (e.g. from "a=1;junk"): nothing to delete.
            continue


class CookieConsentMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        catalogue = get_catalogue()
        request.cookie_consent = read_consent(request.COOKIES.get(CONSENT_COOKIE_NAME), catalogue)
        response = self.get_response(request)
        # A view that records a new choice replaces request.cookie_consent; enforce that one.
        consent = request.cookie_consent
        self.remove_cookies_not_allowed(consent, response)
        delete_cookies_no_longer_allowed(consent, request, response)
        self.stop_varying_on_cookies_for_anonymous_visitors(request, response)
        response[CONSENT_STATE_HEADER] = consent.cache_key
        return response

    def remove_cookies_not_allowed(self, consent, response):
        for name, morsel in list(response.cookies.items()):
            if _is_deletion(morsel) or consent.allows_cookie(name):
                continue
            if consent.catalogue.category_of(name) is None:
                # Every cookie the site sets must be on the cookies page; the tests look for this line.
                logger.warning("Removed undeclared cookie %r: add it to a cookie category.", name)
            del response.cookies[name]

    def stop_varying_on_cookies_for_anonymous_visitors(self, request, response):
        """Drop `Vary: Cookie` when the page cannot depend on a session or a CSRF token.

        Django adds it as soon as anything touches the (empty) session, e.g. to
        ask whether the visitor is signed in. A visitor who sent no session cookie
        and got none back saw the anonymous page; the only cookie it depends on
        is the consent cookie, which caches key on by its state. Caches must pass
        requests carrying a session cookie straight through (docs/consent.md).
        """
        session_cookie, csrf_cookie = settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME
        if session_cookie in request.COOKIES or session_cookie in response.cookies:
            return
        if csrf_cookie in response.cookies or "private" in response.get("Cache-Control", ""):
            return
        vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
        if "cookie" not in {v.lower() for v in vary}:
            return
        del response["Vary"]
        kept = [v for v in vary if v.lower() != "cookie"]
        if kept:
            patch_vary_headers(response, kept)
