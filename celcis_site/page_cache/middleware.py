"""FullPageCacheMiddleware: serves anonymous visitors' pages from the shared cache.

It is the first middleware, so a hit runs no other code of the site. The page
comes from this process's memory while its generation is trusted (announced
bumps, caching/broadcast.py; front.py answers most of those before Django
runs at all), else from one cache round trip, and the stored response goes
out with the headers the rest of the stack gave it when it was rendered (security headers, CSP, consent
state), plus a fresh request id. A page is keyed on its path, the query
parameters pages use (query.py; any other parameter bypasses the cache) and
the consent state the visitor's cookie claims (one of a handful of values,
checked by its signature, consent/state.py), never on the whole Cookie header
or anything per visitor. A page is stored under a claim only if the site
rendered it for exactly that state, so an out-of-date claim never gets
another state's page. A visitor who still holds a cookie their consent no
longer allows has it deleted, as the consent middleware would, with the
cookie catalogue kept in process memory and checked against its generation
in the same round trip.

Never cached, and passed straight through:
- anything but GET and HEAD, and requests carrying a session (signed-in
  staff) or a pending message cookie;
- static files and media, the admin (and with it preview), search results,
  documents, the consent endpoint, `/cookies/` and the health check
  (PAGE_CACHE_EXCLUDED_PATHS);
- any response that is not a 200, sets a cookie, says private/no-cache/no-store,
  varies on something besides Cookie, is streamed, or used a CSRF token or a
  CSP nonce (a nonce in shared HTML would be reused by every visitor).

Pages it stores go out with `Cache-Control: max-age=0, s-maxage=…,
stale-while-revalidate=…` so a CDN may keep them too, gzip-compressed to
browsers that accept it (they hold nothing secret); everything else that
does not say otherwise gets `private, no-cache`.
"""

import gzip
import hashlib
import re
import time

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers
from django.utils.text import compress_string

from celcis_site.caching.broadcast import WATCH
from celcis_site.caching.memory import LocalValues
from celcis_site.caching.versioned import VersionedCache
from celcis_site.consent.catalogue import (
    CATALOGUE,
    CONSENT_COOKIE_NAME,
    cookies_the_site_cannot_work_without,
    get_catalogue,
)
from celcis_site.consent.middleware import delete_cookies_no_longer_allowed
from celcis_site.consent.state import claimed_state, read_consent
from celcis_site.security.middleware import request_id_for

from .query import cacheable_query

CACHE_HEADER = "X-Page-Cache"
# Set afresh for every response, never stored with a page.
PER_REQUEST_HEADERS = {CACHE_HEADER, "X-Request-ID", "Content-Length"}
# What a stored page is: v4, (when it expires, an HttpResponse with a gzipped body). v1 was a
# (status, headers, content) tuple, v2 an uncompressed HttpResponse, v3 the response alone.
STORED_FORMAT = "v4"
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
REFUSING_CACHE_CONTROL = {"private", "no-cache", "no-store"}
# Vary values a cached copy may carry: Cookie is covered by the consent-state key and
# the session bypass; Accept-Encoding by the cache itself, which compresses or not per visitor.
HARMLESS_VARY = {"cookie", "accept-encoding"}
# Bumped by every change a page can show (celcis_site/caching/table.py); each page is stored for
# PAGE_CACHE_SECONDS at most.
PAGES = VersionedCache("page-cache", timeout=None, description="whole pages for anonymous visitors")
# The same pages in this process's memory, served while their generation is trusted (broadcast.py).
PAGE_COPIES = LocalValues(max_entries=10_000, max_bytes=settings.PAGE_CACHE_MEMORY_MB * 1024 * 1024)


def _page_key(request, query, consent_state):
    # The date rolls the cache at midnight: "current" campaigns and the copyright year depend on it.
    parts = "|".join(
        [
            request.scheme,
            request.get_host(),
            request.path,
            query,
            consent_state,
            timezone.localdate().isoformat(),
        ]
    )
    # The stored format's version: a new one never reads what an older release stored.
    return f"page:{STORED_FORMAT}:" + hashlib.sha256(parts.encode()).hexdigest()


def _excluded_paths():
    # Static files and media are WhiteNoise's and the web server's: no cache round trip for them.
    return tuple(settings.PAGE_CACHE_EXCLUDED_PATHS) + (settings.STATIC_URL, settings.MEDIA_URL)


def cache_query(request):
    """The normalised query string to key the request's page on, or None if it must not use the cache."""
    if request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return None
    if request.path.startswith(_excluded_paths()):
        return None
    return cacheable_query(request)


def request_may_use_cache(request):
    return cache_query(request) is not None


def _rendered_for(request, consent_state):
    # The consent middleware put the state the page was rendered for on the request.
    consent = getattr(request, "cookie_consent", None)
    return consent is not None and consent.cache_key == consent_state


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


def _copy_to_store(response):
    """A plain response with what every visitor gets, its body gzip-compressed.

    Compressing a shared page is safe (it holds no token or nonce, so a
    compression side channel has nothing to find) and done once: nearly every
    browser takes gzip, and the copy read from the cache on each hit is a
    quarter of the size. Unpickling it is also cheaper than building one.
    """
    headers = {name: value for name, value in response.items() if name not in PER_REQUEST_HEADERS}
    headers["Content-Encoding"] = "gzip"
    stored = HttpResponse(compress_string(response.content), status=response.status_code, headers=headers)
    patch_vary_headers(stored, ["Accept-Encoding"])
    return stored


def _holds_other_cookies(request):
    """Whether the visitor sends cookies besides the essential ones: a hit may have to delete them."""
    return not set(request.COOKIES) <= cookies_the_site_cannot_work_without()


def _read_stored(key, others):
    """(stored page or None, its cache's generation, the generations of the caches in `others`).

    From this process's memory when every generation needed is trusted
    (announced bumps, caching/broadcast.py), else in one round trip to the
    cache, keeping a copy in memory for the next time.
    """
    trusted = WATCH.trusted_generations([PAGES.name, *(other.name for other in others)])
    if trusted is not None:
        stored = PAGE_COPIES.get(key, trusted[0])
        if stored is not None:
            return stored, trusted[0], trusted[1:]
    # One round trip for the page, its generation and, if needed, the catalogue's generation.
    found, generation, other_generations = PAGES.read_alongside(key, others)
    if found is None:
        return None, generation, other_generations
    expires, stored = found
    # Kept in memory no longer than in the cache.
    PAGE_COPIES.put(key, generation, stored, expires - time.time())
    return stored, generation, other_generations


def hit_from_memory(environ):
    """The response to a request this process can answer from its memory alone, or None.

    Only for a visitor with no cookie besides the essential ones (nothing to
    delete, so no catalogue) whose page is kept here under a trusted
    generation; front.py calls it before Django's handler runs.
    """
    trusted = WATCH.trusted_generations([PAGES.name])
    if trusted is None:
        return None
    request = WSGIRequest(environ)
    query = cache_query(request)
    if query is None or _holds_other_cookies(request):
        return None
    try:
        key = _page_key(request, query, claimed_state(request.COOKIES.get(CONSENT_COOKIE_NAME)))
    except DisallowedHost:
        return None  # Django answers it with its 400
    stored = PAGE_COPIES.get(key, trusted[0])
    return None if stored is None else FullPageCacheMiddleware.response_from(stored, request)


class FullPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = cache_query(request)
        if query is None:
            return self._mark_private(self.get_response(request))

        consent_state = claimed_state(request.COOKIES.get(CONSENT_COOKIE_NAME))
        key = _page_key(request, query, consent_state)
        # Cookies to delete need the catalogue.
        other_cookies = _holds_other_cookies(request)
        stored, generation, catalogue_generation = _read_stored(key, [CATALOGUE] if other_cookies else [])
        if stored is not None:
            response = self.response_from(stored, request)
            if other_cookies:
                consent = read_consent(
                    request.COOKIES.get(CONSENT_COOKIE_NAME), get_catalogue(*catalogue_generation)
                )
                delete_cookies_no_longer_allowed(consent, request, response)
            return response

        response = self.get_response(request)
        if not (response_may_be_stored(request, response) and _rendered_for(request, consent_state)):
            return self._mark_private(response)
        patch_cache_control(
            response,
            max_age=0,
            s_maxage=settings.PAGE_CACHE_CDN_SECONDS,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE_SECONDS,
        )
        stored = _copy_to_store(response)
        # Pickled as it is stored, so changing it afterwards changes nothing in the cache.
        PAGES.store(
            key, (time.time() + settings.PAGE_CACHE_SECONDS, stored), generation, settings.PAGE_CACHE_SECONDS
        )
        PAGE_COPIES.put(key, generation, stored, settings.PAGE_CACHE_SECONDS)
        # Sent as a hit will be (compressed if the browser takes it), under the id the request had.
        return self.response_from(stored, request, state="miss")

    @staticmethod
    def response_from(stored, request, state="hit"):
        if not ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            stored.content = gzip.decompress(stored.content)
            del stored["Content-Encoding"]
        stored["Content-Length"] = str(len(stored.content))
        stored["X-Request-ID"] = getattr(request, "id", None) or request_id_for(request)
        stored[CACHE_HEADER] = state
        return stored

    @staticmethod
    def _mark_private(response):
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        response[CACHE_HEADER] = "bypass"
        return response
