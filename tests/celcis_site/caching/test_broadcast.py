"""Generations trusted without asking Redis (celcis_site/caching/broadcast.py): never one a bump replaced."""

import pytest
from django.core.cache import cache
from django_redis import get_redis_connection

from celcis_site.caching import broadcast
from celcis_site.caching.broadcast import WATCH
from celcis_site.caching.versioned import REGISTRY, VersionedCache
from tests.celcis_site.caching.conftest import another_server, another_server_bumps, soon
from tests.markers import redis_only

pytestmark = [pytest.mark.django_db, redis_only]


@pytest.fixture
def watched():
    versioned = VersionedCache("test-broadcast", timeout=60)
    # A generation that exists already: making one afresh is announced, as another test shows.
    cache.set(versioned.generation_key, "first", timeout=None)
    yield versioned
    del REGISTRY["test-broadcast"]


def test_a_generation_read_from_redis_is_trusted_without_another_read(watched):
    generation = watched.generation()
    reads = []
    original = cache.get_many
    cache.get_many = lambda keys: reads.append(keys) or original(keys)
    try:
        assert WATCH.trusted_generations([watched.name]) == [generation]
    finally:
        cache.get_many = original
    assert reads == []


def test_a_bump_announced_by_another_server_is_no_longer_trusted(watched):
    watched.generation()

    another_server_bumps(watched)

    assert soon(lambda: WATCH.trusted_generations([watched.name]) is None)
    assert watched.generation() == "from-another-server"
    assert WATCH.trusted_generations([watched.name]) == ["from-another-server"]


def test_a_bump_in_this_process_is_no_longer_trusted_at_once(watched):
    old = watched.generation()

    watched.bump("a test")

    assert WATCH.trusted_generations([watched.name]) is None
    assert watched.generation() != old


def test_a_read_that_raced_with_a_bump_is_forgotten_when_the_announcement_arrives(watched):
    watched.generation()
    token = WATCH.begin_read()
    stale = cache.get(watched.generation_key)

    another_server_bumps(watched)  # between the read and what the reader does with it
    WATCH.confirm(token, {watched.name: stale})

    assert soon(lambda: WATCH.trusted_generations([watched.name]) is None)


def test_trust_ends_after_a_while_even_without_an_announcement(watched, monkeypatch):
    watched.generation()
    cache.set(watched.generation_key, "changed-without-a-word", timeout=None)
    assert WATCH.trusted_generations([watched.name]) is not None

    monkeypatch.setattr(broadcast, "TRUST_SECONDS", 0)

    assert WATCH.trusted_generations([watched.name]) is None


def test_a_flushed_cache_is_announced_when_its_generation_is_made_afresh(watched):
    old = watched.generation()
    cache.delete(watched.generation_key)  # as FLUSHDB does, announcing nothing
    listener = another_server().pubsub(ignore_subscribe_messages=True)
    listener.subscribe(WATCH.channel(get_redis_connection("default")))

    fresh = watched.current_generation()

    assert fresh != old
    message = listener.get_message(timeout=1)
    while message is None or message["type"] != "message":
        message = listener.get_message(timeout=1)
    assert message["data"] == watched.name.encode()
    listener.close()


def test_nothing_is_trusted_once_the_subscription_is_cut_until_read_again(watched):
    watched.generation()
    assert WATCH.trusted_generations([watched.name]) is not None

    # This process's subscription only: other test runs may share the Redis server.
    host, port = WATCH._pubsub.connection._sock.getsockname()
    another_server().client_kill(f"{host}:{port}")

    assert WATCH.trusted_generations([watched.name]) is None
    watched.generation()
    assert WATCH.trusted_generations([watched.name]) is not None


def test_a_read_sent_before_a_bump_here_is_not_trusted_even_if_it_lands_after(watched):
    token = WATCH.begin_read()
    stale = cache.get(watched.generation_key)

    # What another thread's bump() does here while the read is on its way (its announcement aside).
    WATCH.forget(watched.name)
    WATCH.confirm(token, {watched.name: stale})

    assert WATCH.trusted_generations([watched.name]) is None
