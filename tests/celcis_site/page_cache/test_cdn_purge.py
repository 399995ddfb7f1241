"""A CDN in front is told to drop a page, its listings and feeds on publish, through a real PURGE endpoint."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from contacts.models import ContactDetails
from news.models import NewsArticlePage


class PurgeRecorder(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_endpoint(settings):
    """A Varnish-style PURGE endpoint on 127.0.0.1, configured as FRONTEND_CACHE_PURGE_URL would."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    PurgeRecorder.received = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeRecorder.received
    server.shutdown()
    server.server_close()


def test_publishing_an_article_purges_it_its_index_the_feeds_and_home(
    demo, purge_endpoint, django_capture_on_commit_callbacks
):
    article = NewsArticlePage.objects.live().first()
    article.title = "Changed for the CDN"

    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
        # Nothing before the commit: the CDN would fetch the old page again and keep it.
        assert purge_endpoint == []

    purged = set(purge_endpoint)
    assert {
        ("testserver", article.url),
        ("testserver", "/news/"),
        ("testserver", "/news/feed/"),
        ("testserver", "/news/feed/atom/"),
        ("testserver", "/"),
    } <= purged


def test_unpublishing_purges_the_page_and_its_listings(
    demo, purge_endpoint, django_capture_on_commit_callbacks
):
    article = NewsArticlePage.objects.live().first()
    url = article.url

    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()

    assert {("testserver", url), ("testserver", "/news/")} <= set(purge_endpoint)


def test_saving_contact_details_purges_home_and_the_sections(
    demo, purge_endpoint, django_capture_on_commit_callbacks
):
    details = ContactDetails.for_site(demo)
    details.phone = "0141 000 9999"

    with django_capture_on_commit_callbacks(execute=True):
        details.save()

    purged = {path for _, path in purge_endpoint}
    assert {"/", "/news/", "/campaigns/", "/contact/"} <= purged
