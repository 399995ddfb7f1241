"""Fixtures for the consent tests: the demo's cookie policy on the test page tree, and consent cookies."""

import pytest

from celcis_site.consent.catalogue import CONSENT_COOKIE_NAME, get_catalogue
from celcis_site.consent.demo_content import ensure_cookie_policy
from celcis_site.consent.state import decide


@pytest.fixture
def cookie_policy(home):
    """The demo's categories (essential, analytics, preferences, video) and policy version 1."""
    ensure_cookie_policy()
    return get_catalogue()


def consent_cookie(accepted=(), consent_id=None):
    """A valid consent cookie value for the current policy, accepting these categories."""
    return decide(get_catalogue(), accepted, consent_id).cookie_value()


@pytest.fixture
def visitor_who_accepted(client, cookie_policy):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie(["analytics", "preferences"])
    return client


@pytest.fixture
def visitor_who_rejected(client, cookie_policy):
    client.cookies[CONSENT_COOKIE_NAME] = consent_cookie([])
    return client
