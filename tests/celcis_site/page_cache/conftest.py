"""Fixtures for the page cache tests: the demo site on the test page tree, and a cache-state reader."""

import pytest
from wagtail.models import Site


@pytest.fixture
def demo(demo_content):
    """The whole demo site (home, news, campaign, contact, help, cookies, legal pages) at http://testserver/."""
    Site.objects.filter(is_default_site=True).update(hostname="testserver", port=80)
    return Site.objects.get(is_default_site=True)


def cache_state(response):
    """hit, miss (rendered and stored) or bypass (rendered, never stored), as the site reports it."""
    return response["X-Page-Cache"]
