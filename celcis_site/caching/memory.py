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
from collections import OrderedDict

# Bounds on what one process keeps: entries and the size of one value (bigger ones stay in Redis only).
MAX_LOCAL_VALUES = 2000
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
    """A least-recently-used map of key → (generation, pickled value), shared by the process's threads."""

    def __init__(self, max_entries=MAX_LOCAL_VALUES):
        self.max_entries = max_entries
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, generation):
        """A fresh copy of the value stored under `generation`, or None."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != generation:
                return None
            self._entries.move_to_end(key)
        return pickle.loads(entry[1])

    def put(self, key, generation, value):
        with self._lock:
            entry = self._entries.get(key)
        if entry is not None and entry[0] == generation:
            return
        pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if len(pickled) > MAX_LOCAL_VALUE_BYTES:
            return
        with self._lock:
            self._entries[key] = (generation, pickled)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()


LOCAL_VALUES = LocalValues()
