"""VersionedCache: values kept in the shared cache under a name, served only while its generation is current.

Each value is stored with the generation it was computed under, and read
together with the current generation in one round trip. Bumping the
generation (one write) makes every value of that cache stale at once, on
every app server: no list of keys to find and delete, nothing can be missed.
A value computed while a change was being saved is stored under the
generation read before it was computed, so it is never served after the bump.
"""

import logging
import secrets
import time

from django.core.cache import cache
from django.db import transaction

# While the cache is unreachable every request notices; say so in the log once a minute, not each time.
UNREACHABLE_WARNING_INTERVAL_SECONDS = 60
_last_unreachable_warning = 0.0
_MISSING = object()

logger = logging.getLogger(__name__)

# Every VersionedCache by name: the invalidation table names caches, and is checked against this.
REGISTRY = {}


def _new_generation():
    return secrets.token_hex(8)


def _warn_cache_unreachable():
    global _last_unreachable_warning
    now = time.monotonic()
    if now - _last_unreachable_warning >= UNREACHABLE_WARNING_INTERVAL_SECONDS:
        _last_unreachable_warning = now
        logger.warning("The cache is unreachable: pages are served uncached until it is back.")


class VersionedCache:
    """One named cache: `get_or_compute(key, compute)` to read, `bump()` (usually via the table) to clear."""

    def __init__(self, name, timeout, description=""):
        if name in REGISTRY:
            raise ValueError(f"A versioned cache named {name!r} already exists.")
        self.name = name
        # A safety net only where the triggers cover every change; None keeps values until a bump.
        self.timeout = timeout
        self.description = description
        self.generation_key = f"{name}:generation"  # as bump() writes it
        REGISTRY[name] = self

    def __repr__(self):
        return f"VersionedCache({self.name!r})"

    def key(self, part):
        return f"{self.name}:{part}"

    def current_generation(self, known=None):
        """The current generation; `known` is the value already read with an entry (one round trip).

        A missing key (first start, Redis flushed or restarted) gets a fresh random
        generation, so values stored before cannot match it.
        """
        if known is not None:
            return known
        fresh = _new_generation()
        cache.add(self.generation_key, fresh, timeout=None)
        # Another process may have won the race to add(): use whatever is stored.
        stored = cache.get(self.generation_key)
        if stored is None:
            _warn_cache_unreachable()
            return fresh
        return stored

    def generation(self):
        """The current generation, in one small read."""
        return self.current_generation(cache.get(self.generation_key))

    def read(self, part):
        """(value or None, generation): the stored value only if stored under the current generation."""
        value, generation, _ = self.read_alongside(part, ())
        return value, generation

    def read_alongside(self, part, others):
        """As read(), plus the generation of each VersionedCache in `others`, still in one round trip.

        For a caller that will need those caches only if the value is there:
        it can check what it keeps in process memory against their generations
        without another round trip.
        """
        key = self.key(part)
        # {} while Redis is down.
        found = cache.get_many([self.generation_key, key, *(other.generation_key for other in others)]) or {}
        generation = self.current_generation(found.get(self.generation_key))
        other_generations = [other.current_generation(found.get(other.generation_key)) for other in others]
        stored = found.get(key)
        if stored is not None and stored[0] == generation:
            return stored[1], generation, other_generations
        return None, generation, other_generations

    def store(self, part, value, generation, timeout=_MISSING):
        cache.set(self.key(part), (generation, value), self.timeout if timeout is _MISSING else timeout)

    def get_or_compute(self, part, compute):
        """`compute()`, or its value from the cache for the current generation."""
        value, generation = self.read(part)
        if value is None:
            value = compute()
            self.store(part, value, generation)
        return value

    def bump(self, reason=""):
        bump(self.name, reason)


def bump(name, reason=""):
    """Make every value of the cache `name` stale: now, and again once the current transaction commits.

    The second bump closes a race: between the first bump and the commit,
    another server could compute a value from the old data and store it
    under the new generation.
    """
    logger.debug("Cache %s cleared: %s", name, reason)
    generation_key = f"{name}:generation"
    cache.set(generation_key, _new_generation(), timeout=None)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: cache.set(generation_key, _new_generation(), timeout=None))
