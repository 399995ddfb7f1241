"""The database lock that lets only one scheduler publish at a time, and the tasks each round runs.

Content apps add a task to every round with `run_every_round(task)` from their
AppConfig.ready() (events sends its day-before reminders this way), so the
scheduler never imports them.
"""

import hashlib
from contextlib import contextmanager

from django.db import connection as default_connection

# pg_try_advisory_lock takes a signed 64-bit key; derived from a name so it says what it is for.
SCHEDULER_LOCK_KEY = int.from_bytes(
    hashlib.sha256(b"celcis-site: publish scheduled pages").digest()[:8], "big", signed=True
)


@contextmanager
def scheduler_lock(connection=default_connection):
    """Yield True if this process holds the publishing lock, False if another one does.

    On PostgreSQL this is a session-level advisory lock: it never blocks, and
    if the process dies the database releases it with the connection. SQLite
    is a one-machine database, so there is nothing to coordinate: always True.
    """
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [SCHEDULER_LOCK_KEY])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [SCHEDULER_LOCK_KEY])


_ROUND_TASKS = []


def run_every_round(task):
    """Run `task(stdout=…)` in each scheduler round, after scheduled pages are published."""
    if task not in _ROUND_TASKS:
        _ROUND_TASKS.append(task)
    return task


def round_tasks():
    return list(_ROUND_TASKS)
