"""A page-cache hit is answered before the rest of the site runs, and keeps every promise a render keeps."""

import gzip

from django.core.cache import cache
from django.test import RequestFactory

from celcis_site.consent.catalogue import CATALOGUE, CONSENT_COOKIE_NAME, get_catalogue
from celcis_site.consent.models import CookiePolicy
from celcis_site.page_cache.middleware import request_may_use_cache
from tests.celcis_site.consent.conftest import consent_cookie
from tests.celcis_site.page_cache.conftest import cache_state

ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"
HEADERS_SET_BY_THE_SITE = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "X-Consent-State",
    "Content-Type",
    "Cache-Control",
)


def test_a_hit_carries_the_headers_the_site_gave_the_page(demo, client):
    miss, hit = client.get(ARTICLE), client.get(ARTICLE)

    assert (cache_state(miss), cache_state(hit)) == ("miss", "hit")
    for header in HEADERS_SET_BY_THE_SITE:
        assert hit[header] == miss[header], header


def test_a_hit_has_a_request_id_of_its_own_or_the_proxys(demo, client):
    miss, hit = client.get(ARTICLE), client.get(ARTICLE)
    from_proxy = client.get(ARTICLE, HTTP_X_REQUEST_ID="proxy-request-0042")

    assert hit["X-Request-ID"] != miss["X-Request-ID"]
    assert from_proxy["X-Request-ID"] == "proxy-request-0042"


def test_a_cookie_the_visitor_has_not_allowed_is_deleted_on_a_hit_too(demo, client):
    client.get("/")  # stored for visitors who have not chosen
    client.cookies["celcis_analytics"] = "12345"

    response = client.get("/")

    assert cache_state(response) == "hit"
    assert response.cookies["celcis_analytics"]["max-age"] == 0
    assert response.cookies["celcis_analytics"].value == ""


def test_an_allowed_cookie_is_kept_on_a_hit(demo, client):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["analytics"])
    client.get("/")
    client.cookies["celcis_analytics"] = "12345"

    response = client.get("/")

    assert cache_state(response) == "hit"
    assert "celcis_analytics" not in response.cookies


def test_a_choice_from_an_earlier_policy_is_asked_again_and_never_stored_under_its_claim(demo, client):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie([])
    assert client.get("/")["X-Consent-State"] == "1"
    policy = CookiePolicy.objects.get()
    policy.version = 2
    policy.save()

    first, second = client.get("/"), client.get("/")

    assert (first["X-Consent-State"], second["X-Consent-State"]) == ("undecided", "undecided")
    assert (cache_state(first), cache_state(second)) == ("bypass", "bypass")
    assert b"data-cookie-banner" in second.content


def test_a_forged_cookie_gets_the_page_of_visitors_who_have_not_chosen(demo, client):
    client.get("/")  # stored for visitors who have not chosen
    client.cookies[CONSENT_COOKIE_NAME] = "1.analytics|" + "0" * 32 + ":forged:signature"

    response = client.get("/")

    assert cache_state(response) == "hit"
    assert response["X-Consent-State"] == "undecided"


def test_static_files_and_media_never_cost_a_page_cache_read(settings):
    for path in (settings.STATIC_URL + "css/site.css", settings.MEDIA_URL + "images/photo.jpg"):
        assert not request_may_use_cache(RequestFactory().get(path)), path


def test_the_catalogue_comes_from_process_memory_while_its_generation_holds(demo, monkeypatch):
    generation = CATALOGUE.generation()
    kept = get_catalogue(generation)
    reads = []
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: reads.append(args))
    monkeypatch.setattr(cache, "get_many", lambda *args, **kwargs: reads.append(args) or {})

    assert get_catalogue(generation) is kept
    assert reads == []


def test_a_browser_that_takes_gzip_gets_the_shared_page_compressed(demo, client):
    plain = client.get(ARTICLE)
    compressed = client.get(ARTICLE, HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert int(compressed["Content-Length"]) == len(compressed.content) < len(plain.content) / 2
    assert "Accept-Encoding" in compressed["Vary"]
    assert "Content-Encoding" not in plain
    assert int(plain["Content-Length"]) == len(plain.content)


def test_the_first_visitor_gets_the_compressed_page_too(demo, client):
    first = client.get("/news/", HTTP_ACCEPT_ENCODING="gzip")

    assert cache_state(first) == "miss"
    assert first["Content-Encoding"] == "gzip"
    assert b"</html>" in gzip.decompress(first.content)


def test_a_page_with_a_form_token_is_never_compressed(demo, client):
    response = client.get("/contact/", HTTP_ACCEPT_ENCODING="gzip")

    assert cache_state(response) == "bypass"
    assert "Content-Encoding" not in response
    assert b"csrfmiddlewaretoken" in response.content
