"""Page-cache hits from the app server's memory: no round trip to Redis, and never a page a bump replaced."""

import pytest
from django.core.cache import cache

from celcis_site.caching.broadcast import WATCH
from celcis_site.page_cache.middleware import PAGES
from tests.celcis_site.caching.conftest import another_server_bumps, soon
from tests.celcis_site.page_cache.conftest import cache_state
from tests.markers import redis_only

pytestmark = redis_only

ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"


@pytest.fixture
def redis_reads(monkeypatch):
    """Every read of the shared cache from now on, as the lists of keys asked for."""
    reads = []
    for name in ("get", "get_many"):
        original = getattr(cache, name)
        monkeypatch.setattr(
            cache,
            name,
            lambda keys, *a, _original=original, **k: reads.append(keys) or _original(keys, *a, **k),
        )
    return reads


def test_a_page_served_before_is_answered_from_memory_without_asking_redis(demo, client, redis_reads):
    miss = client.get(ARTICLE)
    redis_reads.clear()

    hit = client.get(ARTICLE)

    assert (cache_state(miss), cache_state(hit)) == ("miss", "hit")
    assert redis_reads == []
    assert hit.content == miss.content
    assert hit["X-Request-ID"] != miss["X-Request-ID"]


def test_a_visitor_with_other_cookies_is_answered_from_memory_too_and_they_are_still_deleted(
    demo, client, redis_reads
):
    client.get("/")
    client.cookies["celcis_analytics"] = "12345"
    client.get("/")  # reads the catalogue's generation once
    redis_reads.clear()

    response = client.get("/")

    assert cache_state(response) == "hit"
    assert redis_reads == []
    assert response.cookies["celcis_analytics"]["max-age"] == 0


def test_after_a_bump_on_another_server_the_page_is_rendered_afresh_not_served_from_memory(demo, client):
    client.get(ARTICLE)
    assert cache_state(client.get(ARTICLE)) == "hit"

    another_server_bumps(PAGES)

    # The announcement crosses a socket (microseconds); no request may be answered from memory after it.
    assert soon(lambda: cache_state(client.get(ARTICLE)) == "miss"), "the copy in memory outlived the bump"
    assert cache_state(client.get(ARTICLE)) == "hit"


def test_a_page_past_its_lifetime_is_not_served_from_memory(demo, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(ARTICLE)

    assert cache_state(client.get(ARTICLE)) == "miss"


def test_without_the_subscription_every_hit_asks_redis(demo, client, redis_reads, monkeypatch):
    client.get(ARTICLE)
    monkeypatch.setattr(WATCH, "trusted_generations", lambda names: None)
    redis_reads.clear()

    hit = client.get(ARTICLE)

    assert cache_state(hit) == "hit"
    assert len(redis_reads) == 1
