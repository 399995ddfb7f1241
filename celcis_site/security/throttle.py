"""Per-client counters for limits: counted atomically, before the work, in a cache of their own.

`Throttle.take()` counts one attempt (Redis INCR, after an ADD that starts the
window) and says whether it is within the limit, so twelve requests arriving
at once on several app servers get the counts 1 to 12 and only the first
`limit` go ahead; counting after the work would let them all through.

The counters live in the "counters" cache alias (settings: COUNTERS_REDIS_URL,
docs/limits.md), apart from the page cache, so that page-cache pressure cannot
evict them. If counting fails (Redis unreachable, or full and refusing
writes), the request is allowed and an ERROR is logged each time: refusing
everyone while Redis is down would shut out people asking for help.

Identities (addresses, e-mail addresses) are stored only as keyed hashes.
"""

import contextlib
import logging

from django.core.cache import caches
from django.utils.crypto import salted_hmac

COUNTERS_CACHE = "counters"

logger = logging.getLogger(__name__)


class Throttle:
    def __init__(self, scope, identity, limit, window_seconds, label=None):
        self.scope = scope
        self.limit = limit
        self.window_seconds = window_seconds
        self.label = label or f"Rate limit '{scope}'"
        digest = salted_hmac(f"celcis.throttle.{scope}", str(identity)).hexdigest()
        self.key = f"throttle:{scope}:{digest}"

    @property
    def window_minutes(self):
        return self.window_seconds // 60

    def take(self):
        """Count one attempt now; True if it is within the limit (or could not be counted)."""
        try:
            count = self._increment()
        except Exception:
            logger.exception("%s not counted: the counters cache failed; the request is allowed.", self.label)
            return True
        if count is None:
            logger.error(
                "%s not counted: the counters cache is unreachable; the request is allowed.", self.label
            )
            return True
        return count <= self.limit

    def give_back(self):
        """Uncount an attempt that turned out not to count (a form sent back with errors)."""
        # The key may have expired, or the cache failed and take() logged it already.
        with contextlib.suppress(Exception):
            caches[COUNTERS_CACHE].decr(self.key)

    def exceeded(self):
        """Whether the limit is already reached (a look, not an attempt)."""
        try:
            return (caches[COUNTERS_CACHE].get(self.key) or 0) >= self.limit
        except Exception:
            logger.exception("%s not read: the counters cache failed.", self.label)
            return False

    def _increment(self):
        counters = caches[COUNTERS_CACHE]
        # add() starts the window only if it has not started; incr() is atomic in Redis.
        counters.add(self.key, 0, self.window_seconds)
        try:
            return counters.incr(self.key)
        except ValueError:
            # The window ended between add() and incr(): this attempt starts a new one.
            counters.add(self.key, 0, self.window_seconds)
            return counters.incr(self.key)
