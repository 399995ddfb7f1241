"""What the versioned caches keep in the app server's memory: each request's generations, and small values.

A page reads a dozen versioned caches (menus, breadcrumbs, footer, routing,
restricted paths…), and each read used to be a round trip to Redis for its
generation and its value. Now the first read of a request fetches every
cache's generation in one round trip and keeps them for the rest of the
request (`request_generations`); a bump in this process updates them at once,
a bump on another server shows from the next request, as if this request had
come a moment earlier. Values of caches marked `local` are also kept here,
pickled, tagged with their generation (`LOCAL_VALUES`): a read whose
generation matches unpickles its own copy, as a read from Redis would, and
never sees a stale one, since every bump makes a new random generation.
"""

import pickle
import threading
import time
from collections import OrderedDict

# Bounds on what one process keeps: entries, bytes, the size of one value (bigger ones stay in Redis only).
MAX_LOCAL_VALUES = 2000
MAX_LOCAL_BYTES = 16 * 1024 * 1024
MAX_LOCAL_VALUE_BYTES = 64 * 1024

_request = threading.local()


def begin_request(**kwargs):
    """request_started: generations are read afresh in the request's first cache read."""
    _request.generations = {}


def end_request(**kwargs):
    """request_finished: outside a request (commands, tasks) every read asks Redis, as before."""
    _request.generations = None


def request_generations():
    """{cache name: generation} read so far in this request, or None outside a request."""
    return getattr(_request, "generations", None)


def note_generation(name, generation):
    """A generation read or written in this request (bump() writes the new one here too)."""
    generations = request_generations()
    if generations is not None:
        generations[name] = generation


class LocalValues:
    """A least-recently-used map of key → (generation, pickled value, expiry), shared by threads.

    Bounded by entries and by bytes, so what a process keeps stays small
    whatever is put in it.
    """

    def __init__(self, max_entries=MAX_LOCAL_VALUES, max_bytes=MAX_LOCAL_BYTES):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key, generation):
        """A fresh copy of the value stored under `generation` and not yet expired, or None."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != generation or _expired(entry):
                return None
            self._entries.move_to_end(key)
        return pickle.loads(entry[1])

    def put(self, key, generation, value, timeout=None):
        """Keep a copy of `value` as it is now, for `timeout` seconds at most (None: until evicted)."""
        with self._lock:
            entry = self._entries.get(key)
        if entry is not None and entry[0] == generation and not _expired(entry):
            return
        pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if len(pickled) > min(MAX_LOCAL_VALUE_BYTES, self.max_bytes):
            return
        expires = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            replaced = self._entries.pop(key, None)
            if replaced is not None:
                self._bytes -= len(replaced[1])
            self._entries[key] = (generation, pickled, expires)
            self._bytes += len(pickled)
            while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                _, evicted = self._entries.popitem(last=False)
                self._bytes -= len(evicted[1])

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._bytes = 0


def _expired(entry):
    return entry[2] is not None and entry[2] <= time.monotonic()


LOCAL_VALUES = LocalValues()
