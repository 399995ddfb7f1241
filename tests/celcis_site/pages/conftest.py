"""Fixtures for the page tests: the demo site, as the page cache tests use it."""

from tests.celcis_site.page_cache.conftest import demo  # noqa: F401
