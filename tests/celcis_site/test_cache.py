"""The cache is Redis, shared by every app server, when REDIS_URL is set."""

from django.core.cache import caches

from tests.markers import redis_only


@redis_only
def test_cache_is_redis_when_redis_url_is_set():
    from django_redis.cache import RedisCache

    cache = caches["default"]
    cache.set("celcis-test-key", {"value": 1}, timeout=30)

    assert isinstance(cache, RedisCache)
    assert cache.get("celcis-test-key") == {"value": 1}
    assert cache.client.get_client().ping()
