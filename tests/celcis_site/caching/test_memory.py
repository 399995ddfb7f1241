"""The versioned caches' memory (celcis_site/caching/memory.py): fewer round trips, never a stale value."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from celcis_site.caching.memory import LOCAL_VALUES, LocalValues
from celcis_site.caching.versioned import REGISTRY, VersionedCache, bump

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared():
    """A `local` cache, as the menus' or the routing's, removed from the registry afterwards."""
    versioned = VersionedCache("test-memory", timeout=60, local=True)
    yield versioned
    del REGISTRY["test-memory"]
    LOCAL_VALUES.clear()


@pytest.fixture
def in_request():
    request_started.send(sender=None)
    yield
    request_finished.send(sender=None)


def another_server_bumps(versioned):
    """What bump() on another app server does: a new generation in Redis, nothing in this process."""
    cache.set(versioned.generation_key, "from-another-server", timeout=None)


def test_a_request_reads_every_generation_once_and_later_values_from_memory(shared, in_request):
    shared.get_or_compute("menu", lambda: ["News"])
    calls = []
    original = cache.get_many
    cache.get_many = lambda keys: calls.append(keys) or original(keys)
    try:
        assert shared.get_or_compute("menu", lambda: ["never computed"]) == ["News"]
    finally:
        cache.get_many = original
    assert calls == []


def test_a_bump_in_this_process_shows_at_once_in_the_same_request(shared, in_request):
    shared.get_or_compute("menu", lambda: ["News"])
    bump("test-memory")
    assert shared.get_or_compute("menu", lambda: ["News", "Events"]) == ["News", "Events"]


def test_a_bump_on_another_server_shows_from_the_next_request(shared):
    request_started.send(sender=None)
    shared.get_or_compute("menu", lambda: ["News"])
    request_finished.send(sender=None)
    another_server_bumps(shared)
    request_started.send(sender=None)
    try:
        assert shared.get_or_compute("menu", lambda: ["News", "Events"]) == ["News", "Events"]
    finally:
        request_finished.send(sender=None)


def test_outside_a_request_every_read_asks_redis(shared):
    shared.get_or_compute("menu", lambda: ["News"])
    another_server_bumps(shared)
    assert shared.get_or_compute("menu", lambda: ["News", "Events"]) == ["News", "Events"]


def test_each_read_gets_its_own_copy(shared, in_request):
    shared.get_or_compute("trail", lambda: [{"label": "Home"}])
    shared.get_or_compute("trail", lambda: None)[0]["label"] = "changed by one page"
    assert shared.get_or_compute("trail", lambda: None) == [{"label": "Home"}]


def test_a_cache_not_marked_local_keeps_nothing_in_memory(in_request):
    versioned = VersionedCache("test-memory-remote", timeout=60)
    try:
        versioned.get_or_compute("page", lambda: "<html>")
        assert LOCAL_VALUES.get(versioned.key("page"), versioned.read("page")[1]) is None
    finally:
        del REGISTRY["test-memory-remote"]


def test_a_value_kept_with_a_lifetime_is_gone_once_it_has_passed():
    values = LocalValues()
    values.put("page", "generation-1", "<html>", timeout=60)
    values.put("gone", "generation-1", "<html>", timeout=0)

    assert values.get("page", "generation-1") == "<html>"
    assert values.get("gone", "generation-1") is None


def test_what_a_process_keeps_stays_within_its_bytes_dropping_the_least_recently_used():
    values = LocalValues(max_bytes=3200)  # three of these, pickled
    for name in ("first", "second", "third"):
        values.put(name, "generation-1", "x" * 1000)
    values.get("first", "generation-1")  # used again: the second is now the oldest

    values.put("fourth", "generation-1", "x" * 1000)

    kept = [name for name in ("first", "second", "third", "fourth") if values.get(name, "generation-1")]
    assert kept == ["first", "third", "fourth"]
