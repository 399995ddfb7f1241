"""The demo site under gunicorn with real varnishd in front, as in production (docs/varnish.md).

The app server purges Varnish (FRONTEND_CACHE_PURGE_URL); so does this test
process, which changes content as a second app server would. Both share the
test run's PostgreSQL database and Redis.
"""

import contextlib
import http.client
import os
from types import SimpleNamespace

import requests

from tests.app_server import database_url_for_app_servers, gunicorn
from tests.varnish_server import varnish
from tooling.app_server import free_port

ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"
HTTP_BACKEND = "wagtail.contrib.frontend_cache.backends.HTTPBackend"


@contextlib.contextmanager
def site_behind_varnish(settings, app_stack, **app_env):
    """Yield (app, front) base URLs; the app server runs in `app_stack`, so a test can stop it first."""
    varnish_port = free_port()
    purge_url = f"http://127.0.0.1:{varnish_port}"
    settings.WAGTAILFRONTENDCACHE = {"varnish": {"BACKEND": HTTP_BACKEND, "LOCATION": purge_url}}
    env = {
        "DATABASE_URL": database_url_for_app_servers(),
        "REDIS_URL": os.environ["REDIS_URL"],
        "FRONTEND_CACHE_PURGE_URL": purge_url,
        **app_env,
    }
    app = app_stack.enter_context(gunicorn(env))
    with varnish(varnish_port, [app.removeprefix("http://")]) as front:
        yield SimpleNamespace(app=app, front=front)


def fetch(base_url, path, cookies=None, method="GET", **kwargs):
    """One request with exactly these cookies (no jar), never following redirects."""
    return requests.request(
        method, base_url + path, cookies=cookies or {}, allow_redirects=False, timeout=10, **kwargs
    )


def purge_from(address, base_url, path="/"):
    """The status of a PURGE sent from another loopback address (as from a machine outside the ACL)."""
    host, port = base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10, source_address=(address, 0))
    try:
        connection.request("PURGE", path)
        return connection.getresponse().status
    finally:
        connection.close()
