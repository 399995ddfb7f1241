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

from .broadcast import WATCH
from .memory import LOCAL_VALUES, note_generation, request_generations

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

    def __init__(self, name, timeout, description="", local=False):
        if name in REGISTRY:
            raise ValueError(f"A versioned cache named {name!r} already exists.")
        self.name = name
        # A safety net only where the triggers cover every change; None keeps values until a bump.
        self.timeout = timeout
        self.description = description
        # Small values most pages read: a copy in the process's memory too (memory.py).
        self.local = local
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
        if cache.add(self.generation_key, fresh, timeout=None):
            # Processes that trusted the one that went missing (a FLUSHDB) must stop now.
            WATCH.announce(self.name)
        # Another process may have won the race to add(): use whatever is stored.
        stored = cache.get(self.generation_key)
        if stored is None:
            _warn_cache_unreachable()
            return fresh
        return stored

    def generation(self):
        """The current generation: known already in a request that read any cache, else one small read."""
        return self._fetch((), ())[1]

    def read(self, part):
        """(value or None, generation): the stored value only if stored under the current generation."""
        values, generation = self.read_many([part])
        return values.get(part), generation

    def read_many(self, parts):
        """({part: value}, generation): the parts stored under the current generation, in one round trip."""
        values, generation, _ = self._fetch(parts, ())
        return values, generation

    def read_alongside(self, part, others):
        """As read(), plus the generation of each VersionedCache in `others`, still in one round trip.

        For a caller that will need those caches only if the value is there:
        it can check what it keeps in process memory against their generations
        without another round trip.
        """
        # Only these generations: a page-cache hit needs no other cache, and the request ends there.
        values, generation, other_generations = self._fetch([part], others, all_generations=False)
        return values.get(part), generation, other_generations

    def _fetch(self, parts, others, all_generations=True):
        """(values, generation, others' generations), in one round trip at most.

        In a request, the first read fetches every cache's generation along with
        its own values (memory.py); later reads know the generations, and find
        the values of a `local` cache in this process's memory when they are there.
        """
        keys = {self.key(part): part for part in parts}
        generations = request_generations()
        known = generations if generations is not None else {}
        values = {}
        if self.local and self.name in known:
            for key, part in keys.items():
                value = LOCAL_VALUES.get(key, known[self.name])
                if value is not None:
                    values[part] = value
        wanted = [key for key, part in keys.items() if part not in values]
        unknown = [versioned for versioned in (self, *others) if versioned.name not in known]
        resolved = {}
        if unknown:
            fetched = list(REGISTRY.values()) if generations is not None and all_generations else unknown
            token = WATCH.begin_read()
            # {} while Redis is down.
            found = cache.get_many([*(versioned.generation_key for versioned in fetched), *wanted]) or {}
            WATCH.confirm(
                token,
                {v.name: found[v.generation_key] for v in fetched if v.generation_key in found},
            )
            for versioned in fetched:
                if versioned.generation_key in found:
                    note_generation(versioned.name, found[versioned.generation_key])
            for versioned in unknown:
                resolved[versioned.name] = versioned.current_generation(found.get(versioned.generation_key))
                note_generation(versioned.name, resolved[versioned.name])
        else:
            found = (cache.get_many(wanted) or {}) if wanted else {}
        resolved = {**known, **resolved}
        generation = resolved[self.name]
        for key in wanted:
            stored = found.get(key)
            if stored is not None and stored[0] == generation:
                values[keys[key]] = stored[1]
                if self.local:
                    LOCAL_VALUES.put(key, generation, stored[1])
        return values, generation, [resolved[other.name] for other in others]

    def store(self, part, value, generation, timeout=_MISSING):
        cache.set(self.key(part), (generation, value), self.timeout if timeout is _MISSING else timeout)
        if self.local:
            LOCAL_VALUES.put(self.key(part), generation, value)

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

    def write_new_generation():
        generation = _new_generation()
        cache.set(generation_key, generation, timeout=None)
        # This request's later reads see the change at once, and every other process's next one.
        note_generation(name, generation)
        WATCH.announce(name)

    write_new_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(write_new_generation)
