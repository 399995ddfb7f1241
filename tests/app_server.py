"""Run the site under gunicorn on a free loopback port, for tests that need a real server process."""

import contextlib
import os
import subprocess
import urllib.error
import urllib.request

from django.conf import settings

from tooling.app_server import app_server


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
    full_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "celcis_site.settings.test",
        # Uploaded images the test made are in this process's media folder.
        "CELCIS_TEST_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        **env,
    }
    with app_server(
        full_env, workers=workers, startup_seconds=startup_seconds, stderr=subprocess.PIPE
    ) as server:
        yield server.url


def database_url_for_app_servers():
    """The test run's PostgreSQL database, as DATABASE_URL for an app server the test starts."""
    from django.db import connection

    database = connection.settings_dict
    return f"postgres://{database['USER']}@127.0.0.1:{database['PORT'] or 5432}/{database['NAME']}"
