"""Run the site under gunicorn on a free loopback port, for tests that need a real server process."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

PROJECT_DIR = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, timeout=10):
    """(status, body) for a GET, without raising on 4xx/5xx."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@contextlib.contextmanager
def gunicorn(env, workers=1, startup_seconds=30):
    """Yield the base URL of a gunicorn serving the site with `env` added to this environment."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "celcis_site.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "30",
        ],
        cwd=PROJECT_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "celcis_site.settings.test",
            # Uploaded images the test made are in this process's media folder.
            "CELCIS_TEST_MEDIA_ROOT": str(settings.MEDIA_ROOT),
            **env,
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_seconds
        while True:
            try:
                get(base_url + "/robots-check-for-startup/", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "gunicorn did not start: " + process.stderr.read().decode()[-2000:]
                    ) from None
                time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def database_url_for_app_servers():
    """The test run's PostgreSQL database, as DATABASE_URL for an app server the test starts."""
    from django.db import connection

    database = connection.settings_dict
    return f"postgres://{database['USER']}@127.0.0.1:{database['PORT'] or 5432}/{database['NAME']}"
