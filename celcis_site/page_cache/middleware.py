"""FullPageCacheMiddleware: serves anonymous visitors' pages from the shared cache.

It sits just inside CookieConsentMiddleware (which it needs for the consent
state) and outside sessions, CSRF and authentication, so a hit costs one cache
round trip and no database query. A page is keyed on its path, the query
parameters pages use (query.py; any other parameter bypasses the cache) and the
visitor's consent state (`request.cookie_consent.cache_key`, one of a handful
of values), never on the whole Cookie header or anything per visitor.

Never cached, and passed straight through:
- anything but GET and HEAD, and requests carrying a session (signed-in
  staff) or a pending message cookie;
- the admin (and with it preview), search results, documents, the consent
  endpoint, `/cookies/` and the health check (PAGE_CACHE_EXCLUDED_PATHS);
- any response that is not a 200, sets a cookie, says private/no-cache/no-store,
  varies on something besides Cookie, is streamed, or used a CSRF token or a
  CSP nonce (a nonce in shared HTML would be reused by every visitor).

Pages it stores go out with `Cache-Control: max-age=0, s-maxage=…,
stale-while-revalidate=…` so a CDN may keep them too; everything else that
does not say otherwise gets `private, no-cache`.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control

from celcis_site.caching.versioned import VersionedCache

from .query import cacheable_query

CACHE_HEADER = "X-Page-Cache"
REFUSING_CACHE_CONTROL = {"private", "no-cache", "no-store"}
# Vary values a cached copy may carry: Cookie is covered by the consent-state key and
# the session bypass; the site does not compress, so Accept-Encoding changes nothing.
HARMLESS_VARY = {"cookie", "accept-encoding"}
# Bumped by every change a page can show (celcis_site/caching/table.py); each page is stored for
# PAGE_CACHE_SECONDS at most.
PAGES = VersionedCache("page-cache", timeout=None, description="whole pages for anonymous visitors")


def _page_key(request):
    # The date rolls the cache at midnight: "current" campaigns and the copyright year depend on it.
    parts = "|".join(
        [
            request.scheme,
            request.get_host(),
            request.path,
            cacheable_query(request),
            request.cookie_consent.cache_key,
            timezone.localdate().isoformat(),
        ]
    )
    return "page:" + hashlib.sha256(parts.encode()).hexdigest()


def request_may_use_cache(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS)):
        return False
    return cacheable_query(request) is not None


def _cache_control_directives(response):
    return {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part.strip()
    }


def response_may_be_stored(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_USED"):
        return False
    if isinstance(getattr(request, "_csp_nonce", None), str):
        return False
    if _cache_control_directives(response) & REFUSING_CACHE_CONTROL:
        return False
    vary = {value.strip().lower() for value in cc_delim_re.split(response.get("Vary", "")) if value.strip()}
    if not vary <= HARMLESS_VARY:
        return False
    # The last guard: a form token in shared HTML would hand one visitor's token to everyone.
    return b"csrfmiddlewaretoken" not in response.content


class FullPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_may_use_cache(request):
            return self._mark_private(self.get_response(request))

        key = _page_key(request)
        # One round trip for the generation and the page.
        stored, generation = PAGES.read(key)
        if stored is not None:
            return self._response_from(stored)

        response = self.get_response(request)
        if not response_may_be_stored(request, response):
            return self._mark_private(response)
        patch_cache_control(
            response,
            max_age=0,
            s_maxage=settings.PAGE_CACHE_CDN_SECONDS,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE_SECONDS,
        )
        headers = [(name, value) for name, value in response.items() if name != CACHE_HEADER]
        PAGES.store(
            key, (response.status_code, headers, response.content), generation, settings.PAGE_CACHE_SECONDS
        )
        response[CACHE_HEADER] = "miss"
        return response

    @staticmethod
    def _response_from(stored):
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[CACHE_HEADER] = "hit"
        return response

    @staticmethod
    def _mark_private(response):
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        response[CACHE_HEADER] = "bypass"
        return response
