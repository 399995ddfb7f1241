"""Generations a process may trust without asking Redis: every bump is announced over pub/sub.

A page-cache hit costs one round trip to Redis, for the page and the current
generation of the page cache, and on a small server that round trip is most
of what a hit costs. So each app server process subscribes to one channel on
which every bump announces the name of the cache it bumped
(`announce`), and keeps the generations it has read from Redis since
(`confirm`) until the first of:
- an announcement for that cache: pending announcements are read, without
  waiting, before every use (`trusted_generations`);
- TRUST_SECONDS: a subscription that died without a word, a bump whose
  announcement was lost, a FLUSHDB (which announces nothing) are never
  believed away for longer than that;
- the subscription breaking or reconnecting: nothing is trusted until it is back.

An announcement only makes the process forget; generations are learnt from
Redis itself, by reads sent after the subscription was in place. So the order
in which announcements and reads arrive cannot matter: a read that raced with
a bump is forgotten when the bump's announcement is read.

Without Redis (the SQLite and in-memory cache settings of `make run` and the
quick tests) nothing is ever trusted, and every read asks the cache as before.
"""

import contextlib
import logging
import os
import select
import threading
import time

from django.core.cache import cache
from django_redis import get_redis_connection
from redis.exceptions import RedisError

# How long a generation read from Redis is trusted while no announcement says otherwise.
TRUST_SECONDS = 2.0
# While Redis is unreachable, how often a request may try to subscribe again.
RETRY_SECONDS = 1.0

logger = logging.getLogger(__name__)


def _redis_client():
    """The default cache's Redis client, or None when the default cache is not Redis."""
    try:
        return get_redis_connection("default")
    except NotImplementedError:  # what django-redis raises for another back end (locmem)
        return None


class GenerationWatch:
    """One per process: its subscription, and the generations it trusts until told otherwise."""

    def __init__(self):
        self._lock = threading.RLock()
        self._pid = None
        self._pubsub = None
        # Says, without a system call's worth of waiting, whether anything arrived on the subscription.
        self._arrivals = None
        self._broken = False
        self._next_attempt = 0.0
        # Bumped whenever the subscription is made, lost or remade: reads from before do not count.
        self._epoch = 0
        # name → (generation, monotonic time the read that found it was sent)
        self._confirmed = {}
        # name → when it was last announced or bumped here: a read sent before then is not trusted.
        self._changed_at = {}

    def channel(self, client):
        # Channels are shared by every database of a Redis server: name ours after the database too.
        database = client.connection_pool.connection_kwargs.get("db", 0)
        return f"{cache.key_prefix}:{database}:generation-bumps"

    def begin_read(self):
        """Call before reading generations from Redis; pass what it returns to confirm() after the read."""
        with self._lock:
            if self._subscribed():
                return self._epoch, time.monotonic()
            return None

    def confirm(self, token, generations):
        """Trust {name: generation} as read from Redis by a read begun with `token` (from begin_read)."""
        if token is None:
            return
        epoch, read_at = token
        with self._lock:
            if epoch != self._epoch:
                return
            for name, generation in generations.items():
                # Another thread may have read the announcement between this read and now.
                if self._changed_at.get(name, float("-inf")) < read_at:
                    self._confirmed[name] = (generation, read_at)

    def trusted_generations(self, names):
        """[generation of each cache named], if all are trusted now; None if any must be read from Redis."""
        with self._lock:
            if not self._subscribed():
                return None
            oldest = time.monotonic() - TRUST_SECONDS
            generations = []
            for name in names:
                entry = self._confirmed.get(name)
                if entry is None or entry[1] < oldest:
                    return None
                generations.append(entry[0])
            return generations

    def forget(self, name):
        """`name` was bumped: stop trusting it now (a bump here is forgotten before its announcement)."""
        with self._lock:
            self._confirmed.pop(name, None)
            self._changed_at[name] = time.monotonic()

    def forget_everything(self):
        with self._lock:
            self._epoch += 1
            self._confirmed.clear()

    def announce(self, name):
        """Tell every process that the generation of `name` changed (after it was written)."""
        self.forget(name)
        client = _redis_client()
        if client is None:
            return
        try:
            client.publish(self.channel(client), name)
        except RedisError:
            # Other processes stop trusting it within TRUST_SECONDS anyway.
            logger.warning("Could not announce a new generation of %s.", name)

    def _subscribed(self):
        """Whether the subscription is up, after reading what it has brought (never waits)."""
        if self._pid != os.getpid():
            # A forked worker: its parent's connection and what the parent trusted are not its own.
            self._pid = os.getpid()
            self._pubsub = None
            self._next_attempt = 0.0
            self.forget_everything()
        if self._broken:
            self._drop_subscription()
        if self._pubsub is None and not self._subscribe():
            return False
        # Each drain reads every complete message, so only new bytes on the socket can mean a new one.
        if not self._arrivals.poll(0):
            return True
        try:
            while (message := self._pubsub.get_message(timeout=0)) is not None:
                if message["type"] == "message":
                    self.forget(message["data"].decode())
        except (RedisError, OSError):
            self._drop_subscription()
            return False
        return not self._broken

    def _subscribe(self):
        if time.monotonic() < self._next_attempt:
            return False
        self._next_attempt = time.monotonic() + RETRY_SECONDS
        client = _redis_client()
        if client is None:
            self._next_attempt = float("inf")
            return False
        pubsub = client.pubsub()
        try:
            pubsub.subscribe(self.channel(client))
            # Only once Redis has confirmed it are later announcements sure to reach us.
            confirmation = pubsub.get_message(
                timeout=client.connection_pool.connection_kwargs.get("socket_timeout")
            )
            if confirmation is None or confirmation["type"] != "subscribe":
                raise RedisError("no confirmation of the subscription")
        except (RedisError, OSError):
            pubsub.reset()
            return False
        # Reconnecting would resubscribe silently, with announcements lost in between: start afresh then.
        pubsub.connection.register_connect_callback(self._reconnected)
        self._arrivals = select.poll()
        self._arrivals.register(pubsub.connection._sock, select.POLLIN)
        self._pubsub = pubsub
        self._broken = False
        self.forget_everything()
        return True

    def _reconnected(self, connection):
        self._broken = True
        self.forget_everything()

    def _drop_subscription(self):
        pubsub, self._pubsub, self._arrivals, self._broken = self._pubsub, None, None, False
        self.forget_everything()
        # It was up a moment ago: try again at once (the pause is for while Redis stays away).
        self._next_attempt = 0.0
        if pubsub is not None:
            with contextlib.suppress(RedisError, OSError):
                pubsub.reset()


WATCH = GenerationWatch()
