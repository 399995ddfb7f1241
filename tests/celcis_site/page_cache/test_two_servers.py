"""Two app servers on one PostgreSQL and one Redis: a change made through one is fresh on the other.

Each server is its own gunicorn process (as on two machines); they share
nothing but the database and the cache. An editor signs in and unpublishes a
page through server A; server B, which had the page in the shared cache,
answers 404 within a second, and knows the editor's session too.
"""

import os
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import Page

from tests.app_server import database_url_for_app_servers, get, gunicorn
from tests.markers import postgres_only, redis_only

PASSWORD = "a-long-editor-password-2017"


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _browser():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(), NoRedirects())


def _open(browser, url, data=None):
    try:
        with browser.open(url, data=urllib.parse.urlencode(data).encode() if data else None, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _csrf_token(html):
    return BeautifulSoup(html, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})["value"]


def _sign_in(browser, base_url):
    _, html = _open(browser, base_url + "/admin/login/")
    status, _ = _open(
        browser,
        base_url + "/admin/login/",
        {
            "username": "editor",
            "password": PASSWORD,
            "csrfmiddlewaretoken": _csrf_token(html),
            "next": "/admin/",
        },
    )
    assert status == 302


@postgres_only
@redis_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_unpublished_through_one_server_is_gone_from_the_other_within_a_second(standard_page):
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    env = {
        "DATABASE_URL": database_url_for_app_servers(),
        "REDIS_URL": os.environ["REDIS_URL"],
    }
    with gunicorn(env) as server_a, gunicorn(env) as server_b:
        for server in (server_a, server_b, server_b):
            status, body = get(server + "/privacy-notice/")
            assert status == 200
            assert "Privacy notice" in body

        editor = _browser()
        _sign_in(editor, server_a)
        page = Page.objects.get(pk=standard_page.pk)
        _, form = _open(editor, f"{server_a}/admin/pages/{page.pk}/unpublish/")
        status, _ = _open(
            editor, f"{server_a}/admin/pages/{page.pk}/unpublish/", {"csrfmiddlewaretoken": _csrf_token(form)}
        )
        assert status == 302
        unpublished_at = time.monotonic()

        while get(server_b + "/privacy-notice/")[0] != 404:
            assert time.monotonic() - unpublished_at < 1, "server B still serves the unpublished page"
            time.sleep(0.05)

        # The session made on A is good on B: sessions are shared, not per process.
        assert _open(editor, server_b + "/admin/")[0] == 200
