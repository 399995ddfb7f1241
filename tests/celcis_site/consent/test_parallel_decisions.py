"""Many decisions at once on PostgreSQL, over real connections: exactly one record per decision."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME
from celcis_site.consent.models import ConsentRecord
from celcis_site.consent.state import read_consent
from tests.celcis_site.consent.conftest import consent_cookie
from tests.markers import postgres_only

FRESH_VISITORS = 10
DECISIONS_BY_ONE_BROWSER = 10


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_decisions_each_store_exactly_one_record(cookie_policy):
    shared_cookie = consent_cookie([])
    shared_id = read_consent(shared_cookie).consent_id
    start = threading.Barrier(FRESH_VISITORS + DECISIONS_BY_ONE_BROWSER)

    def decide(index):
        # Each from an address of its own: one client's decisions are throttled (test_consent_throttle.py).
        client = Client(REMOTE_ADDR=f"198.51.100.{index + 1}")
        if index >= FRESH_VISITORS:
            client.cookies[CONSENT_COOKIE_NAME] = shared_cookie
        answer = "accept" if index % 2 else "reject"
        start.wait()
        try:
            response = client.post("/cookie-consent/", {"cookies": answer})
            return response.status_code, read_consent(response.cookies[CONSENT_COOKIE_NAME].value).consent_id
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=FRESH_VISITORS + DECISIONS_BY_ONE_BROWSER) as pool:
        results = list(pool.map(decide, range(FRESH_VISITORS + DECISIONS_BY_ONE_BROWSER)))

    assert {status for status, _ in results} == {303}
    assert ConsentRecord.objects.count() == FRESH_VISITORS + DECISIONS_BY_ONE_BROWSER
    ids = [consent_id for _, consent_id in results]
    assert ConsentRecord.objects.filter(consent_id=shared_id).count() == DECISIONS_BY_ONE_BROWSER
    assert len(set(ids[:FRESH_VISITORS])) == FRESH_VISITORS
    assert sorted(ConsentRecord.objects.values_list("consent_id", flat=True)) == sorted(ids)
