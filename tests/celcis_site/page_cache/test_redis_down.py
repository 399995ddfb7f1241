"""With Redis gone, every page is served uncached (and slower), never with an error.

The page cache, the cookie catalogue, the footer and banner fragments and the
contact form's rate limit all live in the cache; each must cope with it failing.
"""

import logging
import os
import socket
import time
import urllib.parse
import urllib.request

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.forms.models import FormSubmission

from tests.app_server import database_url_for_app_servers, get, gunicorn
from tests.celcis_site.page_cache.conftest import cache_state
from tests.markers import postgres_only, redis_only
from tests.tcp_proxy import TcpProxy

ARTICLE = "/news/new-campaign-tackles-increased-threat-live-streaming-online-sex-offenders/"
PAGES = ["/", "/news/", ARTICLE, "/campaigns/whoissam/", "/contact/", "/worried-about-a-child/", "/cookies/"]
ENQUIRY = {
    "your_name": "Alex Morgan",
    "your_email_address": "alex@example.org",
    "the_subject_of_your_message": "Training for foster carers",
    "your_message": "Do you run courses in Dundee?",
    "i_have_read_the_privacy_notice": "on",
}


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_at_a_closed_port(settings):
    """The production cache settings, pointed at a port where nothing listens."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{_closed_port()}/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5},
        },
        "counters": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{_closed_port()}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5},
        },
    }


def test_pages_are_served_uncached_while_redis_is_unreachable(demo, redis_at_a_closed_port, client, caplog):
    with caplog.at_level(logging.WARNING):
        for url in PAGES:
            for _ in range(2):
                response = client.get(url)
                assert response.status_code == 200, url
                assert cache_state(response) in {"miss", "bypass"}, url
    assert client.get("/healthz/").content.decode() == "ok\n"
    assert any("cache is unreachable" in record.getMessage() for record in caplog.records)


def test_the_contact_form_still_takes_enquiries_and_the_rate_limit_fails_open(
    demo, redis_at_a_closed_port, client, settings, caplog
):
    settings.CONTACT_FORM_RATE_LIMIT = 1
    with caplog.at_level(logging.WARNING, logger="celcis_site.security.rate_limit"):
        for _ in range(3):
            assert client.post("/contact/", ENQUIRY).status_code == 200
    assert FormSubmission.objects.count() == 3
    assert "rate limit not counted" in caplog.text


def _becomes_a_cache_hit(url, seconds=15):
    """Whether requests to `url` are answered from the cache again within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with urllib.request.urlopen(url, timeout=10) as response:
            if response.headers["X-Page-Cache"] == "hit":
                return True
        time.sleep(0.2)
    return False


def _post_enquiry(base_url):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    with opener.open(base_url + "/contact/", timeout=10) as response:
        token = BeautifulSoup(response.read(), "html.parser").find("input", {"name": "csrfmiddlewaretoken"})
    data = urllib.parse.urlencode({**ENQUIRY, "csrfmiddlewaretoken": token["value"]}).encode()
    with opener.open(base_url + "/contact/", data=data, timeout=10) as response:
        return response.status


@postgres_only
@redis_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_app_server_keeps_serving_when_redis_goes_away_and_caches_again_when_it_returns(demo):
    redis_url = urllib.parse.urlsplit(os.environ["REDIS_URL"])
    proxy = TcpProxy(target_port=redis_url.port or 6379, target_host=redis_url.hostname).start()
    env = {
        "DATABASE_URL": database_url_for_app_servers(),
        "REDIS_URL": f"redis://127.0.0.1:{proxy.port}{redis_url.path}",
    }
    try:
        with gunicorn(env) as base_url:
            for url in PAGES:
                assert get(base_url + url)[0] == 200, url

            proxy.stop()
            for url in PAGES:
                status, body = get(base_url + url)
                assert status == 200, url
                assert "Traceback" not in body
            assert _post_enquiry(base_url) == 200
            assert FormSubmission.objects.count() == 1

            proxy.start()
            assert _becomes_a_cache_hit(base_url + ARTICLE)
    finally:
        proxy.stop()
