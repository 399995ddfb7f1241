"""Fixtures shared by every test: the page tree a visitor sees, and CI's no-skip rule."""

import os

import pytest
from django.core.cache import cache, caches
from django.db import connection
from wagtail.models import Page, Site

from tests.celcis_site.factories import HomePageFactory, StandardPageFactory
from tests.news.factories import NewsIndexPageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    # The cache outlives each test's database rollback; a stale entry would leak between tests.
    cache.clear()
    caches["counters"].clear()
    yield
    cache.clear()
    caches["counters"].clear()


@pytest.fixture
def home(db):
    """A HomePage at the root of the default site, as the demo loader sets it up."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.filter(is_default_site=True).update(root_page=home, hostname="testserver")
    return home


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def standard_page(home):
    return StandardPageFactory(parent=home, title="Privacy notice", slug="privacy-notice")


# In CI the PostgreSQL run must run everything: a skipped test there fails the run.
_skipped_in_ci = []


def pytest_runtest_logreport(report):
    if report.skipped and os.environ.get("CI") == "true" and connection.vendor == "postgresql":
        _skipped_in_ci.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if _skipped_in_ci:
        print(f"\nCI runs on PostgreSQL must not skip tests; skipped: {', '.join(_skipped_in_ci)}")
        session.exitstatus = 1
