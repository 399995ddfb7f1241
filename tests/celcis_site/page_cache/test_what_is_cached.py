"""Anonymous pages come from the cache; nothing per visitor, signed in, posted or private ever does."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import Page

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.state import read_consent
from celcis_site.page_cache.middleware import FullPageCacheMiddleware
from tests.celcis_site.consent.conftest import consent_cookie
from tests.celcis_site.page_cache.conftest import cache_state

ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"


def test_second_anonymous_visit_is_a_hit_without_a_database_query(demo, client, django_assert_num_queries):
    first = client.get(ARTICLE)
    with django_assert_num_queries(0):
        second = client.get(ARTICLE)

    assert (cache_state(first), cache_state(second)) == ("miss", "hit")
    assert second.status_code == 200
    assert second.content == first.content
    assert "Cookie" not in second.get("Vary", "")


def test_cached_pages_tell_a_cdn_it_may_keep_them_briefly(demo, client, settings):
    client.get("/news/")
    response = client.get("/news/")

    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {
        "max-age=0",
        f"s-maxage={settings.PAGE_CACHE_CDN_SECONDS}",
        f"stale-while-revalidate={settings.PAGE_CACHE_STALE_WHILE_REVALIDATE_SECONDS}",
    }


def test_head_is_answered_from_the_copy_get_stored(demo, client):
    client.get("/campaigns/whoissam/")
    response = client.head("/campaigns/whoissam/")
    assert response.status_code == 200
    assert cache_state(response) == "hit"


def test_each_consent_state_has_its_own_copy_and_no_visitor_id_is_shared(demo, client):
    client.get("/")  # undecided: the banner asks
    accepted_by_one, accepted_by_another = consent_cookie(["analytics"]), consent_cookie(["analytics"])

    client.cookies[CONSENT_COOKIE_NAME] = accepted_by_one
    assert cache_state(client.get("/")) == "miss"
    client.cookies[CONSENT_COOKIE_NAME] = accepted_by_another
    shared = client.get("/")

    assert cache_state(shared) == "hit"
    assert read_consent(accepted_by_one).consent_id not in shared.content.decode()
    client.cookies.clear()
    undecided = client.get("/")
    assert cache_state(undecided) == "hit"
    assert undecided.content != shared.content


def test_signed_in_staff_are_never_served_or_stored(demo, client):
    client.get("/")
    staff = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    client.force_login(staff)

    response = client.get("/")

    assert cache_state(response) == "bypass"
    assert "private" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert cache_state(client.get("/")) == "hit"


@pytest.mark.parametrize(
    "url",
    ["/admin/login/", "/search/?q=campaign", "/cookies/", "/contact/", "/healthz/"],
)
def test_private_and_per_visitor_addresses_are_never_cached(demo, client, url):
    for _ in range(2):
        response = client.get(url)
        assert cache_state(response) == "bypass", url
        assert {"private", "no-cache"} & {part.strip() for part in response["Cache-Control"].split(",")}


def test_posts_are_never_answered_from_the_cache(demo, client):
    client.get("/news/")
    response = client.post("/news/", {"anything": "1"})
    assert cache_state(response) == "bypass"


def test_a_not_found_page_is_not_stored(demo, client):
    for _ in range(2):
        response = client.get("/no-such-page/")
        assert response.status_code == 404
        assert cache_state(response) == "bypass"


def test_no_cacheable_page_of_the_demo_site_carries_a_csrf_token_or_a_nonce(demo, client):
    stored = []
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page.get_url()
        response = client.get(url)
        if cache_state(response) == "miss":
            stored.append(url)
            html = response.content.decode()
            assert "csrfmiddlewaretoken" not in html, url
            assert "nonce=" not in html, url
    # The crawl reached the kinds of page a visitor reads, and the contact form was not among them.
    assert {"/", "/news/", ARTICLE, "/campaigns/whoissam/", "/worried-about-a-child/"} <= set(stored)
    assert "/contact/" not in stored
    form = BeautifulSoup(client.get("/contact/").content, "html.parser").find(
        "input", {"name": "csrfmiddlewaretoken"}
    )
    assert form is not None


def _through_the_middleware(prepare_response, **request_attributes):
    request = RequestFactory().get("/anything/")
    request.cookie_consent = read_consent(None)
    for name, value in request_attributes.items():
        setattr(request, name, value)

    def view(_request):
        response = HttpResponse("<p>page</p>")
        prepare_response(response)
        return response

    middleware = FullPageCacheMiddleware(view)
    return cache_state(middleware(request)), cache_state(middleware(request))


def test_a_response_that_sets_a_cookie_is_not_stored(db):
    assert _through_the_middleware(lambda r: r.set_cookie("celcis_cookie_consent", "x")) == (
        "bypass",
        "bypass",
    )


def test_a_page_that_used_a_csp_nonce_is_not_stored(db):
    assert _through_the_middleware(lambda r: None, _csp_nonce="abc123") == ("bypass", "bypass")


def test_a_page_that_varies_on_anything_but_cookie_is_not_stored(db):
    def vary_on_language(response):
        response["Vary"] = "Accept-Language"

    assert _through_the_middleware(vary_on_language) == ("bypass", "bypass")


def test_an_ordinary_page_is_stored(db):
    assert _through_the_middleware(lambda r: None) == ("miss", "hit")


def test_health_check_answers_ok_without_the_database(db, client, django_assert_num_queries):
    client.get("/healthz/")  # the first request of a process reads the cookie catalogue once
    with django_assert_num_queries(0):
        response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok\n"
