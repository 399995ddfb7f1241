"""Fixtures for the cache tests: the demo site, as the page cache tests use it, and "another server".

"Another server" is what one does through Redis: a new generation written and
its name published on the channel, by a connection of its own.
"""

import time

import redis
from django.core.cache import cache
from django_redis import get_redis_connection

from celcis_site.caching.broadcast import WATCH
from tests.celcis_site.page_cache.conftest import demo  # noqa: F401


def another_server():
    """A connection of another app server's, to the same Redis."""
    own = get_redis_connection("default")
    return redis.Redis(connection_pool=redis.ConnectionPool(**own.connection_pool.connection_kwargs))


def another_server_bumps(versioned):
    other = another_server()
    cache.set(versioned.generation_key, "from-another-server", timeout=None)
    assert other.publish(WATCH.channel(other), versioned.name) >= 1


def soon(condition):
    """True once `condition()` is: an announcement crosses a socket, which takes microseconds, not none."""
    deadline = time.monotonic() + 0.5
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    return True
