"""The page cache's generation: one key in the shared cache that every cached page is checked against.

Every stored page records the generation it was rendered under; a page is
served only while that is still the current generation. Bumping it (one write)
therefore makes every cached page, on every app server, stale at once: no
list of keys to find and delete, and nothing can be missed.
"""

import logging
import secrets
import time

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "page-cache:generation"
# While the cache is unreachable every request notices; say so in the log once a minute, not each time.
UNREACHABLE_WARNING_INTERVAL_SECONDS = 60
_last_unreachable_warning = 0.0

logger = logging.getLogger(__name__)


def _new_generation():
    return secrets.token_hex(8)


def current_generation(known=None):
    """The current generation; `known` is the value already read with the page (one round trip).

    A missing key (first start, Redis flushed or restarted) gets a fresh random
    generation, so pages stored before cannot match it.
    """
    if known is not None:
        return known
    fresh = _new_generation()
    cache.add(GENERATION_KEY, fresh, timeout=None)
    # Another process may have won the race to add(): use whatever is stored.
    stored = cache.get(GENERATION_KEY)
    if stored is None:
        _warn_cache_unreachable()
        return fresh
    return stored


def _warn_cache_unreachable():
    global _last_unreachable_warning
    now = time.monotonic()
    if now - _last_unreachable_warning >= UNREACHABLE_WARNING_INTERVAL_SECONDS:
        _last_unreachable_warning = now
        logger.warning("The cache is unreachable: pages are served uncached until it is back.")


def bump_generation(reason):
    """Make every cached page stale: now, and again once the current transaction commits.

    The second bump closes a race: between the first bump and the commit,
    another server could render the page from the old data and store it under
    the new generation.
    """
    logger.info("Page cache cleared: %s", reason)
    cache.set(GENERATION_KEY, _new_generation(), timeout=None)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: cache.set(GENERATION_KEY, _new_generation(), timeout=None))
