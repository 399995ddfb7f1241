"""Fixtures for the page cache tests: the demo site on the test page tree, and a cache-state reader."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture
def demo(db):
    """The whole demo site (home, news, campaign, contact, help, cookies, legal pages) at http://testserver/."""
    call_command("load_demo_content", stdout=io.StringIO())
    Site.objects.filter(is_default_site=True).update(hostname="testserver", port=80)
    return Site.objects.get(is_default_site=True)


def cache_state(response):
    """hit, miss (rendered and stored) or bypass (rendered, never stored), as the site reports it."""
    return response["X-Page-Cache"]
