"""Through a real full-page cache keyed on the consent state, each visitor still gets the right banner.

There is no site-wide cache yet; this puts Django's own cache middleware in
front of the site the way one will be (and the way docs/page-cache.md tells a CDN to
key): on `request.cookie_consent.cache_key`, never on the whole Cookie header.
"""

import pytest
from bs4 import BeautifulSoup
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.state import read_consent
from tests.celcis_site.consent.conftest import consent_cookie


def _consent_key_prefix(request):
    return f"page-{request.cookie_consent.cache_key}"


class UpdateCacheByConsentState(UpdateCacheMiddleware):
    """Stores pages on the way out, after the consent middleware has done its work (single-threaded use)."""

    def process_response(self, request, response):
        if hasattr(request, "cookie_consent"):
            self.key_prefix = _consent_key_prefix(request)
        return super().process_response(request, response)


class FetchFromCacheByConsentState(FetchFromCacheMiddleware):
    """Answers from the cache on the way in, once the consent middleware has read the cookie."""

    def process_request(self, request):
        self.key_prefix = _consent_key_prefix(request)
        return super().process_request(request)


@pytest.fixture
def cached_site(settings, cookie_policy):
    """Django's documented layout: update first, fetch after the middleware the key depends on."""
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    position = settings.MIDDLEWARE.index("celcis_site.consent.middleware.CookieConsentMiddleware") + 1
    settings.MIDDLEWARE = [
        f"{__name__}.UpdateCacheByConsentState",
        *settings.MIDDLEWARE[:position],
        f"{__name__}.FetchFromCacheByConsentState",
        *settings.MIDDLEWARE[position:],
    ]


def _banner_state(response):
    banner = BeautifulSoup(response.content, "html.parser").select_one("[data-cookie-banner]")
    if banner is None:
        return "no banner"
    visible = [part for part in banner.find_all(recursive=False) if not part.has_attr("hidden")]
    return visible[0].get("data-cookie-banner-confirmation") or "question"


def _get(client, url, cookie):
    client.cookies.clear()
    if cookie:
        client.cookies[CONSENT_COOKIE_NAME] = cookie
    return client.get(url)


def test_each_consent_state_gets_its_own_banner_through_the_cache(
    cached_site, client, django_assert_num_queries
):
    accepted_by_one = consent_cookie(["analytics", "preferences"])
    accepted_by_another = consent_cookie(["analytics", "preferences"])
    rejected = consent_cookie([])
    visitors = {
        "first visit": (None, "question"),
        "forged cookie": ("1.analytics|0123456789abcdef0123456789abcdef:x:y", "question"),
        "accepted": (accepted_by_one, "no banner"),
        "rejected": (rejected, "no banner"),
    }
    # The first round fills the cache, the second is served from it without touching the database.
    for round_ in ("fill", "hit"):
        for name, (cookie, expected) in visitors.items():
            if round_ == "hit":
                with django_assert_num_queries(0):
                    response = _get(client, "/", cookie)
            else:
                response = _get(client, "/", cookie)
            assert _banner_state(response) == expected, (round_, name)

    # Another browser in the same state shares the cached copy, which holds nothing of the first browser.
    with django_assert_num_queries(0):
        shared = _get(client, "/", accepted_by_another)
    assert _banner_state(shared) == "no banner"
    assert read_consent(accepted_by_one).consent_id not in shared.content.decode()


def test_the_no_javascript_confirmation_is_cached_per_state_too(cached_site, client):
    accepted = consent_cookie(["analytics", "preferences"])
    rejected = consent_cookie([])

    for _ in range(2):
        assert _banner_state(_get(client, "/?cookie-choice=accepted", accepted)) == "accepted"
        assert _banner_state(_get(client, "/?cookie-choice=rejected", rejected)) == "rejected"
        assert _banner_state(_get(client, "/?cookie-choice=accepted", None)) == "question"


def test_the_cookies_page_with_its_consent_id_is_never_cached(cached_site, client, home):
    from celcis_site.consent.demo_content import COOKIES_PAGE
    from celcis_site.consent.models import CookiesPage

    home.add_child(instance=CookiesPage(**COOKIES_PAGE))
    first, second = consent_cookie([]), consent_cookie([])

    assert read_consent(first).consent_id in _get(client, "/cookies/", first).content.decode()
    response = _get(client, "/cookies/", second)
    assert read_consent(second).consent_id in response.content.decode()
    assert read_consent(first).consent_id not in response.content.decode()
    assert "private" in response["Cache-Control"]
