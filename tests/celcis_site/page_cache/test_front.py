"""The page cache's front door (celcis_site/page_cache/front.py): pages in memory answered before Django runs.

Requests go to the WSGI application gunicorn serves (celcis_site/wsgi.py),
not through the test client, which calls Django's handler directly.
"""

import io
from http.cookies import SimpleCookie

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from celcis_site.page_cache import front
from celcis_site.wsgi import application
from tests.markers import redis_only

pytestmark = redis_only

ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"


def wsgi_get(path, host="testserver", cookies="", **headers):
    """(status, headers, body) from the WSGI application, as gunicorn would get them."""
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": host,
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "HTTP_COOKIE": cookies,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        **{"HTTP_" + name.upper(): value for name, value in headers.items()},
    }
    started = []

    def start_response(status, response_headers, exc_info=None):
        started.append((status, response_headers))

    # As Django's test client does: the test's transaction must outlive the request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = application(environ, start_response)
        content = b"".join(body)
        if hasattr(body, "close"):
            body.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    status, response_headers = started[0]
    return status, response_headers, content


@pytest.fixture
def django_requests():
    """The requests Django's handler saw (request_started fires for each)."""
    seen = []

    def note(sender, environ=None, **kwargs):
        seen.append(environ["PATH_INFO"])

    request_started.connect(note)
    yield seen
    request_started.disconnect(note)


@pytest.fixture
def article_in_memory(demo, client):
    client.get(ARTICLE)  # rendered, stored in the cache and in this process's memory
    return ARTICLE


def test_a_page_in_memory_is_answered_without_django_and_as_django_answered_it(
    article_in_memory, client, django_requests
):
    through_django = client.get(ARTICLE)
    django_requests.clear()

    status, headers, body = wsgi_get(ARTICLE)

    assert django_requests == []
    assert status == "200 OK"
    headers = dict(headers)
    assert body == through_django.content
    for name in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "Cache-Control",
        "X-Consent-State",
        "Content-Type",
    ):
        assert headers[name] == through_django[name], name
    assert headers["X-Page-Cache"] == "hit"
    assert headers["Content-Length"] == str(len(body))
    assert headers["X-Request-ID"] != through_django["X-Request-ID"]


def test_a_browser_that_takes_gzip_gets_it_from_the_front_too(article_in_memory):
    _, headers, body = wsgi_get(ARTICLE, accept_encoding="gzip")

    assert dict(headers)["Content-Encoding"] == "gzip"
    assert body[:2] == b"\x1f\x8b"


def test_a_visitor_with_a_cookie_to_delete_goes_through_django_and_loses_it(
    article_in_memory, django_requests
):
    _, headers, _ = wsgi_get(ARTICLE, cookies="celcis_analytics=12345")

    assert django_requests == [ARTICLE]
    deleted = SimpleCookie()
    for name, value in headers:
        if name == "Set-Cookie":
            deleted.load(value)
    assert deleted["celcis_analytics"]["max-age"] == "0"


def test_a_signed_in_editor_is_never_answered_from_memory(article_in_memory, django_requests, settings):
    _, headers, _ = wsgi_get(ARTICLE, cookies=f"{settings.SESSION_COOKIE_NAME}=not-a-real-session")

    assert django_requests == [ARTICLE]
    assert dict(headers)["X-Page-Cache"] == "bypass"


def test_a_host_not_allowed_gets_djangos_400_not_a_page(article_in_memory):
    status, _, _ = wsgi_get(ARTICLE, host="attacker.example")

    assert status.startswith("400")


def test_a_failure_in_the_front_door_leaves_the_page_to_django(
    article_in_memory, django_requests, monkeypatch
):
    def broken(*args):
        raise RuntimeError("a bug in the front door")

    monkeypatch.setattr(front, "hit_from_memory", broken)

    status, headers, _ = wsgi_get(ARTICLE)

    assert status == "200 OK"
    assert django_requests == [ARTICLE]
