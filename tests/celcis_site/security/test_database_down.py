"""With the database cut away the site answers 503, and it recovers by itself when it returns.

A real gunicorn talks to the real PostgreSQL through a TCP proxy that the test
switches off (connections refused and dropped) and on again; the app server
is never restarted.
"""

import time

import pytest
from django.db import connection

from tests.app_server import get, gunicorn
from tests.celcis_site.factories import StandardPageFactory
from tests.markers import postgres_only
from tests.tcp_proxy import TcpProxy


def _wait_for(url, status, seconds=15):
    deadline = time.monotonic() + seconds
    while True:
        got, body = get(url)
        if got == status or time.monotonic() > deadline:
            return got, body
        time.sleep(0.2)


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_site_answers_503_while_the_database_is_down_and_recovers_without_a_restart(standard_page, home):
    StandardPageFactory(parent=home, title="Accessibility", slug="accessibility")
    settings_dict = connection.settings_dict
    proxy = TcpProxy(target_port=int(settings_dict["PORT"] or 5432)).start()
    database_url = f"postgres://{settings_dict['USER']}@127.0.0.1:{proxy.port}/{settings_dict['NAME']}"
    try:
        with gunicorn({"DATABASE_URL": database_url}) as base_url:
            page_url = base_url + "/privacy-notice/"
            assert get(page_url)[0] == 200

            proxy.stop()
            # The page cache keeps answering for the page already served, and so does the page
            # itself (the way to it and what it shows are cached: celcis_site/pages/routing.py);
            # a page no visitor has asked for yet needs the database.
            assert get(page_url)[0] == 200
            assert get(page_url + "?not-in-the-page-cache")[0] == 200
            page_url = base_url + "/accessibility/"
            status, body = _wait_for(page_url, 503)
            assert status == 503
            assert "This website is temporarily unavailable" in body
            assert "Traceback" not in body
            assert "OperationalError" not in body

            proxy.start()
            status, body = _wait_for(page_url, 200)
            assert status == 200
            assert "Accessibility" in body
    finally:
        proxy.stop()
