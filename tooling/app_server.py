"""Start the site under gunicorn on 127.0.0.1 and stop it: the one way tests, load test and benches do it.

`app_server(env, workers=…)` is a context manager yielding a running server
(its base URL and process); it waits until /healthz/ answers, and stops the
whole process group on the way out, however the block ends. `manage()` runs
a management command with the same environment.
"""

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(env, *args, **run_options):
    """`python manage.py *args` in the project with `env`; check=True unless told otherwise."""
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, **{"check": True, **run_options}
    )


@dataclass(frozen=True)
class AppServer:
    url: str
    process: subprocess.Popen


def _answers(port):
    """Whether the server answers at all (any status: production settings may redirect to HTTPS)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("GET", "/healthz/")
        connection.getresponse()
        return True
    except OSError:
        return False
    finally:
        connection.close()


def _stop(process):
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)


@contextlib.contextmanager
def app_server(
    env,
    *,
    workers=1,
    port=None,
    timeout=30,
    startup_seconds=60,
    stderr=subprocess.DEVNULL,
    application="celcis_site.wsgi",
    directory=PROJECT_DIR,
):
    """Yield an AppServer for gunicorn serving the site with `env` (the whole environment).

    `application` and `directory` serve another WSGI application the same way (the bench's hello project).
    """
    port = port or free_port()
    process = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", application,
            "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers),
            "--timeout", str(timeout),
            "--log-level", "warning",
        ],
        cwd=directory,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        # Its own process group, so stopping it stops every worker too.
        start_new_session=True,
    )  # fmt: skip
    server = AppServer(url=f"http://127.0.0.1:{port}", process=process)
    try:
        deadline = time.monotonic() + startup_seconds
        while not _answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stderr.read().decode()[-2000:] if process.stderr else ""
                raise RuntimeError("gunicorn did not start. " + output)
            time.sleep(0.2)
        yield server
    finally:
        _stop(process)
