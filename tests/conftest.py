"""Fixtures shared by every test: the page tree a visitor sees, the demo site, and CI's no-skip rule."""

import io
import os

import pytest
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Page, Site

from celcis_site.caching import memory
from celcis_site.caching.broadcast import WATCH
from celcis_site.page_cache.middleware import PAGE_COPIES
from tests.celcis_site.factories import HomePageFactory, StandardPageFactory
from tests.fake_video_provider import fake_video_provider  # noqa: F401 (a fixture for every test folder)
from tests.news.factories import NewsIndexPageFactory


def _forget_everything_cached():
    cache.clear()
    caches["counters"].clear()
    # And what the process keeps of it (a request left unfinished keeps its generations).
    memory.end_request()
    memory.LOCAL_VALUES.clear()
    PAGE_COPIES.clear()
    WATCH.forget_everything()


@pytest.fixture(autouse=True)
def _empty_cache():
    # The cache outlives each test's database rollback; a stale entry would leak between tests.
    _forget_everything_cached()
    yield
    _forget_everything_cached()


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


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker:
        return bool(marker.kwargs.get("transaction") or (marker.args and marker.args[0]))
    return bool({"transactional_db", "live_server"} & set(item.fixturenames))


def _can_share_the_demo(item):
    if _is_transactional(item):
        return False
    if "demo_content" in item.fixturenames:
        return True
    return not (item.get_closest_marker("django_db") or {"db", "transactional_db"} & set(item.fixturenames))


@pytest.fixture(scope="module")
def _module_demo(request, django_db_setup, django_db_blocker):
    """The demo content loaded once for a module, in a transaction rolled back after its last test.

    Loading the demo takes seconds and dozens of tests read it. Shared only when every test in
    the module that uses the database uses the demo and none is transactional (a real server
    process must see committed rows); each test still runs in a savepoint of its own
    (pytest-django's `db`), so what one test changes never reaches the next. Yields whether the
    module shares it.
    """
    items = [item for item in request.session.items if item.module is request.module]
    if not all(_can_share_the_demo(item) for item in items):
        yield False
        return
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=io.StringIO())
        yield True
        transaction.set_rollback(True)


@pytest.fixture
def demo_content(_module_demo, db):
    """The whole demo site, as `load_demo_content` builds it (see `_module_demo` for sharing).

    `db` is transactional when the test is marked so. Asking for it here (not when the fixture
    runs) lets pytest-django see these are database tests: it creates the test database for a
    module run on its own, and runs them with the other database tests, before the transactional
    ones (whose flush would leave them an empty database).
    """
    if not _module_demo:
        call_command("load_demo_content", stdout=io.StringIO())


# In CI the PostgreSQL run must run everything: a skipped test there fails the run.
_skipped_in_ci = []


def pytest_runtest_logreport(report):
    if report.skipped and os.environ.get("CI") == "true" and connection.vendor == "postgresql":
        _skipped_in_ci.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if _skipped_in_ci:
        print(f"\nCI runs on PostgreSQL must not skip tests; skipped: {', '.join(_skipped_in_ci)}")
        session.exitstatus = 1
